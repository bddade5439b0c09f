/** An appraised score without a reason counts, but is flagged in the register, the report and the run. */
import { consolidate } from '../../../src/core/consolidation/consolidate';
import { readConsolidationState } from '../../../src/core/consolidation/read-state';
import type { ConsolidationState } from '../../../src/core/consolidation/state';
import { agencyOf, regime, roster, subsOf, template } from '../../support/consolidation/forms';
import { returnedFromSpec } from '../../support/consolidation/returned';
import { submission } from '../../support/consolidation/submissions';

const so = agencyOf('so', 0);
const first = subsOf('so')[0]!;
const second = subsOf('so')[1]!;
const NOW = '2026-11-25T02:00:00Z';

function merged(): ConsolidationState {
  const s = submission(
    so,
    Object.fromEntries(subsOf('so').map((x) => [x.code, x.capHundredths / 100])),
    'so.xlsx',
    '2026-11-15T01:00:00Z',
    'a'.repeat(64),
  );
  return consolidate({ previous: null, submissions: [s], template, regime, roster, now: NOW }).merge.state;
}

function appraised(
  state: ConsolidationState,
  code: string,
  value: number,
  reason: string,
): ConsolidationState {
  return {
    ...state,
    rows: state.rows.map((r) =>
      r.agencyCode === so.code && r.subCode === code ? { ...r, appraised: value, reason } : r,
    ),
  };
}

function readBack(run: ReturnType<typeof consolidate>): ConsolidationState {
  const read = readConsolidationState(returnedFromSpec(run.spec, 'xep-hang.xlsx'), regime);
  if (!read.ok) throw new Error(read.message);
  return read.state;
}

test('is listed in the run, the report and the agency’s register row, with the score it counts', () => {
  const state = appraised(appraised(merged(), first.code, 0, '  '), second.code, 0.5, 'Thiếu minh chứng');
  const run = consolidate({ previous: state, submissions: [], template, regime, roster, now: NOW });
  expect(run.unexplained.map((u) => [u.agencyCode, u.subCode])).toEqual([[so.code, first.code]]);
  expect(run.unexplained[0]?.text).toMatch(
    new RegExp(`tiêu chí ${first.code.replace('.', '\\.')} có điểm thẩm định 0 nhưng chưa ghi lý do`),
  );
  expect(run.report.appraisalsWithoutReason).toHaveLength(1);
  const row = run.report.register.find((r) => r.agencyCode === so.code);
  expect(row?.problems.some((p) => p.includes('chưa ghi lý do'))).toBe(true);
  const total = run.tables[0]?.rows.find((r) => r.code === so.code)?.totalHundredths;
  expect(total).toBe(
    subsOf('so').reduce((s, x) => s + x.capHundredths, 0) - first.capHundredths - second.capHundredths + 50,
  );
});

test('the note is derived anew on each write, never kept as a problem of the file', () => {
  const run1 = consolidate({
    previous: appraised(merged(), first.code, 1, ''),
    submissions: [],
    template,
    regime,
    roster,
    now: NOW,
  });
  const back = readBack(run1);
  expect(back.sources.find((s) => s.agencyCode === so.code)?.problems).toEqual([]);
  const run2 = consolidate({
    previous: appraised(back, first.code, 1, 'Đã kiểm tra thực tế'),
    submissions: [],
    template,
    regime,
    roster,
    now: NOW,
  });
  expect(run2.unexplained).toEqual([]);
  expect(run2.report.register.find((r) => r.agencyCode === so.code)?.problems).toEqual([]);
});
