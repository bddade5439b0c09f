/**
 * THE scoring rule, mirrored exactly by the sheet formulas:
 * counted = IF(ISNUMBER(x), MAX(0, MIN(ROUND(x,2), cap)), 0).
 * A formula in an input cell counts 0 in the pane and the merge: its result is a value the file
 * stores, which anyone can rewrite, as untrusted as a stored total (the sheet cannot tell in Excel 2010).
 */
import { toHundredths } from '../numbers/hundredths';
import { worded } from '../problems/messages';
import type { EntryParams, ProblemParams, Typed } from '../problems/params';
import type { Severity, WordedProblem } from '../problems/problem';
import { cleanText } from '../text/normalize';
import type { SubCriterion } from '../template/types';
import { parseEntry } from './entry';

/** Points (hundredths) a cell contributes: only a real number counts, rounded then clamped to 0..cap; text counts 0 like SUM ignores it. */
export function countedHundredths(raw: unknown, capHundredths: number): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return 0;
  return Math.max(0, Math.min(toHundredths(raw), capHundredths));
}

export type EntryProblemCode = keyof EntryParams;

/** A problem of one entry; `where` names the sub-criterion and the field (the merge adds file and cell). */
export type EntryProblem = WordedProblem<EntryProblemCode> & {
  /** e.g. '2.3'. */
  subCode: string;
  field: 'score' | 'evidence';
};

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

/** A stored value as plain data for a message: numbers stay numbers, anything else its text. */
function typed(v: unknown): Typed {
  return typeof v === 'number' ? v : String(v);
}

/** Formulas found in a row's input cells (text without `=`); absent when the cell holds a typed value. */
export interface EntryFormulas {
  score?: string;
  evidence?: string;
}

/** Every problem of one row of the form: its score entry, and its evidence where the template requires one. */
export function checkEntry(
  sub: SubCriterion,
  score: unknown,
  evidence: unknown,
  formulas: EntryFormulas = {},
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const add = <C extends EntryProblemCode>(
    code: C,
    params: ProblemParams[C],
    severity: Severity = 'error',
    field: 'score' | 'evidence' = 'score',
  ): void => {
    const p = worded(code, severity, { criterion: sub.code, field }, params);
    problems.push({ ...(p as WordedProblem<EntryProblemCode>), subCode: sub.code, field });
  };
  if (formulas.evidence !== undefined) {
    add('formula-in-input', { formula: formulas.evidence }, 'warning', 'evidence');
  }
  if (formulas.score !== undefined) {
    const stored = isBlank(score) ? undefined : typed(score);
    add('formula-in-input', { formula: formulas.score, ...(stored === undefined ? {} : { stored }) });
    return problems;
  }
  const entry = parseEntry(score);
  let claimsPoints = false;
  switch (entry.kind) {
    case 'blank':
      add('blank', {}, 'warning');
      break;
    case 'invalid':
      add('not-a-number', { text: entry.text, capHundredths: sub.capHundredths });
      break;
    case 'number':
      claimsPoints = entry.hundredths > 0;
      if (entry.fromText) {
        add('text-number', { text: String(score) });
      } else if (typeof score === 'number' && score < 0) {
        add('negative', { value: score });
      } else if (typeof score === 'number' && entry.hundredths > sub.capHundredths) {
        add('over-cap', { value: score, capHundredths: sub.capHundredths });
      }
      if (typeof score === 'number' && !entry.fromText && !entry.exact) {
        add('too-many-decimals', { value: score, roundedHundredths: entry.hundredths });
      }
      break;
  }
  if (sub.evidenceRequired && claimsPoints && isBlank(evidence)) {
    add('evidence-missing', {}, 'warning', 'evidence');
  }
  return problems;
}
