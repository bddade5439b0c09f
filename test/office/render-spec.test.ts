/**
 * renderWorkbookSpec against the Excel double: the round-trip budget (at most 2 syncs whatever
 * the size), contents written by blocks, and a result that computes in the workbook.
 */
import { createExcelDouble, installExcelDouble } from '../../src/excel-double';
import { detectCapabilities } from '../../src/office/capabilities';
import { estimateRenderPayload, renderWorkbookSpec } from '../../src/office/render-spec';
import { RenderTooLargeError, SAFE_REQUEST_BYTES } from '../../src/office/request-budget';
import { rankingLikeSpec } from '../support/office/ranking-like-spec';

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

  it('leaves no formula uncalculated: after writing under suspended calculation it asks Excel to recalculate', async () => {
    const d = setup();
    await render(d);
    expect(d.stats.apiCalculationSuspended).toBeGreaterThanOrEqual(1);
    expect(d.uncalculated()).toBe(false);
    // The double does notice a write under suspension that nobody recalculates.
    await d.Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('Data').getRange('Z1').formulas = [['=1+1']];
      await context.sync();
    });
    expect(d.uncalculated()).toBe(true);
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
    // About 5 MB of UTF-8: over one safe request, under two.
    const notes = Array.from({ length: 6000 }, (_, i) => ({
      row: 100 + i,
      col: 1,
      value: `Ghi chú ${i}: ${'minh chứng '.repeat(70)}`,
    }));
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
      const sum = data
        .filter((c) => c.row === a + 2 && c.col >= 3)
        .reduce((n, c) => n + Math.round(Number(c.value) * 100), 0);
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
    spec.sheets[0]?.cells.push(
      { row: 10, col: 1, value: '2026' },
      { row: 10, col: 2, value: '1.1' },
      { row: 10, col: 3, value: '=not a formula' },
    );
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

  /** 3,000 single-cell validations (three distinct rules) and alternating row heights, like the data sheet. */
  function manyValidations() {
    const spec = rankingLikeSpec(2);
    const data = spec.sheets[0];
    if (!data) throw new Error('no sheet');
    for (let i = 0; i < 3000; i++) {
      const max = [1, 2, 5][i % 3] ?? 1;
      data.validations.push({
        kind: 'decimal',
        range: { row: 100 + 2 * i, col: 4, lastRow: 100 + 2 * i, lastCol: 4 },
        min: 0,
        max,
        allowBlank: true,
        prompt: { title: 'Điểm thẩm định', message: `Nhập điểm từ 0 đến ${max}.` },
        error: { title: 'Điểm không hợp lệ', message: `Điểm phải là số từ 0 đến ${max}.` },
      });
      data.rows.push({ row: 100 + i, height: i % 2 === 0 ? 18 : 30 });
    }
    return spec;
  }

  it('sets thousands of validations and row heights through a few RangeAreas actions (ExcelApi 1.9)', async () => {
    const d = setup();
    await render(d, manyValidations());
    const operations = d.stats.syncs.reduce((n, s) => n + s.operations, 0);
    expect(operations).toBeLessThan(1500);
    const v = d.model.validationAt(d.sheet('Data'), 100 + 2 * 2999 - 1, 3);
    expect(v?.rule).toEqual({ decimal: { formula1: 0, formula2: 5, operator: 'Between' } });
    expect(v?.prompt?.message).toBe('Nhập điểm từ 0 đến 5.');
    expect(d.model.validationAt(d.sheet('Data'), 100, 3)).toBeUndefined();
    expect(d.sheet('Data').rowHeights.get(99)).toBe(18);
    expect(d.sheet('Data').rowHeights.get(100)).toBe(30);
  });

  it('falls back to one range per validation below ExcelApi 1.9, with the same result', async () => {
    const d = setup('1.8');
    await render(d, manyValidations());
    const operations = d.stats.syncs.reduce((n, s) => n + s.operations, 0);
    expect(operations).toBeGreaterThan(3000 * 4);
    expect(d.model.validationAt(d.sheet('Data'), 100 + 2 * 2999 - 1, 3)?.rule).toEqual({
      decimal: { formula1: 0, formula2: 5, operator: 'Between' },
    });
    expect(d.sheet('Data').rowHeights.get(100)).toBe(30);
  });

  it('refuses, queuing nothing, a description two requests cannot carry', async () => {
    const d = setup();
    const spec = rankingLikeSpec(2);
    const big = Array.from({ length: 12000 }, (_, i) => ({
      row: 10 + i,
      col: 1,
      value: `Ghi chú ${i}: ${'minh chứng '.repeat(80)}`,
    }));
    spec.sheets[0]?.cells.push(...big);
    expect(estimateRenderPayload(spec, detectCapabilities())).toBeGreaterThan(2 * SAFE_REQUEST_BYTES);
    // The caller's own preparation (a merge renames the old sheets) is not queued either.
    const renameOld = jest.fn(() => undefined);
    await expect(
      d.Excel.run(async (context) =>
        renderWorkbookSpec(context, spec, detectCapabilities(), { beforeWrites: renameOld }),
      ),
    ).rejects.toBeInstanceOf(RenderTooLargeError);
    expect(renameOld).not.toHaveBeenCalled();
    expect(d.syncCount()).toBe(0);
    expect(d.sheetNames()).toEqual(['Sheet1']);
  });

  it('queues the caller’s preparation before its own writes, in the same request', async () => {
    const d = setup();
    await d.Excel.run(async (context) =>
      renderWorkbookSpec(context, rankingLikeSpec(3), detectCapabilities(), {
        beforeWrites: () => {
          context.workbook.worksheets.getItem('Sheet1').name = 'Trang cũ';
        },
      }),
    );
    // The writes (rename first) in one request, then the recalculation.
    expect(d.syncCount()).toBe(2);
    expect(d.stats.syncs[1]?.operations).toBe(1);
    expect(d.sheetNames()).toEqual(['Trang cũ', 'Data', 'Bảng 1']);
  });
});
