/**
 * What the preview grid needs from a workbook: a read-only view of a sheet, the selection,
 * and user edits (typing, pasting) that reach the workbook the way Excel's own UI would:
 * as changes by the user, which fire onChanged and bypass data validation on paste.
 * Implemented over the Excel test double in double-workbook.ts.
 */
export interface GridCell {
  /** Text the cell shows. */
  display: string;
  /** What editing starts with: the formula (with '=') or the constant. */
  input: string;
  isNumber: boolean;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  horizontal: 'left' | 'center' | 'right' | null;
  wrap: boolean;
  locked: boolean;
  /** A conditional format applies to the cell now. */
  conditional: boolean;
}

export interface GridMerge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface GridSheet {
  name: string;
  /** 0-based, inclusive extent worth showing. */
  lastRow: number;
  lastCol: number;
  /** Pixel widths per column index (0-based); missing = default. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  merges: GridMerge[];
  frozenRows: number;
  protectedSheet: boolean;
  showGridlines: boolean;
  cell: (row: number, col: number) => GridCell | null;
}

export interface Selection {
  sheet: string;
  row: number;
  col: number;
}

export interface PreviewWorkbook {
  visibleSheets: () => string[];
  activeSheet: () => string | null;
  activate: (sheet: string) => void;
  sheet: (name: string) => GridSheet | null;
  selection: () => Selection | null;
  select: (sel: Selection) => void;
  /** The defined name that points exactly at this cell, shown in the name box as Excel does. */
  nameAt: (sheet: string, row: number, col: number) => string | null;
  /** A defined name or an A1 address (optionally 'Sheet'!A1) to a cell; null when unknown. */
  resolve: (reference: string, currentSheet: string) => Selection | null;
  /** Typing into one cell: obeys data validation and protection; throws a Vietnamese message when refused. */
  type: (sheet: string, row: number, col: number, text: string) => void;
  /** Pasting clipboard text from (row, col): bypasses data validation, as in Excel; protection still holds. */
  paste: (sheet: string, row: number, col: number, block: string[][]) => void;
  /** Clearing the selected cell with Delete. */
  clear: (sheet: string, row: number, col: number) => void;
  /** Ctrl+D on one cell: copies the cell above into it. */
  fillDown: (sheet: string, row: number, col: number) => void;
  /** Ctrl+Z: undoes the last edit; false when there is nothing to undo. */
  undo: () => boolean;
  subscribe: (listener: () => void) => () => void;
}
