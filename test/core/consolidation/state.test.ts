/** The consolidation state's comparisons and canonical orders, as a merge and a read-back see them. */
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import {
  compareSubCodes,
  emptyState,
  sortFigures,
  sortFiles,
  sortRows,
  type FigureRow,
  type FileRecord,
  type StateRow,
} from '../../../src/core/consolidation/state';
import { agencyOf, subsOf, template, YEAR } from '../../support/consolidation/forms';
import { submission } from '../../support/consolidation/submissions';

const NOW = '2026-11-25T02:00:00Z';

function row(agencyCode: string, subCode: string): StateRow {
  return { agencyCode, subCode, self: 1, evidence: '', appraised: null, reason: '' };
}

describe('a resent form compared with the state', () => {
  const agency = agencyOf('so', 0);
  const [first, second] = subsOf('so').map((s) => s.code);
  if (first === undefined || second === undefined) throw new Error('two sub-criteria');

  /** The self-score changes a resend logs, after a first file with `before`. */
  function changesLogged(before: Record<string, string | null>, after: Record<string, string | null>) {
    const empty = emptyState(YEAR, template.regimeId, template.id, template.version);
    const a = submission(agency, before, 'a.xlsx', '2026-11-10T00:00:00Z', 'a'.repeat(64));
    const b = submission(agency, after, 'b.xlsx', '2026-11-12T00:00:00Z', 'b'.repeat(64));
    const once = mergeSubmissions(empty, [a], template, NOW).state;
    const again = mergeSubmissions(once, [b], template, NOW);
    return again.added.filter((e) => e.kind === 'self-changed').map((e) => e.subCode);
  }

  it('takes a blank cell and one of spaces for the same, and text by its trimmed words', () => {
    if (first === undefined || second === undefined) throw new Error('two sub-criteria');
    expect(changesLogged({ [first]: null, [second]: 'Có' }, { [first]: '   ', [second]: ' Có ' })).toEqual(
      [],
    );
  });

  it('logs a self-score that really changed', () => {
    if (first === undefined || second === undefined) throw new Error('two sub-criteria');
    expect(changesLogged({ [first]: null, [second]: 'Có' }, { [first]: 'Không', [second]: 'Có' })).toEqual([
      first,
    ]);
  });
});

describe('canonical orders (the state does not depend on the order it was read in)', () => {
  it('sorts rows by agency, then sub-criterion by its numbers: 2.10 after 2.9, 10.1 after 2.10', () => {
    const rows = [
      row('B', '2.10'),
      row('A', '10.1'),
      row('A', '2.10'),
      row('B', '1.2'),
      row('A', '2.9'),
      row('A', '2.1'),
      row('A', '1.2'),
    ];
    expect(sortRows(rows).map((r) => `${r.agencyCode} ${r.subCode}`)).toEqual([
      'A 1.2',
      'A 2.1',
      'A 2.9',
      'A 2.10',
      'A 10.1',
      'B 1.2',
      'B 2.10',
    ]);
  });

  it('sorts codes typed by hand that are not numbers by their text, and takes equal codes as equal', () => {
    expect(compareSubCodes('1.a', '1.b')).toBeLessThan(0);
    expect(compareSubCodes('1.b', '1.a')).toBeGreaterThan(0);
    expect(compareSubCodes('1.a', '1.a')).toBe(0);
    expect(compareSubCodes('1.2', '1.2')).toBe(0);
  });

  it('sorts figures by agency, then key', () => {
    const figure = (agencyCode: string, key: string): FigureRow => ({
      agencyCode,
      key,
      value: 1,
      appraised: null,
      reason: '',
    });
    const figures = [
      figure('B', 'so_may'),
      figure('A', 'so_may'),
      figure('A', 'so_can_bo'),
      figure('B', 'a'),
    ];
    expect(sortFigures(figures).map((f) => `${f.agencyCode} ${f.key}`)).toEqual([
      'A so_can_bo',
      'A so_may',
      'B a',
      'B so_may',
    ]);
  });

  it('sorts files by name, then SHA-256, then status, then receipt time', () => {
    const file = (
      fileName: string,
      sha256: string,
      status: FileRecord['status'],
      day: number,
    ): FileRecord => ({
      fileName,
      sha256,
      receivedAt: `2026-11-${day}T00:00:00Z`,
      status,
      agencyCode: 'A',
      problems: [],
    });
    const files = [
      file('b.xlsx', '1', 'replaced', 10),
      file('a.xlsx', '2', 'duplicate', 10),
      file('a.xlsx', '1', 'replaced', 10),
      // One file given twice in a run: two records but for the receipt time.
      file('a.xlsx', '1', 'duplicate', 12),
      file('a.xlsx', '1', 'duplicate', 11),
    ];
    expect(
      sortFiles(files).map((f) => `${f.fileName} ${f.sha256} ${f.status} ${f.receivedAt.slice(8, 10)}`),
    ).toEqual([
      'a.xlsx 1 duplicate 11',
      'a.xlsx 1 duplicate 12',
      'a.xlsx 1 replaced 10',
      'a.xlsx 2 duplicate 10',
      'b.xlsx 1 replaced 10',
    ]);
  });
});
