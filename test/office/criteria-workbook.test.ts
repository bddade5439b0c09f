/**
 * The criteria workbook in the open workbook, against the Excel double: inserted in at most 3 syncs (sheets
 * of the same names kept, renamed), read back in 1, the same template; the cap check shows in the sheet;
 * a value the Sở types wrong is named with its sheet, row and column.
 */
import { buildCriteriaWorkbook } from '../../src/core/criteria/build';
import { SUBS_SHEET, SUB_COLUMNS, columnOf } from '../../src/core/criteria/layout';
import { parseCriteriaWorkbook } from '../../src/core/criteria/parse';
import { builtInRegime } from '../../src/core/regime/load';
import { cellAddress } from '../../src/core/sheet/a1';
import { templateToJson } from '../../src/core/template/load';
import { createExcelDouble, installExcelDouble } from '../../src/excel-double';
import { insertCriteriaWorkbook, readCriteriaGrid, watchCriteria } from '../../src/office/criteria-workbook';
import { format2Template } from '../support/format2-template';

const regime = builtInRegime;
const template = format2Template();

async function inserted(initialSheets?: string[]) {
  const d = installExcelDouble(
    globalThis,
    createExcelDouble({ excelApi: '1.17', ...(initialSheets ? { initialSheets } : {}) }),
  );
  await insertCriteriaWorkbook(buildCriteriaWorkbook({ regime, template }));
  await d.settle();
  return d;
}

describe('criteria workbook in the open workbook', () => {
  it('inserts in at most 3 syncs and reads back in 1 the same template', async () => {
    const d = installExcelDouble(globalThis, createExcelDouble({ excelApi: '1.17' }));
    await insertCriteriaWorkbook(buildCriteriaWorkbook({ regime, template }));
    expect(d.syncCount()).toBeLessThanOrEqual(3);
    d.resetStats();
    const grid = await readCriteriaGrid();
    expect(d.syncCount()).toBe(1);
    const r = grid ? parseCriteriaWorkbook(grid, regime) : null;
    expect(r?.ok && templateToJson(r.template)).toEqual(templateToJson(template));
  });

  it('keeps a sheet of the same name, renamed', async () => {
    const d = await inserted(['Sheet1', SUBS_SHEET]);
    expect(d.sheetNames().filter((n) => n.startsWith(SUBS_SHEET))).toHaveLength(2);
  });

  it('a workbook without the criteria tables reads as none', async () => {
    installExcelDouble(globalThis, createExcelDouble({ excelApi: '1.17' }));
    await expect(readCriteriaGrid()).resolves.toBeNull();
  });

  it('a cap typed wrong: the sheet says “Chưa đủ” and the check names sheet, row and column', async () => {
    const d = await inserted();
    const row = 4; // sub-criterion 1.2 of group “so” (row 3 is 1.1)
    expect(d.value(SUBS_SHEET, cellAddress(row, 3))).toBe('1.2');
    expect(d.user.type(SUBS_SHEET, cellAddress(row, columnOf(SUB_COLUMNS, 'cap')), '1').accepted).toBe(true);
    await d.settle();
    const last = 8; // 1.6, the last row of criterion 1
    expect(d.value(SUBS_SHEET, cellAddress(last, columnOf(SUB_COLUMNS, 'capStatus')))).toBe('Chưa đủ');
    const grid = await readCriteriaGrid();
    const r = grid ? parseCriteriaWorkbook(grid, regime) : null;
    const problems = r && !r.ok ? r.problems : [];
    expect(problems.map((p) => p.at)).toEqual([{ sheet: SUBS_SHEET, row: last, col: 5 }]);
    expect(problems[0]?.message).toMatch(
      /^Trang “Tiêu chí thành phần”, dòng 8, cột E \(Điểm tối đa\): Tiêu chí 1 \(nhóm “Sở, ban, ngành cấp tỉnh”\)/,
    );
  });

  it('the “Nhóm” drop-down offers the group names (commas and all); an id typed there is refused, as in Excel', async () => {
    const d = await inserted();
    const [so, huyen] = regime.groups;
    if (!so || !huyen) throw new Error('two groups expected');
    expect(d.value(SUBS_SHEET, 'A3')).toBe(so.name);
    expect(d.user.type(SUBS_SHEET, 'A3', huyen.name).accepted).toBe(true);
    expect(d.user.type(SUBS_SHEET, 'A3', 'Sở').accepted).toBe(false);
    expect(d.user.type(SUBS_SHEET, 'A3', so.name).accepted).toBe(true);
    await d.settle();
    // Every cap check still adds up with the groups named.
    const status = columnOf(SUB_COLUMNS, 'capStatus');
    expect(d.value(SUBS_SHEET, cellAddress(8, status))).toBe('Đủ');
  });

  it('live: one call per batch of the user’s edits on the criteria sheets, none for other sheets; removed on dispose', async () => {
    const d = await inserted(['Sheet1']);
    let calls = 0;
    const dispose = await watchCriteria([SUBS_SHEET, 'Số liệu'], () => calls++, 50);
    d.user.type(SUBS_SHEET, 'D3', 'Tên mới');
    d.user.type(SUBS_SHEET, 'D4', 'Tên mới nữa');
    await d.settle(200);
    expect(calls).toBe(1);
    d.user.type('Sheet1', 'A1', 'không liên quan');
    await d.settle(200);
    expect(calls).toBe(1);
    await dispose();
    expect(d.handlerCount()).toBe(0);
  });
});
