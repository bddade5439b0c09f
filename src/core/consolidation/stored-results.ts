/**
 * Compares the totals and rating a returned file stores (cached formula results) with the
 * recomputation from its inputs. A difference means the file was saved without recalculation or
 * edited by hand; the recomputation is always what counts.
 */
import type { ReturnedWorkbook } from '../returned/types';
import type { FormScore } from '../scoring/score';
import { formatPoints, toHundredths } from '../numbers/hundredths';
import { cleanText } from '../text/normalize';
import { criterionName, RATING_NAME, TOTAL_NAME } from '../sheet/names';
import type { ReadName } from '../returned/types';
import { namedCell } from './form-cells';
import { problem, type SubmissionProblem } from './problem';

const STALE = 'giá trị lưu trong tệp đã cũ hoặc bị sửa; dùng kết quả tính lại từ điểm tự chấm';

export function checkStoredResults(
  wb: ReturnedWorkbook,
  index: Map<string, ReadName>,
  score: FormScore,
): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  const numberCheck = (
    name: string,
    expected: number,
    code: 'stale-total' | 'stale-subtotal',
    label: string,
  ) => {
    const c = namedCell(wb, index, name);
    const value = c?.cell?.value;
    if (!c || typeof value !== 'number' || !Number.isFinite(value)) return; // never calculated: nothing to compare
    if (toHundredths(value) === expected) return;
    problems.push(
      problem(
        code,
        'warning',
        wb.fileName,
        { sheet: c.sheet, cell: c.address, name },
        `${label} lưu trong tệp là ${formatPoints(toHundredths(value))}, tính lại được ${formatPoints(expected)}: ${STALE}.`,
      ),
    );
  };
  for (const criterion of score.criteria) {
    numberCheck(
      criterionName(criterion.number),
      criterion.pointsHundredths,
      'stale-subtotal',
      `điểm tiêu chí ${criterion.number}`,
    );
  }
  numberCheck(TOTAL_NAME, score.totalHundredths, 'stale-total', 'tổng điểm');
  const rating = namedCell(wb, index, RATING_NAME);
  const stored = rating?.cell?.value;
  if (
    rating &&
    typeof stored === 'string' &&
    stored.trim() !== '' &&
    cleanText(stored) !== cleanText(score.band.label)
  ) {
    problems.push(
      problem(
        'stale-rating',
        'warning',
        wb.fileName,
        { sheet: rating.sheet, cell: rating.address, name: RATING_NAME },
        `xếp loại lưu trong tệp là “${stored}”, tính lại được “${score.band.label}”: ${STALE}.`,
      ),
    );
  }
  return problems;
}
