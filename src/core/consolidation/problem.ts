/**
 * Problems found while checking a returned workbook. Codes are stable English kebab-case (the JSON
 * report's contract); messages are Vietnamese and name the file, and the sheet and cell when known.
 */
import type { FileProblemCode } from '../returned/types';
import type { WordedProblem } from '../problems/problem';
import type { Where } from '../problems/where';
import type { EntryProblemCode } from '../scoring/rules';

export type ProblemCode =
  // the file itself (from the reader)
  | FileProblemCode
  // what the form is
  | 'not-a-survey'
  | 'consolidation-workbook'
  | 'metadata-mismatch'
  | 'wrong-year'
  | 'regime-mismatch'
  | 'template-unknown'
  | 'template-newer-version'
  | 'template-older-version'
  | 'template-outdated'
  | 'group-unknown'
  | 'wrong-group'
  | 'name-missing'
  | 'structure-changed'
  | 'year-cell-mismatch'
  | 'group-cell-mismatch'
  // agency
  | 'agency-unknown'
  | 'agency-code-unknown'
  | 'agency-code-missing'
  | 'agency-name-mismatch'
  | 'agency-code-name-conflict'
  | 'agency-prefilled-mismatch'
  // stored results
  | 'stale-subtotal'
  | 'stale-total'
  | 'stale-rating'
  // figures of a format-2 form (warnings for the appraisers)
  | 'figure-blank'
  | 'figure-invalid'
  | 'logic-check-failed'
  // entries (the scoring core's codes)
  | EntryProblemCode;

/** `error` rejects the file; `warning` keeps it (accepted with warnings). */
export type Severity = 'error' | 'warning';

export interface SubmissionProblem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  sheet?: string;
  cell?: string;
  /** The plain data the message was made from (problems worded in src/core/problems). */
  params?: object;
  where?: Where;
}

/** A problem worded by src/core/problems, with the sheet and cell the register shows. */
export function fromWorded(p: WordedProblem): SubmissionProblem {
  const s: SubmissionProblem = { ...p };
  if (p.where.sheet !== undefined) s.sheet = p.where.sheet;
  if (p.where.cell !== undefined) s.cell = p.where.cell;
  return s;
}

export interface Place {
  sheet?: string;
  cell?: string;
  /** Defined name of the cell, e.g. `TC_2_3`. */
  name?: string;
}

/** `Tệp 'a.xlsx', trang 'Phiếu', ô D14 (TC_2_3): ` — the prefix every message starts with. */
export function placeText(fileName: string, place: Place = {}): string {
  let text = `Tệp '${fileName}'`;
  if (place.sheet !== undefined) text += `, trang '${place.sheet}'`;
  if (place.cell !== undefined) text += `, ô ${place.cell}`;
  if (place.name !== undefined) text += ` (${place.name})`;
  return `${text}: `;
}

export function problem(
  code: ProblemCode,
  severity: Severity,
  fileName: string,
  place: Place,
  text: string,
): SubmissionProblem {
  const p: SubmissionProblem = { code, severity, message: placeText(fileName, place) + text };
  if (place.sheet !== undefined) p.sheet = place.sheet;
  if (place.cell !== undefined) p.cell = place.cell;
  return p;
}

export function hasErrors(problems: readonly SubmissionProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
