/**
 * One consolidation run, shared by the CLI and the task pane: merge the checked submissions into
 * the previous state (or a new one), then describe the workbook and the JSON report.
 */
import type { Regime } from '../regime/types';
import type { Agency } from '../roster/types';
import type { WorkbookSpec } from '../sheet/spec';
import type { SurveyTemplate } from '../template/types';
import { mergeSubmissions, type MergeResult } from './merge';
import { buildRegister } from './register';
import { buildReport, type ConsolidationReport } from './report';
import { buildConsolidationWorkbook } from './sheets/workbook';
import { emptyState, type ConsolidationState } from './state';
import type { Submission } from './submission';
import type { RankingTable } from './tables';

export interface ConsolidationRun {
  merge: MergeResult;
  spec: WorkbookSpec;
  tables: RankingTable[];
  report: ConsolidationReport;
}

export function consolidate(opts: {
  previous: ConsolidationState | null;
  submissions: readonly Submission[];
  template: SurveyTemplate;
  regime: Regime;
  roster: readonly Agency[];
  /** ISO instant of this run (audit time). */
  now: string;
}): ConsolidationRun {
  const start = opts.previous ?? emptyState(opts.template.year, opts.template.regimeId, opts.template.id, opts.template.version);
  const merge = mergeSubmissions(start, opts.submissions, opts.template, opts.now);
  const { spec, tables } = buildConsolidationWorkbook(merge.state, opts.template, opts.regime, opts.roster);
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
    register: buildRegister(merge.state, opts.roster, opts.regime),
    tables,
  });
  return { merge, spec, tables, report };
}
