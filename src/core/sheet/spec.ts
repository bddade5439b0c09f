/**
 * A renderer-neutral description of a workbook: what every sheet holds and how it looks.
 * The xlsx writer (src/xlsx) and the Office.js adapter (src/office) both render it, so it
 * must only use what both can express. Rows and columns are 1-based.
 * Formulas are in Excel's invariant (en-US) syntax without the leading `=`, A1 references,
 * comma separators, and only functions that Excel 2010 and LibreOffice Calc share.
 */

export type CellValue = string | number | boolean | null;

export interface FontSpec {
  name?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** `#RRGGBB`. */
  color?: string;
}

export type BorderWeight = 'thin' | 'medium';

export interface CellStyle {
  font?: FontSpec;
  /** Solid fill colour, `#RRGGBB`. */
  fill?: string;
  /** Thin border on all four edges when set. */
  border?: BorderWeight;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Excel number format code, e.g. `0.00`. */
  numberFormat?: string;
  /** Excel's default is locked; inputs set `false`. */
  locked?: boolean;
}

export interface CellSpec {
  row: number;
  col: number;
  /** A constant; ignored when `formula` is set. */
  value?: CellValue;
  /** Without the leading `=`. */
  formula?: string;
  /** Value the formula gives on an empty form; written as the cached result where the format allows. */
  cachedValue?: CellValue;
  /** Key into `WorkbookSpec.styles`. */
  style?: string;
}

/** An inclusive rectangle of cells. */
export interface RangeSpec {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

export interface ColumnSpec {
  col: number;
  /** Width in characters of the default font, as Excel counts it. */
  width: number;
  hidden?: boolean;
}

export interface RowSpec {
  row: number;
  /** Height in points. */
  height: number;
}

export interface DecimalValidationSpec {
  kind: 'decimal';
  /** Whole numbers only (Excel's "Whole number" validation). */
  whole?: boolean;
  range: RangeSpec;
  min: number;
  max: number;
  allowBlank: boolean;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

export interface ListValidationSpec {
  kind: 'list';
  range: RangeSpec;
  /** Allowed values, shown as a drop-down. */
  items: string[];
  /**
   * Cells holding the items, when an item contains a comma (a list written in the rule cannot: Excel splits it
   * at every comma). The drop-down then lists these cells; `items` still words the prompt and the error.
   */
  source?: { sheet: string; range: RangeSpec };
  allowBlank: boolean;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

export type ValidationSpec = DecimalValidationSpec | ListValidationSpec;

/** Formula-based conditional format; the formula is written relative to the range's top-left cell. */
export interface ConditionalFormatSpec {
  range: RangeSpec;
  formula: string;
  /** Key into `WorkbookSpec.styles`; only font colour, bold and fill are applied. */
  style: string;
  /** Rules earlier in the sheet's list win; kept for renderers that need an explicit priority. */
  stopIfTrue?: boolean;
}

export interface ProtectionSpec {
  /** Empty string: protected without a password (see README, password policy). */
  password: string;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowSort?: boolean;
  allowAutoFilter?: boolean;
}

export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Fit all columns on one page width. */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page, e.g. {first: 5, last: 6}. */
  titleRows?: { first: number; last: number };
  /** Millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Printed area; the whole used range when absent. */
  area?: RangeSpec;
  /** Centre footer of every page, in Excel's header/footer codes (see page-footer.ts). */
  footerCenter?: string;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * A native chart of one series drawn from a two-column range of its sheet (categories, values).
 * Only the Office.js renderer draws it: ExcelJS cannot write charts, so the xlsx writer leaves it out.
 */
export interface ChartSpec {
  kind: 'column' | 'bar';
  title: string;
  /** Categories in the first column, values in the second; the header row names the series. */
  data: RangeSpec;
  /** Cells the chart covers (top-left to bottom-right). */
  anchor: RangeSpec;
}

export interface SheetSpec {
  name: string;
  visibility: SheetVisibility;
  tabColor?: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
  cells: CellSpec[];
  merges: RangeSpec[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  protection: ProtectionSpec | null;
  /** Frozen rows at the top and columns at the left. */
  freeze?: { rows: number; columns: number };
  print?: PrintSpec;
  /** Whether grid lines are shown on screen. */
  showGridLines?: boolean;
  charts?: ChartSpec[];
}

/** A workbook-level defined name pointing at one cell or range of one sheet. */
export interface NameSpec {
  name: string;
  sheet: string;
  range: RangeSpec;
  comment?: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  names: NameSpec[];
  styles: Record<string, CellStyle>;
  /** Custom document properties (string values). */
  properties: Record<string, string>;
  /** Sheet shown when the file opens. */
  activeSheet: string;
}
