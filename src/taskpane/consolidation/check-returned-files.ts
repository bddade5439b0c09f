/**
 * Reads returned workbooks chosen or dropped in the pane (or on the appraisers' page) and checks
 * each one through the intake the CLI uses too (`src/xlsx/intake.ts`), with the browser's file
 * access and @noble/hashes; this module adds the batch: order, progress, cancelling, repainting.
 * Lives in the lazily loaded services chunk (it pulls in the reader and the core).
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { CheckContext } from '../../core/consolidation/check-context';
import type { Submission } from '../../core/consolidation/submission';
import { intakeFile, type HashFunction, type ReturnedFileAccess } from '../../xlsx/intake';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../xlsx/read-workbook';

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

/** The browser's access to a chosen file, for the intake shared with the CLI. */
function browserAccess(file: ReturnedFile, now: () => Date): ReturnedFileAccess {
  return {
    fileName: displayName(file),
    stat: () => Promise.resolve({ size: file.size, receivedAt: receivedAt(file, now) }),
    read: async () => new Uint8Array(await file.arrayBuffer()),
    failure: () => 'tệp đã bị xóa, bị khóa, hay là một thư mục?',
  };
}

const nobleSha256: HashFunction = (bytes) => bytesToHex(sha256(bytes));

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
    results.push(await intakeFile(browserAccess(file, now), nobleSha256, ctx, { limits, now }));
  }
  options.onProgress?.({ done: results.length, total: files.length, current: null });
  return results;
}
