/**
 * The JSON report of a consolidation run: every file with its outcome, what the merge did with it
 * and its problems; conflicts; the register; and the two ranked tables, computed by the core
 * (identical to what the sheet formulas give). Points are decimals with at most 2 places.
 */
import { fromHundredths } from '../numbers/hundredths';
import type { Conflict, FileMergeResult, MergeAction } from './merge';
import type { UnexplainedAppraisal } from './appraisal-checks';
import type { RegisterRow } from './register';
import type { SubmissionProblem } from './problem';
import type { CheckOutcome, Submission } from './submission';
import type { RankingTable } from './tables';
import { normalizeInstant } from './time';

export interface ReportFile {
  file: string;
  sha256: string;
  receivedAt: string;
  outcome: CheckOutcome;
  action: MergeAction;
  agencyCode: string | null;
  note: string;
  /** Code, severity, message, and the params and place the message was made from. */
  problems: SubmissionProblem[];
}

export interface ConsolidationReport {
  product: 'xep-hang-cntt';
  kind: 'consolidation-report';
  year: number;
  regimeId: string;
  templateId: string;
  templateVersion: number;
  generatedAt: string;
  files: ReportFile[];
  conflicts: { agencyCode: string; subCode: string; message: string }[];
  /** Rows removed from the data sheet by hand (Vietnamese warnings). */
  missingRows: string[];
  /** Appraised scores without a reason (they count, but the decision asks for one). */
  appraisalsWithoutReason: UnexplainedAppraisal[];
  register: {
    agencyCode: string;
    agencyName: string;
    group: string;
    status: string;
    file: string;
    sha256: string;
    receivedAt: string;
    problems: string[];
  }[];
  tables: {
    group: string;
    tableNumber: number;
    title: string;
    criteria: { number: number; title: string; cap: number }[];
    rows: { rank: number; code: string; name: string; criteria: number[]; total: number; rating: string }[];
  }[];
}

export function buildReport(opts: {
  year: number;
  regimeId: string;
  templateId: string;
  templateVersion: number;
  generatedAt: string;
  submissions: readonly Submission[];
  merged: readonly FileMergeResult[];
  conflicts: readonly Conflict[];
  missingRows: readonly string[];
  unexplained: readonly UnexplainedAppraisal[];
  register: readonly RegisterRow[];
  tables: readonly RankingTable[];
}): ConsolidationReport {
  const actions = new Map(opts.merged.map((m) => [`${m.fileName}\u0000${m.sha256}`, m]));
  return {
    product: 'xep-hang-cntt',
    kind: 'consolidation-report',
    year: opts.year,
    regimeId: opts.regimeId,
    templateId: opts.templateId,
    templateVersion: opts.templateVersion,
    generatedAt: opts.generatedAt,
    files: opts.submissions.map((s) => {
      const m = actions.get(`${s.fileName}\u0000${s.sha256}`);
      return {
        file: s.fileName,
        sha256: s.sha256,
        receivedAt: normalizeInstant(s.receivedAt),
        outcome: s.outcome,
        action: m?.action ?? (s.outcome === 'rejected' ? 'rejected' : 'unchanged'),
        agencyCode: s.agencyCode,
        note: m?.note ?? '',
        problems: s.problems.map((p) => ({ ...p })),
      };
    }),
    conflicts: opts.conflicts.map((c) => ({
      agencyCode: c.agencyCode,
      subCode: c.subCode,
      message: c.message,
    })),
    missingRows: [...opts.missingRows],
    appraisalsWithoutReason: opts.unexplained.map((u) => ({ ...u })),
    register: opts.register.map((r) => ({
      agencyCode: r.agencyCode,
      agencyName: r.agencyName,
      group: r.groupId,
      status: r.status,
      file: r.fileName,
      sha256: r.sha256,
      receivedAt: r.receivedAt,
      problems: [...r.problems],
    })),
    tables: opts.tables.map((t) => ({
      group: t.groupId,
      tableNumber: t.tableNumber,
      title: t.title,
      criteria: t.criteria.map((c) => ({
        number: c.number,
        title: c.title,
        cap: fromHundredths(c.capHundredths),
      })),
      rows: t.rows.map((r) => ({
        rank: r.rank,
        code: r.code,
        name: r.name,
        criteria: r.criteriaHundredths.map(fromHundredths),
        total: fromHundredths(r.totalHundredths),
        rating: r.rating,
      })),
    })),
  };
}
