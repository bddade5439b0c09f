/** The values a person sees in a WorkbookSpec's sheets, as the grid the criteria parser reads (formulas left out). */
import type { CriteriaGrid } from '../../src/core/criteria/grid';
import type { CellValue, WorkbookSpec } from '../../src/core/sheet/spec';

export function specGrid(spec: WorkbookSpec): CriteriaGrid {
  const grid: Record<string, CellValue[][]> = {};
  for (const sheet of spec.sheets) {
    const rows: CellValue[][] = [];
    for (const c of sheet.cells) {
      if (c.formula !== undefined || c.value === undefined) continue;
      const row = (rows[c.row - 1] ??= []);
      row[c.col - 1] = c.value;
    }
    grid[sheet.name] = Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null));
  }
  return grid;
}

/** A copy of a grid with one cell set (1-based row and column). */
export function withCell(
  grid: CriteriaGrid,
  sheet: string,
  row: number,
  col: number,
  value: CellValue,
): CriteriaGrid {
  const rows = (grid[sheet] ?? []).map((r) => [...r]);
  while (rows.length < row) rows.push([]);
  const target = rows[row - 1] ?? [];
  while (target.length < col) target.push(null);
  target[col - 1] = value;
  rows[row - 1] = target;
  return { ...grid, [sheet]: rows };
}
