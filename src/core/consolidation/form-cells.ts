/** Reads a returned form through its workbook-level defined names, never by guessing positions. */
import type { ReadCell, ReadName, ReturnedWorkbook } from '../returned/types';
import type { CellValue } from '../sheet/spec';

export interface NamedCell {
  name: string;
  sheet: string;
  /** First cell of the name's range, e.g. `D14`. */
  address: string;
  cell: ReadCell | undefined;
}

/** An address as the reader gives it: one cell, upper case, no `$`. */
const PLAIN_CELL = /^[A-Z]{1,3}[0-9]{1,7}$/;

function firstCell(address: string): string {
  if (PLAIN_CELL.test(address)) return address;
  return (address.split(':')[0] ?? address).replace(/\$/g, '').toUpperCase();
}

/** Defined names keyed by upper-case name (Excel compares names case-insensitively). */
export function nameIndex(wb: ReturnedWorkbook): Map<string, ReadName> {
  const index = new Map<string, ReadName>();
  for (const n of wb.names) index.set(n.name.trim().toUpperCase(), n);
  return index;
}

/** The cell a name points at; `null` when the name is absent or points nowhere usable. */
export function namedCell(
  wb: ReturnedWorkbook,
  index: Map<string, ReadName>,
  name: string,
): NamedCell | null {
  const n = index.get(name.toUpperCase());
  if (!n || n.sheet === null || n.address === null) return null;
  const address = firstCell(n.address);
  return { name, sheet: n.sheet, address, cell: wb.cells[n.sheet]?.[address] };
}

/** The value a cell holds as the scoring core expects it: an error value becomes its text (invalid). */
export function rawValue(cell: ReadCell | undefined): CellValue {
  if (!cell) return null;
  if (cell.error !== undefined) return cell.error;
  return cell.value;
}

export function textValue(cell: ReadCell | undefined): string {
  const v = rawValue(cell);
  if (v === null) return '';
  return String(v);
}
