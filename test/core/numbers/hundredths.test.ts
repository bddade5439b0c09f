import fc from 'fast-check';
import {
  decimalHasAtMostTwoDecimals,
  decimalToHundredths,
  formatPoints,
  fromHundredths,
  hasAtMostTwoDecimals,
  hundredthsToDecimalString,
  parseDecimalString,
  roundedQuotient,
  divideRounded,
  toHundredths,
} from '../../../src/core/numbers/hundredths';
import { propertyRuns } from '../../support/property-runs';

/** Independent reference: round a plain decimal string to hundredths, half away from zero, with digit arithmetic only. */
function referenceHundredths(text: string): bigint {
  const negative = text.startsWith('-');
  const [intPart = '0', fracPart = ''] = text.replace(/^-/, '').split('.');
  const padded = fracPart.padEnd(3, '0');
  let magnitude = BigInt(intPart) * 100n + BigInt(padded.slice(0, 2));
  if (Number(padded[2]) >= 5) magnitude += 1n;
  return negative ? -magnitude : magnitude;
}

const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 999_999_999n }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 5 }),
  )
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}`);

describe('toHundredths', () => {
  it('rounds halves away from zero like Excel ROUND, on the written decimal', () => {
    expect(toHundredths(1.005)).toBe(101);
    expect(toHundredths(-2.345)).toBe(-235);
    expect(toHundredths(84.995)).toBe(8500);
    expect(toHundredths(0.125)).toBe(13);
    expect(toHundredths(-0.125)).toBe(-13);
    expect(toHundredths(69.994)).toBe(6999);
    expect(toHundredths(1e-7)).toBe(0);
    expect(toHundredths(2.5e-10)).toBe(0); // a two-digit exponent in its shortest form
    expect(toHundredths(-7.5e-11)).toBe(0);
    expect(Object.is(toHundredths(-0.001), 0)).toBe(true);
    expect(toHundredths(1.5e3)).toBe(150000);
  });

  it('agrees with a digit-by-digit decimal reference on random decimals', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        expect(BigInt(toHundredths(Number(text)))).toBe(referenceHundredths(text));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('reads points of 10¹² and more (past the whole-hundredths shortcut) with their decimals', () => {
    expect(toHundredths(1e12 + 0.5)).toBe(100_000_000_000_050);
    expect(toHundredths(-1_234_567_890_123.45)).toBe(-123_456_789_012_345);
    expect(toHundredths(9_999_999_999_999.9)).toBe(999_999_999_999_990);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1_000_000_000_000n, max: 9_999_999_999_999n }),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 2 }),
        (int, frac) => {
          const text = `${int}.${frac}`;
          expect(BigInt(toHundredths(Number(text)))).toBe(referenceHundredths(text));
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });

  it('gives the exact reading of the shortest decimal for any finite number: its shortcuts never change a result', () => {
    const exact = (x: number): number => {
      const d = parseDecimalString(String(x));
      if (!d) throw new Error(`unreadable ${x}`);
      return decimalToHundredths(d);
    };
    const values = fc.oneof(
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((h) => h / 100),
      fc.integer({ min: -(10 ** 6), max: 10 ** 6 }).map((h) => h / 1000),
      fc.constantFrom(-0, 0, 1e12, -1e12, 1e12 - 0.01, -1e12 + 0.01, 1e13 - 0.01, -(1e13 - 0.01), 5e-324),
    );
    fc.assert(
      fc.property(values, (x) => {
        expect(toHundredths(x)).toBe(exact(x));
      }),
      { numRuns: propertyRuns(3000) },
    );
    expect(Object.is(toHundredths(-0), 0)).toBe(true);
  });

  it('throws on values that are not finite', () => {
    expect(() => toHundredths(Number.NaN)).toThrow();
    expect(() => toHundredths(Number.POSITIVE_INFINITY)).toThrow();
  });

  it('is the inverse of fromHundredths for every integer count of hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (h) => {
        expect(toHundredths(fromHundredths(h))).toBe(h);
        expect(hasAtMostTwoDecimals(fromHundredths(h))).toBe(true);
        expect(Number(hundredthsToDecimalString(h))).toBe(fromHundredths(h));
      }),
    );
  });
});

describe('hasAtMostTwoDecimals', () => {
  it('tells two-decimal values from finer ones', () => {
    expect(hasAtMostTwoDecimals(7.5)).toBe(true);
    expect(hasAtMostTwoDecimals(0.07)).toBe(true);
    expect(hasAtMostTwoDecimals(12)).toBe(true);
    // Past 10¹² the whole-hundredths shortcut does not answer: the exact reading does.
    expect([1e13, 5e20, 1e12 + 0.5, 1e12 + 0.125].map(hasAtMostTwoDecimals)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(hasAtMostTwoDecimals(7.505)).toBe(false);
    expect(hasAtMostTwoDecimals(1e-7)).toBe(false);
    expect(hasAtMostTwoDecimals(Number.NaN)).toBe(false);
  });
});

describe('formatPoints', () => {
  it('prints points the Vietnamese way, with a decimal comma and no useless zeros', () => {
    expect(formatPoints(8550)).toBe('85,5');
    expect(formatPoints(8500)).toBe('85');
    expect(formatPoints(1)).toBe('0,01');
    expect(formatPoints(123456)).toBe('1.234,56');
  });
});

describe('hundredthsToDecimalString', () => {
  it('writes caps the way a JSON file holds them', () => {
    expect(hundredthsToDecimalString(150)).toBe('1.5');
    expect(hundredthsToDecimalString(800)).toBe('8');
    expect(hundredthsToDecimalString(-5)).toBe('-0.05');
    expect(hundredthsToDecimalString(1234)).toBe('12.34');
  });
});

describe('roundedQuotient', () => {
  it('rounds an exact quotient half away from zero, whatever the signs', () => {
    expect([
      roundedQuotient(1n, 8n), // 0,125
      roundedQuotient(5n, 2n), // 2,5
      roundedQuotient(-5n, 2n),
      roundedQuotient(5n, -2n),
      roundedQuotient(-5n, -2n),
      roundedQuotient(7n, 3n), // 2,33…
      roundedQuotient(-7n, 3n),
      roundedQuotient(0n, 9n),
    ]).toEqual([0n, 3n, -3n, -3n, 3n, 2n, -2n, 0n]);
  });

  it('refuses a zero divisor', () => {
    expect(() => roundedQuotient(1n, 0n)).toThrow(RangeError);
  });
});

describe('divideRounded', () => {
  it('rounds a quotient half away from zero, never to minus zero', () => {
    // 8550 + 7025 + 9000 over 3 agencies = 8191,67 → 8192, as the documents state an average.
    expect(divideRounded(8550 + 7025 + 9000, 3)).toBe(8192);
    expect([divideRounded(7, 2), divideRounded(-7, 2), divideRounded(-1, 3), divideRounded(2, 3)]).toEqual([
      4, -4, 0, 1,
    ]);
    expect(Object.is(divideRounded(-1, 3), 0)).toBe(true);
    expect(divideRounded(5, 1)).toBe(5);
  });

  it('refuses a divisor below 1 or a fraction instead of rounding it away', () => {
    expect(() => divideRounded(1, 0)).toThrow('Mẫu số phải dương.');
    expect(() => divideRounded(1, -2)).toThrow(RangeError);
    expect(() => divideRounded(1.5, 2)).toThrow(RangeError);
  });
});

describe('parseDecimalString', () => {
  it('splits a decimal into its digits and power of ten', () => {
    expect(parseDecimalString('-7.25')).toEqual({ negative: true, digits: 725n, exponent: -2 });
    expect(parseDecimalString('+.5')).toEqual({ negative: false, digits: 5n, exponent: -1 });
    expect(parseDecimalString('3.')).toEqual({ negative: false, digits: 3n, exponent: 0 });
    expect(parseDecimalString('12e3')).toEqual({ negative: false, digits: 12n, exponent: 3 });
    expect(parseDecimalString('1.5E-7')).toEqual({ negative: false, digits: 15n, exponent: -8 });
  });

  it('refuses text with no digits or an exponent beyond any number', () => {
    for (const text of ['', '.', '-', '-.', 'e5', '1e', '1,5', '1.2.3', ' 1', '1e99999999999999999999'])
      expect(parseDecimalString(text)).toBeNull();
  });

  it('rounds the decimal to hundredths exactly, even beyond a double', () => {
    const d = parseDecimalString('0.004999999999999999999999');
    expect(d && decimalToHundredths(d)).toBe(0);
    const e = parseDecimalString('-0.005');
    expect(e && decimalToHundredths(e)).toBe(-1);
  });
});

describe('not-finite values', () => {
  it('say in Vietnamese which value is not a number', () => {
    expect(() => toHundredths(Number.NaN)).toThrow('Giá trị không phải là số hữu hạn: NaN');
  });
});

describe('exact decimals written with trailing zeros', () => {
  it('still have at most two decimals', () => {
    const d = parseDecimalString('7.500');
    expect(d && decimalHasAtMostTwoDecimals(d)).toBe(true);
    const e = parseDecimalString('7.501');
    expect(e && decimalHasAtMostTwoDecimals(e)).toBe(false);
  });
});
