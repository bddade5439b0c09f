import {
  agenciesOfGroup,
  findAgencyByCode,
  matchAgencyByName,
  parseRoster,
  sampleRoster,
} from '../../../src/core/roster/roster';

describe('sample roster', () => {
  it('holds the 20 provincial agencies and the 27 district units of Thanh Hóa, with unique codes', () => {
    expect(agenciesOfGroup(sampleRoster, 'so')).toHaveLength(20);
    expect(agenciesOfGroup(sampleRoster, 'huyen')).toHaveLength(27);
    expect(new Set(sampleRoster.map((a) => a.code)).size).toBe(sampleRoster.length);
    for (const a of sampleRoster) {
      expect(a.code).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
      expect(a.name).toBe(a.name.normalize('NFC'));
    }
  });

  it('uses the codes the integration contract names', () => {
    for (const code of [
      'VP-UBND-TINH',
      'SO-NOI-VU',
      'SO-TU-PHAP',
      'THANH-TRA-TINH',
      'BAN-DAN-TOC',
      'BQL-KKT-NGHI-SON',
      'TP-THANH-HOA',
      'TP-SAM-SON',
      'TX-BIM-SON',
      'TX-NGHI-SON',
      'H-BA-THUOC',
      'H-CAM-THUY',
    ]) {
      expect(findAgencyByCode(sampleRoster, code)?.code).toBe(code);
    }
    expect(findAgencyByCode(sampleRoster, ' so-tu-phap ')?.name).toBe('Sở Tư pháp');
    expect(findAgencyByCode(sampleRoster, 'SO-KHONG-CO')).toBeUndefined();
  });

  it('matches names however they were typed, and by known aliases', () => {
    expect(matchAgencyByName(sampleRoster, 'SỞ TƯ PHÁP'.normalize('NFD'))?.code).toBe('SO-TU-PHAP');
    expect(matchAgencyByName(sampleRoster, 'UBND thành phố Thanh Hoá')?.code).toBe('TP-THANH-HOA');
    expect(matchAgencyByName(sampleRoster, 'Văn phòng UBND tỉnh\u00A0Thanh Hoá')?.code).toBe('VP-UBND-TINH');
    expect(matchAgencyByName(sampleRoster, 'Huyện Cẩm Thuỷ')?.code).toBe('H-CAM-THUY');
    expect(matchAgencyByName(sampleRoster, 'Sở Văn hoá, Thể thao và Du lịch')?.code).toBe('SO-VAN-HOA-TTDL');
    expect(matchAgencyByName(sampleRoster, 'Huyện Thọ Xuân')?.code).toBe('H-THO-XUAN');
    expect(matchAgencyByName(sampleRoster, 'Huyện Thường Xuân')?.code).toBe('H-THUONG-XUAN');
    expect(matchAgencyByName(sampleRoster, 'Sở Ma thuật')).toBeUndefined();
    expect(matchAgencyByName(sampleRoster, '  ')).toBeUndefined();
  });

  it('finds the first agency of a code or name, in the roster as it is now, after earlier look-ups', () => {
    const a = { code: 'SO-A', name: 'Sở A', group: 'so' };
    const twin = { code: 'SO-A', name: 'Sở A', group: 'huyen' };
    const b = { code: 'SO-B', name: 'Sở B', group: 'so' };
    const roster = [a, twin];
    expect(findAgencyByCode(roster, 'so-a')).toBe(a);
    expect(matchAgencyByName(roster, 'sở a')).toBe(a);
    expect(findAgencyByCode(roster, 'SO-B')).toBeUndefined();
    roster.push(b);
    expect(findAgencyByCode(roster, 'SO-B')).toBe(b);
    roster[0] = { ...b, code: 'SO-C', name: 'Sở C' };
    expect(findAgencyByCode(roster, 'SO-A')).toBe(twin);
    expect(matchAgencyByName(roster, 'Sở C')?.code).toBe('SO-C');
    const d = { code: 'SO-D', name: 'Sở D', group: 'so' };
    roster[roster.length - 1] = d;
    expect(findAgencyByCode(roster, 'SO-D')).toBe(d);
    expect(findAgencyByCode(roster, 'SO-B')).toBeUndefined();
    roster.push(a, b);
    expect(findAgencyByCode(roster, 'SO-B')).toBe(b);
    roster.length = 2; // [SO-C, twin]: the first two are still there, the last ones are gone
    expect(findAgencyByCode(roster, 'SO-B')).toBeUndefined();
    expect(findAgencyByCode(roster, 'SO-D')).toBeUndefined();
    expect(matchAgencyByName(roster, 'Sở A')).toBe(twin);
  });
});

describe('parseRoster', () => {
  it('reads rows from a sheet or CSV: lower-case codes, aliases in one cell', () => {
    const result = parseRoster([
      { code: 'so-a', name: ' Sở A ', group: 'so', aliases: 'Sở Một; Sở Thứ nhất' },
    ]);
    expect(result).toEqual({
      ok: true,
      roster: [{ code: 'SO-A', name: 'Sở A', group: 'so', aliases: ['Sở Một', 'Sở Thứ nhất'] }],
    });
  });

  it('reports every bad row at once, in Vietnamese', () => {
    const result = parseRoster([
      { code: 'SO-A', name: 'Sở A', group: 'so' },
      { code: 'SO-A', name: 'Sở B', group: 'so' },
      { code: 'SỞ C', name: 'Sở C', group: 'so' },
      { code: 'SO-D', name: '', group: 'xa' },
      { code: 'SO-E', name: 'SỞ A', group: 'so' },
      'rác',
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.problems.map((p) => `${p.row}: ${p.message}`).join('\n');
    expect(text).toMatch(/^2: .*trùng với dòng 1/m);
    expect(text).toMatch(/^3: .*chữ in hoa không dấu/m);
    expect(text).toMatch(/^4: .*thiếu tên/m);
    expect(text).toMatch(/^4: .*nhóm “xa” không hợp lệ/m);
    expect(text).toMatch(/^5: .*trùng với tên .* SO-A/m);
    expect(text).toMatch(/^6: /m);
    expect(parseRoster('không phải danh sách').ok).toBe(false);
  });
});
