/**
 * The Vietnamese wording of every problem, made from its code, parameters and place, in one place.
 * WORDING is a record over every code: a code without wording does not compile.
 */
import { formatPoints } from '../numbers/hundredths';
import { cleanText } from '../text/normalize';
import type { ProblemCode, ProblemParams, Typed } from './params';
import type { Problem, Severity, WordedProblem } from './problem';
import { whereText, type Where } from './where';

type Wording = { [C in ProblemCode]: (params: ProblemParams[C], where: Where) => string };

/** A value as the user wrote it, with the Vietnamese decimal comma. */
function shown(value: Typed): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : cleanText(value);
}

const WORDING: Wording = {
  // entries
  blank: () => 'chưa nhập điểm (đang tính 0 điểm).',
  'not-a-number': (p) =>
    `“${p.text}” không phải là số; ô này được tính 0 điểm. Hãy nhập điểm từ 0 đến ${formatPoints(p.capHundredths)}.`,
  'text-number': (p) =>
    `điểm “${shown(p.text)}” đang được lưu dạng văn bản nên không được tính (0 điểm). Hãy nhập lại dưới dạng số.`,
  negative: (p) => `điểm ${shown(p.value)} là số âm; được tính 0 điểm.`,
  'over-cap': (p) => {
    const cap = formatPoints(p.capHundredths);
    return `điểm ${shown(p.value)} vượt điểm tối đa ${cap}. Chỉ được tính ${cap} điểm.`;
  },
  'too-many-decimals': (p) =>
    `điểm ${shown(p.value)} có quá 2 chữ số thập phân; được làm tròn thành ${formatPoints(p.roundedHundredths)}.`,
  'evidence-missing': () => 'chưa ghi minh chứng (số, ngày văn bản hoặc đường dẫn) cho điểm đã tự chấm.',
  'formula-in-input': (p, where) =>
    where.field === 'evidence'
      ? `ô minh chứng chứa công thức “=${p.formula}”; hãy ghi minh chứng trực tiếp.`
      : `ô điểm chứa công thức “=${p.formula}”${p.stored === undefined ? '' : ` (kết quả lưu trong tệp: ${shown(p.stored)})`}; điểm phải được gõ trực tiếp nên ô này được tính 0 điểm. Hãy nhập điểm dưới dạng số.`,
};

/** The problem's message: where it is, then what is wrong and what to do. */
export function problemMessage(problem: Problem): string {
  const wording = WORDING[problem.code] as (params: unknown, where: Where) => string;
  const text = wording(problem.params, problem.where);
  const at = whereText(problem.where);
  const message = at === '' ? text.charAt(0).toUpperCase() + text.slice(1) : `${at}: ${text}`;
  return message.normalize('NFC');
}

/** A problem with its message, ready for the edges and the JSON report. */
export function worded<C extends ProblemCode>(
  code: C,
  severity: Severity,
  where: Where,
  params: ProblemParams[C],
): WordedProblem<C> {
  // The generic C is one code at every call site; TypeScript cannot see it through the mapped union.
  const problem = { code, severity, where, params } as unknown as Problem;
  return { ...problem, message: problemMessage(problem) } as WordedProblem<C>;
}

/** The same problem seen from further out: the merge adds the file and the cell to an entry's place. */
export function placed(problem: Problem, where: Where, severity: Severity = problem.severity): WordedProblem {
  const moved = { ...problem, severity, where: { ...problem.where, ...where } } as Problem;
  return { ...moved, message: problemMessage(moved) };
}
