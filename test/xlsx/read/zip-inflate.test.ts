/**
 * Inflating the package's entries: large parts inflated in steps, entries exactly at the limits, and
 * entries whose headers or data are damaged or lie, each refused with its Vietnamese reason naming
 * the file and the entry.
 */
import { deflateSync, Inflate, strToU8 } from 'fflate';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import type { ReadLimits } from '../../../src/xlsx/read-workbook';
import { buildPackageParts, lieAboutSize, zipParts } from '../../support/xlsx/package-builder';
import { rawEntries, rawZip } from '../../support/xlsx/raw-zip';

const FILE = 'phieu.xlsx';
const SHEET = 'xl/worksheets/sheet1.xml';
const MB = 1024 * 1024;

/** A form whose sheet holds `rows` rows of distinct numbers, so that its part compresses only so far. */
function formParts(rows: number): Record<string, string | Uint8Array> {
  let sheetData = '';
  for (let r = 1; r <= rows; r++) sheetData += `<row r="${r}"><c r="A${r}"><v>${r * 7919}</v></c></row>`;
  return buildPackageParts({
    sheets: [{ name: 'Phiếu', sheetData }],
    definedNames: '<definedName name="TC_1_1">\'Phiếu\'!$A$1</definedName>',
  });
}

function expectRows(bytes: Uint8Array, rows: number, limits?: Partial<ReadLimits>): void {
  const outcome = readReturnedWorkbook(bytes, FILE, limits);
  if (!outcome.ok) throw new Error(`refused: ${outcome.problem.message}`);
  const cells = outcome.workbook.cells['Phiếu'] ?? {};
  expect(Object.keys(cells)).toHaveLength(rows);
  for (const r of [1, 2, Math.floor(rows / 2), rows - 1, rows])
    expect(cells[`A${r}`]).toEqual({ value: r * 7919 });
}

function refusal(bytes: Uint8Array, code: string, limits?: Partial<ReadLimits>): string {
  const outcome = readReturnedWorkbook(bytes, FILE, limits);
  if (outcome.ok) throw new Error(`expected ${code}, the file was read`);
  expect(outcome.problem.code).toBe(code);
  expect(outcome.problem.message).toContain(`“${FILE}”`);
  return outcome.problem.message;
}

const u32 = (bytes: Uint8Array, at: number, v: number) => new DataView(bytes.buffer).setUint32(at, v, true);
const sizeOf = (part: string | Uint8Array) =>
  typeof part === 'string' ? new TextEncoder().encode(part).length : part.length;

describe('entries read whole', () => {
  test('a large sheet part, inflated in steps, is read whole', () => {
    const parts = formParts(20000);
    expectRows(zipParts(parts), 20000);
  });

  test('a sheet part exactly at the per-entry limit, inflated in steps', () => {
    const parts = formParts(3000);
    expectRows(zipParts(parts), 3000, { maxEntryBytes: sizeOf(parts[SHEET] as string) });
  });

  test('a sheet part one byte over the per-entry limit is refused, naming it', () => {
    const parts = formParts(3000);
    expect(
      refusal(zipParts(parts), 'zip-bomb', { maxEntryBytes: sizeOf(parts[SHEET] as string) - 1 }),
    ).toContain(`mục “${SHEET}” khai báo dung lượng giải nén`);
  });

  test('a sheet part whose deflate stream is exactly two input steps (32 KB) long', () => {
    const parts = formParts(50);
    const sheet = parts[SHEET] as string;
    // Deflate's stored blocks add 5 bytes: 32,763 bytes of XML make a 32,768-byte stream.
    parts[SHEET] = sheet.replace('</worksheet>', `${' '.repeat(32763 - sizeOf(sheet))}</worksheet>`);
    const entries = rawEntries(parts, (name) => (name === SHEET ? { level: 0 } : {}));
    const zip = rawZip(entries);
    const index = entries.findIndex((e) => e.name === SHEET);
    expect(new DataView(zip.bytes.buffer).getUint32((zip.central[index] as number) + 20, true)).toBe(32768);
    expectRows(zip.bytes, 50, { maxEntryBytes: 1 * MB });
  });

  test('stored entries, and local headers with extra fields of their own', () => {
    const entries = rawEntries(formParts(50), (name) => ({
      method: name === SHEET ? 0 : 8,
      localExtra: new Uint8Array([0x55, 0x54, 5, 0, 3, 1, 2, 3, 4]),
    }));
    expectRows(rawZip(entries).bytes, 50);
  });
});

describe('entries that lie or are damaged', () => {
  test('an entry compressed with a method the reader does not know (LZMA)', () => {
    const entries = rawEntries(formParts(5), (name) => (name === SHEET ? { method: 14 } : {}));
    expect(refusal(rawZip(entries).bytes, 'corrupt')).toContain(
      `mục “${SHEET}” dùng kiểu nén 14 không được hỗ trợ.`,
    );
  });

  test('a stored entry whose declared size is not its length', () => {
    const entries = rawEntries(formParts(5), (name) =>
      name === SHEET ? { method: 0, declaredSize: 100 } : {},
    );
    expect(refusal(rawZip(entries).bytes, 'corrupt')).toContain(
      `mục “${SHEET}” có dung lượng sau giải nén khác với khai báo trong tệp nén.`,
    );
  });

  test('a local header without its signature', () => {
    const zip = rawZip(rawEntries(formParts(5)));
    const index = Object.keys(formParts(5)).indexOf('xl/workbook.xml');
    u32(zip.bytes, zip.local[index] as number, 0x02014b50);
    expect(refusal(zip.bytes, 'corrupt')).toContain('mục “xl/workbook.xml” trong tệp nén bị hỏng.');
  });

  test('a directory entry pointing its local header at the end of the file', () => {
    const zip = rawZip(rawEntries(formParts(5)));
    const index = Object.keys(formParts(5)).indexOf('xl/workbook.xml');
    u32(zip.bytes, (zip.central[index] as number) + 42, zip.bytes.length);
    expect(refusal(zip.bytes, 'corrupt')).toContain('mục “xl/workbook.xml” trong tệp nén bị hỏng.');
  });

  test.each([
    ['past the end of the file', 1, 'tệp nén bị cắt cụt (mục “xl/workbook.xml” không đủ dữ liệu).'],
    [
      'exactly to the end of the file',
      0,
      'mục “xl/workbook.xml” có dung lượng sau giải nén khác với khai báo',
    ],
  ])('a compressed size that runs %s', (_how, past, text) => {
    const entries = rawEntries(formParts(5), () => ({ method: 0 }));
    const zip = rawZip(entries);
    const index = entries.findIndex((e) => e.name === 'xl/workbook.xml');
    const local = zip.local[index] as number;
    const start = local + 30 + 'xl/workbook.xml'.length;
    u32(zip.bytes, (zip.central[index] as number) + 20, zip.bytes.length - start + past);
    expect(refusal(zip.bytes, 'corrupt')).toContain(text);
  });

  test('damaged compressed data in a small entry', () => {
    const entries = rawEntries(formParts(5));
    const index = entries.findIndex((e) => e.name === 'xl/workbook.xml');
    const zip = rawZip(entries);
    const data = (zip.local[index] as number) + 30 + 'xl/workbook.xml'.length;
    zip.bytes.fill(0xff, data, data + 8);
    expect(refusal(zip.bytes, 'corrupt')).toContain(
      'mục “xl/workbook.xml” trong tệp nén bị hỏng, không giải nén được.',
    );
  });

  test('damaged compressed data in a large entry inflated in steps', () => {
    const entries = rawEntries(formParts(20000));
    const index = entries.findIndex((e) => e.name === SHEET);
    const zip = rawZip(entries);
    const data = (zip.local[index] as number) + 30 + SHEET.length;
    zip.bytes.fill(0xff, data + 40000, data + 40100);
    expect(refusal(zip.bytes, 'corrupt')).toContain(
      `mục “${SHEET}” trong tệp nén bị hỏng, không giải nén được.`,
    );
  });

  test('a large entry that inflates to more than declared, within the limits', () => {
    const bytes = lieAboutSize(zipParts(formParts(20000)), SHEET, 100000);
    expect(refusal(bytes, 'corrupt')).toContain(
      `mục “${SHEET}” có dung lượng sau giải nén khác với khai báo`,
    );
  });

  test('a large entry declared as long as what its first input step inflates to', () => {
    const parts = formParts(20000);
    let firstStep = -1;
    const probe = new Inflate((chunk) => {
      if (firstStep < 0) firstStep = chunk.length;
    });
    probe.push(deflateSync(strToU8(parts[SHEET] as string)).subarray(0, 16 * 1024), false);
    expect(firstStep).toBeGreaterThan(0);
    const entries = rawEntries(parts, (name) => (name === SHEET ? { declaredSize: firstStep } : {}));
    expect(refusal(rawZip(entries).bytes, 'corrupt')).toContain(
      `mục “${SHEET}” có dung lượng sau giải nén khác với khai báo`,
    );
  });

  test('a large entry that inflates to less than declared', () => {
    const parts = formParts(20000);
    const bytes = lieAboutSize(zipParts(parts), SHEET, sizeOf(parts[SHEET] as string) + 10);
    expect(refusal(bytes, 'corrupt')).toContain(
      `mục “${SHEET}” có dung lượng sau giải nén khác với khai báo`,
    );
  });
});

describe('the total limit while inflating', () => {
  test('a lying entry read after honest ones is stopped at what is left of the total', () => {
    const parts = formParts(5);
    // 3 MB of honest custom properties, read before the sheets.
    parts['docProps/custom.xml'] = (parts['docProps/custom.xml'] as string).replace(
      '</Properties>',
      `${' '.repeat(3 * MB)}</Properties>`,
    );
    parts[SHEET] = new Uint8Array(2 * MB).fill(0x20);
    const bytes = lieAboutSize(zipParts(parts), SHEET, 1000);
    expect(refusal(bytes, 'zip-bomb', { maxEntryBytes: 5 * MB, maxTotalBytes: 4 * MB })).toContain(
      'tổng dung lượng giải nén vượt quá giới hạn 4 MB.',
    );
  });

  test('a part that two sheets share is inflated once for each, and counts twice toward the total', () => {
    const parts = buildPackageParts({
      sheets: [
        { name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' + ' '.repeat(20000) },
        { name: 'Bản sao', sheetData: '' },
      ],
      definedNames:
        '<definedName name="A">\'Phiếu\'!$A$1</definedName><definedName name="B">\'Bản sao\'!$A$1</definedName>',
    });
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
      'worksheets/sheet2.xml',
      'worksheets/sheet1.xml',
    );
    delete parts['xl/worksheets/sheet2.xml'];
    const total = Object.values(parts).reduce((sum, part) => sum + sizeOf(part), 0);
    const sheet = sizeOf(parts[SHEET] as string);
    // Stored, so that nothing but the declared size stands between the part and the total.
    const bytes = rawZip(rawEntries(parts, (name) => (name === SHEET ? { method: 0 } : {}))).bytes;
    // Read once, the sheet fits; read a second time it would pass the total, not the per-entry limit.
    expect(readReturnedWorkbook(bytes, FILE, { maxTotalBytes: total + sheet }).ok).toBe(true);
    expect(refusal(bytes, 'zip-bomb', { maxEntryBytes: sheet, maxTotalBytes: total + sheet - 1 })).toContain(
      'tổng dung lượng giải nén vượt quá giới hạn',
    );
  });
});
