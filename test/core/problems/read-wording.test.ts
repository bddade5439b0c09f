// Why the reader refuses a file, as the sentence the user reads after the file's name (the advice that
// follows it is messages.ts's).
import type { ReadDetail } from '../../../src/core/problems/params';
import { megabytes, readDetailText } from '../../../src/core/problems/read-wording';

const MB = 1024 * 1024;

describe('a size for people', () => {
  it('keeps one decimal under 10 MB and none from 10 MB', () => {
    expect(megabytes(1.25 * MB)).toBe('1,3 MB');
    expect(megabytes(1.5 * MB)).toBe('1,5 MB');
    expect(megabytes(9.5 * MB)).toBe('9,5 MB');
    expect(megabytes(10 * MB)).toBe('10 MB');
    expect(megabytes(12.5 * MB)).toBe('13 MB');
    expect(megabytes(50 * MB)).toBe('50 MB');
  });
});

describe('what the reader found in a file it refuses', () => {
  it('names what the file is when it is not a workbook at all', () => {
    const cases: [ReadDetail, string][] = [
      [{ why: 'empty-file' }, 'tệp rỗng (0 byte), không có nội dung.'],
      [
        { why: 'markup' },
        'tệp là văn bản HTML/XML (có thể là tệp đổi đuôi hoặc “XML Spreadsheet 2003”), không phải tệp Excel .xlsx.',
      ],
      [
        { why: 'plain-text' },
        'tệp là văn bản thuần (CSV hoặc TXT) đã đổi đuôi, không phải tệp Excel .xlsx; dữ liệu, công thức và tên vùng của phiếu đã mất.',
      ],
      [{ why: 'not-ooxml' }, 'tệp không phải tệp Excel .xlsx (không đúng định dạng Office Open XML).'],
      [{ why: 'password' }, 'tệp Excel được đặt mật khẩu mở tệp (đã mã hóa), không đọc được nội dung.'],
      [{ why: 'word-doc' }, 'tệp là tài liệu Word (.doc), không phải tệp Excel .xlsx.'],
      [{ why: 'powerpoint-ppt' }, 'tệp là bản trình chiếu PowerPoint (.ppt), không phải tệp Excel .xlsx.'],
      [{ why: 'xls' }, 'tệp ở định dạng Excel 97–2003 (.xls) cũ, không phải .xlsx.'],
      [{ why: 'macro-workbook' }, 'tệp là sổ làm việc có macro (.xlsm/.xltm).'],
      [
        { why: 'ods' },
        'tệp là bảng tính OpenDocument (.ods), không phải .xlsx; hãy lưu lại dạng “Excel 2007-365 (.xlsx)”.',
      ],
      [
        { why: 'xlsb' },
        'tệp là sổ làm việc nhị phân Excel (.xlsb), không phải .xlsx; hãy lưu lại dạng “Excel Workbook (.xlsx)”.',
      ],
      [{ why: 'docx' }, 'tệp là tài liệu Word (.docx), không phải tệp Excel.'],
      [{ why: 'pptx' }, 'tệp là bản trình chiếu PowerPoint (.pptx), không phải tệp Excel.'],
    ];
    for (const [detail, text] of cases) expect(readDetailText(detail)).toBe(text);
  });

  it('names the format the first bytes show', () => {
    const formats: [Extract<ReadDetail, { why: 'other-format' }>['format'], string][] = [
      ['png', 'ảnh PNG'],
      ['jpeg', 'ảnh JPEG'],
      ['gif', 'ảnh GIF'],
      ['pdf', 'tài liệu PDF'],
      ['rar', 'tệp nén RAR'],
      ['7z', 'tệp nén 7z'],
      ['gzip', 'tệp nén gzip'],
      ['rtf', 'văn bản RTF'],
    ];
    for (const [format, words] of formats) {
      expect(readDetailText({ why: 'other-format', format })).toBe(
        `tệp là ${words}, không phải tệp Excel .xlsx.`,
      );
    }
  });

  it('says which zip entry is too large, declared or inflated, with sizes in MB', () => {
    const entry = 'xl/worksheets/sheet1.xml';
    expect(
      readDetailText({ why: 'entry-declared-over-limit', entry, bytes: 2.5 * MB, maxBytes: 1.25 * MB }),
    ).toBe('mục “xl/worksheets/sheet1.xml” khai báo dung lượng giải nén 2,5 MB, vượt giới hạn 1,3 MB.');
    expect(readDetailText({ why: 'total-declared-over-limit', bytes: 300 * MB, maxBytes: 200 * MB })).toBe(
      'tổng dung lượng giải nén khai báo 300 MB, vượt giới hạn 200 MB.',
    );
    expect(readDetailText({ why: 'entry-over-limit', entry, maxBytes: 100 * MB })).toBe(
      'mục “xl/worksheets/sheet1.xml” giải nén vượt quá giới hạn 100 MB.',
    );
    expect(readDetailText({ why: 'total-over-limit', maxBytes: 200 * MB })).toBe(
      'tổng dung lượng giải nén vượt quá giới hạn 200 MB.',
    );
  });

  it('says what is wrong with a zip entry, naming it', () => {
    const entry = 'xl/sharedStrings.xml';
    const cases: [ReadDetail, string][] = [
      [{ why: 'entry-corrupt', entry }, 'mục “xl/sharedStrings.xml” trong tệp nén bị hỏng.'],
      [{ why: 'entry-short', entry }, 'tệp nén bị cắt cụt (mục “xl/sharedStrings.xml” không đủ dữ liệu).'],
      [
        { why: 'entry-encrypted', entry },
        'mục “xl/sharedStrings.xml” trong tệp nén được mã hóa bằng mật khẩu.',
      ],
      [
        { why: 'entry-method', entry, method: 14 },
        'mục “xl/sharedStrings.xml” dùng kiểu nén 14 không được hỗ trợ.',
      ],
      [
        { why: 'entry-size-mismatch', entry },
        'mục “xl/sharedStrings.xml” có dung lượng sau giải nén khác với khai báo trong tệp nén.',
      ],
      [
        { why: 'entry-inflate-failed', entry },
        'mục “xl/sharedStrings.xml” trong tệp nén bị hỏng, không giải nén được.',
      ],
      [{ why: 'entry-truncated', entry }, 'mục “xl/sharedStrings.xml” trong tệp nén bị cắt cụt.'],
      [{ why: 'duplicate-entry', entry }, 'tệp nén chứa hai mục cùng tên “xl/sharedStrings.xml”.'],
    ];
    for (const [detail, text] of cases) expect(readDetailText(detail)).toBe(text);
  });

  it('says what is wrong with the zip as a whole', () => {
    const cases: [ReadDetail, string][] = [
      [{ why: 'no-directory' }, 'tệp nén bị cắt cụt hoặc hỏng (không tìm thấy mục lục của tệp nén ZIP).'],
      [{ why: 'zip64-corrupt' }, 'mục lục ZIP64 của tệp nén bị hỏng.'],
      [{ why: 'directory-outside' }, 'tệp nén bị cắt cụt (mục lục trỏ ra ngoài tệp).'],
      [{ why: 'too-short' }, 'tệp nén quá ngắn, có lẽ bị cắt cụt.'],
      [{ why: 'directory-corrupt' }, 'mục lục của tệp nén bị hỏng.'],
      [{ why: 'empty-zip' }, 'tệp nén rỗng, không có sổ làm việc Excel nào bên trong.'],
      [{ why: 'no-workbook-xml' }, 'tệp nén không chứa sổ làm việc Excel (thiếu phần xl/workbook.xml).'],
      [{ why: 'unreadable' }, 'tệp bị hỏng, không đọc được.'],
    ];
    for (const [detail, text] of cases) expect(readDetailText(detail)).toBe(text);
  });

  it('names the macro part that makes a file unsafe', () => {
    expect(readDetailText({ why: 'vba', part: 'xl/vbaProject.bin' })).toBe(
      'tệp chứa macro VBA (“xl/vbaProject.bin”).',
    );
    expect(readDetailText({ why: 'macro-sheet', part: 'xl/macrosheets/sheet1.xml' })).toBe(
      'tệp chứa trang macro Excel 4.0 (“xl/macrosheets/sheet1.xml”).',
    );
  });

  it('names the part, sheet, cell or name of a workbook whose inside is broken', () => {
    const cases: [ReadDetail, string][] = [
      [{ why: 'xml-invalid', part: 'xl/styles.xml' }, 'phần “xl/styles.xml” của tệp không phải XML hợp lệ.'],
      [
        { why: 'workbook-part-missing', part: 'xl/_rels/workbook.xml.rels' },
        'thiếu phần “xl/_rels/workbook.xml.rels”.',
      ],
      [
        {
          why: 'sheet-part-missing',
          part: 'xl/worksheets/sheet2.xml',
          sheet: 'Phiếu',
          workbookPart: 'xl/workbook.xml',
        },
        'thiếu phần “xl/worksheets/sheet2.xml” chứa trang “Phiếu” (được khai báo trong “xl/workbook.xml”).',
      ],
      [
        { why: 'shared-string-missing', sheet: 'Phiếu', cell: 'D14' },
        'trang “Phiếu”, ô D14 trỏ tới chuỗi dùng chung không tồn tại.',
      ],
      [{ why: 'cell-address', sheet: 'Phiếu', text: 'D0' }, 'trang “Phiếu” có địa chỉ ô không hợp lệ “D0”.'],
      [
        { why: 'cell-twice', sheet: 'Phiếu', cell: 'D14' },
        'trang “Phiếu” ghi ô D14 hai lần (mã tệp bất thường, không biết giá trị nào đúng).',
      ],
      [{ why: 'row-number', sheet: 'Phiếu', text: '-3' }, 'trang “Phiếu” có số hàng không hợp lệ “-3”.'],
      [{ why: 'sheet-twice', sheet: 'Phiếu' }, 'sổ tính có hai trang cùng tên “Phiếu”.'],
      [
        { why: 'name-twice', name: 'TC_2_3' },
        'sổ tính định nghĩa tên vùng “TC_2_3” hai lần (mã tệp bất thường, không biết ô nào đúng).',
      ],
    ];
    for (const [detail, text] of cases) expect(readDetailText(detail)).toBe(text);
  });
});
