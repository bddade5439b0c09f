/**
 * Whether a returned form's fingerprint is the one it stores, without hashing every form of a batch:
 * the first form with a given fingerprint is hashed in full (`fingerprintFromReturned`) and, when it
 * matches, its structure (names and non-input cells, as read) is kept; a later form whose structure
 * is identical to it has the same fingerprint. Anything else, even one cell, is hashed in full.
 */
import type { ReadCell, ReadName, ReturnedWorkbook } from '../returned/types';
import {
  canonicalAddress,
  fingerprintFromReturned,
  formCellEntry,
  inputAddresses,
  returnedNames,
} from './fingerprint';

interface VerifiedForm {
  sheetName: string;
  computed: string;
  /** Every defined name, as read. */
  names: readonly ReadName[];
  /** Canonical addresses of the inputs (left out of the fingerprint), and the input cells as read. */
  inputs: ReadonlySet<string>;
  inputsAsRead: ReadonlySet<string>;
  /** The non-input cells that count, keyed by the address as read. */
  cells: ReadonlyMap<string, ReadCell>;
}

/** By fingerprint; a batch holds a handful (one per group and template version). Bounded. */
const verified = new Map<string, VerifiedForm>();
const VERIFIED_MAX = 64;

/** The same defined names, in the same order, pointing at the same cells. */
function sameNames(known: readonly ReadName[], names: readonly ReadName[]): boolean {
  if (known.length !== names.length) return false;
  for (let i = 0; i < names.length; i++) {
    const a = known[i] as ReadName;
    const b = names[i] as ReadName;
    if (a.name !== b.name || a.sheet !== b.sheet || a.address !== b.address) return false;
  }
  return true;
}

/** Same fingerprint entry: the same formula text, or (without a formula) the same value. */
function sameEntry(a: ReadCell, b: ReadCell): boolean {
  if (a.formula !== b.formula) return false;
  return (a.formula !== undefined && a.formula.trim() !== '') || a.value === b.value;
}

function sameStructure(form: VerifiedForm, cells: Record<string, ReadCell>): boolean {
  let matched = 0;
  for (const address in cells) {
    const cell = cells[address] as ReadCell;
    const known = form.cells.get(address);
    if (known !== undefined) {
      if (!sameEntry(known, cell)) return false;
      matched += 1;
    } else if (
      // An empty cell (styled, no value, no formula) adds nothing to the fingerprint: the cheapest test first.
      (cell.formula !== undefined || cell.value !== null) &&
      !form.inputsAsRead.has(address) &&
      !form.inputs.has(canonicalAddress(address)) &&
      formCellEntry(cell) !== null
    ) {
      return false;
    }
  }
  return matched === form.cells.size;
}

/** Whether the form sheet of `wb` has the fingerprint `expected` (as `fingerprintFromReturned` computes it). */
export function hasFingerprint(
  wb: ReturnedWorkbook,
  sheetName: string,
  computedCodes: readonly string[],
  expected: string,
): boolean {
  if (expected === '') return false;
  const cells = wb.cells[sheetName] ?? {};
  const computed = computedCodes.join('\u0001');
  const form = verified.get(expected);
  if (
    form !== undefined &&
    form.sheetName === sheetName &&
    form.computed === computed &&
    sameNames(form.names, wb.names) &&
    sameStructure(form, cells)
  )
    return true;
  if (fingerprintFromReturned(wb, sheetName, computedCodes) !== expected) return false;
  const inputs = inputAddresses(returnedNames(wb, sheetName), computedCodes);
  const kept = new Map<string, ReadCell>();
  const inputsAsRead = new Set<string>();
  for (const address in cells) {
    const cell = cells[address] as ReadCell;
    if (inputs.has(canonicalAddress(address))) inputsAsRead.add(address);
    else if (formCellEntry(cell) !== null) kept.set(address, cell);
  }
  if (verified.size >= VERIFIED_MAX) verified.clear();
  verified.set(expected, { sheetName, computed, names: [...wb.names], inputs, inputsAsRead, cells: kept });
  return true;
}
