/**
 * Problems of a template file in the shared shape (src/core/problems): a code, its parameters and where it
 * is (`where.path`, the JSON path; `where.item`, what it concerns), worded in src/core/problems/messages.ts.
 */
import { worded } from '../problems/messages';
import type { ProblemParams, TemplateParams } from '../problems/params';
import type { WordedProblem } from '../problems/problem';
import type { GroupRef, Where } from '../problems/where';
import { findGroup } from '../regime/load';
import type { Regime } from '../regime/types';

/** The codes of template problems: the template family's, and the shared `group-unknown`. */
export type TemplateCode = keyof TemplateParams | 'group-unknown';

/** A problem found in a template file, with its Vietnamese message. */
export type TemplateProblem = WordedProblem<TemplateCode>;

/** Where a template problem is: the JSON path, and the item and field when known. */
export type TemplateWhere = Pick<Where, 'path' | 'item' | 'field'>;

/** Collects one problem (every template problem refuses the file). */
export type Report = <C extends TemplateCode>(
  code: C,
  where: TemplateWhere,
  params: ProblemParams[C],
) => void;

/** A report into `problems`. */
export function reportInto(problems: TemplateProblem[]): Report {
  return (code, where, params) => {
    problems.push(worded(code, 'error', where, params) as TemplateProblem);
  };
}

type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Path segment of a group: its id when it has one (groups.so), else its index (groups[0]). */
export function groupPath(group: unknown, index: number): string {
  return isObject(group) && typeof group['groupId'] === 'string' && group['groupId'] !== ''
    ? `groups.${group['groupId']}`
    : `groups[${index}]`;
}

/** The group as messages name it: by id (with the regime's name for it, when the regime knows it), else by position. */
export function groupRef(group: unknown, index: number, regime: Regime): GroupRef {
  if (!isObject(group) || typeof group['groupId'] !== 'string' || group['groupId'] === '') return { index };
  const id = group['groupId'];
  const name = findGroup(regime, id)?.name;
  return name === undefined ? { id } : { id, name };
}
