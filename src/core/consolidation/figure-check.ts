/**
 * Format 2 in a returned form: the figures read through their `SL_<key>` names, each figure's problem and each
 * failed logic check as a warning for the appraisers. Points are then recomputed from these figures.
 */
import type { ReadName, ReturnedWorkbook } from '../returned/types';
import type { FigureProblemCode, FigureValue } from '../scoring/figure-value';
import type { FormScore } from '../scoring/score';
import { figureName } from '../sheet/names';
import type { GroupTemplate } from '../template/types';
import { namedCell, rawValue, type NamedCell } from './form-cells';
import { problem, type SubmissionProblem } from './problem';

const FIGURE_PROBLEM_TEXT: Record<FigureProblemCode, string> = {
  blank: 'chưa nhập',
  'not-a-number': 'không phải là số',
  'not-whole': 'phải là số nguyên',
  'out-of-bounds': 'nằm ngoài giới hạn cho phép',
  'too-many-decimals': 'có quá 2 chữ số thập phân',
  'not-in-list': 'không có trong danh sách lựa chọn',
};

export interface FigureRead {
  /** Raw values by figure key (what the scoring core reads). */
  inputs: Record<string, unknown>;
  cells: Map<string, NamedCell>;
  /** Names of figures the workbook lacks (a structural edit). */
  missing: string[];
}

export function readFigureCells(wb: ReturnedWorkbook, index: Map<string, ReadName>, group: GroupTemplate): FigureRead {
  const inputs: Record<string, unknown> = {};
  const cells = new Map<string, NamedCell>();
  const missing: string[] = [];
  for (const f of group.figures ?? []) {
    const at = namedCell(wb, index, figureName(f.key));
    if (!at) {
      missing.push(figureName(f.key));
      continue;
    }
    cells.set(f.key, at);
    inputs[f.key] = rawValue(at.cell);
  }
  return { inputs, cells, missing };
}

/** Each invalid figure and each failed logic check, as warnings naming the cell. */
export function figureWarnings(fileName: string, group: GroupTemplate, read: FigureRead, score: FormScore, formSheet: string): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  for (const f of group.figures ?? []) {
    const value: FigureValue | undefined = score.figureValues.get(f.key);
    if (!value || value.ok) continue;
    const at = read.cells.get(f.key);
    const place = at ? { sheet: at.sheet, cell: at.address, name: at.name } : { sheet: formSheet };
    problems.push(problem(value.code === 'blank' ? 'figure-blank' : 'figure-invalid', 'warning', fileName, place, `số liệu «${f.label}» ${FIGURE_PROBLEM_TEXT[value.code]}; các tiêu chí tính từ số liệu này được 0 điểm.`));
  }
  for (const { check, outcome } of score.checks) {
    if (outcome !== 'fail') continue;
    const at = read.cells.get(check.a);
    const place = at ? { sheet: at.sheet, cell: at.address, name: at.name } : { sheet: formSheet };
    problems.push(problem('logic-check-failed', 'warning', fileName, place, `kiểm tra lôgic không đạt${check.severity === 'error' ? '' : ' (cảnh báo)'}: ${check.message}`));
  }
  return problems;
}
