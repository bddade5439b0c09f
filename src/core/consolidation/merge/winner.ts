/**
 * The choice of one file per agency: the one received last; equal times, the first file name in
 * code-point order; equal names, the smaller SHA-256. A total order, so the choice never depends
 * on the order the files were given in.
 */
import type { Submission } from '../submission';

export interface Candidate {
  fileName: string;
  sha256: string;
  /** Normalised ISO instant. */
  receivedAt: string;
  /** Null for the agency's current source (already merged). */
  submission: Submission | null;
}

export function beats(a: Candidate, b: Candidate): boolean {
  const ta = Date.parse(a.receivedAt);
  const tb = Date.parse(b.receivedAt);
  if (ta !== tb) return ta > tb;
  if (a.fileName !== b.fileName) return a.fileName < b.fileName;
  return a.sha256 < b.sha256;
}

/** The winning candidate of a non-empty pool. */
export function chooseWinner(pool: readonly Candidate[]): Candidate {
  const [first, ...rest] = pool;
  if (!first) throw new RangeError('chooseWinner: empty pool');
  return rest.reduce((winner, c) => (beats(c, winner) ? c : winner), first);
}
