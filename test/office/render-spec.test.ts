/**
 * renderWorkbookSpec against the Excel double: the round-trip budget (at most 2 syncs whatever
 * the size), contents written by blocks, and a result that computes in the workbook.
 */
import { createExcelDouble, installExcelDouble } from '../../src/excel-double';
import { detectCapabilities } from '../../src/office/capabilities';
import { renderWorkbookSpec } from '../../src/office/render-spec';
import { rankingLikeSpec } from './support/ranking-like-spec';

function setup(excelApi = '1.17') {
  const d = installExcelDouble(globalThis, createExcelDouble({ excelApi }));
  return d;
}

async function render(d: ReturnType<typeof setup>, spec = rankingLikeSpec(60)) {
  return d.Excel.run(async (context) => renderWorkbookSpec(context, spec, detectCapabilities()));
}

describe('renderWorkbookSpec', () => {
  it('renders a 60-agency ranking-like workbook in one sync, with calculation and screen updating suspended', async () => {
    const d = setup();
    const result = await render(d);
    expect(d.syncCount()).toBeLessThanOrEqual(2);
    expect(result.syncs).toBe(d.syncCount());
    expect(d.stats.apiCalculationSuspended).toBeGreaterThanOrEqual(1);
    expect(d.stats.screenUpdatingSuspended).toBeGreaterThanOrEqual(1);
    expect(d.sheetNames()).toEqual(['Sheet1', 'Data', 'Bảng 1']);
  });

  it('writes contents by blocks, not cell by cell', async () => {
    const d = setup();
    const spec = rankingLikeSpec(60);
    await render(d, spec);
    const cells = spec.sheets.reduce((n, s) => n + s.cells.length, 0);
    const operations = d.stats.syncs.reduce((n, s) => n + s.operations, 0);
    // ~1,000 cells; per-cell writes alone would exceed the count.
    expect(operations).toBeLessThan(cells / 3);
  });

  it('keeps to two syncs for a description too large for one request', async () => {
    const d = setup();
    const spec = rankingLikeSpec(10);
    const notes = Array.from({ length: 6000 }, (_, i) => ({ row: 100 + i, col: 1, value: `Ghi chú ${i}: ${'minh chứng '.repeat(40)}` }));
    spec.sheets[0]?.cells.push(...notes);
    const result = await render(d, spec);
    expect(d.value('Data', 'A6099')).toBe(notes[5999]?.value);
    expect(result.syncs).toBe(2);
    expect(d.syncCount()).toBe(2);
    for (const s of d.stats.syncs) expect(s.payloadChars).toBeLessThan(d.settings.maxPayloadChars);
  });

  it('gives a workbook whose formulas compute: totals, bands and competition ranks', async () => {
    const d = setup();
    const spec = rankingLikeSpec(60);
    await render(d, spec);
    const data = spec.sheets[0]?.cells ?? [];
    const totals = Array.from({ length: 60 }, (_, a) => {
      const sum = data.filter((c) => c.row === a + 2 && c.col >= 3).reduce((n, c) => n + Math.round(Number(c.value) * 100), 0);
      return sum / 100;
    });
    for (let a = 0; a < 60; a++) {
      expect(d.value('Bảng 1', `C${a + 3}`)).toBeCloseTo(totals[a] ?? NaN, 10);
      const expectedRank = 1 + totals.filter((t) => t > (totals[a] ?? 0)).length;
      expect(d.value('Bảng 1', `E${a + 3}`)).toBe(expectedRank);
    }
    expect(d.value('Bảng 1', 'B3')).toBe('Đơn vị số 1');
    expect(d.value('Data', 'A2')).toBe('DV-1');
    expect(d.format('Data', 'C5').numberFormat).toBe('0.00');
    expect(d.sheet('Bảng 1').freeze).toEqual({ rows: 1, columns: 0 });
    expect(d.sheet('Bảng 1').pageLayout.printTitleRows).toBe('$1:$2');
    expect(d.activeSheet()).toBe('Bảng 1');
  });

  it('keeps text that looks like a number as text', async () => {
    const d = setup();
    const spec = rankingLikeSpec(2);
    spec.sheets[0]?.cells.push({ row: 10, col: 1, value: '2026' }, { row: 10, col: 2, value: '1.1' }, { row: 10, col: 3, value: '=not a formula' });
    await render(d, spec);
    expect(d.value('Data', 'A10')).toBe('2026');
    expect(d.value('Data', 'B10')).toBe('1.1');
    expect(d.value('Data', 'C10')).toBe('=not a formula');
  });

  it('skips what the host cannot do instead of failing (print setup below ExcelApi 1.9)', async () => {
    const d = setup('1.8');
    await render(d);
    expect(d.sheet('Bảng 1').pageLayout.printTitleRows).toBeNull();
    expect(d.stats.screenUpdatingSuspended).toBe(0);
    expect(d.stats.apiCalculationSuspended).toBeGreaterThanOrEqual(1);
  });
});
