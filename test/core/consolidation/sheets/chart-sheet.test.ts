/** The "Biểu đồ" sheet: per group, agencies per rating band and each criterion's attainment, each charted beside. */
import {
  buildChartSheet,
  CHART_NAME,
  CHART_SHEET,
} from '../../../../src/core/consolidation/sheets/chart-sheet';
import { STYLES } from '../../../../src/core/consolidation/sheets/styles';
import type { RankingTable, TableRow } from '../../../../src/core/consolidation/tables';
import { builtInRegime } from '../../../../src/core/regime/load';

const row = (code: string, rating: string, criteriaHundredths: number[]): TableRow => ({
  code,
  name: code,
  criteriaHundredths,
  totalHundredths: criteriaHundredths.reduce((a, b) => a + b, 0),
  rating,
  rank: 1,
});
// Two criteria, three agencies: 45 of 60 points (75 %) and 23,25 of 46,5 (50 %).
const so: RankingTable = {
  groupId: 'so',
  tableNumber: 1,
  title: 'Bảng 1',
  criteria: [
    { number: 1, title: 'Hạ tầng', capHundredths: 2000 },
    { number: 2, title: 'Ứng dụng', capHundredths: 1550 },
  ],
  rows: [row('A', 'Tốt', [2000, 1550]), row('B', 'Khá', [1500, 775]), row('C', 'Tốt', [1000, 0])],
};
// Twenty criteria and no agency ranked yet: the attainment table outgrows the chart's 16 rows.
const huyen: RankingTable = {
  groupId: 'huyen',
  tableNumber: 2,
  title: 'Bảng 2',
  criteria: Array.from({ length: 20 }, (_, k) => ({
    number: k + 1,
    title: `TC${k + 1}`,
    capHundredths: 500,
  })),
  rows: [],
};

describe('buildChartSheet', () => {
  it('writes one block per group: the counts per band, the attainment per criterion, two charts beside', () => {
    const { sheet, name } = buildChartSheet([so, huyen], builtInRegime, 2026);
    expect(sheet.name).toBe('Biểu đồ');
    expect(CHART_SHEET).toBe('Biểu đồ');
    expect(sheet.showGridLines).toBe(false);
    expect(sheet.columns).toEqual([
      { col: 1, width: 14 },
      { col: 2, width: 14 },
    ]);
    const bandRows = (top: number, counts: number[]) =>
      ['Tốt', 'Khá', 'Trung bình', 'Yếu'].flatMap((label, i) => [
        { row: top + i, col: 1, value: label, style: STYLES.text },
        { row: top + i, col: 2, value: counts[i], style: STYLES.integer },
      ]);
    expect(sheet.cells).toEqual([
      {
        row: 1,
        col: 1,
        value: 'Biểu đồ kết quả xếp hạng năm 2026 (cập nhật mỗi lần tổng hợp)',
        style: STYLES.note,
      },
      { row: 3, col: 1, value: 'Bảng 1: Sở, ban, ngành cấp tỉnh', style: STYLES.note },
      { row: 4, col: 1, value: 'Xếp loại', style: STYLES.header },
      { row: 4, col: 2, value: 'Số đơn vị', style: STYLES.header },
      ...bandRows(5, [2, 1, 0, 0]),
      { row: 10, col: 1, value: 'Tiêu chí', style: STYLES.header },
      { row: 10, col: 2, value: 'Tỷ lệ đạt (%)', style: STYLES.header },
      { row: 11, col: 1, value: 'TC 1', style: STYLES.text },
      { row: 11, col: 2, value: 75, style: STYLES.points },
      { row: 12, col: 1, value: 'TC 2', style: STYLES.text },
      { row: 12, col: 2, value: 50, style: STYLES.points },
      { row: 21, col: 1, value: 'Bảng 2: UBND các huyện, thị xã, thành phố', style: STYLES.note },
      { row: 22, col: 1, value: 'Xếp loại', style: STYLES.header },
      { row: 22, col: 2, value: 'Số đơn vị', style: STYLES.header },
      ...bandRows(23, [0, 0, 0, 0]),
      { row: 28, col: 1, value: 'Tiêu chí', style: STYLES.header },
      { row: 28, col: 2, value: 'Tỷ lệ đạt (%)', style: STYLES.header },
      ...Array.from({ length: 20 }, (_, k) => [
        { row: 29 + k, col: 1, value: `TC ${k + 1}`, style: STYLES.text },
        { row: 29 + k, col: 2, value: 0, style: STYLES.points },
      ]).flat(),
    ]);
    expect(sheet.charts).toEqual([
      {
        kind: 'column',
        title: 'Bảng 1: số đơn vị theo xếp loại',
        data: { row: 4, col: 1, lastRow: 8, lastCol: 2 },
        anchor: { row: 3, col: 4, lastRow: 19, lastCol: 9 },
      },
      {
        kind: 'bar',
        title: 'Bảng 1: tỷ lệ đạt từng tiêu chí (%)',
        data: { row: 10, col: 1, lastRow: 12, lastCol: 2 },
        anchor: { row: 3, col: 10, lastRow: 19, lastCol: 15 },
      },
      {
        kind: 'column',
        title: 'Bảng 2: số đơn vị theo xếp loại',
        data: { row: 22, col: 1, lastRow: 26, lastCol: 2 },
        anchor: { row: 21, col: 4, lastRow: 48, lastCol: 9 },
      },
      {
        kind: 'bar',
        title: 'Bảng 2: tỷ lệ đạt từng tiêu chí (%)',
        data: { row: 28, col: 1, lastRow: 48, lastCol: 2 },
        anchor: { row: 21, col: 10, lastRow: 48, lastCol: 15 },
      },
    ]);
    // The name spans the tables, so the next merge finds and replaces the whole sheet.
    expect(name).toEqual({
      name: 'XHCNTT_BIEU_DO',
      sheet: 'Biểu đồ',
      range: { row: 1, col: 1, lastRow: 48, lastCol: 2 },
    });
    expect(CHART_NAME).toBe('XHCNTT_BIEU_DO');
  });

  it('names only the title row when no group has a table', () => {
    const { sheet, name } = buildChartSheet([], builtInRegime, 2026);
    expect(sheet.charts).toEqual([]);
    expect(name.range).toEqual({ row: 1, col: 1, lastRow: 1, lastCol: 2 });
  });
});
