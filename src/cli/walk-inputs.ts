/**
 * The files `consolidate` checks, from the paths on its command line. Every path gets an outcome:
 * a file to check, or a skipped entry with a Vietnamese reason (broken link, link loop, no access,
 * plainly not a workbook); the walk is bounded in depth and size, and never throws.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { fileErrorReason } from './files';

export interface SkippedEntry {
  path: string;
  /** Vietnamese, e.g. 'không phải tệp bảng tính (.txt)'. */
  reason: string;
}

export interface WalkResult {
  files: string[];
  skipped: SkippedEntry[];
}

export interface WalkLimits {
  maxDepth: number;
  maxEntries: number;
}

export const DEFAULT_WALK_LIMITS: WalkLimits = { maxDepth: 12, maxEntries: 20_000 };

/** Extensions of files a returned survey may come as: they are checked (and refused with a reason when not .xlsx). */
const SPREADSHEET = new Set([
  '.xlsx',
  '.xlsm',
  '.xltx',
  '.xltm',
  '.xls',
  '.xlsb',
  '.ods',
  '.fods',
  '.csv',
  '',
]);

/** Files found in a folder that are plainly no survey: another kind of document, or a program's own litter. */
function notAWorkbook(name: string): string | null {
  if (name.startsWith('~$')) return 'tệp khóa tạm của Excel (bảng tính đang mở), không phải phiếu';
  if (name.startsWith('.') || /^(thumbs\.db|desktop\.ini)$/i.test(name))
    return 'tệp ẩn hoặc tệp hệ thống, không phải phiếu';
  const ext = path.extname(name).toLowerCase();
  if (!SPREADSHEET.has(ext)) return `không phải tệp bảng tính (${ext}), không phải phiếu`;
  return null;
}

export function walkInputs(
  inputs: readonly string[],
  skip: ReadonlySet<string>,
  limits: WalkLimits = DEFAULT_WALK_LIMITS,
): WalkResult {
  const files: string[] = [];
  const skipped: SkippedEntry[] = [];
  const visitedDirs = new Set<string>();
  let entries = 0;
  let stopped = false;

  const walk = (p: string, depth: number, named: boolean): void => {
    if (stopped) return;
    entries += 1;
    if (entries > limits.maxEntries) {
      stopped = true;
      skipped.push({
        path: p,
        reason: `đã dừng duyệt: quá ${limits.maxEntries} mục trong các thư mục đã nêu; các mục còn lại không được kiểm tra`,
      });
      return;
    }
    const abs = path.resolve(p);
    if (skip.has(abs)) return;
    let link: Stats;
    let st: Stats;
    try {
      link = lstatSync(abs);
    } catch (err) {
      skipped.push({ path: p, reason: `không đọc được: ${fileErrorReason(err)}` });
      return;
    }
    try {
      st = link.isSymbolicLink() ? statSync(abs) : link;
    } catch (err) {
      const code = (err as { code?: string }).code;
      const why =
        code === 'ENOENT'
          ? 'liên kết hỏng (tệp hoặc thư mục nó trỏ tới không còn)'
          : code === 'ELOOP'
            ? 'liên kết vòng (liên kết trỏ về chính nó)'
            : `liên kết không đọc được: ${fileErrorReason(err)}`;
      skipped.push({ path: p, reason: why });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(abs);
      } catch (err) {
        skipped.push({ path: p, reason: `không đọc được thư mục: ${fileErrorReason(err)}` });
        return;
      }
      if (visitedDirs.has(real)) {
        skipped.push({
          path: p,
          reason: 'thư mục đã duyệt (liên kết vòng hoặc liên kết tới thư mục đã có); không duyệt lại',
        });
        return;
      }
      if (depth > limits.maxDepth) {
        skipped.push({ path: p, reason: `thư mục lồng quá ${limits.maxDepth} cấp; không duyệt tiếp` });
        return;
      }
      visitedDirs.add(real);
      let names: string[];
      try {
        names = readdirSync(abs).sort();
      } catch (err) {
        skipped.push({ path: p, reason: `không đọc được thư mục: ${fileErrorReason(err)}` });
        return;
      }
      for (const name of names) walk(path.join(p, name), depth + 1, false);
      return;
    }
    if (!st.isFile()) {
      skipped.push({ path: p, reason: 'không phải tệp thường (thiết bị, ống dẫn hoặc socket)' });
      return;
    }
    // A file named on the command line is always checked: the user meant it.
    const notWorkbook = named ? null : notAWorkbook(path.basename(p));
    if (notWorkbook !== null) skipped.push({ path: p, reason: notWorkbook });
    else files.push(p);
  };

  for (const input of inputs) walk(input, 0, true);
  return { files, skipped };
}
