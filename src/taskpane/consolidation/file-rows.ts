/**
 * One line per returned file for the pane's list: its check outcome, and once merged what the merge
 * did with it. Rejected files come first (they need a reply to the agency), then those with
 * warnings, then the good ones; by file name within each.
 */
import type { MergeAction } from '../../core/consolidation/merge';
import type { Severity } from '../../core/consolidation/problem';
import type { ConsolidationReport } from '../../core/consolidation/report';
import type { CheckOutcome, Submission } from '../../core/consolidation/submission';

export interface FileRow {
  key: string;
  fileName: string;
  outcome: CheckOutcome;
  agencyCode: string | null;
  /** Null until the file has been merged. */
  action: MergeAction | null;
  /** The merge's explanation (e.g. why a file was not used); empty when there is none. */
  note: string;
  problems: { message: string; severity: Severity }[];
}

export interface OutcomeCounts {
  accepted: number;
  warnings: number;
  rejected: number;
}

export function rowsFromSubmissions(submissions: readonly Submission[]): FileRow[] {
  return submissions.map((s, i) => ({
    key: `${i}\u0000${s.fileName}\u0000${s.sha256}`,
    fileName: s.fileName,
    outcome: s.outcome,
    agencyCode: s.agencyCode,
    action: null,
    note: '',
    problems: s.problems.map((p) => ({ message: p.message, severity: p.severity })),
  }));
}

export function rowsFromReport(files: ConsolidationReport['files']): FileRow[] {
  return files.map((f, i) => ({
    key: `${i}\u0000${f.file}\u0000${f.sha256}`,
    fileName: f.file,
    outcome: f.outcome,
    agencyCode: f.agencyCode,
    action: f.action,
    note: f.note,
    problems: f.problems.map((p) => ({ message: p.message, severity: p.severity })),
  }));
}

export function countOutcomes(rows: readonly Pick<FileRow, 'outcome'>[]): OutcomeCounts {
  const counts: OutcomeCounts = { accepted: 0, warnings: 0, rejected: 0 };
  for (const r of rows) {
    if (r.outcome === 'rejected') counts.rejected++;
    else if (r.outcome === 'accepted-with-warnings') counts.warnings++;
    else counts.accepted++;
  }
  return counts;
}

const RANK: Record<CheckOutcome, number> = { rejected: 0, 'accepted-with-warnings': 1, accepted: 2 };
const collator = new Intl.Collator('vi', { numeric: true });

export function displayOrder<T extends Pick<FileRow, 'outcome' | 'fileName'>>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => RANK[a.outcome] - RANK[b.outcome] || collator.compare(a.fileName, b.fileName),
  );
}
