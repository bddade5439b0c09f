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
import {
  DATA_COLUMNS,
  DATA_SHEET,
  HEADER_ROW,
  TABLE_FIRST_ROW,
  TABLE_HEADER_ROW,
  TABLE_TITLE_ROW,
} from './layout';
import { STYLES } from './styles';
import { PAGE_NUMBER_FOOTER } from '../../sheet/page-footer';

/** Fixed widths in characters (Calibri 11 units): "STT", "100,00", "Trung bình" and a rank fit at 13 pt. */
const FIXED = { index: 6, total: 9, rating: 12, rank: 7, code: 24 };
const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 };
/**
 * Character units that fit across A4 landscape (297 mm) inside the margins at 100 %: a column of
 * w units is w × 7 + 5 px at 96 px per inch, as Excel lays out Calibri 11 columns.
 */
export function printableUnits(columns: number): number {
  const px = ((297 - MARGINS.left - MARGINS.right) / 25.4) * 96;
  return Math.floor((px - columns * 5) / 7);
}

/**
 * Widths that print the table at 100 % on A4 landscape, so its text stays Times New Roman 13 on
 * paper: criterion columns take what the name column (at least 26 units) leaves, names the rest.
 */
export function tableWidths(criteria: number): {
  index: number;
  name: number;
  criterion: number;
  total: number;
  rating: number;
  rank: number;
  code: number;
} {
  const budget = printableUnits(criteria + 5) - FIXED.index - FIXED.total - FIXED.rating - FIXED.rank;
  const criterion = Math.max(8, Math.min(14, Math.floor((budget - 26) / Math.max(criteria, 1))));
  const name = Math.min(40, budget - criterion * criteria);
  return { ...FIXED, name, criterion };
}
const FONT_SIZE = 13;
/** One line of 13 pt text with room above and below, so the rows do not look cramped on paper or in Word. */
const MIN_ROW_HEIGHT = 21;

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

/**
 * `unranked`: names of the group's agencies that have no row (no form, or only rejected ones),
 * listed under the table on screen (outside the print area and the table's range).
 */
export function buildRankingSheet(
  table: RankingTable,
  group: AgencyGroup,
  regime: Regime,
  dataLastRow: number,
  unranked: readonly string[] = [],
): SheetSpec {
  const cols = tableColumns(table.criteria.length);
  const WIDTHS = tableWidths(table.criteria.length);
  const first = HEADER_ROW + 1;
  const last = Math.max(dataLastRow, first);
  const dataRange = (col: number) =>
    `${quoteSheet(DATA_SHEET)}!$${columnLetters(col)}$${first}:$${columnLetters(col)}$${last}`;
  // The same three ranges in every agency's criterion formulas: written once.
  const [effectiveRange, codeRange, criterionRange] = [
    dataRange(DATA_COLUMNS.effective),
    dataRange(DATA_COLUMNS.code),
    dataRange(DATA_COLUMNS.criterion),
  ];
  const lastRow = TABLE_FIRST_ROW + table.rows.length - 1;
  const totals = `$${columnLetters(cols.total)}$${TABLE_FIRST_ROW}:$${columnLetters(cols.total)}$${Math.max(lastRow, TABLE_FIRST_ROW)}`;

  const columns = [
    { col: cols.index, width: WIDTHS.index },
    { col: cols.name, width: WIDTHS.name },
    ...table.criteria.map((_, k) => ({ col: cols.firstCriterion + k, width: WIDTHS.criterion })),
    { col: cols.total, width: WIDTHS.total },
    { col: cols.rating, width: WIDTHS.rating },
    { col: cols.rank, width: WIDTHS.rank },
    { col: cols.code, width: WIDTHS.code },
  ];
  const widthOf = (col: number) => columns.find((c) => c.col === col)?.width ?? 9;
  const printedWidth = columns.filter((c) => c.col <= cols.rank).reduce((sum, c) => sum + c.width, 0);

  const cells: CellSpec[] = [{ row: TABLE_TITLE_ROW, col: 1, value: table.title, style: STYLES.title }];
  // Excel does not grow rows for wrapped text another program wrote: every height is set here.
  const heights: RowSpec[] = [
    {
      row: TABLE_TITLE_ROW,
      height: wrappedRowHeight(table.title, printedWidth, FONT_SIZE, 30, { bold: true }),
    },
  ];
  const headers: [number, string][] = [
    [cols.index, 'STT'],
    [cols.name, 'Tên cơ quan, đơn vị'],
    ...table.criteria.map((c, k): [number, string] => [
      cols.firstCriterion + k,
      `Tiêu chí ${c.number}: ${c.title} (${formatPoints(c.capHundredths)} điểm)`,
    ]),
    [cols.total, `Tổng điểm (${formatPoints(regime.totalHundredths)} điểm)`],
    [cols.rating, 'Xếp loại'],
    [cols.rank, 'Xếp hạng'],
    [cols.code, 'Mã đơn vị'],
  ];
  for (const [col, value] of headers) cells.push({ row: TABLE_HEADER_ROW, col, value, style: STYLES.header });
  heights.push({
    row: TABLE_HEADER_ROW,
    height: Math.max(
      36,
      ...headers.map(([col, h]) => wrappedRowHeight(h, widthOf(col), FONT_SIZE, 0, { bold: true })),
    ),
  });

  table.rows.forEach((r, i) => {
    const row = TABLE_FIRST_ROW + i;
    const codeCell = `$${columnLetters(cols.code)}${row}`;
    const totalCell = cellAddress(row, cols.total);
    heights.push({ row, height: wrappedRowHeight(r.name, WIDTHS.name, FONT_SIZE, MIN_ROW_HEIGHT) });
    cells.push(
      {
        row,
        col: cols.index,
        formula: `COUNTA($${columnLetters(cols.name)}$${TABLE_FIRST_ROW}:${cellAddress(row, cols.name)})`,
        cachedValue: i + 1,
        style: STYLES.integer,
      },
      { row, col: cols.name, value: r.name, style: STYLES.text },
    );
    table.criteria.forEach((c, k) => {
      cells.push({
        row,
        col: cols.firstCriterion + k,
        formula: `ROUND(SUMIFS(${effectiveRange},${codeRange},${codeCell},${criterionRange},${c.number}),2)`,
        cachedValue: fromHundredths(r.criteriaHundredths[k] ?? 0),
        style: STYLES.tablePoints,
      });
    });
    cells.push(
      {
        row,
        col: cols.total,
        formula: `ROUND(SUM(${cellAddress(row, cols.firstCriterion)}:${cellAddress(row, cols.total - 1)}),2)`,
        cachedValue: fromHundredths(r.totalHundredths),
        style: STYLES.tablePoints,
      },
      {
        row,
        col: cols.rating,
        formula: ratingFormula(regime, totalCell),
        cachedValue: r.rating,
        style: STYLES.textCenter,
      },
      {
        row,
        col: cols.rank,
        formula: `RANK(${totalCell},${totals},0)`,
        cachedValue: r.rank,
        style: STYLES.integer,
      },
      { row, col: cols.code, value: r.code, style: STYLES.helper },
    );
  });

  const printLast = Math.max(lastRow, TABLE_HEADER_ROW);
  const merges = [{ row: TABLE_TITLE_ROW, col: 1, lastRow: TABLE_TITLE_ROW, lastCol: cols.rank }];
  if (unranked.length > 0) {
    // One blank row apart, so Ctrl+A (the current region) selects the table without the note.
    const noteRow = printLast + 2;
    const note = `Chưa xếp hạng (${unranked.length} đơn vị chưa gửi phiếu hoặc phiếu không được chấp nhận, xem trang “Sổ theo dõi”): ${unranked.join('; ')}.`;
    cells.push({ row: noteRow, col: 1, value: note, style: STYLES.remark });
    merges.push({ row: noteRow, col: 1, lastRow: noteRow, lastCol: cols.rank });
    heights.push({ row: noteRow, height: wrappedRowHeight(note, printedWidth, FONT_SIZE, MIN_ROW_HEIGHT) });
  }
  return {
    name: tableSheetName(group),
    visibility: 'visible',
    columns,
    rows: heights,
    cells,
    merges,
    validations: [],
    conditionalFormats: [],
    protection: null,
    freeze: { rows: TABLE_HEADER_ROW, columns: 0 },
    print: {
      footerCenter: PAGE_NUMBER_FOOTER,
      orientation: 'landscape',
      paper: 'A4',
      // The widths fit the page: fitting would only ever shrink the 13 pt text.
      fitToWidth: false,
      titleRows: { first: TABLE_HEADER_ROW, last: TABLE_HEADER_ROW },
      margins: MARGINS,
      area: { row: 1, col: 1, lastRow: printLast, lastCol: cols.rank },
    },
    showGridLines: false,
  };
}
