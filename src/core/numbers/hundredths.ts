/**
 * Exact point arithmetic: every score inside the core is an integer number of hundredths of a point.
 * Conversions go through the shortest decimal string of a number, so 1.005 is "1.005" (not 1.00499…)
 * and rounds like Excel's ROUND: half away from zero.
 */

/** A decimal split into an integer of significant digits and a power of ten: value = sign × digits × 10^exponent. */
export interface Decimal {
  negative: boolean;
  digits: bigint;
  exponent: number;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Parses a plain decimal string such as "7.5", "-0.125" or "1e-7"; null when it is not one. */
export function parseDecimalString(text: string): Decimal | null {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return null;
  const [, sign = '', intPart = '', fracPart = '', exp = '0'] = match;
  if (intPart === '' && fracPart === '') return null;
  const exponent = Number(exp) - fracPart.length;
  if (!Number.isSafeInteger(exponent)) return null;
  return { negative: sign === '-', digits: BigInt(intPart + fracPart || '0'), exponent };
}

function decimalOfNumber(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`Giá trị không phải là số hữu hạn: ${String(x)}`);
  // String(x) is the shortest decimal that round-trips to x (ECMAScript Number::toString).
  const parsed = parseDecimalString(String(x));
  if (!parsed) throw new RangeError(`Không đọc được số: ${String(x)}`);
  return parsed;
}

/** Rounds a decimal to hundredths, half away from zero. */
export function decimalToHundredths(d: Decimal): number {
  const shift = d.exponent + 2;
  let magnitude: bigint;
  if (shift >= 0) {
    magnitude = d.digits * 10n ** BigInt(shift);
  } else {
    const divisor = 10n ** BigInt(-shift);
    magnitude = d.digits / divisor;
    if ((d.digits % divisor) * 2n >= divisor) magnitude += 1n;
  }
  const result = Number(magnitude);
  // Avoid -0: a negative value that rounds to zero is zero.
  return d.negative && result !== 0 ? -result : result;
}

/** True when the decimal has no non-zero digit beyond the second decimal place. */
export function decimalHasAtMostTwoDecimals(d: Decimal): boolean {
  const shift = d.exponent + 2;
  if (shift >= 0) return true;
  return d.digits % 10n ** BigInt(-shift) === 0n;
}

/** A shortest decimal form with at most two decimals and few enough digits to be exact in a double. */
const PLAIN_POINTS = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;

/**
 * The count of hundredths h when x is the double nearest h / 100, else null. Below 1e12 two such values are
 * never one double apart, so x's shortest decimal is then h / 100 itself: the exact reading gives h too.
 */
function wholeHundredths(x: number): number | null {
  if (!(x > -1e12 && x < 1e12)) return null;
  const h = Math.round(x * 100);
  return h / 100 === x ? h + 0 : null;
}

/** x in hundredths, rounded half away from zero like Excel's ROUND(x, 2). Throws on NaN and ±Infinity. */
export function toHundredths(x: number): number {
  // Most points are whole hundredths: no string, no BigInt (the merge counts every row twice).
  const whole = wholeHundredths(x);
  if (whole !== null) return whole;
  // Most other scores have two decimals at most: read them without the exact (BigInt) path.
  const plain = PLAIN_POINTS.exec(String(x));
  if (plain) {
    const h = Number(plain[2]) * 100 + Number((plain[3] ?? '').padEnd(2, '0'));
    return plain[1] === '-' && h !== 0 ? -h : h;
  }
  return decimalToHundredths(decimalOfNumber(x));
}

/** True when x is finite and has at most two decimals (as written in its shortest decimal form). */
export function hasAtMostTwoDecimals(x: number): boolean {
  if (!Number.isFinite(x)) return false;
  return wholeHundredths(x) !== null || decimalHasAtMostTwoDecimals(decimalOfNumber(x));
}

/** The number of points a count of hundredths stands for (the nearest double). */
export function fromHundredths(h: number): number {
  return h / 100;
}

const VI_POINTS = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** Vietnamese display of a number of points: 8550 -> "85,5", 8500 -> "85", 1 -> "0,01". */
export function formatPoints(h: number): string {
  return VI_POINTS.format(fromHundredths(h));
}

/** Hundredths as a canonical decimal string with a dot ("1.5", "8", "-0.05"): the JSON file form of a cap. */
export function hundredthsToDecimalString(h: number): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** n / d rounded half away from zero, exactly (BigInt): the ratio rule's ROUND from the exact quotient. d must not be 0. */
export function roundedQuotient(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  let q = an / ad;
  if ((an % ad) * 2n >= ad) q += 1n;
  return negative ? -q : q;
}

/** The same for whole numbers over a count (d ≥ 1): averages and attainment rates. Throws on a fraction; never -0. */
export function divideRounded(n: number, d: number): number {
  if (d < 1) throw new RangeError('Mẫu số phải dương.');
  return Number(roundedQuotient(BigInt(n), BigInt(d)));
}
