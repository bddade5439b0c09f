/** The checked form of one returned file: its outcome, problems and (unless rejected) its data. */
import type { Agency } from '../roster/types';
import type { FormScore } from '../scoring/score';
import type { FileProblem } from '../returned/types';
import { fromWorded, type SubmissionProblem } from './problem';

export type CheckOutcome = 'accepted' | 'accepted-with-warnings' | 'rejected';

export interface SubmissionFile {
  /** Name shown in messages, e.g. `so-y-te.xlsx` (or a path relative to the folder given). */
  fileName: string;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  byteLength: number;
  /** ISO 8601 instant the file was received (the CLI uses the file's modification time). */
  receivedAt: string;
}

/** One sub-criterion as the agency entered it. Self-scores keep text as text: it counts 0 like in the sheet. */
export interface SubmittedEntry {
  self: number | string | null;
  evidence: string;
}

export interface SubmissionData {
  agency: Agency;
  groupId: string;
  templateVersion: number;
  entries: Record<string, SubmittedEntry>;
  /** Format 2: every figure of the group as read from its `SL_<key>` cell (absent for format 1). */
  figures?: Record<string, number | string | null>;
  score: FormScore;
}

export interface Submission extends SubmissionFile {
  outcome: CheckOutcome;
  problems: SubmissionProblem[];
  /** Known as soon as the agency is identified, even for a rejected file (for the register). */
  agencyCode: string | null;
  data: SubmissionData | null;
}

export function outcomeOf(problems: readonly SubmissionProblem[]): CheckOutcome {
  if (problems.some((p) => p.severity === 'error')) return 'rejected';
  return problems.length > 0 ? 'accepted-with-warnings' : 'accepted';
}

/** A file the reader refused (not an .xlsx, encrypted, too large, ...). */
export function unreadableSubmission(file: SubmissionFile, problem: FileProblem): Submission {
  return {
    ...file,
    outcome: 'rejected',
    problems: [fromWorded(problem)],
    agencyCode: null,
    data: null,
  };
}
