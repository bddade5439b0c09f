/**
 * `--template FILE`: a template JSON file or a criteria workbook (.xlsx, “Bộ tiêu chí”), checked by the
 * same validator; every problem is a user error naming the file (and, for a workbook, sheet, row, column).
 */
import { readFileSync } from 'node:fs';
import type { Regime } from '../core/regime/types';
import { parseTemplate } from '../core/template/load';
import type { SurveyTemplate } from '../core/template/types';
import { readCriteriaFile } from '../xlsx/criteria-file';
import { EXIT } from './exit-codes';
import { fileErrorReason, readJsonFile } from './files';
import { UserError } from './user-error';

export function isWorkbookPath(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

function fromWorkbook(file: string, regime: Regime): SurveyTemplate {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    throw new UserError(EXIT.badInput, [`Không đọc được bộ tiêu chí “${file}”: ${fileErrorReason(err)}.`]);
  }
  const read = readCriteriaFile(bytes, file, regime);
  if (read.ok) return read.template;
  if ('fileProblem' in read) throw new UserError(EXIT.badInput, [read.fileProblem]);
  throw new UserError(
    EXIT.badInput,
    read.problems.map((p) => p.message),
    `Bộ tiêu chí “${file}” có ${read.problems.length} lỗi:`,
  );
}

/** The template of a `--template` file, JSON or criteria workbook. */
export function loadTemplateFile(file: string, regime: Regime): SurveyTemplate {
  if (isWorkbookPath(file)) return fromWorkbook(file, regime);
  const result = parseTemplate(readJsonFile(file, 'tệp mẫu phiếu'), regime);
  if (!result.ok) {
    throw new UserError(
      EXIT.badInput,
      result.problems.map((p) => `${p.message}${p.where.path ? ` [${p.where.path}]` : ''}`),
      `Tệp mẫu phiếu “${file}” có ${result.problems.length} lỗi:`,
    );
  }
  return result.template;
}
