/** The pane's file list: rejected files first, then warnings, then good ones, and the three counts. */
import type { Submission } from '../../src/core/consolidation/submission';
import { addToBatch } from '../../src/taskpane/consolidation/file-batch';
import {
  countOutcomes,
  displayOrder,
  rowsFromReport,
  rowsFromSubmissions,
} from '../../src/taskpane/consolidation/file-rows';

function submission(fileName: string, outcome: Submission['outcome']): Submission {
  return {
    fileName,
    sha256: fileName,
    byteLength: 1,
    receivedAt: '2026-11-15T00:00:00Z',
    outcome,
    agencyCode: null,
    data: null,
    problems:
      outcome === 'accepted'
        ? []
        : [
            {
              code: 'blank',
              severity: outcome === 'rejected' ? 'error' : 'warning',
              message: `Tệp “${fileName}”: …`,
            },
          ],
  };
}

describe('the list of checked files', () => {
  const subs = [
    submission('so-y-te.xlsx', 'accepted'),
    submission('b.xlsx', 'rejected'),
    submission('huyen-10.xlsx', 'accepted-with-warnings'),
    submission('huyen-9.xlsx', 'accepted-with-warnings'),
    submission('a.xlsx', 'rejected'),
  ];

  it('counts good, warned and rejected files', () => {
    expect(countOutcomes(rowsFromSubmissions(subs, null))).toEqual({ accepted: 1, warnings: 2, rejected: 2 });
  });

  it('puts rejected files first, then warnings, ordering names as people read numbers', () => {
    expect(displayOrder(rowsFromSubmissions(subs, null)).map((r) => r.fileName)).toEqual([
      'a.xlsx',
      'b.xlsx',
      'huyen-9.xlsx',
      'huyen-10.xlsx',
      'so-y-te.xlsx',
    ]);
  });

  it('keeps every problem message, and after a merge what was done with each file', () => {
    const rows = rowsFromReport(
      [
        {
          file: 'a.xlsx',
          sha256: 'x',
          receivedAt: '',
          outcome: 'accepted',
          action: 'unchanged',
          agencyCode: 'SO-Y-TE',
          note: 'Nội dung trùng.',
          problems: [],
        },
      ],
      null,
    );
    expect(rows[0]).toMatchObject({
      fileName: 'a.xlsx',
      action: 'unchanged',
      note: 'Nội dung trùng.',
      agencyCode: 'SO-Y-TE',
    });
    expect(rowsFromSubmissions(subs, null)[1]?.problems).toEqual([
      { message: 'Tệp “b.xlsx”: …', severity: 'error' },
    ]);
  });
});

describe('collecting files in several goes', () => {
  const f = (name: string, size = 10, lastModified = 1) => ({ name, size, lastModified });
  it('adds new files after the ones already chosen and keeps the very same file once', () => {
    const batch = addToBatch([f('a.xlsx'), f('b.xlsx')], [f('b.xlsx'), f('c.xlsx'), f('c.xlsx')]);
    expect(batch.map((x) => x.name)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
  });
  it('keeps two files of the same name that differ (a corrected file sent again)', () => {
    expect(addToBatch([f('a.xlsx', 10, 1)], [f('a.xlsx', 12, 2)])).toHaveLength(2);
  });

  it('tells before the merge which files came after the return-by day (Vietnam time)', () => {
    const at = (fileName: string, receivedAt: string): Submission => ({
      ...submission(fileName, 'accepted'),
      receivedAt,
    });
    const rows = rowsFromSubmissions(
      [
        at('dung-han.xlsx', '2026-11-20T16:59:59Z'), // 23:59:59 on 20/11 in Vietnam
        at('muon.xlsx', '2026-11-20T17:00:00Z'), // 00:00 on 21/11 in Vietnam
      ],
      '2026-11-20',
    );
    expect(rows.map((r) => [r.fileName, r.late])).toEqual([
      ['dung-han.xlsx', false],
      ['muon.xlsx', true],
    ]);
    expect(rowsFromSubmissions([at('muon.xlsx', '2026-11-25T00:00:00Z')], null)[0]?.late).toBe(false);
    const merged = rowsFromReport(
      [
        {
          file: 'muon.xlsx',
          sha256: 'x',
          receivedAt: '2026-11-21T01:00:00Z',
          outcome: 'accepted',
          action: 'applied',
          agencyCode: 'SO-Y-TE',
          note: '',
          problems: [],
        },
      ],
      '2026-11-20',
    );
    expect(merged[0]?.late).toBe(true);
  });
});
