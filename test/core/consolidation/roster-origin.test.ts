/**
 * How a new roster differs from the one stored with the consolidation, and the Vietnamese words the
 * log (“Nhật ký”), the CLI and the pane show for it.
 */
import {
  describeRosterChange,
  rosterChange,
  type StoredRoster,
} from '../../../src/core/consolidation/roster-origin';
import type { Agency } from '../../../src/core/roster/types';

const TU_PHAP: Agency = { code: 'SO-TU-PHAP', name: 'Sở Tư pháp', group: 'so', aliases: ['STP'] };
const Y_TE: Agency = { code: 'SO-Y-TE', name: 'Sở Y tế', group: 'so' };
const GD_DT: Agency = {
  code: 'SO-GD-DT',
  name: 'Sở Giáo dục và Đào tạo',
  group: 'so',
  aliases: ['Sở GD', 'ĐT'],
};
const THO_XUAN: Agency = { code: 'UBND-THO-XUAN', name: 'UBND huyện Thọ Xuân', group: 'huyen' };

const builtin = (agencies: Agency[]): StoredRoster => ({ origin: { kind: 'builtin' }, agencies });
const before = builtin([TU_PHAP, Y_TE, GD_DT, THO_XUAN]);

/** The codes `rosterChange` reports for the roster `before` replaced by `agencies`. */
function changeTo(agencies: Agency[]) {
  const c = rosterChange(before, { origin: { kind: 'file', fileName: 'don-vi.csv' }, agencies });
  return c && { added: c.added, removed: c.removed, changed: c.changed };
}

/** `n` agencies of the district group, coded HUYEN-01…. */
const districts = (n: number): Agency[] =>
  Array.from({ length: n }, (_, i) => ({
    code: `HUYEN-${String(i + 1).padStart(2, '0')}`,
    name: `UBND huyện ${i + 1}`,
    group: 'huyen',
  }));
const codesOf = (list: Agency[]) => list.map((a) => a.code);

describe('rosterChange', () => {
  test('the same agencies, in another order and from another file, are no change', () => {
    expect(changeTo([THO_XUAN, GD_DT, Y_TE, TU_PHAP])).toBeNull();
    expect(changeTo([{ ...TU_PHAP, aliases: ['STP'] }, Y_TE, GD_DT, THO_XUAN])).toBeNull();
  });

  test('an agency added alone, or removed alone, is a change', () => {
    const added: Agency = { code: 'SO-XAY-DUNG', name: 'Sở Xây dựng', group: 'so' };
    expect(changeTo([...before.agencies, added])).toEqual({
      added: ['SO-XAY-DUNG'],
      removed: [],
      changed: [],
    });
    expect(changeTo([TU_PHAP, GD_DT, THO_XUAN])).toEqual({ added: [], removed: ['SO-Y-TE'], changed: [] });
  });

  test('a new name, a new group or new aliases of a kept code is a change of that code alone', () => {
    const cases: [string, Agency][] = [
      ['name', { ...Y_TE, name: 'Sở Y tế tỉnh Thanh Hóa' }],
      ['group', { ...Y_TE, group: 'huyen' }],
      ['alias added', { ...Y_TE, aliases: ['SYT'] }],
      ['aliases dropped', { code: TU_PHAP.code, name: TU_PHAP.name, group: TU_PHAP.group }],
      ['two aliases made one', { ...GD_DT, aliases: ['Sở GDĐT'] }],
    ];
    for (const [what, agency] of cases) {
      const after = before.agencies.map((a) => (a.code === agency.code ? agency : a));
      expect([what, changeTo(after)]).toEqual([what, { added: [], removed: [], changed: [agency.code] }]);
    }
  });
});

describe('describeRosterChange', () => {
  const words = (added: Agency[], removed: Agency[], changed: Agency[]) =>
    describeRosterChange({
      before,
      after: before,
      added: codesOf(added),
      removed: codesOf(removed),
      changed: codesOf(changed),
    });

  test('names each kind of change that happened, with its count and codes, in that order', () => {
    expect(words([Y_TE, TU_PHAP], [THO_XUAN], [GD_DT])).toBe(
      'thêm 2 (SO-Y-TE, SO-TU-PHAP); bớt 1 (UBND-THO-XUAN); đổi tên, nhóm hoặc tên khác 1 (SO-GD-DT)',
    );
    expect(words([Y_TE], [], [])).toBe('thêm 1 (SO-Y-TE)');
    expect(words([], [Y_TE, GD_DT], [])).toBe('bớt 2 (SO-Y-TE, SO-GD-DT)');
    expect(words([], [], [TU_PHAP, THO_XUAN])).toBe(
      'đổi tên, nhóm hoặc tên khác 2 (SO-TU-PHAP, UBND-THO-XUAN)',
    );
  });

  test('lists ten codes in full and, past ten, the first ten and how many more', () => {
    expect(words(districts(10), [], [])).toBe(`thêm 10 (${codesOf(districts(10)).join(', ')})`);
    const first10 = codesOf(districts(10)).join(', ');
    expect(words(districts(11), [], [])).toBe(`thêm 11 (${first10} và 1 đơn vị khác)`);
    expect(words([], districts(25), [])).toBe(`bớt 25 (${first10} và 15 đơn vị khác)`);
    expect(words([], [], districts(12))).toBe(`đổi tên, nhóm hoặc tên khác 12 (${first10} và 2 đơn vị khác)`);
  });
});
