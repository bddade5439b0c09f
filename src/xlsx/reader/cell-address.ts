/** Fast A1 helpers for the worksheet parser, which meets one address per cell. */
import { columnLetters as a1ColumnLetters } from '../../core/sheet/a1';

export interface CellPosition {
  row: number;
  col: number;
}

/** `D12` / `$D$12` / `d12` -> {row: 12, col: 4}; `null` when not a cell address. */
export function parseCellRef(ref: string): CellPosition | null {
  let col = 0;
  let row = 0;
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  const colStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === colStart || i - colStart > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const rowStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  if (i === rowStart || row < 1) return null;
  return { row, col };
}

const letterCache: string[] = [];

/** The core's column letters, kept per column: the parser asks for the same few columns again and again. */
export function columnLetters(col: number): string {
  return (letterCache[col] ??= a1ColumnLetters(col));
}

/** Keys of the first rows and columns, kept from file to file (bounded: a form is a few hundred cells). */
const KEY_CACHE_ROWS = 4096;
const KEY_CACHE_COLS = 64;
const keyCache: (string | undefined)[][] = [];

/**
 * `cellKey(12, 4)` -> `D12`. The same string object is handed out for a cell every time: once used
 * as a property key V8 has interned it, so storing a returned form's hundreds of cells stays cheap.
 */
export function cellKey(row: number, col: number): string {
  if (row > KEY_CACHE_ROWS || col > KEY_CACHE_COLS) return columnLetters(col) + String(row);
  const byCol = keyCache[row] ?? (keyCache[row] = []);
  return byCol[col] ?? (byCol[col] = columnLetters(col) + String(row));
}
