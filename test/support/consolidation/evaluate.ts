/**
 * Text cells are entered with a leading apostrophe, so HyperFormula keeps "3" as text like an
 * xlsx string cell (it would otherwise parse it as a number, as if typed).
 */
/** Evaluates a WorkbookSpec's formulas with HyperFormula (Excel's ROUND and RANK installed), like a spreadsheet would. */
import { HyperFormula } from 'hyperformula';
import { installExcelFunctions } from '../../../src/excel-double/excel-functions';
import type { CellValue, WorkbookSpec } from '../../../src/core/sheet/spec';

export type Evaluated = (sheet: string, row: number, col: number) => unknown;

export function evaluateSpec(spec: WorkbookSpec): { value: Evaluated; hf: HyperFormula } {
  installExcelFunctions();
  const sheets: Record<string, (CellValue | string)[][]> = {};
  for (const s of spec.sheets) {
    const grid: (CellValue | string)[][] = [];
    for (const c of s.cells) {
      const row = grid[c.row - 1] ?? (grid[c.row - 1] = []);
      row[c.col - 1] =
        c.formula !== undefined
          ? `=${c.formula}`
          : typeof c.value === 'string'
            ? `'${c.value}`
            : (c.value ?? null);
    }
    for (let i = 0; i < grid.length; i++)
      grid[i] = Array.from(grid[i] ?? [], (v) => (v === undefined ? null : v));
    sheets[s.name] = grid;
  }
  // No smart rounding: HyperFormula would otherwise hide binary noise (0,1 + 0,2) that a missing ROUND lets through.
  const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3', smartRounding: false });
  return {
    hf,
    value: (sheet, row, col) => {
      const id = hf.getSheetId(sheet);
      if (id === undefined) throw new Error(`no sheet ${sheet}`);
      return hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 });
    },
  };
}
