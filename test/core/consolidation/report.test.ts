/** The JSON report of a consolidation run (buildReport, through consolidate): each file's action and note, the deleted rows. */
import { consolidate } from '../../../src/core/consolidation/consolidate';
import type { Submission } from '../../../src/core/consolidation/submission';
import { agencyOf, regime, roster, subsOf, template } from '../../support/consolidation/forms';
import { submission } from '../../support/consolidation/submissions';

const NOW = '2026-11-25T02:00:00Z';
const so = agencyOf('so', 0);
const other = agencyOf('so', 1);
const selfs = (v: number) => Object.fromEntries(subsOf('so').map((s) => [s.code, v]));

function run(submissions: Submission[], previous: Parameters<typeof consolidate>[0]['previous'] = null) {
  return consolidate({ previous, submissions, template, regime, roster, now: NOW });
}

describe('the JSON report of a run', () => {
  it('gives each file its own action and note, matched by name and content', () => {
    const first = submission(so, selfs(1), 'so-1.xlsx', '2026-11-20T02:00:00Z', 'a'.repeat(64));
    // The same content under another name: one of the two is used, the other is a duplicate with a note.
    const copy = { ...first, fileName: 'so-1-ban-sao.xlsx' };
    const second = submission(other, selfs(0.5), 'so-2.xlsx', '2026-11-21T02:00:00Z', 'b'.repeat(64));
    const refused: Submission = {
      ...second,
      fileName: 'hong.xlsx',
      sha256: 'c'.repeat(64),
      outcome: 'rejected',
      data: null,
    };
    const report = run([first, copy, second, refused]).report;
    expect(report.files.map((f) => [f.file, f.action, f.note])).toEqual([
      ['so-1.xlsx', 'duplicate', 'Nội dung trùng hệt tệp “so-1-ban-sao.xlsx” trong cùng lần tổng hợp.'],
      ['so-1-ban-sao.xlsx', 'applied', ''],
      ['so-2.xlsx', 'applied', ''],
      ['hong.xlsx', 'rejected', ''],
    ]);
  });

  it('lists the rows removed from the data sheet by hand', () => {
    const first = run([submission(so, selfs(1), 'so-1.xlsx', '2026-11-20T02:00:00Z', 'a'.repeat(64))]);
    const gone = subsOf('so')[0]?.code;
    const state = first.merge.state;
    const edited = { ...state, rows: state.rows.filter((r) => r.subCode !== gone) };
    const again = run([], edited);
    expect(again.report.missingRows).toHaveLength(1);
    expect(again.report.missingRows).toEqual(again.merge.missingRows);
    expect(again.report.missingRows[0]).toContain(`${gone}`);
  });
});
