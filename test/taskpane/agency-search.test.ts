/** Finding an agency in the pane's combobox, however the user types its name. */
import { sampleRoster } from '../../src/core/roster/roster';
import { filterAgencies } from '../../src/taskpane/survey/agency-search';

const names = (query: string): string[] => filterAgencies(sampleRoster, query).map((a) => a.name);

describe('agency search', () => {
  it('finds an agency typed without diacritics, in another case, or with decomposed (NFD) text', () => {
    const target = sampleRoster.find((a) => a.code === 'SO-TU-PHAP');
    if (!target) throw new Error('the sample roster lacks SO-TU-PHAP');
    expect(names('so tu phap')).toContain(target.name);
    expect(names('SỞ TƯ PHÁP')).toContain(target.name);
    expect(names(target.name.normalize('NFD'))).toContain(target.name);
  });

  it('finds by code, unifies tone-mark placement, and lists everyone for an empty query', () => {
    expect(filterAgencies(sampleRoster, 'tu-phap').map((a) => a.code)).toContain('SO-TU-PHAP');
    const hoa = sampleRoster.filter((a) => /Thanh Hóa/.test(a.name)).map((a) => a.name);
    expect(hoa.length).toBeGreaterThan(0);
    expect(names('thanh hoá')).toEqual(expect.arrayContaining(hoa));
    expect(filterAgencies(sampleRoster, '  ')).toHaveLength(sampleRoster.length);
    expect(names('không có cơ quan này')).toEqual([]);
  });
});
