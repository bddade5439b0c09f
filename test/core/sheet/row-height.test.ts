/**
 * Row heights for wrapped Vietnamese text. The expected line counts are what LibreOffice showed
 * for these texts in the generated workbooks, rendered with Liberation Serif (Times New Roman's
 * metrics) and Carlito (Calibri's, which sets the column width unit).
 */
import fc from 'fast-check';
import { wrappedLineCount, wrappedRowHeight } from '../../../src/core/sheet/row-height';

describe('wrapped line count', () => {
  it.each([
    // A bold criterion title of the survey: it wraps, so a one-line row would cut it in half.
    ['Ứng dụng CNTT trong hoạt động nội bộ cơ quan', 44, 12, true, 2],
    ['Cơ chế, chính sách và các quy định cho ứng dụng CNTT', 44, 12, true, 2],
    ['Hạ tầng kỹ thuật CNTT', 44, 12, true, 1],
    // Sub-criterion titles: two lines, not three (no empty line under the text).
    ['Tỷ lệ cán bộ, công chức, viên chức được trang bị máy tính phục vụ công việc', 44, 12, false, 2],
    // Agency names in Bảng 1 at 13 pt.
    ['Sở Kế hoạch và Đầu tư', 31, 13, false, 1],
    ['Sở Y tế', 31, 13, false, 1],
    ['Sở Nông nghiệp và Phát triển nông thôn', 31, 13, false, 2],
    ['Xếp loại', 12, 13, true, 1],
  ])('“%s” in a column %d wide at %d pt (bold %s) takes %d line(s)', (text, width, size, bold, lines) => {
    expect(wrappedLineCount(text, width, size, { bold })).toBe(lines);
  });

  // Texts that only just fit on LibreOffice's lines: Excel pads cells a little more, so one line more is right, fewer never.
  it.each([
    ['Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp', 31, 13, false, 2],
    ['Tổng điểm (100 điểm)', 11, 13, true, 3],
  ])(
    '“%s” in a column %d wide at %d pt (bold %s) takes %d line(s), or one more',
    (text, width, size, bold, lines) => {
      const count = wrappedLineCount(text, width, size, { bold });
      expect(count).toBeGreaterThanOrEqual(lines);
      expect(count).toBeLessThanOrEqual(lines + 1);
    },
  );

  it('counts each paragraph of a multi-line cell', () => {
    expect(wrappedLineCount('Sở Y tế\nSở Tư pháp\nBan Dân tộc', 31, 13)).toBe(3);
  });

  it('breaks a word longer than the column (file paths, hashes) over several lines', () => {
    const path = 'test/fixtures/returned/libreoffice/so-noi-vu-tampered-total.xlsx';
    expect(wrappedLineCount(path, 30, 13)).toBeGreaterThanOrEqual(2);
  });

  const words = fc.array(
    fc.constantFrom('Sở', 'Thông', 'tin', 'và', 'Truyền', 'thông', 'Ứng', 'dụng', 'CNTT', 'WWW', 'ii'),
    { minLength: 1, maxLength: 40 },
  );

  it('never needs more lines in a wider column, nor fewer for more text', () => {
    fc.assert(
      fc.property(
        words,
        fc.integer({ min: 4, max: 90 }),
        fc.constantFrom(11, 12, 13, 14),
        (ws, width, size) => {
          const text = ws.join(' ');
          expect(wrappedLineCount(text, width + 5, size)).toBeLessThanOrEqual(
            wrappedLineCount(text, width, size),
          );
          expect(wrappedLineCount(`${text} Sở`, width, size)).toBeGreaterThanOrEqual(
            wrappedLineCount(text, width, size),
          );
          expect(wrappedLineCount(text, width, size, { bold: true })).toBeGreaterThanOrEqual(
            wrappedLineCount(text, width, size),
          );
        },
      ),
    );
  });

  it('breaks words at every kind of white space, runs of it counting as one space, and nowhere else', () => {
    const separator = fc.constantFrom(
      ...' \t\u000B\f\r\u00A0\u1680\u2000\u2005\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF'.split(''),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(separator, { minLength: 1, maxLength: 3 }), words), { maxLength: 6 }),
        fc.integer({ min: 4, max: 60 }),
        (pieces, width) => {
          const spaced = pieces.map(([seps, ws]) => `${seps.join('')}${ws.join(seps.join(''))}`).join('');
          const plain = pieces.map(([, ws]) => ws.join(' ')).join(' ');
          expect(wrappedLineCount(spaced, width, 13)).toBe(wrappedLineCount(plain, width, 13));
        },
      ),
    );
    // Ten W fill a line but for less than the narrowest glyph: any character but white space before them makes two lines.
    const width = ((10 * 0.944 + 0.09) * 11 * (96 / 72) * 1.03 + 6) / 7;
    expect(wrappedLineCount(`W${'W'.repeat(10)}`, width, 11)).toBe(2);
    const wrongly: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code === 10 || (code >= 0xd800 && code <= 0xdfff)) continue;
      const c = String.fromCharCode(code);
      const lines = wrappedLineCount(`${c}${'W'.repeat(10)}`, width, 11);
      if (lines !== (/\s/.test(c) ? 1 : 2)) wrongly.push(code.toString(16));
    }
    expect(wrongly).toEqual([]);
    // A character beyond the Basic Multilingual Plane is one glyph, not two.
    expect(wrappedLineCount(`😀${'W'.repeat(10)}`, width, 11)).toBe(2);
  });

  it('counts decomposed (NFD) Vietnamese like precomposed text', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 4, max: 60 }), (ws, width) => {
        const text = ws.join(' ');
        expect(wrappedLineCount(text.normalize('NFD'), width, 13)).toBe(
          wrappedLineCount(text.normalize('NFC'), width, 13),
        );
      }),
    );
  });

  it('fits words exactly as wide as the line on it, without an empty line under them', () => {
    // Column widths whose line holds exactly ten W (9.44 em) at 11 pt, and five W, a space and four W at 13 pt.
    expect(wrappedLineCount('W'.repeat(10), 21.2295619047619, 11)).toBe(1);
    expect(wrappedLineCount('W'.repeat(11), 21.2295619047619, 11)).toBe(2);
    expect(wrappedLineCount('WWWWW WWWW', 23.163607619047614, 13)).toBe(1);
    expect(wrappedLineCount('WWWWW WWWWW', 23.163607619047614, 13)).toBe(2);
  });

  it('counts a short multi-line cell by its lines, empty lines included', () => {
    expect(wrappedLineCount('Có\nKhông', 31, 13)).toBe(2);
    expect(wrappedLineCount('Có\n\nKhông', 31, 13)).toBe(3);
  });

  it('measures the same title in each column, size and weight on its own, whatever came before', () => {
    const title = 'Ứng dụng CNTT trong hoạt động nội bộ cơ quan';
    // Bold first, then regular, then bold again, in one column.
    expect(wrappedLineCount(title, 44, 11, { bold: true })).toBe(2);
    expect(wrappedLineCount(title, 44, 11)).toBe(1);
    expect(wrappedLineCount(title, 44, 11, { bold: false })).toBe(1);
    expect(wrappedLineCount(title, 44, 11, { bold: true })).toBe(2);
    // The same column at a larger size, then narrower columns, then back.
    expect(wrappedLineCount(title, 44, 11)).toBe(1);
    expect(wrappedLineCount(title, 44, 13)).toBe(2);
    expect(wrappedLineCount(title, 31, 13)).toBe(2);
    expect(wrappedLineCount(title, 20, 13)).toBe(3);
    expect(wrappedLineCount(title, 11, 13)).toBe(6);
    expect(wrappedLineCount(title, 11, 13, { bold: true })).toBe(8);
    expect(wrappedLineCount(title, 44, 11)).toBe(1);
    expect(wrappedLineCount(title, 11, 13)).toBe(6);
  });

  it('counts a character beyond the Basic Multilingual Plane as one glyph as wide as a capital', () => {
    // Thirteen glyphs of 0.72 em fit on a line, fourteen do not.
    const width = ((13 * 0.72 + 0.1) * 11 * (96 / 72) * 1.03 + 6) / 7;
    for (const c of ['\u{10000}', '😀', '\u{10FFFF}']) {
      expect(wrappedLineCount(c.repeat(13), width, 11)).toBe(1);
      expect(wrappedLineCount(c.repeat(14), width, 11)).toBe(2);
      expect(wrappedLineCount(`i${c.repeat(12)}`, width, 11)).toBe(1);
      expect(wrappedLineCount(`i${c.repeat(13)}`, width, 11)).toBe(2);
    }
  });

  it('counts half a broken character (a lone surrogate) as one unknown glyph, apart from its neighbours', () => {
    // Thirteen glyphs of 0.72 em fit on a line, fourteen do not.
    const width = ((13 * 0.72 + 0.1) * 11 * (96 / 72) * 1.03 + 6) / 7;
    const pairs = [
      ['\uD800', '\uD800'],
      ['\uD800', '\uDBFF'],
      ['\uD800', '\uE000'],
      ['\uDBFF', '\uFFFD'],
      ['\u4E00', '\uDC00'],
      ['\uE000', '\uDFFF'],
    ];
    for (const [first, second] of pairs) {
      const thirteen = `${`${first}${second}`.repeat(6)}${first}`;
      expect(wrappedLineCount(thirteen, width, 11)).toBe(1);
      expect(wrappedLineCount(`${thirteen}${second}`, width, 11)).toBe(2);
      expect(wrappedLineCount(`i${thirteen}`, width, 11)).toBe(2);
    }
  });
});

describe('wrapped row height', () => {
  it('grows with the lines and respects the minimum', () => {
    const one = wrappedRowHeight('Sở Y tế', 31, 13);
    const two = wrappedRowHeight('Sở Nông nghiệp và Phát triển nông thôn', 31, 13);
    expect(one).toBeGreaterThanOrEqual(13);
    expect(two - one).toBeGreaterThanOrEqual(13);
    expect(wrappedRowHeight('Sở Y tế', 31, 13, 21)).toBe(Math.max(21, one));
  });

  it('gives 1.25 times the font size per line and 4 points more, or the minimum when taller', () => {
    expect(wrappedRowHeight('Sở Y tế', 31, 13)).toBe(21);
    expect(wrappedRowHeight('Sở Y tế', 31, 11)).toBe(18);
    expect(wrappedRowHeight('Sở Nông nghiệp và Phát triển nông thôn', 31, 13)).toBe(37);
    expect(wrappedRowHeight('Sở Nông nghiệp và Phát triển nông thôn', 31, 13, 10)).toBe(37);
    expect(wrappedRowHeight('Sở Y tế', 31, 13, 30)).toBe(30);
    expect(wrappedRowHeight('Xếp loại', 12, 13, 0, { bold: true })).toBe(21);
  });
});
