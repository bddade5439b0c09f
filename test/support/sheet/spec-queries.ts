/** Reading a described sheet the way a user sees it: its merged ranges and its row heights. */
import { cellAddress } from '../../../src/core/sheet/a1';
import type { SheetSpec } from '../../../src/core/sheet/spec';

/** Each merge as an A1 range, e.g. "A1:G1". */
export const mergedRanges = (s: SheetSpec): string[] =>
  s.merges.map((m) => `${cellAddress(m.row, m.col)}:${cellAddress(m.lastRow, m.lastCol)}`);

/** The height the sheet sets for a row, or undefined where it leaves Excel's default. */
export const rowHeight = (s: SheetSpec, row: number): number | undefined =>
  s.rows.find((r) => r.row === row)?.height;
