/**
 * The roster file as a table of lines (what src/xlsx reads from a CSV or a sheet): finding the header under a
 * title, the columns by their English or Vietnamese names, blank lines, and the exact words of each problem.
 */
import {
  rosterFromRows,
  rosterGroupCounts,
  rosterRowsFromTable,
  type RosterTableLine,
} from '../../../src/core/roster/roster-table';
import { builtInRegime } from '../../../src/core/regime/load';

/** Lines numbered from 1, as the user sees them. */
const table = (...lines: string[][]): RosterTableLine[] => lines.map((cells, i) => ({ line: i + 1, cells }));

const label = 'Tệp danh sách đơn vị “don-vi.csv”';

describe('the header', () => {
  it('is the first line naming code, name and group, under a title and blank lines; rows keep their lines', () => {
    const read = rosterRowsFromTable(
      'don-vi.csv',
      table(
        [' ', ''], // 1: blank
        ['Danh sách cơ quan, đơn vị'], // 2: title
        ['Tên', 'Năm 2026'], // 3: names one column only
        ['STT', 'Mã đơn vị', 'Tên cơ quan, đơn vị', 'NHÓM', 'Tên khác'], // 4: the header
        ['1', ' so-a ', ' Sở A ', ' so ', ' STC ;; Sở TC ; '], // 5
        ['', '  ', '', ''], // 6: blank
        ['2', 'H-B', 'Huyện B', 'huyen', ' ; '], // 7
      ),
    );
    expect(read).toEqual({
      ok: true,
      rows: [
        { code: 'so-a', name: 'Sở A', group: 'so', aliases: ['STC', 'Sở TC'] },
        { code: 'H-B', name: 'Huyện B', group: 'huyen' },
      ],
      lines: [5, 7],
    });
  });

  it('reads English headers and leaves a column missing from a short row blank', () => {
    expect(
      rosterRowsFromTable('a.csv', table(['No', 'code', 'name', 'group', 'aliases'], ['1'], ['2', 'SO-B'])),
    ).toEqual({
      ok: true,
      rows: [
        { code: '', name: '', group: '' },
        { code: 'SO-B', name: '', group: '' },
      ],
      lines: [2, 3],
    });
  });

  it('is looked for in the first 10 lines from the first non-blank one, not further', () => {
    const titles = (n: number): string[][] => Array.from({ length: n }, (_, i) => [`Tiêu đề ${i + 1}`]);
    const header = ['Mã', 'Tên', 'Nhóm'];
    const row = ['SO-A', 'Sở A', 'so'];
    expect(
      rosterRowsFromTable('don-vi.csv', [{ line: 1, cells: [] }, ...table(...titles(9), header, row)]),
    ).toMatchObject({ ok: true, rows: [{ code: 'SO-A', name: 'Sở A', group: 'so' }], lines: [11] });
    expect(rosterRowsFromTable('don-vi.csv', table(...titles(10), header, row))).toEqual({
      ok: false,
      problems: [`${label} thiếu cột code, name, group ở dòng tiêu đề (cần các cột: mã, tên, nhóm).`],
    });
  });

  it('names only the missing columns', () => {
    expect(rosterRowsFromTable('don-vi.csv', table(['Mã', 'Tên', 'Tên khác'], ['SO-A', 'Sở A', '']))).toEqual(
      {
        ok: false,
        problems: [`${label} thiếu cột group ở dòng tiêu đề (cần các cột: mã, tên, nhóm).`],
      },
    );
  });
});

describe('a roster file with no rows', () => {
  it('is empty when every line is blank', () => {
    for (const lines of [[], table([]), table(['', ' '], ['\t'])]) {
      expect(rosterRowsFromTable('don-vi.csv', lines)).toEqual({ ok: false, problems: [`${label} trống.`] });
    }
  });

  it('has no agencies when only the header is there', () => {
    const read = rosterRowsFromTable('don-vi.csv', table(['Mã', 'Tên', 'Nhóm'], ['', '', '']));
    expect(read).toEqual({ ok: true, rows: [], lines: [] });
    expect(rosterFromRows('don-vi.csv', read)).toEqual({
      ok: false,
      problems: [`${label} không có đơn vị nào dưới dòng tiêu đề.`],
    });
  });
});

describe('cells past the header', () => {
  it('refuse their row, naming the line and the cells; blank cells there are ignored', () => {
    const read = rosterRowsFromTable(
      'don-vi.csv',
      table(
        ['Mã', 'Tên', 'Nhóm', 'Tên khác'],
        ['SO-A', 'Sở A', 'so', 'STC', ' Sở TC ', ' ', 'Sở Tài chính'],
        ['SO-B', 'Sở B', 'so', '', ' ', ''],
      ),
    );
    expect(read).toEqual({
      ok: false,
      problems: [
        `${label}, dòng 2: có ô nằm ngoài các cột có tiêu đề (“ Sở TC ”, “Sở Tài chính”). Nếu đó là tên khác, hãy để mọi tên khác trong cột “Tên khác”, cách nhau bởi dấu ; (trong tệp CSV dùng dấu ; phân cách cột, ô đó phải đặt trong dấu ngoặc kép).`,
      ],
    });
    expect(rosterFromRows('don-vi.csv', read)).toBe(read);
  });
});

describe('rosterFromRows', () => {
  it('gives the agencies of good rows', () => {
    const read = rosterRowsFromTable(
      'don-vi.csv',
      table(['Mã', 'Tên', 'Nhóm', 'Tên khác'], ['so-a', 'Sở A', 'so', 'STC'], ['H-B', 'Huyện B', 'huyen']),
    );
    expect(rosterFromRows('don-vi.csv', read)).toEqual({
      ok: true,
      roster: [
        { code: 'SO-A', name: 'Sở A', group: 'so', aliases: ['STC'] },
        { code: 'H-B', name: 'Huyện B', group: 'huyen' },
      ],
    });
  });

  it('names the file and the line of each bad row', () => {
    const read = rosterRowsFromTable(
      'don-vi.csv',
      table(['Danh sách'], ['Mã', 'Tên', 'Nhóm'], ['SO-A', 'Sở A', 'so'], [], ['SO-A', 'Sở B', 'xa']),
    );
    expect(rosterFromRows('don-vi.csv', read)).toEqual({
      ok: false,
      problems: [
        `${label}, dòng 5 (mã SO-A): mã SO-A trùng với dòng 3.`,
        `${label}, dòng 5 (mã SO-A): nhóm “xa” không hợp lệ; dùng một trong “so”, “huyen”.`,
      ],
    });
  });
});

describe('rosterGroupCounts', () => {
  it('counts the agencies of each group in the regime order, leaving out groups without any', () => {
    const so = { code: 'SO-A', name: 'Sở A', group: 'so' };
    const huyen = (code: string) => ({ code, name: code, group: 'huyen' });
    const names = Object.fromEntries(builtInRegime.groups.map((g) => [g.id, g.name]));
    expect(rosterGroupCounts([huyen('H-A'), so, huyen('H-B')])).toEqual([
      { groupId: 'so', name: names['so'], count: 1 },
      { groupId: 'huyen', name: names['huyen'], count: 2 },
    ]);
    expect(rosterGroupCounts([huyen('H-A')])).toEqual([{ groupId: 'huyen', name: names['huyen'], count: 1 }]);
    expect(rosterGroupCounts([])).toEqual([]);
  });
});
