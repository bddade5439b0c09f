/**
 * One line per returned file for the pane's list: its check outcome, and once merged what the merge
 * did with it. Rejected files come first (they need a reply to the agency), then those with
 * warnings, then the good ones; by file name within each.
 */
import type { MergeAction } from '../../core/consolidation/merge';
import type { Severity } from '../../core/consolidation/problem';
import type { ConsolidationReport } from '../../core/consolidation/report';
import type { CheckOutcome, Submission } from '../../core/consolidation/submission';
import { isLate } from '../../core/consolidation/time';

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
  /** When the file was received (ISO instant), and whether after the template's return-by day. */
  receivedAt: string;
  late: boolean;
}

export interface OutcomeCounts {
  accepted: number;
  warnings: number;
  rejected: number;
}

/** `returnBy`: the template's last day (ISO date) a return is on time; null when no template is chosen. */
export function rowsFromSubmissions(submissions: readonly Submission[], returnBy: string | null): FileRow[] {
  return submissions.map((s, i) => ({
    key: `${i}\u0000${s.fileName}\u0000${s.sha256}`,
    fileName: s.fileName,
    outcome: s.outcome,
    agencyCode: s.agencyCode,
    action: null,
    note: '',
    problems: s.problems.map((p) => ({ message: p.message, severity: p.severity })),
    receivedAt: s.receivedAt,
    late: returnBy !== null && isLate(s.receivedAt, returnBy),
  }));
}

export function rowsFromReport(files: ConsolidationReport['files'], returnBy: string | null): FileRow[] {
  return files.map((f, i) => ({
    key: `${i}\u0000${f.file}\u0000${f.sha256}`,
    fileName: f.file,
    outcome: f.outcome,
    agencyCode: f.agencyCode,
    action: f.action,
    note: f.note,
    problems: f.problems.map((p) => ({ message: p.message, severity: p.severity })),
    receivedAt: f.receivedAt,
    late: returnBy !== null && isLate(f.receivedAt, returnBy),
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
