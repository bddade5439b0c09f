/**
 * Problems found while checking a returned workbook: the shared problem shape (src/core/problems),
 * worded there from code, parameters and place; `sheet` and `cell` repeat the place for the register.
 */
import { worded } from '../problems/messages';
import type { ProblemParams, SubmissionParams } from '../problems/params';
import type { Severity, WordedProblem } from '../problems/problem';
import type { Where } from '../problems/where';
import type { FileProblemCode } from '../returned/types';
import type { EntryProblemCode } from '../scoring/rules';

export type { Severity } from '../problems/problem';
export { hasErrors } from '../problems/problem';

/** Codes of a returned file's problems: the reader's, the form's as a whole, and its entries'. */
export type ProblemCode = FileProblemCode | keyof SubmissionParams | EntryProblemCode;

export interface SubmissionProblem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  sheet?: string;
  cell?: string;
  /** The plain data the message was made from. */
  params?: object;
  where?: Where;
}

/** Where in a returned file: sheet, cell and the cell's defined name (e.g. `TC_2_3`). */
export type Place = Pick<Where, 'sheet' | 'cell' | 'name'>;

/** A problem worded by src/core/problems, with the sheet and cell the register shows. */
export function fromWorded(p: WordedProblem): SubmissionProblem {
  const s = { ...p } as SubmissionProblem; // every worded code a form can have
  if (p.where.sheet !== undefined) s.sheet = p.where.sheet;
  if (p.where.cell !== undefined) s.cell = p.where.cell;
  return s;
}

/** A problem of the file `fileName`, at `place` (the file alone when empty). */
export function problem<C extends keyof SubmissionParams>(
  code: C,
  severity: Severity,
  fileName: string,
  place: Place,
  params: ProblemParams[C],
): SubmissionProblem {
  return fromWorded(worded(code, severity, { file: fileName, ...place }, params) as WordedProblem);
}
