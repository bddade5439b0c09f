/** Fills that land a form's total exactly on the rating-band edges, shared by the fast and the LibreOffice tests. */
import type { SubCriterion } from '../../../src/core/template/types';

/** Each band's minimum and the hundredth just below it: 85,00 / 84,99, 70,00 / 69,99, 50,00 / 49,99. */
export const EDGE_TOTALS_HUNDREDTHS = [8500, 8499, 7000, 6999, 5000, 4999] as const;

/** Self-scores totalling `targetHundredths`: every row at its cap, the deficit taken off the rows in turn. */
export function fillToTotal(subs: readonly SubCriterion[], targetHundredths: number): Record<string, number> {
  let deficit = subs.reduce((s, sub) => s + sub.capHundredths, 0) - targetHundredths;
  if (deficit < 0) throw new Error(`total ${targetHundredths} is over the caps`);
  const selfs: Record<string, number> = {};
  for (const sub of subs) {
    const take = Math.min(sub.capHundredths, deficit);
    deficit -= take;
    selfs[sub.code] = (sub.capHundredths - take) / 100;
  }
  return selfs;
}
