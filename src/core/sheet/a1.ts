/** A1-style addresses for 1-based rows and columns. */
import type { RangeSpec } from './spec';

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`column ${col} is not a positive integer`);
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`"${letters}" is not a column`);
    n = n * 26 + (code - 64);
  }
  return n;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row}`;
}

export function rangeAddress(range: RangeSpec, absolute = false): string {
  const first = cellAddress(range.row, range.col, absolute);
  if (range.row === range.lastRow && range.col === range.lastCol) return first;
  return `${first}:${cellAddress(range.lastRow, range.lastCol, absolute)}`;
}

export function singleCell(row: number, col: number): RangeSpec {
  return { row, col, lastRow: row, lastCol: col };
}

/** Parses `B7`, `$B$7`, `A1:C3` (no sheet part). */
export function parseRange(address: string): RangeSpec {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) throw new RangeError(`"${address}" is not an A1 address`);
  const row = Number(m[2]);
  const col = columnNumber(m[1] ?? '');
  const lastRow = m[4] === undefined ? row : Number(m[4]);
  const lastCol = m[3] === undefined ? col : columnNumber(m[3]);
  return {
    row: Math.min(row, lastRow),
    col: Math.min(col, lastCol),
    lastRow: Math.max(row, lastRow),
    lastCol: Math.max(col, lastCol),
  };
}

/** Quotes a sheet name for use in a reference, e.g. `'Phiếu'`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
