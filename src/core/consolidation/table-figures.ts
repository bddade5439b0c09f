/**
 * A ranking table's figures for charts and reports: agencies per rating band and each criterion's
 * average and attainment (sum / (agencies × cap)), in hundredths rounded half away from zero.
 */
import { divideRounded } from '../numbers/hundredths';
import type { Regime } from '../regime/types';

export interface TableFigures {
  bandCounts: { bandId: string; label: string; count: number }[];
  criteria: {
    number: number;
    title: string;
    capHundredths: number;
    /** Null when no agency is ranked. */
    averageHundredths: number | null;
    /** Hundredths of a percent; null when no agency is ranked. */
    attainmentHundredths: number | null;
  }[];
}

export function tableFigures(
  criteria: readonly { number: number; title: string; capHundredths: number }[],
  rows: readonly { rating: string; criteriaHundredths: readonly number[] }[],
  regime: Regime,
): TableFigures {
  const n = rows.length;
  return {
    bandCounts: regime.bands.map((b) => ({
      bandId: b.id,
      label: b.label,
      count: rows.filter((r) => r.rating === b.label).length,
    })),
    criteria: criteria.map((c, i) => {
      const sum = rows.reduce((a, r) => a + (r.criteriaHundredths[i] ?? 0), 0);
      return {
        number: c.number,
        title: c.title,
        capHundredths: c.capHundredths,
        averageHundredths: n > 0 ? divideRounded(sum, n) : null,
        attainmentHundredths:
          n > 0 && c.capHundredths > 0 ? divideRounded(sum * 10000, n * c.capHundredths) : null,
      };
    }),
  };
}
