/**
 * One consolidation run, shared by the CLI and the task pane: merge the checked submissions into
 * the previous state (or a new one), then describe the workbook and the JSON report.
 */
import type { Regime } from '../regime/types';
import type { Agency } from '../roster/types';
import type { WorkbookSpec } from '../sheet/spec';
import type { SurveyTemplate } from '../template/types';
import { unexplainedAppraisals, type UnexplainedAppraisal } from './appraisal-checks';
import { mergeSubmissions, type MergeResult } from './merge';
import { buildReport, type ConsolidationReport } from './report';
import { buildConsolidationWorkbook } from './sheets/workbook';
import { emptyState, type AuditEntry, type ConsolidationState } from './state';
import {
  describeRoster,
  describeRosterChange,
  rosterChange,
  type RosterChange,
  type RosterOrigin,
  type StoredRoster,
} from './stored-roster';
import type { Submission } from './submission';
import type { RankingTable } from './tables';
import { normalizeInstant } from './time';

export interface ConsolidationRun {
  merge: MergeResult;
  spec: WorkbookSpec;
  tables: RankingTable[];
  report: ConsolidationReport;
  /** The roster this run used and stored in the workbook. */
  roster: StoredRoster;
  /** How it differs from the roster the workbook held before (also logged); null when the same or none was stored. */
  rosterChange: RosterChange | null;
  /** Appraised scores without a reason, in data order. */
  unexplained: UnexplainedAppraisal[];
}

function rosterAudit(change: RosterChange, at: string): AuditEntry {
  return {
    at,
    kind: 'roster-changed',
    agencyCode: '',
    subCode: '',
    oldValue: null,
    newValue: null,
    fileName: change.after.origin.kind === 'file' ? change.after.origin.fileName : '',
    note: `Danh sách đơn vị: trước là ${describeRoster(change.before)}, nay là ${describeRoster(change.after)}; ${describeRosterChange(change)}. Các đơn vị “Chưa nộp” theo danh sách mới.`,
  };
}

export function consolidate(opts: {
  previous: ConsolidationState | null;
  submissions: readonly Submission[];
  template: SurveyTemplate;
  regime: Regime;
  roster: readonly Agency[];
  /** Where the roster came from, stored with it; the built-in sample when not given. */
  rosterOrigin?: RosterOrigin;
  /** The roster stored in the previous consolidation, if any: a change of agencies is logged. */
  previousRoster?: StoredRoster | null;
  /** ISO instant of this run (audit time). */
  now: string;
}): ConsolidationRun {
  const start =
    opts.previous ??
    emptyState(opts.template.year, opts.template.regimeId, opts.template.id, opts.template.version);
  const merged = mergeSubmissions(start, opts.submissions, opts.template, opts.now);
  const roster: StoredRoster = {
    origin: opts.rosterOrigin ?? { kind: 'builtin' },
    agencies: [...opts.roster],
  };
  const change = opts.previous && opts.previousRoster ? rosterChange(opts.previousRoster, roster) : null;
  const entry = change ? rosterAudit(change, normalizeInstant(opts.now)) : null;
  const merge = entry
    ? {
        ...merged,
        state: { ...merged.state, audit: [...merged.state.audit, entry] },
        added: [...merged.added, entry],
      }
    : merged;
  const unexplained = unexplainedAppraisals(merge.state);
  const { spec, tables, register } = buildConsolidationWorkbook(
    merge.state,
    opts.template,
    opts.regime,
    opts.roster,
    roster.origin,
  );
  const report = buildReport({
    year: merge.state.year,
    regimeId: merge.state.regimeId,
    templateId: merge.state.templateId,
    templateVersion: merge.state.templateVersion,
    generatedAt: opts.now,
    submissions: opts.submissions,
    merged: merge.files,
    conflicts: merge.conflicts,
    missingRows: merge.missingRows,
    unexplained,
    register,
    tables,
  });
  return { merge, spec, tables, report, roster, rosterChange: change, unexplained };
}
