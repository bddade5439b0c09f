/** Vietnamese problems of a format-2 form's figures and logic checks, for the live check and the merge. */
import type { GroupTemplate } from '../template/types';
import type { FigureProblemCode, FigureValue } from './figure-value';
import type { CheckOutcome } from './rule-points';
import type { LogicCheck } from '../template/figure-types';

export const FIGURE_PROBLEM_TEXT: Record<FigureProblemCode, string> = {
  blank: 'chưa nhập',
  'not-a-number': 'không phải là số',
  'not-whole': 'phải là số nguyên',
  'out-of-bounds': 'nằm ngoài giới hạn cho phép',
  'too-many-decimals': 'có quá 2 chữ số thập phân',
  'not-in-list': 'không có trong danh sách lựa chọn',
};

export interface FigureProblem {
  code: 'figure-blank' | 'figure-invalid' | 'logic-check-failed';
  /** The figure whose cell the problem points at (a check's first figure). */
  key: string;
  /** Without a place prefix, e.g. `số liệu “Số máy tính” chưa nhập; …`. */
  message: string;
  severity: 'error' | 'warning';
}

/** Each blank or invalid figure (form order), then each failed logic check (template order). */
export function figureProblems(
  group: GroupTemplate,
  values: ReadonlyMap<string, FigureValue>,
  checks: readonly { check: LogicCheck; outcome: CheckOutcome }[],
): FigureProblem[] {
  const problems: FigureProblem[] = [];
  for (const f of group.figures ?? []) {
    const v = values.get(f.key);
    if (!v || v.ok) continue;
    problems.push({
      code: v.code === 'blank' ? 'figure-blank' : 'figure-invalid',
      key: f.key,
      message: `số liệu “${f.label}” ${FIGURE_PROBLEM_TEXT[v.code]}; các tiêu chí tính từ số liệu này được 0 điểm.`,
      severity: v.code === 'blank' ? 'warning' : 'error',
    });
  }
  for (const { check, outcome } of checks) {
    if (outcome !== 'fail') continue;
    problems.push({
      code: 'logic-check-failed',
      key: check.a,
      message: `kiểm tra lôgic không đạt${check.severity === 'error' ? '' : ' (cảnh báo)'}: ${check.message}`,
      severity: check.severity,
    });
  }
  return problems;
}
