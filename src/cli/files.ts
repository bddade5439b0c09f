/** File access of the CLI with Vietnamese messages that name the file. */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXIT } from './exit-codes';
import { UserError } from './user-error';

/** A file-system error in Vietnamese (the system's English text only for codes not listed). */
export function fileErrorReason(err: unknown): string {
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'không tìm thấy tệp hoặc thư mục';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền truy cập';
    case 'EISDIR':
      return 'đây là một thư mục, không phải tệp';
    case 'ELOOP':
      return 'liên kết vòng (liên kết trỏ về chính nó)';
    case 'ENOTDIR':
      return 'một phần của đường dẫn không phải thư mục';
    case 'ENAMETOOLONG':
      return 'đường dẫn quá dài';
    case 'EMFILE':
    case 'ENFILE':
      return 'hệ thống đang mở quá nhiều tệp';
    case 'EIO':
      return 'lỗi đọc ghi của ổ đĩa';
    case 'EBUSY':
      return 'tệp đang bị chương trình khác sử dụng';
    case 'ENOSPC':
      return 'đĩa đã đầy';
    case 'EROFS':
      return 'ổ đĩa chỉ cho phép đọc';
    default:
      // The system's own text is English; its code is what a technician can look up.
      return code !== undefined ? `lỗi hệ thống ${code}` : err instanceof Error ? err.message : String(err);
  }
}

/** Reads and parses a JSON file; a missing file or bad JSON is a user error naming the file. */
export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(EXIT.badInput, [`Không đọc được ${what} “${file}”: ${fileErrorReason(err)}.`]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new UserError(EXIT.badInput, [
      `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} “${file}” không phải JSON hợp lệ (${detail}).`,
    ]);
  }
}

/** Problems with an output path, before any work is done. */
export function outputPathProblems(file: string, extension: string): string[] {
  const problems: string[] = [];
  if (!file.toLowerCase().endsWith(extension))
    problems.push(`Tệp kết quả “${file}” phải có đuôi ${extension}.`);
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir)) problems.push(`Thư mục “${path.dirname(file)}” không tồn tại.`);
  else if (existsSync(file) && statSync(file).isDirectory())
    problems.push(`“${file}” là một thư mục, không phải tệp.`);
  return problems;
}

/** Writes a file; an error names `shownAs`, the file the user asked for (not a temporary file beside it). */
export function writeOutputFile(file: string, bytes: Uint8Array, shownAs = file): void {
  try {
    writeFileSync(file, bytes);
  } catch (err) {
    throw new UserError(EXIT.output, [`Không ghi được tệp “${shownAs}”: ${fileErrorReason(err)}.`]);
  }
}
