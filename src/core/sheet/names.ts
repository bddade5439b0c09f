/**
 * The public defined-name contract of a survey workbook (documented in the README): any tool
 * reads a filled form through these workbook-level names, never through cell positions.
 */

/** `2.3` -> `2_3`; codes are validated by the template loader, this only guards the name syntax. */
function codePart(code: string): string {
  if (!/^\d+\.\d+$/.test(code)) throw new RangeError(`"${code}" is not a sub-criterion code`);
  return code.replace('.', '_');
}

/** Score input of sub-criterion `c.n`, e.g. `TC_2_3`. */
export function scoreName(code: string): string {
  return `TC_${codePart(code)}`;
}

/** Evidence (minh chứng) input of sub-criterion `c.n`, e.g. `MC_2_3`. */
export function evidenceName(code: string): string {
  return `MC_${codePart(code)}`;
}

/** Figure (số liệu) input `key` of a format-2 form, e.g. `SL_so_may_tinh`; keys are checked by the template validator. */
/** The figure key of a name `figureName` made, or null (`SL_so_may_tinh` → `so_may_tinh`). */
export function figureKeyOf(name: string): string | null {
  const m = /^SL_([a-z][a-z0-9_]*)$/.exec(name);
  return m ? (m[1] ?? null) : null;
}

export function figureName(key: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(key)) throw new RangeError(`"${key}" is not a figure key`);
  return `SL_${key}`;
}

/** Evidence of a figure, e.g. `MC_SL_so_may_tinh`. */
export function figureEvidenceName(key: string): string {
  return `MC_${figureName(key)}`;
}

/** Subtotal of criterion `c`, e.g. `TC_2`. */
export function criterionName(criterionNumber: number): string {
  if (!Number.isInteger(criterionNumber) || criterionNumber < 1) {
    throw new RangeError(`criterion ${criterionNumber} is not a positive integer`);
  }
  return `TC_${criterionNumber}`;
}

export const TOTAL_NAME = 'TONG_DIEM';
export const RATING_NAME = 'XEP_LOAI';
export const AGENCY_CODE_NAME = 'MA_DON_VI';
export const AGENCY_NAME_NAME = 'TEN_DON_VI';
export const YEAR_NAME = 'NAM';
export const GROUP_NAME = 'NHOM';

const FIXED_NAMES: readonly string[] = [
  TOTAL_NAME,
  RATING_NAME,
  AGENCY_CODE_NAME,
  AGENCY_NAME_NAME,
  YEAR_NAME,
  GROUP_NAME,
];

/** What a contract name denotes, so readers can dispatch on it without string juggling. */
export type ContractName =
  | { kind: 'score'; code: string }
  | { kind: 'evidence'; code: string }
  | { kind: 'criterion'; number: number }
  /** Keys are lower case in the template; Excel compares names case-insensitively, so this one is upper case. */
  | { kind: 'figure'; key: string }
  | { kind: 'figure-evidence'; key: string }
  | { kind: 'fixed'; name: string };

/** Parses a defined name of the contract (case-insensitive, as Excel treats names); `null` for any other name. */
export function parseContractName(name: string): ContractName | null {
  const upper = name.trim().toUpperCase();
  const sub = /^(TC|MC)_(\d+)_(\d+)$/.exec(upper);
  if (sub) {
    const code = `${Number(sub[2])}.${Number(sub[3])}`;
    return sub[1] === 'TC' ? { kind: 'score', code } : { kind: 'evidence', code };
  }
  const figure = /^(MC_)?SL_([A-Z][A-Z0-9_]*)$/.exec(upper);
  if (figure) return { kind: figure[1] ? 'figure-evidence' : 'figure', key: (figure[2] ?? '').toLowerCase() };
  const crit = /^TC_(\d+)$/.exec(upper);
  if (crit) return { kind: 'criterion', number: Number(crit[1]) };
  if (FIXED_NAMES.includes(upper)) return { kind: 'fixed', name: upper };
  return null;
}

export function isContractName(name: string): boolean {
  return parseContractName(name) !== null;
}

/** Names whose cells the user fills: they are left out of the structure fingerprint. */
export function isInputName(name: string): boolean {
  const parsed = parseContractName(name);
  if (!parsed) return false;
  if (
    parsed.kind === 'score' ||
    parsed.kind === 'evidence' ||
    parsed.kind === 'figure' ||
    parsed.kind === 'figure-evidence'
  )
    return true;
  return parsed.kind === 'fixed' && (parsed.name === AGENCY_CODE_NAME || parsed.name === AGENCY_NAME_NAME);
}
