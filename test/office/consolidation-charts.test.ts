/**
 * The add-in's consolidation carries native Excel charts on its "Biểu đồ" sheet: per group,
 * agencies per rating band and each criterion's attainment, drawn from tables that hold the
 * ranking's figures; written within the merge's round-trip budget and replaced on re-merge.
 */
import { CHART_NAME, CHART_SHEET } from '../../src/core/consolidation/sheets/chart-sheet';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import { defaultTemplate } from '../../src/core/template/load';
import { createExcelDouble, installExcelDouble, type ExcelDouble } from '../../src/excel-double';
import { mergeIntoWorkbook } from '../../src/office/consolidation-workbook';
import { writtenSheets } from '../../src/taskpane/consolidation/written-sheets';
import { subsOf } from '../support/consolidation/forms';
import { formSubmission, seededScores, sheetTable } from '../support/office/consolidation';

const regime = builtInRegime;
const template = defaultTemplate(2026, regime);
const criteriaOf = (group: string) => template.groups.find((g) => g.groupId === group)?.criteria.length ?? 0;

let listed: string[] = [];

async function merge(d: ExcelDouble, seed: number): Promise<number> {
  d.resetStats();
  const submissions = sampleRoster.map((a, i) =>
    formSubmission(a, seededScores(subsOf(a.group), i + seed), sampleRoster),
  );
  const r = await mergeIntoWorkbook({
    submissions,
    template,
    regime,
    roster: sampleRoster,
    now: '2026-11-25T02:00:00Z',
  });
  if (!r.ok) throw new Error(r.message);
  listed = writtenSheets(r.run).map((w) => w.sheet);
  return d.syncCount();
}

/** The values of a chart's source range: [category, value] rows under the header. */
function chartData(d: ExcelDouble, address: string): [string, number][] {
  const [first = '', last = ''] = address.split(':');
  const row = (a: string) => Number(/\d+/.exec(a)?.[0]);
  const out: [string, number][] = [];
  for (let r = row(first) + 1; r <= row(last); r++)
    out.push([String(d.value(CHART_SHEET, `A${r}`)), Number(d.value(CHART_SHEET, `B${r}`))]);
  return out;
}

describe('native charts of the consolidation written by the add-in', () => {
  let d: ExcelDouble;
  let syncs = 0;
  beforeAll(async () => {
    d = installExcelDouble(globalThis, createExcelDouble({ initialSheets: ['Sheet1'] }));
    syncs = await merge(d, 0);
  });

  it('adds two charts per group on "Biểu đồ", within the merge budget of 3 syncs', () => {
    expect(syncs).toBeLessThanOrEqual(3);
    const charts = d.sheet(CHART_SHEET).charts;
    expect(charts.map((c) => [c.type, c.title])).toEqual(
      [...regime.groups]
        .sort((a, b) => a.tableNumber - b.tableNumber)
        .flatMap((g) => [
          ['ColumnClustered', `Bảng ${g.tableNumber}: số đơn vị theo xếp loại`],
          ['BarClustered', `Bảng ${g.tableNumber}: tỷ lệ đạt từng tiêu chí (%)`],
        ]),
    );
    for (const c of charts) {
      expect(c).toMatchObject({ seriesBy: 'Columns', legendVisible: false, showValue: true });
      expect(c.source.sheetId).toBe(d.sheet(CHART_SHEET).id);
      expect(c.position).not.toBeNull();
    }
    expect(d.names().map((n) => n.name)).toContain(CHART_NAME);
    // The pane lists it with the sheets the run wrote, after the tables.
    expect(listed.slice(0, 3)).toEqual(['Bảng 1', 'Bảng 2', CHART_SHEET]);
  });

  it('draws the figures of the ranking tables in the sheet: band counts and attainment per criterion', () => {
    const charts = d.sheet(CHART_SHEET).charts;
    [...regime.groups]
      .sort((a, b) => a.tableNumber - b.tableNumber)
      .forEach((g, i) => {
        const rows = sheetTable(d, `Bảng ${g.tableNumber}`, criteriaOf(g.id));
        expect(chartData(d, charts[2 * i]?.source.address ?? '')).toEqual(
          regime.bands.map((b) => [b.label, rows.filter((r) => r.rating === b.label).length]),
        );
        const criteria = template.groups.find((t) => t.groupId === g.id)?.criteria ?? [];
        expect(chartData(d, charts[2 * i + 1]?.source.address ?? '')).toEqual(
          criteria.map((c, k) => {
            const sum = rows.reduce((a, r) => a + Math.round(Number(r.criteria[k]) * 100), 0);
            return [`TC ${k + 1}`, Math.round((sum * 10000) / (rows.length * c.capHundredths)) / 100];
          }),
        );
      });
  });

  it('replaces the charts on a re-merge instead of piling them up', async () => {
    syncs = await merge(d, 5);
    expect(syncs).toBeLessThanOrEqual(3);
    expect(d.sheetNames().filter((s) => s.startsWith(CHART_SHEET))).toEqual([CHART_SHEET]);
    expect(d.sheet(CHART_SHEET).charts).toHaveLength(2 * regime.groups.length);
  });
});
