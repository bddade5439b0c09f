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

  it('lower-cases every character as Vietnamese does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(nameKey(s)).toBe(unifyToneMarks(cleanText(s)).toLocaleLowerCase('vi'));
      }),
      { numRuns: 3000 },
    );
    expect(nameKey('ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH İ Σ')).toBe('đài phát thanh và truyền hình i̇ σ');
  });
});

describe('cleanText', () => {
  it('normalises spaces and form but keeps the case', () => {
    expect(cleanText(' Sở\u00A0Tư pháp\u200B '.normalize('NFD'))).toBe('Sở Tư pháp'.normalize('NFC'));
  });

  it('gives clean text back as it is and cleans any mix of spaces, zero-width characters and letters', () => {
    expect(cleanText('Quyết định số 12/QĐ-UBND')).toBe('Quyết định số 12/QĐ-UBND');
    // The full rewrite, which the shortcut for text that is clean already must agree with.
    const rewrite = (s: string) =>
      s
        .normalize('NFC')
        .replace(/[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/gu, '')
        .replace(/\s+/gu, ' ')
        .trim();
    const piece = fc.constantFrom(
      'a',
      'Đ',
      'ê',
      'e\u0302',
      ' ',
      '  ',
      '\u00A0',
      '\t',
      '\n',
      '\u3000',
      '\u2028',
      '\u200B',
      '\uFEFF',
      '\u00AD',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const s = pieces.join('');
        expect(cleanText(s)).toBe(rewrite(s));
      }),
      { numRuns: 2000 },
    );
  });
});
