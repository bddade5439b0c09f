/** Random entries a user (or a paste) can leave in the form, weighted towards the awkward ones. */
import fc from 'fast-check';
import type { SurveyRowLayout } from '../../../src/core/sheet/survey';

export interface FillOptions {
  /** TRUE/FALSE entries (default: included). */
  booleans?: boolean;
}

/** Entries a user (or a paste) can leave in a score cell, weighted towards the awkward ones. */
export function scoreEntry(capHundredths: number, options: FillOptions = {}): fc.Arbitrary<unknown> {
  const cap = capHundredths / 100;
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: capHundredths }).map((h) => h / 100) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 2000 }).map((h) => cap + h / 100) },
    { weight: 2, arbitrary: fc.integer({ min: -2000, max: -1 }).map((h) => h / 100) },
    { weight: 2, arbitrary: fc.integer({ min: -500, max: capHundredths * 10 + 500 }).map((t) => t / 1000) },
    // Halves at the third decimal: where a naive Math.round(x*100) and Excel's ROUND disagree.
    {
      weight: 2,
      arbitrary: fc
        .integer({ min: 0, max: capHundredths - 1 })
        .map((h) => Number(`${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}5`)),
    },
    { weight: 1, arbitrary: fc.constantFrom('7,5', '7.5', ' 2,25 ', 'không', 'x', '1e2') },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 0, max: capHundredths }).map((h) => String(h / 100).replace('.', ',')),
    },
    { weight: 2, arbitrary: fc.constantFrom(null, '', '   ') },
    ...(options.booleans === false ? [] : [{ weight: 1, arbitrary: fc.boolean() as fc.Arbitrary<unknown> }]),
  );
}

export const evidenceEntry: fc.Arbitrary<unknown> = fc.constantFrom(
  null,
  '',
  '  ',
  'Quyết định số 12/QĐ-UBND ngày 05/3/2026',
  'https://example.gov.vn/vb/1',
);

export function fillArbitrary(
  rows: SurveyRowLayout[],
  options: FillOptions = {},
): fc.Arbitrary<{ score: unknown; evidence: unknown }[]> {
  return fc.tuple(
    ...rows.map((r) => fc.record({ score: scoreEntry(r.capHundredths, options), evidence: evidenceEntry })),
  );
}
