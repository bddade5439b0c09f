/**
 * "Biểu đồ": for each group, agencies per rating band and each criterion's attainment (%) as
 * small tables with a native chart beside each. The add-in draws the charts (Office.js); the
 * CLI's ExcelJS writer cannot, so only the add-in writes this sheet. Figures are values, rewritten
 * at every merge (the tables are re-sorted then too).
 */
import { groupName } from '../../regime/load';
import type { Regime } from '../../regime/types';
import type { CellSpec, ChartSpec, NameSpec, SheetSpec } from '../../sheet/spec';
import { tableFigures } from '../table-figures';
import type { RankingTable } from '../tables';
import { STYLES } from './styles';

export const CHART_SHEET = 'Biểu đồ';
/** Marks the sheet as the consolidation's own, so a later merge replaces it. */
export const CHART_NAME = 'XHCNTT_BIEU_DO';

// Each group's block: title row, bands table (header + bands), a blank row, attainment table.
const CHART_ROWS = 16;

export function buildChartSheet(
  tables: readonly RankingTable[],
  regime: Regime,
  year: number,
): { sheet: SheetSpec; name: NameSpec } {
  const cells: CellSpec[] = [
    {
      row: 1,
      col: 1,
      value: `Biểu đồ kết quả xếp hạng năm ${year} (cập nhật mỗi lần tổng hợp)`,
      style: STYLES.note,
    },
  ];
  const charts: ChartSpec[] = [];
  let top = 3;
  for (const t of tables) {
    const f = tableFigures(t.criteria, t.rows, regime);
    const group = groupName(regime, t.groupId);
    cells.push({ row: top, col: 1, value: `Bảng ${t.tableNumber}: ${group}`, style: STYLES.note });
    const bandsTop = top + 1;
    cells.push(
      { row: bandsTop, col: 1, value: 'Xếp loại', style: STYLES.header },
      { row: bandsTop, col: 2, value: 'Số đơn vị', style: STYLES.header },
    );
    f.bandCounts.forEach((b, i) =>
      cells.push(
        { row: bandsTop + 1 + i, col: 1, value: b.label, style: STYLES.text },
        { row: bandsTop + 1 + i, col: 2, value: b.count, style: STYLES.integer },
      ),
    );
    const attTop = bandsTop + f.bandCounts.length + 2;
    cells.push(
      { row: attTop, col: 1, value: 'Tiêu chí', style: STYLES.header },
      { row: attTop, col: 2, value: 'Tỷ lệ đạt (%)', style: STYLES.header },
    );
    f.criteria.forEach((c, i) =>
      cells.push(
        { row: attTop + 1 + i, col: 1, value: `TC ${c.number}`, style: STYLES.text },
        { row: attTop + 1 + i, col: 2, value: (c.attainmentHundredths ?? 0) / 100, style: STYLES.points },
      ),
    );
    const bottom = Math.max(attTop + f.criteria.length, top + CHART_ROWS);
    charts.push(
      {
        kind: 'column',
        title: `Bảng ${t.tableNumber}: số đơn vị theo xếp loại`,
        data: { row: bandsTop, col: 1, lastRow: bandsTop + f.bandCounts.length, lastCol: 2 },
        anchor: { row: top, col: 4, lastRow: bottom, lastCol: 9 },
      },
      {
        kind: 'bar',
        title: `Bảng ${t.tableNumber}: tỷ lệ đạt từng tiêu chí (%)`,
        data: { row: attTop, col: 1, lastRow: attTop + f.criteria.length, lastCol: 2 },
        anchor: { row: top, col: 10, lastRow: bottom, lastCol: 15 },
      },
    );
    top = bottom + 2;
  }
  const sheet: SheetSpec = {
    name: CHART_SHEET,
    visibility: 'visible',
    columns: [
      { col: 1, width: 14 },
      { col: 2, width: 14 },
    ],
    rows: [],
    cells,
    merges: [],
    validations: [],
    conditionalFormats: [],
    protection: null,
    showGridLines: false,
    charts,
  };
  return {
    sheet,
    name: {
      name: CHART_NAME,
      sheet: CHART_SHEET,
      range: { row: 1, col: 1, lastRow: Math.max(1, top - 2), lastCol: 2 },
    },
  };
}
