/**
 * The zip's central directory as the reader sees it: zip64 records and extra fields, comments, names
 * written by other tools, and directories that are cut, lie or repeat themselves (each refused with its
 * own Vietnamese reason, naming the file).
 */
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackageParts, zipParts } from '../../support/xlsx/package-builder';
import { rawEntries, rawZip, type RawZipEntry } from '../../support/xlsx/raw-zip';
import { readOk } from '../../support/xlsx/read';

const FILE = 'phieu.xlsx';

function formParts(): Record<string, string | Uint8Array> {
  return buildPackageParts({
    sheets: [
      {
        name: 'Phiếu',
        sheetData:
          '<row r="1"><c r="A1"><v>7.5</v></c><c r="B1" t="inlineStr"><is><t>Có minh chứng</t></is></c></row>',
      },
    ],
    definedNames: '<definedName name="TC_1_1">\'Phiếu\'!$A$1</definedName>',
  });
}

/** What a user sees of the form: its names and the cells they point at. */
function expectForm(bytes: Uint8Array): void {
  const wb = readOk(bytes, FILE);
  expect(wb.names.map((n) => n.name)).toEqual(['TC_1_1']);
  expect(wb.cells['Phiếu']).toEqual({ A1: { value: 7.5 }, B1: { value: 'Có minh chứng' } });
}

/** The refusal's message, after checking it names the file and has the given code. */
function refusal(bytes: Uint8Array, code = 'corrupt'): string {
  const outcome = readReturnedWorkbook(bytes, FILE);
  if (outcome.ok) throw new Error(`expected ${code}, the file was read`);
  expect(outcome.problem.code).toBe(code);
  expect(outcome.problem.message).toContain(`“${FILE}”`);
  return outcome.problem.message;
}

const u16 = (bytes: Uint8Array, at: number, v: number) => new DataView(bytes.buffer).setUint16(at, v, true);
const u32 = (bytes: Uint8Array, at: number, v: number) => new DataView(bytes.buffer).setUint32(at, v, true);

describe('what fflate and other tools write', () => {
  test('the form as fflate zips it', () => {
    expectForm(zipParts(formParts()));
  });

  test('stored entries with Info-ZIP style extra fields and entry comments', () => {
    const zip = rawZip(
      rawEntries(formParts(), (name) => ({
        method: name.endsWith('.rels') ? 0 : 8,
        extraBefore: [{ id: 0x5455, data: new Uint8Array([3, 1, 2, 3, 4]) }],
        comment: `mục ${name}`,
      })),
    );
    expectForm(zip.bytes);
  });

  test('an archive comment after the directory', () => {
    expectForm(rawZip(rawEntries(formParts()), { comment: 'Sở Thông tin và Truyền thông' }).bytes);
  });

  test('an archive comment of the greatest length a zip allows (65,535 bytes)', () => {
    expectForm(rawZip(rawEntries(formParts()), { comment: new Uint8Array(0xffff).fill(0x41) }).bytes);
  });

  test('part names written with backslashes or leading slashes are the package parts', () => {
    const names = ['xl\\workbook.xml', '/xl/worksheets/sheet1.xml', '//xl/_rels/workbook.xml.rels'];
    const entries = rawEntries(formParts()).map((e) => {
      const other = names.find((n) => n.replace(/\\/g, '/').replace(/^\/+/, '') === e.name);
      return other ? { ...e, name: other } : e;
    });
    expectForm(rawZip(entries).bytes);
  });

  test('an entry with an empty name, last in the directory, is harmless', () => {
    expectForm(rawZip([...rawEntries(formParts()), { name: '', content: '', method: 0 }]).bytes);
  });

  test('a directory whose declared size runs to the end of the file', () => {
    const zip = rawZip(rawEntries(formParts()));
    u32(zip.bytes, zip.eocd + 12, zip.bytes.length - zip.directory);
    expectForm(zip.bytes);
  });

  test('a comment on the last entry that looks like a zip64 locator is only a comment', () => {
    const fake = new Uint8Array(20);
    u32(fake, 0, 0x07064b50);
    u32(fake, 8, 0); // "record" at the first local header
    u32(fake, 16, 1);
    const entries = rawEntries(formParts());
    entries[entries.length - 1] = { ...(entries[entries.length - 1] as RawZipEntry), comment: fake };
    expectForm(rawZip(entries).bytes);
  });
});

describe('zip64', () => {
  const all = { uncompressed: true, compressed: true, offset: true };

  test('every size and offset in zip64 extra fields, and a zip64 end record', () => {
    expectForm(
      rawZip(
        rawEntries(formParts(), () => ({ zip64: all })),
        { zip64End: {} },
      ).bytes,
    );
  });

  test.each([
    ['the entry count', { count: true }],
    ['the directory size', { size: true }],
    ['the directory offset', { offset: true }],
  ])('a zip64 end record used because only %s overflows', (_what, zip64End) => {
    expectForm(rawZip(rawEntries(formParts()), { zip64End }).bytes);
  });

  const zip64Fields = [
    ['the inflated size', { uncompressed: true }],
    ['the compressed size', { compressed: true }],
    ['the header offset', { offset: true }],
    ['the inflated size and the offset', { uncompressed: true, offset: true }],
    ['the compressed size and the offset', { compressed: true, offset: true }],
    ['both sizes', { uncompressed: true, compressed: true }],
  ] as const;

  test.each(zip64Fields)('zip64 extra fields holding only %s, after another extra field', (_what, zip64) => {
    const entries = rawEntries(formParts(), () => ({
      zip64,
      extraBefore: [{ id: 0x7875, data: new Uint8Array([1, 4, 0, 0, 0, 0, 4, 0, 0, 0, 0]) }],
      zip64Padding: 8,
    }));
    expectForm(rawZip(entries).bytes);
  });

  test.each(zip64Fields)('zip64 extra fields holding only %s, and nothing more', (_what, zip64) => {
    expectForm(rawZip(rawEntries(formParts(), () => ({ zip64 }))).bytes);
  });

  test('a zip64 size over 4 GB is read whole and refused as declared', () => {
    const entries = rawEntries(formParts());
    entries.push({ name: 'xl/media/video.bin', content: 'x', method: 0, zip64: { uncompressed: true } });
    const zip = rawZip(entries);
    // The zip64 field's value: 5 GB, in both of its 32-bit halves.
    const central = zip.central[zip.central.length - 1] as number;
    const field = central + 46 + 'xl/media/video.bin'.length + 4;
    u32(zip.bytes, field, 0x40000000);
    u32(zip.bytes, field + 4, 1);
    expect(refusal(zip.bytes, 'zip-bomb')).toContain(
      'mục “xl/media/video.bin” khai báo dung lượng giải nén 5.120 MB, vượt giới hạn 50 MB.',
    );
  });

  test.each([
    [
      'inflated size',
      { uncompressed: true },
      'zip-bomb',
      'mục “xl/workbook.xml” khai báo dung lượng giải nén 4.096 MB',
    ],
    [
      'compressed size',
      { compressed: true },
      'corrupt',
      'tệp nén bị cắt cụt (mục “xl/workbook.xml” không đủ dữ liệu).',
    ],
    ['header offset', { offset: true }, 'corrupt', 'mục “xl/workbook.xml” trong tệp nén bị hỏng.'],
  ])('a zip64 field too short for the %s it should hold leaves 0xFFFFFFFF', (_what, zip64, code, text) => {
    const entries = rawEntries(formParts(), (name) =>
      name === 'xl/workbook.xml' ? { zip64, comment: 'ok', method: 0 } : {},
    );
    const index = entries.findIndex((e) => e.name === 'xl/workbook.xml');
    const zip = rawZip(entries);
    const central = zip.central[index] as number;
    const field = central + 46 + 'xl/workbook.xml'.length;
    // The field now claims 4 bytes, half its value; the other half becomes part of the entry's comment.
    u16(zip.bytes, field + 2, 4);
    u16(zip.bytes, central + 30, 8);
    u16(zip.bytes, central + 32, 2 + 4);
    expect(refusal(zip.bytes, code)).toContain(text);
  });

  test('a zip64 locator pointing past the end of the file', () => {
    const zip = rawZip(rawEntries(formParts()), { zip64End: {} });
    u32(zip.bytes, (zip.zip64Locator as number) + 8, zip.bytes.length + 10);
    expect(refusal(zip.bytes)).toContain('mục lục ZIP64 của tệp nén bị hỏng');
  });

  test('a zip64 locator pointing at something that is not a zip64 end record', () => {
    const zip = rawZip(rawEntries(formParts()), { zip64End: {} });
    u32(zip.bytes, (zip.zip64Locator as number) + 8, 0);
    expect(refusal(zip.bytes)).toContain('mục lục ZIP64 của tệp nén bị hỏng');
  });
});

describe('broken directories', () => {
  test('a file cut before its directory says the zip index is missing', () => {
    const bytes = zipParts(formParts());
    expect(refusal(bytes.subarray(0, Math.floor(bytes.length / 2)))).toContain(
      'không tìm thấy mục lục của tệp nén ZIP',
    );
  });

  test('a file shorter than any zip', () => {
    expect(refusal(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]))).toContain(
      'tệp nén quá ngắn, có lẽ bị cắt cụt',
    );
  });

  test('a file with a piece missing from its middle: the directory points outside it', () => {
    const bytes = zipParts(formParts());
    const cut = new Uint8Array(bytes.length - 100);
    cut.set(bytes.subarray(0, 200));
    cut.set(bytes.subarray(300), 200);
    expect(refusal(cut)).toContain('mục lục trỏ ra ngoài tệp');
  });

  test('a directory said to start past the end of the file', () => {
    const zip = rawZip(rawEntries(formParts()));
    u32(zip.bytes, zip.eocd + 16, zip.bytes.length + 1);
    expect(refusal(zip.bytes)).toContain('mục lục trỏ ra ngoài tệp');
  });

  test('a directory that claims more entries than it holds', () => {
    const zip = rawZip(rawEntries(formParts()));
    u16(zip.bytes, zip.eocd + 8, 0xffff);
    u16(zip.bytes, zip.eocd + 10, 0xffff);
    expect(refusal(zip.bytes)).toContain('mục lục của tệp nén bị hỏng');
  });

  test('an end record alone that claims 65,535 entries', () => {
    const bytes = new Uint8Array(22);
    u32(bytes, 0, 0x06054b50);
    u16(bytes, 8, 0xffff);
    u16(bytes, 10, 0xffff);
    expect(refusal(bytes)).toContain('mục lục của tệp nén bị hỏng');
  });

  test('a directory entry without its signature', () => {
    const zip = rawZip(rawEntries(formParts()));
    u32(zip.bytes, zip.central[1] as number, 0x04034b50);
    expect(refusal(zip.bytes)).toContain('mục lục của tệp nén bị hỏng');
  });

  test('a last entry whose name runs past the directory', () => {
    const zip = rawZip(rawEntries(formParts()));
    u16(zip.bytes, (zip.central[zip.central.length - 1] as number) + 28, 0xfff0);
    expect(refusal(zip.bytes)).toContain('mục lục của tệp nén bị hỏng');
  });

  test('a last entry whose extra field runs past the directory', () => {
    const zip = rawZip(rawEntries(formParts()));
    u16(zip.bytes, (zip.central[zip.central.length - 1] as number) + 30, 1000);
    expect(refusal(zip.bytes)).toContain('mục lục của tệp nén bị hỏng');
  });

  test('a last entry whose extra field runs 10 bytes into the end record', () => {
    const zip = rawZip(rawEntries(formParts()));
    const last = zip.central[zip.central.length - 1] as number;
    u16(zip.bytes, last + 30, new DataView(zip.bytes.buffer).getUint16(last + 30, true) + 10);
    expect(refusal(zip.bytes)).toContain('mục lục của tệp nén bị hỏng');
  });

  test('one entry more than listed, after a last comment that runs into the end record', () => {
    const zip = rawZip(rawEntries(formParts(), () => ({ comment: 'ok' })));
    const last = zip.central[zip.central.length - 1] as number;
    u16(zip.bytes, last + 32, 2 + 20);
    u16(zip.bytes, zip.eocd + 8, zip.central.length + 1);
    u16(zip.bytes, zip.eocd + 10, zip.central.length + 1);
    expect(refusal(zip.bytes)).toContain('mục lục của tệp nén bị hỏng');
  });

  test('two entries whose names differ only in case', () => {
    const entries = rawEntries(formParts());
    entries.push({ name: 'XL/Worksheets/Sheet1.xml', content: '<worksheet/>' });
    expect(refusal(rawZip(entries).bytes)).toContain(
      'tệp nén chứa hai mục cùng tên “XL/Worksheets/Sheet1.xml”',
    );
  });

  test('an entry marked as encrypted, whatever other flags it has', () => {
    const entries = rawEntries(formParts(), (name) =>
      name === 'xl/workbook.xml' ? { flags: 0x0809 } : { flags: 0x0800 },
    );
    expect(refusal(rawZip(entries).bytes, 'encrypted')).toContain(
      'mục “xl/workbook.xml” trong tệp nén được mã hóa bằng mật khẩu',
    );
  });
});
