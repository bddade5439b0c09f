/**
 * A fingerprint of the form sheet's structure (codes, titles, caps, formulas, layout and the
 * defined-name contract), so that a merge tells an intact returned form from an edited one.
 * Inputs and cached formula results are left out: filling the form never changes it.
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { ReturnedWorkbook } from '../returned/types';
import { cellAddress, parseRange, rangeAddress } from './a1';
import { isContractName, isInputName, parseContractName } from './names';
import type { CellValue, WorkbookSpec } from './spec';

export interface FingerprintInput {
  sheetName: string;
  /** Defined names; addresses of names on another sheet are prefixed `Sheet!`. Non-contract names are ignored. */
  names: { name: string; address: string }[];
  cells: { address: string; value: CellValue; formula?: string }[];
  /**
   * Format 2: sub-criteria whose points are computed from figures. Their `TC_` cell holds a locked formula,
   * not an input, so it is part of the structure. Empty for format-1 forms, whose fingerprints stay as they were.
   */
  computedCodes?: readonly string[];
}

export const FINGERPRINT_PREFIX = 'v1:';

/** Normalised formulas by their text: every returned form repeats the same few hundred. Bounded. */
const normalizedFormulas = new Map<string, string>();
const NORMALIZED_FORMULAS_MAX = 8192;

/** Strips `$`, spaces outside string literals and `_xlfn.` prefixes; upper-cases outside string literals. */
export function normalizeFormula(formula: string): string {
  let normalized = normalizedFormulas.get(formula);
  if (normalized === undefined) {
    normalized = normalizeFormulaText(formula);
    if (normalizedFormulas.size >= NORMALIZED_FORMULAS_MAX) normalizedFormulas.clear();
    normalizedFormulas.set(formula, normalized);
  }
  return normalized;
}

function normalizeFormulaText(formula: string): string {
  const text = formula.normalize('NFC').trim().replace(/^=/, '');
  let out = '';
  let inString = false;
  for (const ch of text) {
    if (ch === '"') {
      inString = !inString;
      out += ch;
    } else if (inString) {
      out += ch;
    } else if (ch !== '$' && !/\s/.test(ch)) {
      out += ch.toUpperCase();
    }
  }
  return out.replace(/_XLFN\./g, '');
}

function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

export function canonicalAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  const sheet =
    bang >= 0
      ? address
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'")
          .normalize('NFC')
      : null;
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').trim().toUpperCase();
  return sheet === null ? local : `${sheet}!${local}`;
}

/** Row/column order of an A1 address, for a stable sort; unparsable addresses sort last by text. */
function addressOrder(address: string): [number, number] {
  try {
    const r = parseRange(address);
    return [r.row, r.col];
  } catch {
    return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  }
}

function valueEntry(value: CellValue): [string, string] | null {
  if (value === null) return null;
  if (typeof value === 'number') return ['n', Object.is(value, -0) ? '0' : String(value)];
  if (typeof value === 'boolean') return ['b', value ? 'TRUE' : 'FALSE'];
  const text = normalizeText(value);
  return text === '' ? null : ['s', text];
}

/** What a cell contributes to the fingerprint: its formula, else its value; `null` for an empty cell. */
export function formCellEntry(cell: { value: CellValue; formula?: string }): [string, string] | null {
  return cell.formula !== undefined && cell.formula.trim() !== ''
    ? ['f', normalizeFormula(cell.formula)]
    : valueEntry(cell.value);
}

/** Canonical addresses of the form's inputs on its own sheet (left out: filling the form never changes it). */
export function inputAddresses(
  names: FingerprintInput['names'],
  computedCodes: readonly string[] = [],
): Set<string> {
  const computed = new Set(computedCodes);
  const isInput = (name: string): boolean => {
    if (!isInputName(name)) return false;
    const parsed = parseContractName(name);
    return !(parsed?.kind === 'score' && computed.has(parsed.code));
  };
  return new Set(
    names.filter((n) => isInput(n.name) && !n.address.includes('!')).map((n) => canonicalAddress(n.address)),
  );
}

export function formFingerprint(input: FingerprintInput): string {
  const names = input.names
    .filter((n) => isContractName(n.name))
    .map((n) => ({ name: n.name.trim().toUpperCase(), address: canonicalAddress(n.address) }))
    .sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.address < b.address ? -1 : a.address > b.address ? 1 : 0,
    );
  const inputs = inputAddresses(input.names, input.computedCodes);
  const cells: { address: string; entry: [string, string]; row: number; col: number }[] = [];
  for (const cell of input.cells) {
    const address = canonicalAddress(cell.address);
    if (inputs.has(address)) continue;
    const entry = formCellEntry(cell);
    // The sort order is parsed once per cell, not once per comparison.
    if (entry) {
      const [row, col] = addressOrder(address);
      cells.push({ address, entry, row, col });
    }
  }
  cells.sort(
    (a, b) => a.row - b.row || a.col - b.col || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0),
  );
  const lines = [
    JSON.stringify(['sheet', input.sheetName.normalize('NFC')]),
    ...names.map((n) => JSON.stringify(['name', n.name, n.address])),
    ...cells.map((c) => JSON.stringify(['cell', c.address, ...c.entry])),
  ];
  return FINGERPRINT_PREFIX + bytesToHex(sha256(utf8ToBytes(lines.join('\n'))));
}

/** A returned workbook's defined names as the fingerprint takes them: names on other sheets prefixed `Sheet!`. */
export function returnedNames(wb: ReturnedWorkbook, sheetName: string): FingerprintInput['names'] {
  return wb.names.map((n) => {
    const address = n.address ?? '#REF!';
    return { name: n.name, address: n.sheet === sheetName ? address : `${n.sheet ?? '#REF!'}!${address}` };
  });
}

/** The fingerprint of the form sheet as a returned workbook holds it (cached values ignored). */
export function fingerprintFromReturned(
  wb: ReturnedWorkbook,
  sheetName: string,
  computedCodes: readonly string[] = [],
): string {
  const names = returnedNames(wb, sheetName);
  const sheetCells = wb.cells[sheetName] ?? {};
  const cells = Object.entries(sheetCells).map(([address, cell]) => ({
    address,
    value: cell.value,
    ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
  }));
  return formFingerprint({ sheetName, names, cells, computedCodes });
}

/** The fingerprint of the form sheet as the spec describes it; equals the one of the untouched written file. */
export function fingerprintFromSpec(
  spec: WorkbookSpec,
  sheetName: string,
  computedCodes: readonly string[] = [],
): string {
  const sheet = spec.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new RangeError(`sheet "${sheetName}" is not in the workbook description`);
  const names = spec.names.map((n) => ({
    name: n.name,
    address: n.sheet === sheetName ? rangeAddress(n.range) : `${n.sheet}!${rangeAddress(n.range)}`,
  }));
  const cells = sheet.cells.map((c) => ({
    address: cellAddress(c.row, c.col),
    value: c.value ?? null,
    ...(c.formula !== undefined ? { formula: c.formula } : {}),
  }));
  return formFingerprint({ sheetName, names, cells, computedCodes });
}
