/**
 * Decides, from what the probe read, whether a merge may write into the open workbook and what it
 * replaces. Only what the add-in wrote is ever replaced: the sheets its defined names point at and
 * its own metadata sheet. Anything else in the way (a user's "Bảng 1", a survey form, an
 * unreadable or other year's consolidation) is a refusal, before anything is written.
 */
import { CHART_NAME } from '../core/consolidation/sheets/chart-sheet';
import { findMetadata } from '../core/consolidation/form-metadata';
import { consolidationFitsTemplate, workbookKind } from '../core/consolidation/workbook-kind';
import { readConsolidationState } from '../core/consolidation/read-state';
import { worded } from '../core/problems/messages';
import type { ProblemCode, ProblemParams } from '../core/problems/params';
import type { WordedProblem } from '../core/problems/problem';
import { AUDIT_NAME, DATA_NAME, REGISTER_NAME } from '../core/consolidation/sheets/layout';
import type { ConsolidationState } from '../core/consolidation/state';
import type { StoredRoster } from '../core/consolidation/stored-roster';
import type { Regime } from '../core/regime/types';
import type { ReturnedWorkbook } from '../core/returned/types';
import { META_KEYS, META_SHEET } from '../core/sheet/metadata';
import type { SurveyTemplate } from '../core/template/types';

const TABLE_NAME = /^XHCNTT_BANG_\d+$/;

/** Defined names the consolidation owns (its tables), whatever they point at now. */
export function isConsolidationName(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    upper === DATA_NAME ||
    upper === REGISTER_NAME ||
    upper === AUDIT_NAME ||
    upper === CHART_NAME ||
    TABLE_NAME.test(upper)
  );
}

/** `roster`: the roster stored with the previous consolidation (null when none, or none readable). */
export type PreviousResult =
  { ok: true; previous: ConsolidationState | null; roster: StoredRoster | null } | Refusal;

/** Why the merge must not write into the open workbook; nothing has been written. */
export interface Refusal {
  ok: false;
  problem: WordedProblem;
  message: string;
}

function refuse<C extends ProblemCode>(code: C, params: ProblemParams[C]): Refusal {
  const problem = worded(code, 'error', {}, params) as WordedProblem;
  return { ok: false, problem, message: problem.message };
}

/**
 * The consolidation already in the workbook (null when there is none), or why the merge must not
 * touch the workbook: a survey form lives here, or a consolidation that cannot be read back
 * completely, or one of another year or template.
 */
export function readPrevious(wb: ReturnedWorkbook, regime: Regime, template: SurveyTemplate): PreviousResult {
  const found = findMetadata(wb);
  const meta = found?.meta ?? {};
  const kind = workbookKind(found?.meta);
  const isConsolidation = kind === 'consolidation';
  if (found && !isConsolidation) {
    if (kind === 'survey') return refuse('workbook-holds-survey', {});
    return refuse('workbook-other-product', { product: meta[META_KEYS.product] ?? '' });
  }
  const hasTables = wb.names.some((n) => isConsolidationName(n.name));
  if (!isConsolidation && !hasTables) return { ok: true, previous: null, roster: null };

  const read = readConsolidationState(wb, regime, 'merge-into-workbook');
  if (!read.ok) return { ok: false, problem: read.problem, message: read.message };
  const state = read.state;
  if (!consolidationFitsTemplate(state, template)) {
    return refuse('previous-other-template', {
      year: state.year,
      templateId: state.templateId,
      expectedYear: template.year,
      expectedTemplateId: template.id,
      use: 'merge-into-workbook',
    });
  }
  return { ok: true, previous: state, roster: read.roster.kind === 'ok' ? read.roster.roster : null };
}

export interface ReplacePlan {
  /** Existing sheets of the old consolidation, to be replaced (case as in the workbook). */
  oldSheets: string[];
  /** Existing defined names of the old consolidation, to be deleted before the new ones are added. */
  oldNames: string[];
}

export type PlanResult = ({ ok: true } & ReplacePlan) | Refusal;

/**
 * Which sheets and names the new consolidation replaces. A sheet the new one needs that is not the
 * old consolidation's (no name of ours points at it) belongs to the user: refuse, never overwrite.
 */
export function planReplacement(
  wb: ReturnedWorkbook,
  hasPrevious: boolean,
  newSheets: readonly string[],
): PlanResult {
  const key = (s: string) => s.toLocaleLowerCase();
  const ours = new Set<string>();
  const oldNames: string[] = [];
  for (const n of wb.names) {
    if (!isConsolidationName(n.name)) continue;
    oldNames.push(n.name);
    if (n.sheet !== null) ours.add(key(n.sheet));
  }
  if (hasPrevious) ours.add(key(META_SHEET));
  const existing = new Map(wb.sheets.map((s) => [key(s.name), s.name]));
  const clashes = newSheets
    .filter((s) => existing.has(key(s)) && !ours.has(key(s)))
    .map((s) => existing.get(key(s)) ?? s);
  if (clashes.length > 0) return refuse('workbook-sheets-taken', { sheets: clashes });
  const oldSheets = [...existing.entries()].filter(([k]) => ours.has(k)).map(([, name]) => name);
  return { ok: true, oldSheets, oldNames };
}
