/**
 * Reads returned workbooks chosen or dropped in the pane and checks each one, as the CLI's
 * `consolidate` does: read without Excel's help, then check against year, template and roster.
 * One bad file never stops the others; whatever goes wrong with a file becomes its rejection.
 * Lives in the lazily loaded services chunk (it pulls in the reader and the core).
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { CheckContext } from '../../core/consolidation/check-context';
import { checkSubmission } from '../../core/consolidation/check-submission';
import {
  unreadableSubmission,
  type Submission,
  type SubmissionFile,
} from '../../core/consolidation/submission';
import { DEFAULT_READ_LIMITS, readReturnedWorkbook, type ReadLimits } from '../../xlsx/read-workbook';
import { tooLargeMessage } from '../../xlsx/reader/messages';

/** What the pane knows of a chosen file: the browser's File, or anything shaped like it. */
export interface ReturnedFile {
  name: string;
  size: number;
  lastModified: number;
  /** Set when a whole folder was chosen; the path as the user sees it in that folder. */
  webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface CheckProgress {
  /** Files finished so far. */
  done: number;
  total: number;
  /** The file being read now (null once all are done). */
  current: string | null;
}

export interface CheckFilesOptions {
  onProgress?: (progress: CheckProgress) => void;
  /** Stops between files when it returns true (the batch changed); the result then holds the files done. */
  cancelled?: () => boolean;
  limits?: Partial<ReadLimits>;
  /** Used when a file has no modification time. */
  now?: () => Date;
  /** Lets the page repaint between files (the reader is synchronous). */
  pause?: () => Promise<void>;
}

/** The name the user knows the file by: its path inside a chosen folder, else its own name. */
export function displayName(file: ReturnedFile): string {
  const relative = file.webkitRelativePath?.trim();
  return (relative ? relative : file.name).normalize('NFC');
}

/** When the file was received: its modification time, as the CLI uses; `now` when the browser has none. */
export function receivedAt(file: ReturnedFile, now: () => Date): string {
  const ms = file.lastModified;
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : now().toISOString();
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function checkOne(
  file: ReturnedFile,
  ctx: CheckContext,
  limits: ReadLimits,
  now: () => Date,
): Promise<Submission> {
  const fileName = displayName(file);
  const base: SubmissionFile = {
    fileName,
    sha256: '',
    byteLength: file.size,
    receivedAt: receivedAt(file, now),
  };
  // Refuse before reading: a huge file must not be loaded into the pane's memory at all.
  if (file.size > limits.maxFileBytes) {
    return unreadableSubmission(base, 'too-large', tooLargeMessage(fileName, file.size, limits.maxFileBytes));
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return unreadableSubmission(
      base,
      'corrupt',
      `Tệp “${fileName}”: không đọc được tệp (tệp đã bị xóa, bị khóa, hay là một thư mục?).`,
    );
  }
  const info: SubmissionFile = { ...base, sha256: bytesToHex(sha256(bytes)), byteLength: bytes.length };
  try {
    const outcome = readReturnedWorkbook(bytes, fileName, limits, { sha256: info.sha256 });
    if (!outcome.ok) return unreadableSubmission(info, outcome.problem.code, outcome.problem.message);
    return checkSubmission(info, outcome.workbook, ctx);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return unreadableSubmission(info, 'corrupt', `Tệp “${fileName}”: không xử lý được tệp (${detail}).`);
  }
}

/** Checks the files one after another (in the order given), reporting progress after each. */
export async function checkReturnedFiles(
  files: readonly ReturnedFile[],
  ctx: CheckContext,
  options: CheckFilesOptions = {},
): Promise<Submission[]> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...(options.limits ?? {}) };
  const now = options.now ?? (() => new Date());
  const pause = options.pause ?? nextTask;
  const results: Submission[] = [];
  for (const file of files) {
    options.onProgress?.({ done: results.length, total: files.length, current: displayName(file) });
    await pause();
    // The batch may have changed while the page repainted.
    if (options.cancelled?.()) break;
    results.push(await checkOne(file, ctx, limits, now));
  }
  options.onProgress?.({ done: results.length, total: files.length, current: null });
  return results;
}
