/**
 * Problems as values: a code, its parameters, where it is and how bad, the same shape for template,
 * roster, file, entry and submission problems. Its Vietnamese wording is made in messages.ts.
 */
import type { ProblemCode, ProblemParams } from './params';
import type { Where } from './where';

/** `error` refuses (the file, the row, the template); `warning` keeps it. */
export type Severity = 'error' | 'warning';

interface ProblemOf<C extends ProblemCode> {
  code: C;
  severity: Severity;
  params: ProblemParams[C];
  where: Where;
}

/** One problem; narrowing on `code` types its `params`. */
export type Problem<C extends ProblemCode = ProblemCode> = { [K in C]: ProblemOf<K> }[C];

/** A problem with its wording, as the edges show it and the JSON report keeps it. */
export type WordedProblem<C extends ProblemCode = ProblemCode> = Problem<C> & { message: string };

export function hasErrors(problems: readonly { severity: Severity }[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
