/**
 * What the blocks of the form sheet place (cells, merges, row heights, validations, formats, names), gathered
 * in one value each block writes into, in the order the blocks run; and the column widths they wrap text to.
 */
import type { CellSpec, ConditionalFormatSpec, NameSpec, RangeSpec, RowSpec, ValidationSpec } from '../spec';
import { FORM_SHEET } from './layout';

/** Column widths in characters; the sheet prints on A4 portrait scaled to one page width. */
export const WIDTHS: Readonly<Record<number, number>> = {
  1: 6.5,
  2: 44,
  3: 8.5,
  4: 9.5,
  5: 9.5,
  6: 28,
  7: 14,
};

/** The width of columns `first` to `last` together, for wrapping text merged over them. */
export function widthOf(first: number, last = first): number {
  let w = 0;
  for (let c = first; c <= last; c++) w += WIDTHS[c] ?? 9;
  return w;
}

export const range = (row: number, col: number, lastRow = row, lastCol = col): RangeSpec => ({
  row,
  col,
  lastRow,
  lastCol,
});

export interface FormParts {
  cells: CellSpec[];
  merges: RangeSpec[];
  rows: RowSpec[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  names: NameSpec[];
}

export function emptyParts(): FormParts {
  return { cells: [], merges: [], rows: [], validations: [], conditionalFormats: [], names: [] };
}

/** Places a cell of the form sheet with its named style, and its value or formula. */
export type Put = (
  row: number,
  col: number,
  style: string,
  content?: Omit<CellSpec, 'row' | 'col' | 'style'>,
) => void;

export function putter(parts: FormParts): Put {
  return (row, col, style, content = {}) => {
    parts.cells.push({ row, col, style, ...content });
  };
}

/** A defined name of the contract on one cell of the form sheet. */
export function nameCell(parts: FormParts, name: string, row: number, col: number, comment: string): void {
  parts.names.push({ name, sheet: FORM_SHEET, range: range(row, col), comment });
}
