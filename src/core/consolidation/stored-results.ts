/**
 * Compares the totals and rating a returned file stores (cached formula results) with the
 * recomputation from its inputs. A difference means the file was saved without recalculation or
 * edited by hand; the recomputation is always what counts.
 */
import type { ReturnedWorkbook } from '../returned/types';
import type { FormScore } from '../scoring/score';
import { toHundredths } from '../numbers/hundredths';
import { cleanText } from '../text/normalize';
import { criterionName, RATING_NAME, TOTAL_NAME } from '../sheet/names';
import type { ReadName } from '../returned/types';
import { namedCell } from './form-cells';
import { problem, type SubmissionProblem } from './problem';

export function checkStoredResults(
  wb: ReturnedWorkbook,
  index: Map<string, ReadName>,
  score: FormScore,
): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  // `criterion`: the criterion's number for a subtotal, null for the total.
  const numberCheck = (name: string, expectedHundredths: number, criterion: number | null) => {
    const c = namedCell(wb, index, name);
    const value = c?.cell?.value;
    if (!c || typeof value !== 'number' || !Number.isFinite(value)) return; // never calculated: nothing to compare
    const storedHundredths = toHundredths(value);
    if (storedHundredths === expectedHundredths) return;
    const place = { sheet: c.sheet, cell: c.address, name };
    problems.push(
      criterion === null
        ? problem('stale-total', 'warning', wb.fileName, place, { storedHundredths, expectedHundredths })
        : problem('stale-subtotal', 'warning', wb.fileName, place, {
            criterion,
            storedHundredths,
            expectedHundredths,
          }),
    );
  };
  for (const criterion of score.criteria) {
    numberCheck(criterionName(criterion.number), criterion.pointsHundredths, criterion.number);
  }
  numberCheck(TOTAL_NAME, score.totalHundredths, null);
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
        { stored, expected: score.band.label },
      ),
    );
  }
  return problems;
}
