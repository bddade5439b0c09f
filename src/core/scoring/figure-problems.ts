/** Problems of a format-2 form's figures and logic checks, for the live check and the merge. */
import type { GroupTemplate } from '../template/types';
import { worded } from '../problems/messages';
import type { WordedProblem } from '../problems/problem';
import type { FigureValue } from './figure-value';
import type { CheckOutcome } from './rule-points';
import type { LogicCheck } from '../template/figure-types';

export type FigureProblemCode = 'figure-blank' | 'figure-invalid' | 'logic-check-failed';

/** Worded without a place; `key`: the figure whose cell it points at (a check's first figure). */
export type FigureProblem = WordedProblem<FigureProblemCode> & { key: string };

/** Each blank or invalid figure (form order), then each failed logic check (template order). */
export function figureProblems(
  group: GroupTemplate,
  values: ReadonlyMap<string, FigureValue>,
  checks: readonly { check: LogicCheck; outcome: CheckOutcome }[],
): FigureProblem[] {
  const problems: FigureProblem[] = [];
  for (const f of group.figures ?? []) {
    const v = values.get(f.key);
    if (!v || v.ok) continue;
    const p =
      v.code === 'blank'
        ? worded('figure-blank', 'warning', {}, { label: f.label })
        : worded('figure-invalid', 'error', {}, { label: f.label, reason: v.code });
    problems.push({ ...(p as FigureProblem), key: f.key });
  }
  for (const { check, outcome } of checks) {
    if (outcome !== 'fail') continue;
    const p = worded(
      'logic-check-failed',
      check.severity,
      {},
      { text: check.message, severity: check.severity },
    );
    problems.push({ ...p, key: check.a });
  }
  return problems;
}
