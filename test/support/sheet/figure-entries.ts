/** Random values a user (or another program) can leave in a figure's cell, weighted towards edges. */
import fc from 'fast-check';
import { figureOptions } from '../../../src/core/scoring/figure-value';
import type { Figure } from '../../../src/core/template/figure-types';

const junk: fc.Arbitrary<unknown> = fc.constantFrom(null, '', '   ', 'x', '12', true, false, -1, 2.5);

export function figureEntry(f: Figure): fc.Arbitrary<unknown> {
  switch (f.type) {
    case 'integer':
      // Small counts so that ratios hit 0, equality, numerator above denominator and thresholds often.
      return fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }) },
        { weight: 2, arbitrary: fc.integer({ min: 0, max: 2000 }) },
        { weight: 2, arbitrary: junk },
      );
    case 'percent':
    case 'decimal':
      return fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 0, max: 10000 }).map((h) => h / 100) },
        { weight: 2, arbitrary: fc.constantFrom(49.99, 50, 69.99, 70, 89.99, 90, 100, 100.01, 12.345) },
        { weight: 1, arbitrary: junk },
      );
    case 'yesno':
    case 'choice':
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...figureOptions(f)) },
        { weight: 1, arbitrary: fc.constantFrom(...figureOptions(f)).map((o) => ` ${o.toUpperCase()} `) },
        { weight: 2, arbitrary: junk },
      );
    default:
      return junk;
  }
}

export function figuresArbitrary(figures: readonly Figure[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(figures.map((f) => [f.key, figureEntry(f)])));
}
