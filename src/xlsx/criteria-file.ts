/**
 * A criteria workbook (“Bộ tiêu chí”) as an .xlsx file: read with the project's fast reader (browser-safe,
 * no ExcelJS) into the grid the core parses. Writing goes through the ExcelJS writer (criteria-xlsx.ts).
 */
import { parseCriteriaWorkbook, type CriteriaGrid, type CriteriaReading } from '../core/criteria/parse';
import { CHECKS_SHEET, FIGURES_SHEET, INFO_SHEET, SUBS_SHEET } from '../core/criteria/layout';
import type { Regime } from '../core/regime/types';
import type { ReadCell } from '../core/returned/types';
import { parseRange } from '../core/sheet/a1';
import type { CellValue } from '../core/sheet/spec';
import { readReturnedWorkbook } from './read-workbook';

const MAX_ROWS = 20_000;
const MAX_COLUMNS = 64;

export type CriteriaFileReading = CriteriaReading | { ok: false; fileProblem: string };

/** Rows of cell values from A1; an error value reads as its text (#REF!), as a person sees it. */
export function gridOfCells(cells: Record<string, ReadCell>): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const [address, cell] of Object.entries(cells)) {
    const { row, col } = parseRange(address);
    // A stray cell far below (row 1 048 576) must not make a million-row grid; the tables are small.
    if (row > MAX_ROWS || col > MAX_COLUMNS) continue;
    const line = (rows[row - 1] ??= []);
    line[col - 1] = cell.error ?? cell.value;
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
}

/** True when a read workbook looks like a criteria workbook (its sub-criteria sheet is there). */
export function isCriteriaWorkbook(sheetNames: readonly string[]): boolean {
  const key = SUBS_SHEET.normalize('NFC').toLowerCase();
  return sheetNames.some((n) => n.normalize('NFC').toLowerCase() === key);
}

export function readCriteriaFile(bytes: Uint8Array, fileName: string, regime: Regime): CriteriaFileReading {
  const read = readReturnedWorkbook(bytes, fileName, undefined, {
    sheets: [INFO_SHEET, SUBS_SHEET, FIGURES_SHEET, CHECKS_SHEET],
  });
  if (!read.ok) return { ok: false, fileProblem: read.problem.message };
  const grid: CriteriaGrid = Object.fromEntries(
    Object.entries(read.workbook.cells).map(([sheet, cells]) => [sheet, gridOfCells(cells)]),
  );
  return parseCriteriaWorkbook(grid, regime);
}
