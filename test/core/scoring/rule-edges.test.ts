/** Rule and check edges the form's formulas share: equal figures, bounds met exactly, a usable ratio. */
import { checkOutcome, readFigures, rulePoints } from '../../../src/core/scoring/rule-points';
import type { Figure, LogicCheck } from '../../../src/core/template/figure-types';

const whole = (key: string): Figure => ({ key, label: key, type: 'integer', evidenceRequired: false });
const figs = [whole('n'), whole('d')];
const outcome = (c: Record<string, unknown>, inputs: Record<string, unknown>) =>
  checkOutcome({ ...c, message: 'm', severity: 'error' } as unknown as LogicCheck, readFigures(figs, inputs));

describe('logic checks at their edges', () => {
  it('a ≥ b and a ≤ b pass for equal figures', () => {
    expect(outcome({ kind: 'ge', a: 'n', b: 'd' }, { n: 5, d: 5 })).toBe('pass');
    expect(outcome({ kind: 'le', a: 'n', b: 'd' }, { n: 5, d: 5 })).toBe('pass');
    expect(outcome({ kind: 'ge', a: 'n', b: 'd' }, { n: 6, d: 5 })).toBe('pass');
  });

  it('a figure exactly on a bound is within it; either bound may be absent', () => {
    expect(outcome({ kind: 'within', a: 'n', min: 3 }, { n: 3 })).toBe('pass');
    expect(outcome({ kind: 'within', a: 'n', min: 3 }, { n: 2 })).toBe('fail');
    expect(outcome({ kind: 'within', a: 'n', min: 3 }, { n: 1000 })).toBe('pass');
    expect(outcome({ kind: 'within', a: 'n', max: 10 }, { n: 0 })).toBe('pass');
    expect(outcome({ kind: 'within', a: 'n', min: 3, max: 10 }, { n: 11 })).toBe('fail');
    expect(outcome({ kind: 'within', a: 'n', min: 3 }, {})).toBe('incomplete');
  });
});

describe('a ratio with a usable denominator', () => {
  it('is not flagged as a division by zero', () => {
    expect(
      rulePoints({ kind: 'ratio', numerator: 'n', denominator: 'd' }, 200, readFigures(figs, { n: 1, d: 2 })),
    ).toEqual({ pointsHundredths: 100, figuresValid: true, zeroDenominator: false });
  });
});
