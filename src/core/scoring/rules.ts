/**
 * THE scoring rule, mirrored exactly by the sheet formulas:
 * counted = IF(ISNUMBER(x), MAX(0, MIN(ROUND(x,2), cap)), 0).
 * A formula in an input cell counts 0 in the pane and the merge: its result is a value the file
 * stores, which anyone can rewrite, as untrusted as a stored total (the sheet cannot tell in Excel 2010).
 */
import { formatPoints, toHundredths } from '../numbers/hundredths';
import { cleanText } from '../text/normalize';
import type { SubCriterion } from '../template/types';
import { parseEntry } from './entry';

/** Points (hundredths) a cell contributes: only a real number counts, rounded then clamped to 0..cap; text counts 0 like SUM ignores it. */
export function countedHundredths(raw: unknown, capHundredths: number): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return 0;
  return Math.max(0, Math.min(toHundredths(raw), capHundredths));
}

export type EntryProblemCode =
  | 'blank'
  | 'not-a-number'
  | 'text-number'
  | 'negative'
  | 'over-cap'
  | 'too-many-decimals'
  | 'evidence-missing'
  | 'formula-in-input';

export interface EntryProblem {
  code: EntryProblemCode;
  /** e.g. '2.3'. */
  subCode: string;
  field: 'score' | 'evidence';
  /** Vietnamese, names the code, e.g. 'Tiêu chí 2.3: điểm 9 vượt điểm tối đa 8.' */
  message: string;
  severity: 'error' | 'warning';
}

/** A value as the user wrote it, with the Vietnamese decimal comma. */
function shown(raw: unknown): string {
  return typeof raw === 'number' ? String(raw).replace('.', ',') : cleanText(String(raw));
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

/** Formulas found in a row's input cells (text without `=`); absent when the cell holds a typed value. */
export interface EntryFormulas {
  score?: string;
  evidence?: string;
}

/** Every problem of one row of the form: its score entry, and its evidence where the template requires one. */
export function checkEntry(
  sub: SubCriterion,
  score: unknown,
  evidence: unknown,
  formulas: EntryFormulas = {},
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const at = `Tiêu chí ${sub.code}`;
  const cap = formatPoints(sub.capHundredths);
  const add = (
    code: EntryProblemCode,
    message: string,
    severity: 'error' | 'warning' = 'error',
    field: 'score' | 'evidence' = 'score',
  ): void => {
    problems.push({ code, subCode: sub.code, field, message: `${at}: ${message}`, severity });
  };
  if (formulas.evidence !== undefined) {
    add(
      'formula-in-input',
      `ô minh chứng chứa công thức “=${formulas.evidence}”; hãy ghi minh chứng trực tiếp.`,
      'warning',
      'evidence',
    );
  }
  if (formulas.score !== undefined) {
    const stored = isBlank(score) ? '' : ` (kết quả lưu trong tệp: ${shown(score)})`;
    add(
      'formula-in-input',
      `ô điểm chứa công thức “=${formulas.score}”${stored}; điểm phải được gõ trực tiếp nên ô này được tính 0 điểm. Hãy nhập điểm dưới dạng số.`,
    );
    return problems;
  }
  const entry = parseEntry(score);
  let claimsPoints = false;
  switch (entry.kind) {
    case 'blank':
      add('blank', `chưa nhập điểm (đang tính 0 điểm).`, 'warning');
      break;
    case 'invalid':
      add(
        'not-a-number',
        `“${entry.text}” không phải là số; ô này được tính 0 điểm. Hãy nhập điểm từ 0 đến ${cap}.`,
      );
      break;
    case 'number':
      claimsPoints = entry.hundredths > 0;
      if (entry.fromText) {
        add(
          'text-number',
          `điểm “${shown(score)}” đang được lưu dạng văn bản nên không được tính (0 điểm). Hãy nhập lại dưới dạng số.`,
        );
      } else if (typeof score === 'number' && score < 0) {
        add('negative', `điểm ${shown(score)} là số âm; được tính 0 điểm.`);
      } else if (entry.hundredths > sub.capHundredths) {
        add('over-cap', `điểm ${shown(score)} vượt điểm tối đa ${cap}. Chỉ được tính ${cap} điểm.`);
      }
      if (!entry.fromText && !entry.exact) {
        add(
          'too-many-decimals',
          `điểm ${shown(score)} có quá 2 chữ số thập phân; được làm tròn thành ${formatPoints(entry.hundredths)}.`,
        );
      }
      break;
  }
  if (sub.evidenceRequired && claimsPoints && isBlank(evidence)) {
    add(
      'evidence-missing',
      `chưa ghi minh chứng (số, ngày văn bản hoặc đường dẫn) cho điểm đã tự chấm.`,
      'warning',
      'evidence',
    );
  }
  return problems;
}
