/**
 * Files that are not zip packages, told apart by their first bytes: each refused with a Vietnamese
 * message that names the file and says what it really is (image, PDF, archive, text, HTML...).
 */
import { strToU8 } from 'fflate';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackageParts } from '../../support/xlsx/package-builder';
import { rawEntries, rawZip } from '../../support/xlsx/raw-zip';
import { readOk } from '../../support/xlsx/read';

const FILE = 'phieu.xlsx';
const NOT_OOXML = 'tệp không phải tệp Excel .xlsx (không đúng định dạng Office Open XML).';
const PLAIN_TEXT = 'tệp là văn bản thuần (CSV hoặc TXT) đã đổi đuôi';
const MARKUP = 'tệp là văn bản HTML/XML';

function refusal(bytes: Uint8Array, code: string): string {
  const outcome = readReturnedWorkbook(bytes, FILE);
  if (outcome.ok) throw new Error(`expected ${code}, the file was read`);
  expect(outcome.problem.code).toBe(code);
  expect(outcome.problem.message).toContain(`“${FILE}”`);
  return outcome.problem.message;
}

const bytesOf = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...strToU8(p)] : p)));

/** Binary filler: NUL bytes and control characters, as in any image or archive. */
const binary = (n: number): number[] => Array.from({ length: n }, (_, i) => (i * 37) % 256);

describe('other formats, named by their signature', () => {
  test.each([
    ['a PNG image', () => bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], binary(200)), 'ảnh PNG'],
    ['a JPEG photo', () => bytesOf([0xff, 0xd8, 0xff, 0xe0], 'JFIF', binary(200)), 'ảnh JPEG'],
    ['a GIF image', () => bytesOf('GIF89a', [1, 0, 1, 0], 'a simple text after it'), 'ảnh GIF'],
    [
      'a PDF document',
      () => bytesOf('%PDF-1.7\n% Phiếu khảo sát\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      'tài liệu PDF',
    ],
    ['a RAR archive', () => bytesOf('Rar!', [0x1a, 0x07, 0x00], binary(100)), 'tệp nén RAR'],
    ['a 7z archive', () => bytesOf([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], binary(100)), 'tệp nén 7z'],
    ['a gzip archive', () => bytesOf([0x1f, 0x8b, 0x08, 0x00], binary(100)), 'tệp nén gzip'],
    [
      'an RTF document',
      () => bytesOf('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} Phiếu}'),
      'văn bản RTF',
    ],
    ['a gzip signature and nothing more', () => bytesOf([0x1f, 0x8b]), 'tệp nén gzip'],
  ])('%s', (_what, bytes, label) => {
    expect(refusal(bytes(), 'not-zip')).toContain(`tệp là ${label}, không phải tệp Excel .xlsx.`);
  });

  test('bytes that start like a PNG but are not one', () => {
    expect(refusal(bytesOf([0x89, 0x50, 0x4e, 0x00], binary(200)), 'not-zip')).toContain(NOT_OOXML);
  });

  test.each([
    ['QK', () => bytesOf('QK', [3, 4], binary(100))],
    ['PX', () => bytesOf('PX', [3, 4], binary(100))],
    ['two NUL bytes', () => bytesOf([0, 0, 3, 4], binary(100))],
    ['PK then a central-directory mark', () => bytesOf('PK', [1, 2], binary(100))],
  ])('a binary file that starts like a zip local header but with %s is not a zip', (_what, bytes) => {
    expect(refusal(bytes(), 'not-zip')).toContain(NOT_OOXML);
  });
});

describe('text files', () => {
  test('a one-letter text file', () => {
    expect(refusal(bytesOf('a'), 'csv-or-text')).toContain(PLAIN_TEXT);
  });

  test('a CSV whose first column is headed "PK" is text, not a zip', () => {
    expect(refusal(bytesOf('PK;Mã tiêu chí;Điểm\n1;1.1;7,5\n'), 'csv-or-text')).toContain(PLAIN_TEXT);
  });

  test.each([
    [
      'UTF-16LE',
      [0xff, 0xfe],
      (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ],
    [
      'UTF-16BE',
      [0xfe, 0xff],
      (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ],
  ])('a "Unicode text" file saved by Excel (%s with its byte order mark)', (_how, bom, encode) => {
    const bytes = bytesOf(bom, encode('Mã tiêu chí\tĐiểm\r\n1.1\t7,5\r\n'));
    expect(refusal(bytes, 'csv-or-text')).toContain(PLAIN_TEXT);
  });

  test.each([
    ['tab-separated, one short line each', 'A\tB\r\n'.repeat(50)],
    ['with a page break on every short line', 'Trang\f\n'.repeat(50)],
  ])('text %s is text, whatever share of its bytes are white space', (_what, text) => {
    expect(refusal(bytesOf(text), 'csv-or-text')).toContain(PLAIN_TEXT);
  });

  test('a text of 100 bytes with 2 stray control characters is still text', () => {
    const bytes = bytesOf('x'.repeat(49), [0x01], 'y'.repeat(49), [0x02]);
    expect(bytes).toHaveLength(100);
    expect(refusal(bytes, 'csv-or-text')).toContain(PLAIN_TEXT);
  });

  test('a file of 100 bytes with 3 control characters is not text', () => {
    const bytes = bytesOf('x'.repeat(48), [0x01], 'y'.repeat(48), [0x02, 0x03], 'z');
    expect(bytes).toHaveLength(100);
    expect(refusal(bytes, 'not-zip')).toContain(NOT_OOXML);
  });

  test('a file full of DEL characters is not text', () => {
    expect(refusal(bytesOf('ab\x7f'.repeat(40)), 'not-zip')).toContain(NOT_OOXML);
  });

  test('a single NUL byte makes a file binary even when the rest reads as text', () => {
    const bytes = bytesOf('Mã tiêu chí;Điểm\n'.repeat(10), [0], 'Mã tiêu chí;Điểm\n'.repeat(10));
    expect(refusal(bytes, 'not-zip')).toContain(NOT_OOXML);
  });

  test('only the first 4 KB are looked at: a long CSV with a NUL further on is text', () => {
    const line = 'Mã tiêu chí;Điểm;Minh chứng\n';
    const lines = line.repeat(Math.floor(4096 / strToU8(line).length));
    const bytes = bytesOf(lines, 'x'.repeat(4096 - strToU8(lines).length), [0], line);
    expect(bytes[4096]).toBe(0);
    expect(refusal(bytes, 'csv-or-text')).toContain(PLAIN_TEXT);
  });

  test.each([
    [
      'after a UTF-8 byte order mark (XML Spreadsheet 2003)',
      () => bytesOf([0xef, 0xbb, 0xbf], '<?xml version="1.0"?>\n<Workbook/>'),
    ],
    [
      'at the very first byte (an HTML table saved as .xls)',
      () => bytesOf('<table><tr><td>7,5</td></tr></table>'),
    ],
    [
      'after spaces, tabs and line breaks',
      () => bytesOf(' \t\r\n \r\n<html><body><table></table></body></html>'),
    ],
  ])('markup %s is named HTML/XML', (_where, bytes) => {
    expect(refusal(bytes(), 'csv-or-text')).toContain(MARKUP);
  });

  test('a text that only mentions a tag is plain text', () => {
    expect(refusal(bytesOf('Điểm <b>7,5</b>\n'), 'csv-or-text')).toContain(PLAIN_TEXT);
  });
});

describe('zip signatures', () => {
  test('a zip that starts with the spanned-archive mark (PK 07 08) is read', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>7.5</v></c></row>' }],
      definedNames: '<definedName name="TC_1_1">\'Phiếu\'!$A$1</definedName>',
    });
    const bytes = rawZip(rawEntries(parts), { prefix: bytesOf('PK', [7, 8]) }).bytes;
    expect(readOk(bytes, FILE).cells['Phiếu']).toEqual({ A1: { value: 7.5 } });
  });

  test('an empty zip (its end record first) is a zip with no workbook', () => {
    const bytes = rawZip([]).bytes;
    expect(refusal(bytes, 'no-workbook-part')).toContain('tệp nén rỗng');
  });
});
