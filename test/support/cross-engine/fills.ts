/**
 * Score fills for the cross-engine tests: random entries of every kind a user can type (valid
 * 2-decimal numbers, 0, the cap, over the cap, negative, 3 decimals, halves like 1.495, text such
 * as "7,5", blanks) and fills aimed exactly at the band edges (49.99/50, 69.99/70, 84.99/85).
 */
import fc from 'fast-check';
import type { FillValue } from './decision-rules';

export interface FillSub {
  code: string;
  capHundredths: number;
}

export interface Fill {
  /** Short label used in file names and failure messages. */
  id: string;
  /** Score cell content by sub-criterion code. */
  scores: Record<string, FillValue>;
  /** Evidence cell content by sub-criterion code (does not change points). */
  evidence: Record<string, string | null>;
}

const TEXTS = ['7,5', '7.5', ' 3 ', '1,25', 'abc', 'không có', '=1+1', '8\u00a0', '2 điểm'];
const EVIDENCE = [
  'Văn bản số 12/QĐ-UBND ngày 05/3/2026',
  'https://thanhhoa.gov.vn/bao-cao',
  'Báo cáo tự đánh giá',
  '',
];

function entryArbitrary(capHundredths: number): fc.Arbitrary<FillValue> {
  const cap = capHundredths;
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: cap }).map((h) => h / 100) },
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.constant(cap / 100) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }).map((k) => (cap + k) / 100) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 1000 }).map((k) => -k / 100) },
    { weight: 1, arbitrary: fc.integer({ min: -20, max: cap * 10 + 20 }).map((k) => k / 1000) },
    // x.xx5: a half that ROUND must take away from zero, e.g. 1.495 -> 1.5
    { weight: 2, arbitrary: fc.integer({ min: 1, max: cap }).map((h) => (h * 10 - 5) / 1000) },
    {
      weight: 1,
      arbitrary: fc.double({ min: -1, max: cap / 100 + 1, noNaN: true, noDefaultInfinity: true }),
    },
    { weight: 1, arbitrary: fc.constantFrom(1e-7, 0.005, 0.004999, 1e6, 123456.789) },
    { weight: 2, arbitrary: fc.constantFrom(...TEXTS) },
    { weight: 2, arbitrary: fc.constant(null) },
    // No TRUE/FALSE here: LibreOffice imports a boolean written into a cell with a number format
    // (every score cell has 0.00) as the plain number 1, which no formula can tell apart from 1;
    // Excel and the decision count it 0. recalc-harness.test.ts covers booleans LibreOffice knows.
  );
}

/** Random fills, reproducible from the seed. */
export function randomFills(prefix: string, subs: FillSub[], count: number, seed: number): Fill[] {
  const scores = fc.record(Object.fromEntries(subs.map((s) => [s.code, entryArbitrary(s.capHundredths)])));
  const evidence = fc.record(
    Object.fromEntries(subs.map((s) => [s.code, fc.constantFrom<string | null>(...EVIDENCE, null)])),
  );
  const samples = fc.sample(fc.tuple(scores, evidence), { seed, numRuns: count });
  return samples.map(([s, e], i) => ({ id: `${prefix}-random-${i}`, scores: s, evidence: e }));
}

/**
 * A fill whose points add up to exactly `targetHundredths`, spread greedily over the sub-criteria
 * starting at `offset`. With `tricky`, the same points are typed awkwardly: one entry as a half
 * (x.xx5), one capped entry over its cap, and junk (text, negative) where the points are 0.
 */
export function fillForTotal(
  prefix: string,
  subs: FillSub[],
  targetHundredths: number,
  offset: number,
  tricky: boolean,
): Fill {
  const order = subs.map((_, i) => subs[(i + offset) % subs.length]!);
  let left = targetHundredths;
  const points = new Map<string, number>();
  for (const s of order) {
    const p = Math.min(left, s.capHundredths);
    points.set(s.code, p);
    left -= p;
  }
  if (left !== 0) throw new RangeError(`target ${targetHundredths} exceeds the caps`);
  const scores: Record<string, FillValue> = {};
  let halfDone = false;
  let overDone = false;
  let junk = 0;
  for (const s of subs) {
    const p = points.get(s.code) ?? 0;
    if (!tricky) scores[s.code] = p / 100;
    else if (p > 0 && p === s.capHundredths && !overDone) {
      scores[s.code] = (p + 250) / 100;
      overDone = true;
    } else if (p > 0 && !halfDone) {
      scores[s.code] = (p * 10 - 5) / 1000;
      halfDone = true;
    } else if (p === 0) {
      scores[s.code] = ['7,5', -1.5, null, 'x', ' 2 '][junk++ % 5] as FillValue;
    } else scores[s.code] = p / 100;
  }
  const id = `${prefix}-total-${targetHundredths}${tricky ? '-tricky' : ''}`;
  return { id, scores, evidence: Object.fromEntries(subs.map((s) => [s.code, 'Minh chứng kèm theo'])) };
}

/** The totals around every band edge, plus the ends of the scale. */
export const EDGE_TOTALS = [0, 4999, 5000, 6999, 7000, 8499, 8500, 10000];
