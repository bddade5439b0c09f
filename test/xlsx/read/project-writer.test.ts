/**
 * Survey workbooks written by the project's own writer (ExcelJS underneath), then filled by
 * ExcelJS directly, read back: every defined name, cell, formula and the metadata come through,
 * and the structure fingerprint of an untouched form matches the one of its description.
 */
import ExcelJS from 'exceljs';
import { builtInRegime } from '../../../src/core/regime/load';
import { sampleRoster } from '../../../src/core/roster/roster';
import { rangeAddress } from '../../../src/core/sheet/a1';
import { fingerprintFromReturned, fingerprintFromSpec } from '../../../src/core/sheet/fingerprint';
import { META_SHEET, readMetadata } from '../../../src/core/sheet/metadata';
import { FORM_SHEET, buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import type { WorkbookSpec } from '../../../src/core/sheet/spec';
import { builtInTemplate } from '../../../src/core/template/load';
import { writeWorkbook } from '../../../src/xlsx/write-workbook';
import { readOk } from '../../support/xlsx/read';

const template = builtInTemplate(2026, 1);

async function survey(groupId: 'so' | 'huyen'): Promise<{ spec: WorkbookSpec; bytes: Uint8Array }> {
  const agency = sampleRoster.find((a) => a.group === groupId);
  const { spec } = buildSurveyWorkbook({
    regime: builtInRegime,
    template,
    groupId,
    ...(agency ? { agency } : {}),
  });
  return { spec, bytes: await writeWorkbook(spec) };
}

describe.each(['so', 'huyen'] as const)('untouched survey of group %s', (groupId) => {
  let spec: WorkbookSpec;
  let wb: ReturnType<typeof readOk>;
  beforeAll(async () => {
    const written = await survey(groupId);
    spec = written.spec;
    wb = readOk(written.bytes, `khao-sat-${groupId}.xlsx`);
  });

  test('every sheet is listed with its visibility; the metadata sheet is very hidden', () => {
    expect(wb.sheets).toEqual(spec.sheets.map((s) => ({ name: s.name, visibility: s.visibility })));
    expect(wb.sheets.find((s) => s.name === META_SHEET)?.visibility).toBe('veryHidden');
  });

  test('every defined name points at the sheet and cell the description gives', () => {
    const read = Object.fromEntries(wb.names.map((n) => [n.name, `${n.sheet}!${n.address}`]));
    const expected = Object.fromEntries(
      spec.names.map((n) => [n.name, `${n.sheet}!${rangeAddress(n.range)}`]),
    );
    expect(read).toEqual(expected);
  });

  test('every constant and formula of the form sheet reads back as described', () => {
    const form = spec.sheets.find((s) => s.name === FORM_SHEET);
    const cells = wb.cells[FORM_SHEET] ?? {};
    const mismatches: string[] = [];
    for (const c of form?.cells ?? []) {
      const address = rangeAddress({ row: c.row, col: c.col, lastRow: c.row, lastCol: c.col });
      const got = cells[address];
      if (c.formula !== undefined) {
        if (got?.formula !== c.formula) mismatches.push(`${address}: formula ${got?.formula} ≠ ${c.formula}`);
      } else if (c.value !== undefined && c.value !== null && c.value !== '' && got?.value !== c.value) {
        mismatches.push(`${address}: ${String(got?.value)} ≠ ${String(c.value)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('the structure fingerprint of the read file equals the description’s', () => {
    expect(fingerprintFromReturned(wb, FORM_SHEET)).toBe(fingerprintFromSpec(spec, FORM_SHEET));
  });

  test('metadata comes back from the very hidden sheet and from the custom properties', () => {
    const meta = readMetadata(wb.cells[META_SHEET] ?? {});
    expect(meta.year).toBe('2026');
    expect(meta.group).toBe(groupId);
    expect(meta.fingerprint).toBe(fingerprintFromSpec(spec, FORM_SHEET));
    expect(JSON.parse(meta.templateJson ?? 'null')).toMatchObject({ year: 2026 });
    expect(wb.customProperties).toEqual(spec.properties);
  });

  test('the guide sheet, which no name points at, is not loaded', () => {
    expect(Object.keys(wb.cells).sort()).toEqual([FORM_SHEET, META_SHEET].sort());
  });
});

describe('a survey filled by ExcelJS through its defined names', () => {
  test('the entered scores and evidence are read at the names, whatever their type', async () => {
    const { spec, bytes } = await survey('so');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const form = book.getWorksheet(FORM_SHEET);
    if (!form) throw new Error('no form sheet');
    const at = (name: string): string => {
      const n = spec.names.find((x) => x.name === name);
      if (!n) throw new Error(`no name ${name}`);
      return rangeAddress(n.range);
    };
    form.getCell(at('TC_1_1')).value = 1.75;
    form.getCell(at('TC_1_2')).value = '1,5';
    form.getCell(at('MC_1_1')).value = {
      richText: [{ text: 'Quyết định ' }, { font: { bold: true }, text: 'số 12/QĐ-STP' }],
    };
    form.getCell(at('TC_2_1')).value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    form.getCell(at('TC_2_2')).value = true;
    const filled = new Uint8Array(await book.xlsx.writeBuffer());
    const wb = readOk(filled, 'da-dien.xlsx');
    const cell = (name: string) => wb.cells[FORM_SHEET]?.[at(name)];
    expect(cell('TC_1_1')?.value).toBe(1.75);
    expect(cell('TC_1_2')?.value).toBe('1,5');
    expect(cell('MC_1_1')?.value).toBe('Quyết định số 12/QĐ-STP');
    expect(cell('TC_2_1')?.error).toBe('#N/A');
    expect(cell('TC_2_2')?.value).toBe(true);
  });
});

describe('shared formulas written by ExcelJS', () => {
  test('each cell of the block gets its own moved formula', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet(FORM_SHEET);
    for (let r = 1; r <= 4; r++) ws.getCell(`D${r}`).value = r;
    ws.getCell('F1').value = {
      formula: 'IF(ISNUMBER(D1),MAX(0,MIN(ROUND(D1,2),$C$9)),0)',
      shareType: 'shared',
      ref: 'F1:F4',
      result: 1,
    } as ExcelJS.CellSharedFormulaValue & { shareType: string; ref: string };
    for (let r = 2; r <= 4; r++)
      ws.getCell(`F${r}`).value = { sharedFormula: 'F1', result: r } as ExcelJS.CellSharedFormulaValue;
    book.definedNames.add(`'${FORM_SHEET}'!$D$1`, 'TC_1_1');
    const wb = readOk(new Uint8Array(await book.xlsx.writeBuffer()));
    const cells = wb.cells[FORM_SHEET] ?? {};
    expect([1, 2, 3, 4].map((r) => cells[`F${r}`]?.formula)).toEqual(
      [1, 2, 3, 4].map((r) => `IF(ISNUMBER(D${r}),MAX(0,MIN(ROUND(D${r},2),$C$9)),0)`),
    );
    expect(cells.F3?.value).toBe(3);
  });
});
