/**
 * A format-2 consolidation written through Office.js into the Excel double: an appraiser types a corrected
 * figure, Bảng 1 recomputes at once, the highlight asks for a reason, and a re-merge keeps the figure and its
 * reason, within the consolidation's budget of 3 syncs.
 */
import { checkSubmission } from '../../src/core/consolidation/check-submission';
import { DATA_COLUMNS, DATA_SHEET } from '../../src/core/consolidation/sheets/layout';
import type { Submission } from '../../src/core/consolidation/submission';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import { cellAddress } from '../../src/core/sheet/a1';
import { figureName } from '../../src/core/sheet/names';
import { createExcelDouble, installExcelDouble } from '../../src/excel-double';
import { mergeIntoWorkbook } from '../../src/office/consolidation-workbook';
import { FORMAT2_VALID_FIGURES, format2Template } from '../support/format2-template';
import { ctx, filledForm } from '../support/consolidation/forms';
import { fileInfo, setNamed } from '../support/consolidation/returned';
import { dataRow, sheetTable } from '../support/office/consolidation';

jest.setTimeout(120_000);
const template = format2Template();
const figures = FORMAT2_VALID_FIGURES;
const so = sampleRoster.filter((a) => a.group === 'so').slice(0, 3);
const files: Submission[] = so.map((agency, i) => {
  const wb = filledForm({ agency, template });
  for (const [k, v] of Object.entries(figures)) setNamed(wb, figureName(k), v);
  return checkSubmission(
    fileInfo(wb.fileName, undefined, `${i}`.padEnd(64, 'e')),
    wb,
    ctx({ templates: [template] }),
  );
});

async function merge(now: string, d: ReturnType<typeof createExcelDouble>) {
  d.resetStats();
  const result = await mergeIntoWorkbook({
    submissions: files,
    template,
    regime: builtInRegime,
    roster: sampleRoster,
    now,
  });
  if (!result.ok) throw new Error(result.message);
  return d.syncCount();
}

describe('appraised figures in the open workbook', () => {
  it('recompute Bảng 1 in the sheet, are highlighted without a reason, and survive a re-merge', async () => {
    const d = installExcelDouble(globalThis, createExcelDouble({ initialSheets: ['Sheet1'] }));
    expect(await merge('2026-11-25T02:00:00Z', d)).toBeLessThanOrEqual(3);
    const code = so[0]?.code ?? '';
    const criteria = template.groups.find((g) => g.groupId === 'so')?.criteria.length ?? 0;
    const before = sheetTable(d, 'Bảng 1', criteria).find((r) => r.code === code);
    const row = dataRow(d, code, figureName('so_may_tinh'));
    expect(d.value(DATA_SHEET, cellAddress(row, DATA_COLUMNS.self))).toBe(120);
    expect(d.user.type(DATA_SHEET, cellAddress(row, DATA_COLUMNS.appraised), '95').accepted).toBe(true);
    // 1.2: 90/120 × 1,5 = 1,13 → 90/95 × 1,5 = 1,42; criterion 1 and the total rise by 0,29.
    const live = sheetTable(d, 'Bảng 1', criteria).find((r) => r.code === code);
    expect(Math.round((Number(live?.total) - Number(before?.total)) * 100)).toBe(29);
    expect(d.value(DATA_SHEET, cellAddress(dataRow(d, code, '1.2'), DATA_COLUMNS.effective))).toBe(1.42);

    expect(d.user.type(DATA_SHEET, cellAddress(row, DATA_COLUMNS.reason), 'Kiểm tra thực tế').accepted).toBe(
      true,
    );
    expect(await merge('2026-11-26T02:00:00Z', d)).toBeLessThanOrEqual(3);
    const again = dataRow(d, code, figureName('so_may_tinh'));
    expect(d.value(DATA_SHEET, cellAddress(again, DATA_COLUMNS.appraised))).toBe(95);
    expect(d.value(DATA_SHEET, cellAddress(again, DATA_COLUMNS.reason))).toBe('Kiểm tra thực tế');
    const after = sheetTable(d, 'Bảng 1', criteria).find((r) => r.code === code);
    expect(after?.total).toBe(live?.total);
  });
});
