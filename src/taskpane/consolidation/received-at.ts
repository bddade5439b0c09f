/**
 * When the files were received. By default each file's modification time (as the CLI does); when
 * attachments were saved or copied later, the appraiser gives one time for the batch instead, in
 * Vietnam time (the deadline is a Vietnamese date), like the CLI's --received-at.
 */
import type { Submission } from '../../core/consolidation/submission';

export { parseVnDateTime as readReceivedAt } from '../../core/consolidation/time';

export function withReceivedAt(submissions: readonly Submission[], receivedAt: string | null): Submission[] {
  return receivedAt === null ? [...submissions] : submissions.map((s) => ({ ...s, receivedAt }));
}
