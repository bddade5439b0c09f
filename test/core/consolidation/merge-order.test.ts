/** The merge's choice of files does not depend on the order the files are given in. */
import fc from 'fast-check';
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { chooseWinner, type Candidate } from '../../../src/core/consolidation/merge/winner';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState } from '../../../src/core/consolidation/state';
import type { Submission } from '../../../src/core/consolidation/submission';
import type { Agency } from '../../../src/core/roster/types';
import { agencyOf, regime, roster, subsOf, template, YEAR } from '../../support/consolidation/forms';
import { submission } from '../../support/consolidation/submissions';
import { propertyRuns } from '../../support/property-runs';

const start = () => emptyState(YEAR, template.regimeId, template.id, template.version);
const NOW = '2026-11-25T02:00:00Z';
const agencies: Agency[] = [agencyOf('so', 0), agencyOf('so', 1), agencyOf('huyen', 0)];

// Few agencies, days, names and contents: ties of receipt time and of file name are frequent.
const fileArb = fc.record({
  agency: fc.constantFrom(...agencies),
  day: fc.integer({ min: 10, max: 12 }),
  name: fc.constantFrom('phieu.xlsx', 'phieu-moi.xlsx', 'so.xlsx'),
  content: fc.integer({ min: 0, max: 5 }),
  self: fc.integer({ min: 0, max: 800 }).map((h) => h / 100),
  /** Also given again under another name (same bytes), or the very same file twice. */
  copy: fc.constantFrom('none', 'renamed', 'twice'),
});

type FileArb = typeof fileArb extends fc.Arbitrary<infer F> ? F : never;

function toSubmissions(files: FileArb[]): Submission[] {
  return files.flatMap((f, i) => {
    const selfs: Record<string, number> = {};
    for (const s of subsOf(f.agency.group)) selfs[s.code] = f.self;
    // Equal hashes only for equal contents, as SHA-256 gives: the hash covers every entry.
    const sha = `${f.agency.code}-${f.content}-${f.day}-${Math.round(f.self * 100)}`.padEnd(64, '0');
    const at = `2026-11-${f.day}T01:00:00Z`;
    const one = submission(f.agency, { ...selfs, '1.1': f.content }, f.name, at, sha);
    if (f.copy === 'renamed') return [one, { ...one, fileName: `ban-sao-${i}.xlsx` }];
    return f.copy === 'twice' ? [one, one] : [one];
  });
}

function tablesOf(state: ReturnType<typeof mergeSubmissions>['state']) {
  return buildConsolidationWorkbook(state, template, regime, roster).tables;
}

describe('merge order', () => {
  test('shuffled submissions give the same winners, the same state and the same tables', () => {
    fc.assert(
      fc.property(
        fc.array(fileArb, { minLength: 1, maxLength: 7 }).chain((files) => {
          const subs = toSubmissions(files);
          return fc.tuple(fc.constant(subs), fc.shuffledSubarray(subs, { minLength: subs.length }));
        }),
        ([given, shuffled]) => {
          const a = mergeSubmissions(start(), given, template, NOW);
          const b = mergeSubmissions(start(), shuffled, template, NOW);
          expect(b.state.sources).toEqual(a.state.sources);
          expect(b.state).toEqual(a.state);
          expect(b.files).toEqual(a.files);
          expect(tablesOf(b.state)).toEqual(tablesOf(a.state));
        },
      ),
      { numRuns: propertyRuns(60) },
    );
  });

  test('the winner of a pool is the same whatever its order', () => {
    const candidateArb = fc.record({
      fileName: fc.constantFrom('a.xlsx', 'b.xlsx'),
      sha256: fc.constantFrom('1', '2', '3'),
      receivedAt: fc.constantFrom('2026-11-10T00:00:00Z', '2026-11-11T00:00:00Z'),
      submission: fc.constant(null),
    });
    fc.assert(
      fc.property(
        fc
          .uniqueArray(candidateArb, {
            minLength: 1,
            maxLength: 6,
            selector: (c: Candidate) => `${c.fileName}|${c.sha256}|${c.receivedAt}`,
          })
          .chain((pool) =>
            fc.tuple(fc.constant(pool), fc.shuffledSubarray(pool, { minLength: pool.length })),
          ),
        ([pool, shuffled]) => {
          expect(chooseWinner(shuffled)).toEqual(chooseWinner(pool));
        },
      ),
    );
  });
});
