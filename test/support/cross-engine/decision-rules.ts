/**
 * An independent implementation of QĐ 4289's scoring rules, written for the cross-engine tests only
 * (it deliberately imports nothing from src/): exact decimal arithmetic in BigInt hundredths.
 * Rules: a sub-criterion counts min(max(round2(x), 0), cap) when its cell holds a number, else 0;
 * a criterion is the sum of its sub-criteria; the total is the sum of the criteria;
 * ratings: Tốt ≥ 85, Khá ≥ 70, Trung bình ≥ 50, otherwise Yếu.
 */

export type FillValue = number | string | boolean | null;

export type Rating = 'Tốt' | 'Khá' | 'Trung bình' | 'Yếu';

/** The decision's bands, in hundredths, highest first. */
const BANDS: readonly { min: bigint; label: Rating }[] = [
  { min: 8500n, label: 'Tốt' },
  { min: 7000n, label: 'Khá' },
  { min: 5000n, label: 'Trung bình' },
];

/**
 * Hundredths of a finite number, rounded half away from zero (as spreadsheet ROUND does), working on
 * the shortest decimal string that denotes the double: 1.005 is "1.005", so it rounds to 1.01.
 */
export function roundToHundredths(x: number): bigint {
  if (!Number.isFinite(x)) throw new RangeError(`not finite: ${x}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`unexpected number text ${String(x)}`);
  const [, sign, int = '0', frac = '', exp = '0'] = m;
  // value = digits × 10^scale
  const digits = BigInt(int + frac);
  const scale = Number(exp) - frac.length;
  // hundredths = digits × 10^(scale + 2), rounded half away from zero
  const shift = scale + 2;
  let magnitude: bigint;
  if (shift >= 0) {
    magnitude = digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    const quotient = digits / divisor;
    const remainder = digits % divisor;
    magnitude = remainder * 2n >= divisor ? quotient + 1n : quotient;
  }
  return sign === '-' ? -magnitude : magnitude;
}

/** What one score cell adds to its criterion. Text (even "7,5"), booleans and blanks count nothing. */
export function countedHundredths(value: FillValue, capHundredths: bigint): bigint {
  if (typeof value !== 'number') return 0n;
  const rounded = roundToHundredths(value);
  if (rounded < 0n) return 0n;
  return rounded > capHundredths ? capHundredths : rounded;
}

export function ratingOf(totalHundredths: bigint): Rating {
  return BANDS.find((b) => totalHundredths >= b.min)?.label ?? 'Yếu';
}

export interface OracleGroup {
  criteria: { number: number; subs: { code: string; capHundredths: bigint }[] }[];
}

export interface OracleScore {
  criteria: Map<number, bigint>;
  total: bigint;
  /** '' while every score cell is blank: the decision rates a submitted form, not an empty one. */
  rating: Rating | '';
}

/** Scores one form from its score cells keyed by sub-criterion code ("2.3"); missing codes are blank. */
export function scoreOf(group: OracleGroup, scores: Record<string, FillValue>): OracleScore {
  const criteria = new Map<number, bigint>();
  let total = 0n;
  for (const c of group.criteria) {
    const sum = c.subs.reduce(
      (acc, s) => acc + countedHundredths(scores[s.code] ?? null, s.capHundredths),
      0n,
    );
    criteria.set(c.number, sum);
    total += sum;
  }
  const entered = group.criteria.some((c) =>
    c.subs.some((s) => (scores[s.code] ?? null) !== null && scores[s.code] !== ''),
  );
  return { criteria, total, rating: entered ? ratingOf(total) : '' };
}

/** Hundredths of a value read back from a spreadsheet, which must already be a 2-decimal number. */
export function readBackHundredths(value: unknown): bigint | string {
  if (typeof value !== 'number') return `not a number: ${JSON.stringify(value)}`;
  const h = roundToHundredths(value);
  // A sheet total like 84.99000000000001 shows 84,99 but ranks and bands differently: report it.
  return Number(h) / 100 === value ? h : `not exactly 2 decimals: ${value}`;
}
