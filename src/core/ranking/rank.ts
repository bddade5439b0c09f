/**
 * Standard competition ranking (1, 2, 2, 4), Excel's RANK, on totals already rounded to hundredths.
 * Tied agencies share a rank and are listed by Vietnamese name order, then by code, so the order never
 * depends on the order of the input.
 */
import { cleanText } from '../text/normalize';

export interface Rankable {
  code: string;
  name: string;
  /** Integer hundredths: the rounded total. */
  totalHundredths: number;
}

const VI_NAMES = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Highest total first; ties by name (Vietnamese collation), then by code. */
export function compareRanked(a: Rankable, b: Rankable): number {
  if (a.totalHundredths !== b.totalHundredths) return b.totalHundredths - a.totalHundredths;
  const byName = VI_NAMES.compare(cleanText(a.name), cleanText(b.name));
  if (byName !== 0) return byName;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function rankAgencies<T extends Rankable>(items: readonly T[]): (T & { rank: number })[] {
  const sorted = [...items].sort(compareRanked);
  let rank = 0;
  return sorted.map((item, i) => {
    // A new total starts at its position + 1; an equal total keeps the rank of the first of the tie.
    if (i === 0 || sorted[i - 1]?.totalHundredths !== item.totalHundredths) rank = i + 1;
    return { ...item, rank };
  });
}
