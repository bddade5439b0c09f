/**
 * The plain data the criteria parser reads: per sheet, its rows of cell values from A1 (what both the xlsx
 * reader and Office.js `Range.values` deliver). A sheet is found by name in any case or Unicode form.
 */
import type { CellValue } from '../sheet/spec';
import { nameKey } from '../text/normalize';

export type CriteriaGrid = Record<string, readonly (readonly CellValue[])[]>;

export interface SheetGrid {
  name: string;
  rows: readonly (readonly CellValue[])[];
}

export function findSheet(grid: CriteriaGrid, name: string): SheetGrid | null {
  const key = nameKey(name);
  const found = Object.keys(grid).find((n) => nameKey(n) === key);
  return found === undefined ? null : { name: found, rows: grid[found] ?? [] };
}

/** The value at a 1-based row and column; null outside the data. */
export function valueAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

/** True for an empty cell or one holding only spaces. */
export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}
