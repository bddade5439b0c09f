/**
 * The one way a returned file becomes a checked submission: size check → read → hash → read the
 * workbook → check it. The CLI, the task pane and the appraisers' page each pass their own file
 * access and hash function (node:fs and node:crypto; the browser's File and @noble/hashes).
 * One bad file never stops the others: whatever goes wrong becomes that file's rejection.
 */
import type { CheckContext } from '../core/consolidation/check-context';
import { checkSubmission } from '../core/consolidation/check-submission';
import { unreadableSubmission, type Submission, type SubmissionFile } from '../core/consolidation/submission';
import { DEFAULT_READ_LIMITS, readReturnedWorkbook, type RawInflate, type ReadLimits } from './read-workbook';
import { worded } from '../core/problems/messages';

/** One returned file as a platform reaches it. */
export interface ReturnedFileAccess {
  /** How the user knows the file (a relative path or the name in a chosen folder), NFC. */
  fileName: string;
  /** Its size and when it was received (ISO instant), before reading it; throws when the file cannot be reached. */
  stat(): Promise<{ size: number; receivedAt: string }>;
  read(): Promise<Uint8Array>;
  /** Why `stat` or `read` failed, in Vietnamese (e.g. 'không có quyền truy cập'). */
  failure(error: unknown): string;
}

/** Lower-case hex SHA-256 of the file's bytes. */
export type HashFunction = (bytes: Uint8Array) => string;

export interface IntakeOptions {
  limits?: ReadLimits;
  /** The platform's own inflate, when faster than the reader's default (the CLI passes node:zlib's). */
  inflateRaw?: RawInflate;
  /** The receive time of a file that cannot even be reached. */
  now?: () => Date;
}

/** Reads and checks one returned file against the year, templates and roster of `ctx`. */
export async function intakeFile(
  file: ReturnedFileAccess,
  hash: HashFunction,
  ctx: CheckContext,
  options: IntakeOptions = {},
): Promise<Submission> {
  const fileName = file.fileName;
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  let info: SubmissionFile = {
    fileName,
    sha256: '',
    byteLength: 0,
    receivedAt: (options.now ?? (() => new Date()))().toISOString(),
  };
  const where = { file: fileName };
  const unreachable = (error: unknown): Submission =>
    unreadableSubmission(info, worded('file-unreachable', 'error', where, { reason: file.failure(error) }));
  let bytes: Uint8Array;
  try {
    const { size, receivedAt } = await file.stat();
    info = { ...info, byteLength: size, receivedAt };
    // Refuse before reading: a huge file must never be loaded into memory.
    if (size > limits.maxFileBytes)
      return unreadableSubmission(
        info,
        worded('too-large', 'error', where, { bytes: size, maxBytes: limits.maxFileBytes }),
      );
    bytes = await file.read();
  } catch (error) {
    return unreachable(error);
  }
  info = { ...info, sha256: hash(bytes), byteLength: bytes.length };
  try {
    const outcome = readReturnedWorkbook(bytes, fileName, limits, {
      sha256: info.sha256,
      inflateRaw: options.inflateRaw,
    });
    if (!outcome.ok) return unreadableSubmission(info, outcome.problem);
    return checkSubmission(info, outcome.workbook, ctx);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return unreadableSubmission(info, worded('file-unprocessable', 'error', where, { error: text }));
  }
}
