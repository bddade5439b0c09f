/** Finding an agency in the pane's combobox, however the user types its name. */
import { sampleRoster } from '../../src/core/roster/roster';
import { exactAgency, filterAgencies } from '../../src/taskpane/survey/agency-search';

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

describe('exactAgency (a name typed in full but not picked)', () => {
  const agencies = [
    { code: 'SO-TU-PHAP', name: 'Sở Tư pháp', group: 'so' },
    { code: 'H-THO-XUAN', name: 'UBND huyện Thọ Xuân', group: 'huyen', aliases: ['Huyện Thọ Xuân'] },
  ];
  test('takes the agency whose name or alias is what was typed, whatever the case, spaces or tone placement', () => {
    expect(exactAgency(agencies, '  sở tư  PHÁP ')?.code).toBe('SO-TU-PHAP');
    expect(exactAgency(agencies, 'huyện Thọ Xuân')?.code).toBe('H-THO-XUAN');
  });
  test('takes nothing for a part of a name or a name without its marks', () => {
    expect(exactAgency(agencies, 'Tư pháp')).toBeNull();
    expect(exactAgency(agencies, 'So Tu phap')).toBeNull();
    expect(exactAgency(agencies, '')).toBeNull();
  });
});
