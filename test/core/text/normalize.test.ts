import fc from 'fast-check';
import { cleanText, nameKey, unifyToneMarks } from '../../../src/core/text/normalize';

describe('nameKey', () => {
  it('matches the same name typed in NFC and NFD', () => {
    const nfc = 'Sở Tư pháp'.normalize('NFC');
    const nfd = 'Sở Tư pháp'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(nameKey(nfd)).toBe(nameKey(nfc));
  });

  it('matches both tone-mark placements of oa, oe and uy', () => {
    expect(nameKey('Thanh Hoá')).toBe(nameKey('Thanh Hóa'));
    expect(nameKey('Văn phòng UBND tỉnh Thanh Hoá')).toBe(nameKey('Văn phòng UBND tỉnh Thanh Hóa'));
    expect(nameKey('Cẩm Thuỷ')).toBe(nameKey('Cẩm Thủy'));
    expect(nameKey('Sở Văn hoá, Thể thao và Du lịch')).toBe(nameKey('Sở Văn hóa, Thể thao và Du lịch'));
    expect(nameKey('khoẻ')).toBe(nameKey('khỏe'));
    expect(nameKey('Thuỵ'.normalize('NFD'))).toBe(nameKey('Thụy'));
  });

  it('leaves syllables whose tone placement does not vary alone', () => {
    for (const word of ['hoàng', 'toán', 'thuyền', 'ngoài', 'quý', 'Quỳnh', 'xoáy', 'hoặc']) {
      expect(unifyToneMarks(word)).toBe(word);
    }
  });

  it('ignores case, non-breaking, odd and zero-width spaces', () => {
    expect(nameKey('\u00A0 SỞ\u2003TƯ  PHÁP\u200B \u202F')).toBe(nameKey('Sở Tư pháp'));
    expect(nameKey('Sở\u00A0Tư\tpháp')).toBe('sở tư pháp');
  });

  it('tells different names apart', () => {
    expect(nameKey('Thọ Xuân')).not.toBe(nameKey('Thường Xuân'));
    expect(nameKey('Như Thanh')).not.toBe(nameKey('Như Xuân'));
    expect(nameKey('Sở Tài chính')).not.toBe(nameKey('Sở Tài chánh'));
  });

  it('is idempotent and insensitive to Unicode form on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyAOUYqhđ \u00A0\u0300\u0301\u0309\u0303\u0323') }),
        (s) => {
          const key = nameKey(s);
          expect(nameKey(key)).toBe(key);
          expect(nameKey(s.normalize('NFD'))).toBe(key);
          expect(key).toBe(key.normalize('NFC'));
        },
      ),
    );
  });
});

describe('cleanText', () => {
  it('normalises spaces and form but keeps the case', () => {
    expect(cleanText(' Sở\u00A0Tư pháp\u200B '.normalize('NFD'))).toBe('Sở Tư pháp'.normalize('NFC'));
  });
});
