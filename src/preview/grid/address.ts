/** 0-based (row, col) -> A1, for the grid's labels and the name box (the core's 1-based helpers). */
import { cellAddress, columnLetters } from '../../core/sheet/a1';

export function columnName(col: number): string {
  return columnLetters(col + 1);
}

export function a1(row: number, col: number): string {
  return cellAddress(row + 1, col + 1);
}
