/** One consolidation run: what it adds to the log when the roster changed as well. */
import { consolidate } from '../../../src/core/consolidation/consolidate';
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { emptyState, type ConsolidationState } from '../../../src/core/consolidation/state';
import { agencyOf, regime, roster, subsOf, template, YEAR } from '../../support/consolidation/forms';
import { submission } from '../../support/consolidation/submissions';

describe('consolidate after a change of roster', () => {
  const agency = agencyOf('so', 0);
  // Run before each test, not once per block, so Stryker counts the run as covered by the tests
  // that read it and runs only those for a mutant in it (a block-level run is "static").
  let previous: ConsolidationState;
  let run: ReturnType<typeof consolidate>;
  beforeEach(() => {
    const empty = emptyState(YEAR, template.regimeId, template.id, template.version);
    const sub = submission(agency, {}, 'so-a.xlsx', '2026-11-10T00:00:00Z', 'a'.repeat(64));
    const merged = mergeSubmissions(empty, [sub], template, '2026-11-20T02:00:00Z').state;
    const code = subsOf('so')[0]?.code;
    // An appraiser scored a sub-criterion in the workbook since that merge.
    previous = {
      ...merged,
      rows: merged.rows.map((r) =>
        r.agencyCode === agency.code && r.subCode === code
          ? { ...r, appraised: 1, reason: 'Đã kiểm tra' }
          : r,
      ),
    };
    // The roster stored before lacked the last agency of the built-in one.
    const previousRoster = {
      origin: { kind: 'file', fileName: 'cu.csv' } as const,
      agencies: roster.slice(0, -1),
    };
    run = consolidate({
      previous,
      previousRoster,
      submissions: [],
      template,
      regime,
      roster,
      now: '2026-11-25T02:00:00Z',
    });
  });

  // The pane tells the appraisers' edits logged by a run from `merge.added`.
  it('counts every entry it added, the appraisers’ edits and the change of roster', () => {
    expect(run.merge.added).toEqual(run.merge.state.audit.slice(previous.audit.length));
    expect(run.merge.added.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['appraisal-changed', 'roster-changed']),
    );
  });

  it('names no file in the log when the new roster is the built-in one', () => {
    const entry = run.merge.added.find((e) => e.kind === 'roster-changed');
    expect(entry).toMatchObject({ agencyCode: '', subCode: '', fileName: '' });
  });
});
