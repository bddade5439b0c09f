/**
 * "Bảng 1" / "Bảng 2": the published table. Every number is a formula over the data sheet, so an
 * appraiser's edit updates points, total, rating and rank at once:
 *   criterion = ROUND(SUMIFS(effective, code, this agency, criterion, n),2)
 *   total     = ROUND(SUM(criteria),2);  rating = nested IF on the total over the regime's bands
 *   rank      = RANK(total, all totals, 0)   (competition ranking on rounded totals)
 * Rows are written in the core's ranking order. To re-sort after edits, sort the rows by
 * "Xếp hạng" (every formula refers to its own row, STT counts rows) or run the merge again.
 * No merged cells inside the table, so it pastes cleanly into Word.
 */
import type { AgencyGroup, Regime } from '../../regime/types';
import { formatPoints, fromHundredths } from '../../numbers/hundredths';
import { cellAddress, columnLetters, quoteSheet } from '../../sheet/a1';
import { wrappedRowHeight } from '../../sheet/row-height';
import type { CellSpec, RowSpec, SheetSpec } from '../../sheet/spec';
import type { RankingTable } from '../tables';
import { DATA_COLUMNS, DATA_SHEET, HEADER_ROW, TABLE_FIRST_ROW, TABLE_HEADER_ROW, TABLE_TITLE_ROW } from './layout';
import { STYLES } from './styles';

const NAME_WIDTH = 38;
const CRITERION_WIDTH = 15;

export function tableSheetName(group: AgencyGroup): string {
  return `Bảng ${group.tableNumber}`;
}

/** Nested IF over the bands (highest first), on an already rounded total. */
export function ratingFormula(regime: Regime, totalCell: string): string {
  const bands = regime.bands;
  const lowest = bands[bands.length - 1];
  let formula = `"${lowest?.label ?? ''}"`;
  for (let i = bands.length - 2; i >= 0; i--) {
    const band = bands[i];
    if (!band || band.minHundredths === null) continue;
    formula = `IF(${totalCell}>=${fromHundredths(band.minHundredths)},"${band.label}",${formula})`;
  }
  return formula;
}

export interface TableColumns {
  index: number;
  name: number;
  firstCriterion: number;
  total: number;
  rating: number;
  rank: number;
  code: number;
}

export function tableColumns(criteria: number): TableColumns {
  const total = 3 + criteria;
  return { index: 1, name: 2, firstCriterion: 3, total, rating: total + 1, rank: total + 2, code: total + 3 };
}

export function buildRankingSheet(table: RankingTable, group: AgencyGroup, regime: Regime, dataLastRow: number): SheetSpec {
  const cols = tableColumns(table.criteria.length);
  const first = HEADER_ROW + 1;
  const last = Math.max(dataLastRow, first);
  const dataRange = (col: number) => `${quoteSheet(DATA_SHEET)}!$${columnLetters(col)}$${first}:$${columnLetters(col)}$${last}`;
  const lastRow = TABLE_FIRST_ROW + table.rows.length - 1;
  const totals = `$${columnLetters(cols.total)}$${TABLE_FIRST_ROW}:$${columnLetters(cols.total)}$${Math.max(lastRow, TABLE_FIRST_ROW)}`;

  const cells: CellSpec[] = [{ row: TABLE_TITLE_ROW, col: 1, value: table.title, style: STYLES.title }];
  // Excel does not grow rows for wrapped text another program wrote: heights are set here.
  const heights: RowSpec[] = [];
  const criterionHeaders = table.criteria.map((c) => `Tiêu chí ${c.number}: ${c.title} (tối đa ${formatPoints(c.capHundredths)} điểm)`);
  heights.push({ row: TABLE_HEADER_ROW, height: Math.max(36, ...criterionHeaders.map((h) => wrappedRowHeight(h, CRITERION_WIDTH, 13))) });
  const header = (col: number, value: string) => cells.push({ row: TABLE_HEADER_ROW, col, value, style: STYLES.header });
  header(cols.index, 'STT');
  header(cols.name, 'Tên cơ quan, đơn vị');
  criterionHeaders.forEach((h, i) => header(cols.firstCriterion + i, h));
  header(cols.total, `Tổng điểm (tối đa ${formatPoints(regime.totalHundredths)} điểm)`);
  header(cols.rating, 'Xếp loại');
  header(cols.rank, 'Xếp hạng');
  header(cols.code, 'Mã đơn vị');

  table.rows.forEach((r, i) => {
    const row = TABLE_FIRST_ROW + i;
    const codeCell = `$${columnLetters(cols.code)}${row}`;
    const totalCell = cellAddress(row, cols.total);
    const height = wrappedRowHeight(r.name, NAME_WIDTH, 13);
    if (height > 20) heights.push({ row, height });
    cells.push(
      { row, col: cols.index, formula: `COUNTA($${columnLetters(cols.name)}$${TABLE_FIRST_ROW}:${cellAddress(row, cols.name)})`, cachedValue: i + 1, style: STYLES.integer },
      { row, col: cols.name, value: r.name, style: STYLES.text },
    );
    table.criteria.forEach((c, k) => {
      cells.push({
        row,
        col: cols.firstCriterion + k,
        formula: `ROUND(SUMIFS(${dataRange(DATA_COLUMNS.effective)},${dataRange(DATA_COLUMNS.code)},${codeCell},${dataRange(DATA_COLUMNS.criterion)},${c.number}),2)`,
        cachedValue: fromHundredths(r.criteriaHundredths[k] ?? 0),
        style: STYLES.points,
      });
    });
    cells.push(
      {
        row,
        col: cols.total,
        formula: `ROUND(SUM(${cellAddress(row, cols.firstCriterion)}:${cellAddress(row, cols.total - 1)}),2)`,
        cachedValue: fromHundredths(r.totalHundredths),
        style: STYLES.points,
      },
      { row, col: cols.rating, formula: ratingFormula(regime, totalCell), cachedValue: r.rating, style: STYLES.textCenter },
      { row, col: cols.rank, formula: `RANK(${totalCell},${totals},0)`, cachedValue: r.rank, style: STYLES.integer },
      { row, col: cols.code, value: r.code, style: STYLES.helper },
    );
  });

  const printLast = Math.max(lastRow, TABLE_HEADER_ROW);
  return {
    name: tableSheetName(group),
    visibility: 'visible',
    columns: [
      { col: cols.index, width: 6 },
      { col: cols.name, width: NAME_WIDTH },
      ...table.criteria.map((_, k) => ({ col: cols.firstCriterion + k, width: CRITERION_WIDTH })),
      { col: cols.total, width: 12 },
      { col: cols.rating, width: 13 },
      { col: cols.rank, width: 10 },
      { col: cols.code, width: 28 },
    ],
    rows: [{ row: TABLE_TITLE_ROW, height: 40 }, ...heights],
    cells,
    merges: [{ row: TABLE_TITLE_ROW, col: 1, lastRow: TABLE_TITLE_ROW, lastCol: cols.rank }],
    validations: [],
    conditionalFormats: [],
    protection: null,
    freeze: { rows: TABLE_HEADER_ROW, columns: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: TABLE_HEADER_ROW, last: TABLE_HEADER_ROW },
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      area: { row: 1, col: 1, lastRow: printLast, lastCol: cols.rank },
    },
    showGridLines: false,
  };
}
