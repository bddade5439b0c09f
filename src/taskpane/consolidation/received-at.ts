/**
 * When the files were received. By default each file's modification time (as the CLI does); when
 * attachments were saved or copied later, the appraiser gives one time for the batch instead, in
 * Vietnam time (the deadline is a Vietnamese date), like the CLI's --received-at.
 */
import type { Submission } from '../../core/consolidation/submission';
import { parseVnTime } from '../../core/consolidation/time';

/** A `datetime-local` value ("2026-11-18T09:30") read as Vietnam time; null when incomplete. */
export function receivedAtFromInput(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value.trim());
  if (!m) return null;
  return parseVnTime(`${m[1]} ${m[2]}${m[3] ?? ':00'}`);
}

export function withReceivedAt(submissions: readonly Submission[], receivedAt: string | null): Submission[] {
  return receivedAt === null ? [...submissions] : submissions.map((s) => ({ ...s, receivedAt }));
}

/** "20/11/2026" from the template's ISO date, for the explanation next to the field. */
export function vnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
