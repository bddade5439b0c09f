/** 0-based inclusive cell rectangles and A1 conversion, as Excel's Range.address reports them. */
import { cellAddress, parseRange } from '../core/sheet/a1';
import { EXCEL_LIMITS } from '../core/sheet/excel-limits';
import { DoubleError } from './errors';

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/**
 * Excel cuts an address longer than 8,192 characters without a word (Office.js troubleshooting):
 * the double refuses it, so a test finds what Excel would silently get wrong.
 */
export function checkAddressLength(address: string, member: string): void {
  if (address.length > EXCEL_LIMITS.rangeAddress) {
    throw new DoubleError(
      'InvalidArgument',
      `The address is ${address.length} characters; Excel reads only the first ${EXCEL_LIMITS.rangeAddress}.`,
      member,
    );
  }
}

export function rectFromA1(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  let spec;
  try {
    spec = parseRange(bare);
  } catch {
    throw new DoubleError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format: "${address}".`,
    );
  }
  const rect = { r0: spec.row - 1, c0: spec.col - 1, r1: spec.lastRow - 1, c1: spec.lastCol - 1 };
  checkRect(rect);
  return rect;
}

export function checkRect(rect: Rect): void {
  const ok =
    Number.isInteger(rect.r0) &&
    Number.isInteger(rect.c0) &&
    rect.r0 >= 0 &&
    rect.c0 >= 0 &&
    rect.r1 >= rect.r0 &&
    rect.c1 >= rect.c0 &&
    rect.r1 < MAX_ROWS &&
    rect.c1 < MAX_COLS;
  if (!ok)
    throw new DoubleError('InvalidArgument', `The range ${JSON.stringify(rect)} is outside the sheet.`);
}

export function rectToA1(rect: Rect): string {
  const first = cellAddress(rect.r0 + 1, rect.c0 + 1);
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return first;
  return `${first}:${cellAddress(rect.r1 + 1, rect.c1 + 1)}`;
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectCols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.r0 && row <= outer.r1 && col >= outer.c0 && col <= outer.c1;
}

/** Excel quotes a sheet name in an address when it is not a plain identifier. */
export function qualify(sheetName: string, rect: Rect): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) && !/^[A-Za-z]{1,3}\d+$/.test(sheetName);
  return `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${rectToA1(rect)}`;
}
