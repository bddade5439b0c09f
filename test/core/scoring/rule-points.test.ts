/** Computed points: every rule exactly, in hundredths, clamped to [0, cap]; logic checks over the figures. */
import fc from 'fast-check';
import { readFigure } from '../../../src/core/scoring/figure-value';
import { checkOutcome, readFigures, rulePoints } from '../../../src/core/scoring/rule-points';
import type { Figure, LogicCheck, ScoringRule } from '../../../src/core/template/figure-types';
import { propertyRuns } from '../../support/property-runs';

const whole = (key: string, max?: number): Figure => ({
  key,
  label: key,
  type: 'integer',
  evidenceRequired: false,
  ...(max !== undefined ? { max } : {}),
});
const figs: Figure[] = [
  whole('n'),
  whole('d'),
  { key: 'p', label: 'p', type: 'percent', evidenceRequired: false },
  { key: 'yn', label: 'yn', type: 'yesno', partly: true, evidenceRequired: false },
  { key: 'lv', label: 'lv', type: 'choice', options: ['Mức 4', 'Mức 3'], evidenceRequired: false },
];
const points = (
  rule: Exclude<ScoringRule, { kind: 'manual' }>,
  cap: number,
  inputs: Record<string, unknown>,
): number => rulePoints(rule, cap, readFigures(figs, inputs)).pointsHundredths;

/** Reference for the ratio written apart from the code: the exact quotient with decimal strings, rounded half up. */
function referenceRatio(n: number, d: number, capHundredths: number): number {
  const scaled = (BigInt(n) * BigInt(capHundredths) * 10n) / BigInt(d); // tenths of a hundredth, truncated
  const exactHalfOrMore = scaled % 10n >= 5n;
  return Math.min(capHundredths, Number(scaled / 10n) + (exactHalfOrMore ? 1 : 0));
}

describe('ratio rule', () => {
  const ratio: Exclude<ScoringRule, { kind: 'manual' }> = { kind: 'ratio', numerator: 'n', denominator: 'd' };

  it('rounds the exact quotient half away from zero, never a float', () => {
    expect(points(ratio, 100, { n: 1, d: 8 })).toBe(13); // 12,5 hundredths
    expect(points(ratio, 100, { n: 3, d: 8 })).toBe(38);
    expect(points(ratio, 150, { n: 1, d: 16 })).toBe(9); // 9,375
    expect(points(ratio, 200, { n: 1, d: 3 })).toBe(67);
    expect(points(ratio, 200, { n: 1, d: 400 })).toBe(1); // 0,5 hundredth
    expect(points(ratio, 200, { n: 1, d: 401 })).toBe(0);
  });

  it('scores nothing, and says so, when the denominator is 0 or a figure is missing', () => {
    expect(rulePoints(ratio, 200, readFigures(figs, { n: 5, d: 0 }))).toEqual({
      pointsHundredths: 0,
      figuresValid: true,
      zeroDenominator: true,
    });
    expect(rulePoints(ratio, 200, readFigures(figs, { n: 5 }))).toEqual({
      pointsHundredths: 0,
      figuresValid: false,
      zeroDenominator: false,
    });
    expect(points(ratio, 200, { n: 5, d: '10' })).toBe(0);
    expect(points(ratio, 200, { n: 2.5, d: 10 })).toBe(0);
  });

  it('clamps a numerator above the denominator to the cap', () => {
    expect(points(ratio, 200, { n: 12, d: 10 })).toBe(200);
  });

  it('gives full marks from, and nothing below, the thresholds, exactly on them', () => {
    const r: Exclude<ScoringRule, { kind: 'manual' }> = {
      ...ratio,
      fullFromHundredths: 9000,
      zeroBelowHundredths: 3333,
    };
    expect(points(r, 200, { n: 9, d: 10 })).toBe(200);
    expect(points(r, 200, { n: 899, d: 1000 })).toBe(180); // 1,798
    expect(points(r, 200, { n: 3333, d: 10000 })).toBe(67);
    expect(points(r, 200, { n: 3332, d: 10000 })).toBe(0);
    expect(points(r, 200, { n: 1, d: 3 })).toBe(67); // 33,33… % ≥ 33,33 %
  });

  it('matches the reference and stays in [0, cap] for random counts', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100000 }),
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 1, max: 10000 }),
        (n, d, cap) => {
          const got = points(ratio, cap, { n, d });
          expect(got).toBe(referenceRatio(n, d, cap));
          expect(got).toBeGreaterThanOrEqual(0);
          expect(got).toBeLessThanOrEqual(cap);
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });
});

describe('tiers, count, yes/no and choice rules', () => {
  const tiers: Exclude<ScoringRule, { kind: 'manual' }> = {
    kind: 'tiers',
    figure: 'p',
    tiers: [
      { from: 50, pointsHundredths: 100 },
      { from: 70, pointsHundredths: 150 },
      { from: 90, pointsHundredths: 200 },
    ],
  };

  it('gives a tier from exactly its threshold, the one below just under it', () => {
    expect([49.99, 50, 69.99, 70, 89.99, 90, 100].map((p) => points(tiers, 200, { p }))).toEqual([
      0, 100, 100, 150, 150, 200, 200,
    ]);
    expect(points(tiers, 200, { p: 90.005 })).toBe(0); // more than 2 decimals: not a valid percentage
    expect(points(tiers, 200, { p: 101 })).toBe(0);
  });

  it('counts points per unit up to the cap', () => {
    const count: Exclude<ScoringRule, { kind: 'manual' }> = {
      kind: 'count',
      figure: 'n',
      perUnitHundredths: 25,
    };
    expect([0, 1, 3, 4, 5, 1000].map((n) => points(count, 100, { n }))).toEqual([0, 25, 75, 100, 100, 100]);
  });

  it('reads yes/no answers like Excel compares them (spaces trimmed, any case), with the partial score', () => {
    const yn: Exclude<ScoringRule, { kind: 'manual' }> = {
      kind: 'yesno',
      figure: 'yn',
      partialHundredths: 75,
    };
    expect(
      ['Có', ' có ', 'CÓ', 'Một  phần', 'Không', 'Co', 'x', true, 1].map((v) => points(yn, 150, { yn: v })),
    ).toEqual([150, 150, 150, 75, 0, 0, 0, 0, 0]);
  });

  it('gives each chosen option its points, an option without points 0', () => {
    const choice: Exclude<ScoringRule, { kind: 'manual' }> = {
      kind: 'choice',
      figure: 'lv',
      options: [{ option: 'Mức 4', pointsHundredths: 200 }],
    };
    expect(['Mức 4', 'mức 4', 'Mức 3', 'Mức 2', null].map((lv) => points(choice, 200, { lv }))).toEqual([
      200, 200, 0, 0, 0,
    ]);
  });
});

describe('figures and logic checks', () => {
  it('tells a blank, text, fraction, negative, over-bound and unlisted value apart', () => {
    const f = whole('x', 500);
    expect([null, '  ', '12', 1.5, -1, 501, true].map((v) => readFigure(f, v))).toEqual([
      { ok: false, code: 'blank' },
      { ok: false, code: 'blank' },
      { ok: false, code: 'not-a-number' },
      { ok: false, code: 'not-whole' },
      { ok: false, code: 'out-of-bounds' },
      { ok: false, code: 'out-of-bounds' },
      { ok: false, code: 'not-a-number' },
    ]);
    expect(readFigure(figs[2]!, 12.345)).toEqual({ ok: false, code: 'too-many-decimals' });
    expect(readFigure(figs[3]!, 'Có lẽ')).toEqual({ ok: false, code: 'not-in-list' });
  });

  const check = (c: Record<string, unknown>, inputs: Record<string, unknown>) =>
    checkOutcome(
      { ...c, message: 'm', severity: 'error' } as unknown as LogicCheck,
      readFigures([...figs, whole('c')], inputs),
    );

  it('passes, fails, or waits for figures', () => {
    expect([
      check({ kind: 'le', a: 'n', b: 'd' }, { n: 5, d: 5 }),
      check({ kind: 'le', a: 'n', b: 'd' }, { n: 6, d: 5 }),
      check({ kind: 'le', a: 'n', b: 'd' }, { n: 6 }),
    ]).toEqual(['pass', 'fail', 'incomplete']);
    expect(check({ kind: 'ge', a: 'n', b: 'd' }, { n: 4, d: 5 })).toBe('fail');
    expect([
      check({ kind: 'sum', a: 'p', b: 'n', c: 'c' }, { p: 30, n: 10, c: 20 }),
      check({ kind: 'sum', a: 'p', b: 'n', c: 'c' }, { p: 30.01, n: 10, c: 20 }),
    ]).toEqual(['pass', 'fail']);
    // Decimals whose binary sum is inexact (0,1 + 0,2 ≠ 0,3 in floating point) still add up, as ROUND(a-b-c;2)=0 does.
    const decimals = ['t', 'u', 'v'].map((key): Figure => ({
      key,
      label: key,
      type: 'decimal',
      evidenceRequired: false,
    }));
    const sum = (t: number, u: number, v: number) =>
      checkOutcome(
        { kind: 'sum', a: 't', b: 'u', c: 'v', message: 'm', severity: 'error' } as unknown as LogicCheck,
        readFigures(decimals, { t, u, v }),
      );
    expect([sum(0.3, 0.1, 0.2), sum(3.3, 1.1, 2.2), sum(0.8, 0.7, 0.1), sum(0.3, 0.1, 0.19)]).toEqual([
      'pass',
      'pass',
      'pass',
      'fail',
    ]);
    expect([
      check({ kind: 'requiredWhen', a: 'n', b: 'd' }, { d: 5 }),
      check({ kind: 'requiredWhen', a: 'n', b: 'd' }, {}),
      check({ kind: 'requiredWhen', a: 'n', b: 'd' }, { d: 5, n: 'abc' }),
    ]).toEqual(['fail', 'pass', 'pass']);
    expect([
      check({ kind: 'within', a: 'n', max: 365 }, { n: 365 }),
      check({ kind: 'within', a: 'n', min: 1, max: 365 }, { n: 0 }),
    ]).toEqual(['pass', 'fail']);
  });
});
