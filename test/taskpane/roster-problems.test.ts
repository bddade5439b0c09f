import { loadRosterFile } from '../../src/xlsx/roster-file';
import { problemInFile } from '../../src/taskpane/consolidation/roster-problems';

describe('problemInFile', () => {
  it('starts a row problem at its line, and keeps a problem of the whole file as it is', async () => {
    const bytes = new TextEncoder().encode('Mã;Tên;Nhóm\nSO-A;Sở A;so\nSO-A;Sở B;so\n');
    const result = await loadRosterFile(bytes, 'đơn vị.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => problemInFile(p, 'đơn vị.csv'))).toEqual([
      expect.stringMatching(/^Dòng 3 \(mã SO-A\): mã SO-A trùng với dòng 2\.$/),
    ]);
    const empty = await loadRosterFile(new Uint8Array(), 'x.csv');
    expect(!empty.ok && empty.problems.map((p) => problemInFile(p, 'x.csv'))).toEqual([
      'Tệp danh sách đơn vị “x.csv” trống.',
    ]);
  });
});
