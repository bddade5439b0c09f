/**
 * First phase of a merge: each new file, in a canonical order, classified against what the
 * consolidation already holds and against the other files of the same run. Pure: no state changes.
 */
import type { AgencySource, FileRecord } from '../state';
import type { Submission } from '../submission';
import { normalizeInstant } from '../time';
import type { Candidate } from './winner';

export type Intake =
  /** The agency's current file again: it may restore deleted rows, nothing else. */
  | { kind: 'current-again'; submission: Submission; earlier: string }
  /** Content already merged before, under this or another name. */
  | { kind: 'seen'; submission: Submission; earlier: string }
  /** Byte-identical to an earlier file of this run. */
  | { kind: 'twin'; submission: Submission; twin: string; receivedAt: string }
  | { kind: 'rejected'; submission: Submission; receivedAt: string }
  | { kind: 'candidate'; agencyCode: string; candidate: Candidate };

/** File name, then hash, then receipt: the order results and twins are decided in. */
function canonical(a: Submission, b: Submission): number {
  const ka = `${a.fileName}\u0000${a.sha256}\u0000${a.receivedAt}`;
  const kb = `${b.fileName}\u0000${b.sha256}\u0000${b.receivedAt}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function classifyIncoming(
  submissions: readonly Submission[],
  sources: ReadonlyMap<string, AgencySource>,
  files: readonly FileRecord[],
): Intake[] {
  const seen = new Map<string, string>();
  for (const s of sources.values()) seen.set(s.sha256, s.fileName);
  for (const f of files) if (!seen.has(f.sha256)) seen.set(f.sha256, f.fileName);
  const fresh = new Map<string, string>();
  return [...submissions].sort(canonical).map((s): Intake => {
    const earlier = seen.get(s.sha256);
    if (earlier !== undefined && s.data && sources.get(s.data.agency.code)?.sha256 === s.sha256)
      return { kind: 'current-again', submission: s, earlier };
    if (earlier !== undefined) return { kind: 'seen', submission: s, earlier };
    const receivedAt = normalizeInstant(s.receivedAt);
    const twin = fresh.get(s.sha256);
    if (twin !== undefined) return { kind: 'twin', submission: s, twin, receivedAt };
    fresh.set(s.sha256, s.fileName);
    if (s.outcome === 'rejected' || !s.data) return { kind: 'rejected', submission: s, receivedAt };
    return {
      kind: 'candidate',
      agencyCode: s.data.agency.code,
      candidate: { fileName: s.fileName, sha256: s.sha256, receivedAt, submission: s },
    };
  });
}
