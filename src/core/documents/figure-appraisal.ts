/**
 * Why appraisal changed a sub-criterion computed from figures: the appraised figures it is computed
 * from, named by label, with the appraisers' reasons. A letter states it beside the changed score.
 */
import { isBlankCell } from '../consolidation/effective';
import type { FigureRow } from '../consolidation/state';
import { ruleFigures, type Figure } from '../template/figure-types';
import type { SubCriterion } from '../template/types';

/**
 * The reason text, or null when none of the figures its rule reads is appraised. (The letter states a
 * change only where the points moved, so a rule whose figures are not all on the sheet needs no check.)
 */
export function figureAppraisalReason(
  sub: SubCriterion,
  rows: readonly FigureRow[],
  figures: readonly Figure[],
): string | null {
  const keys = new Set(sub.rule ? ruleFigures(sub.rule) : []);
  const byKey = new Map(rows.map((f) => [f.key, f]));
  // In the order the form declares them, as the agency filled them in.
  const reasons = figures.flatMap((d) => {
    const f = byKey.get(d.key);
    if (!keys.has(d.key) || !f || isBlankCell(f.appraised)) return [];
    const reason = f.reason.trim();
    return [`Số liệu “${d.label}” được thẩm định lại${reason === '' ? '' : `: ${reason}`}`];
  });
  return reasons.length === 0 ? null : reasons.join('; ');
}
