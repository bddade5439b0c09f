/** File access of the CLI with Vietnamese messages that name the file. */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXIT } from './exit-codes';
import { UserError } from './user-error';

function reason(err: unknown): string {
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'không tìm thấy tệp hoặc thư mục';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền truy cập';
    case 'EISDIR':
      return 'đây là một thư mục, không phải tệp';
    case 'ENOSPC':
      return 'đĩa đã đầy';
    case 'EROFS':
      return 'ổ đĩa chỉ cho phép đọc';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** Reads and parses a JSON file; a missing file or bad JSON is a user error naming the file. */
export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(EXIT.badInput, [`Không đọc được ${what} «${file}»: ${reason(err)}.`]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new UserError(EXIT.badInput, [`${what[0]?.toUpperCase() ?? ''}${what.slice(1)} «${file}» không phải JSON hợp lệ (${detail}).`]);
  }
}

/** Problems with an output path, before any work is done. */
export function outputPathProblems(file: string, extension: string): string[] {
  const problems: string[] = [];
  if (!file.toLowerCase().endsWith(extension)) problems.push(`Tệp kết quả «${file}» phải có đuôi ${extension}.`);
  const dir = path.dirname(path.resolve(file));
  if (!existsSync(dir)) problems.push(`Thư mục «${path.dirname(file)}» không tồn tại.`);
  else if (existsSync(file) && statSync(file).isDirectory()) problems.push(`«${file}» là một thư mục, không phải tệp.`);
  return problems;
}

export function writeOutputFile(file: string, bytes: Uint8Array): void {
  try {
    writeFileSync(file, bytes);
  } catch (err) {
    throw new UserError(EXIT.output, [`Không ghi được tệp «${file}»: ${reason(err)}.`]);
  }
}
