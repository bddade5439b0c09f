import { defaultSettings, describeCommendationRule } from '../../../src/core/documents/settings';
import { builtInRegime } from '../../../src/core/regime/load';

const regime = builtInRegime;

describe('document settings: the defaults the Sở starts from', () => {
  test('headers, symbols, signatures and recipients of the report, the decision and the notice', () => {
    expect(defaultSettings(regime)).toEqual({
      place: 'Thanh Hóa',
      addressee: 'Ủy ban nhân dân tỉnh Thanh Hóa',
      report: {
        parentBody: 'UBND TỈNH THANH HÓA',
        issuingBody: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        symbol: 'BC-STTTT',
        signature: { titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: '' },
        recipients: ['Như trên;', 'Giám đốc Sở (để b/c);', 'Lưu: VT.'],
      },
      decisionGrounds: ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'],
      decision: {
        parentBody: '',
        issuingBody: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
        symbol: 'QĐ-UBND',
        signature: { titles: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: '' },
        recipients: ['Như Điều 3 Quyết định;', 'Chủ tịch, các PCT UBND tỉnh;', 'Lưu: VT.'],
      },
      notice: {
        parentBody: 'UBND TỈNH THANH HÓA',
        issuingBody: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        symbol: 'TB-STTTT',
        signature: { titles: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: '' },
        recipients: ['Như trên;', 'Lưu: VT.'],
      },
      commendation: { bandIds: ['tot'], maxPerGroup: null },
    });
  });

  test('the bodies follow the regime’s province and appraiser, in capitals with their diacritics', () => {
    const other = {
      ...regime,
      province: 'Nghệ An',
      appraiser: { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN' },
    };
    const s = defaultSettings(other);
    expect([s.place, s.addressee, s.report.parentBody, s.report.issuingBody, s.decision.issuingBody]).toEqual(
      [
        'Nghệ An',
        'Ủy ban nhân dân tỉnh Nghệ An',
        'UBND TỈNH NGHỆ AN',
        'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
        'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
      ],
    );
  });
});

describe('the commendation rule in words', () => {
  test('no band chosen says so instead of an empty list', () => {
    expect(describeCommendationRule({ bandIds: [], maxPerGroup: null }, regime)).toBe(
      'chưa chọn xếp loại nào được đề xuất khen thưởng',
    );
  });

  test('bands by label in the order chosen, and the limit per table', () => {
    expect(describeCommendationRule({ bandIds: ['kha', 'tot'], maxPerGroup: 3 }, regime)).toBe(
      'các cơ quan, đơn vị xếp loại Khá, Tốt, theo thứ tự xếp hạng, tối đa 3 đơn vị mỗi bảng',
    );
  });
});
