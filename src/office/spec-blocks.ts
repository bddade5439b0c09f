/**
 * Groups the cells of a sheet description into rectangles of contiguous cells, so the renderer
 * writes one matrix per block instead of one request per cell.
 */
import type { CellSpec } from '../core/sheet/spec';

export interface CellBlock {
  /** 1-based top-left. */
  row: number;
  col: number;
  /** Rows of cells, all the same width. */
  cells: CellSpec[][];
}

/** Runs of consecutive columns per row, stacked into rectangles when the next row has the same run. */
export function contiguousBlocks(cells: readonly CellSpec[]): CellBlock[] {
  const byRow = new Map<number, CellSpec[]>();
  for (const cell of cells) {
    const list = byRow.get(cell.row) ?? [];
    list.push(cell);
    byRow.set(cell.row, list);
  }
  const done: CellBlock[] = [];
  // Open rectangles keyed by their column span, extended while rows keep the same span.
  let open = new Map<string, CellBlock>();
  let previousRow = -1;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    if (row !== previousRow + 1) {
      done.push(...open.values());
      open = new Map();
    }
    const rowCells = dedupe(byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
    const next = new Map<string, CellBlock>();
    let run: CellSpec[] = [];
    const closeRun = () => {
      if (run.length === 0) return;
      const first = run[0] as CellSpec;
      const key = `${first.col}:${run.length}`;
      const block = open.get(key);
      if (block) {
        block.cells.push(run);
        open.delete(key);
        next.set(key, block);
      } else {
        next.set(key, { row, col: first.col, cells: [run] });
      }
      run = [];
    };
    for (const cell of rowCells) {
      const last = run[run.length - 1];
      if (last && cell.col !== last.col + 1) closeRun();
      run.push(cell);
    }
    closeRun();
    done.push(...open.values());
    open = next;
    previousRow = row;
  }
  done.push(...open.values());
  return done;
}

/** A later spec of the same cell wins, as it would when written one after the other. */
function dedupe(cells: CellSpec[]): CellSpec[] {
  const byCol = new Map<number, CellSpec>();
  for (const c of cells) byCol.set(c.col, c);
  return [...byCol.values()];
}
