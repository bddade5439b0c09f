/**
 * The CLI reads returned files with node:zlib's inflate instead of fflate's (faster, native): every
 * file, readable or refused, must come out exactly as the task pane's reader (the default) reads it.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { deflateSync, strToU8 } from 'fflate';
import { nodeInflateRaw } from '../../src/cli/returned-file';
import { readReturnedWorkbook } from '../../src/xlsx/read-workbook';
import { fflateInflate } from '../../src/xlsx/reader/zip-inflate';
import { buildPackage, buildPackageParts, lieAboutSize, zipParts } from '../support/xlsx/package-builder';

const FIXTURES = join(__dirname, '../fixtures/returned');
const NOT_FIXTURES = /(^|\/)(README\.md|expected\.json)$|\.(py|sh|ts|mjs|js|md)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(FIXTURES, path).split('\\').join('/')];
  });
}

/** The default reader's outcome and the CLI's, for the same bytes. */
function bothWays(bytes: Uint8Array, limits?: { maxEntryBytes: number }) {
  return {
    cli: readReturnedWorkbook(bytes, 'x.xlsx', limits, { inflateRaw: nodeInflateRaw }),
    pane: readReturnedWorkbook(bytes, 'x.xlsx', limits),
  };
}

function smallForm(sheetData = '<row r="1"><c r="A1"><v>1</v></c></row>'): Uint8Array {
  return buildPackage({
    sheets: [{ name: 'Phiếu', sheetData }],
    definedNames: '<definedName name="TC_1_1">\'Phiếu\'!$A$1</definedName>',
  });
}

test.each(listFiles(FIXTURES).filter((f) => !NOT_FIXTURES.test(f)))(
  'fixture %s is read (or refused) as the default reader does',
  (file) => {
    const { cli, pane } = bothWays(new Uint8Array(readFileSync(join(FIXTURES, file))));
    expect(cli).toEqual(pane);
  },
);

describe.each([
  ['node:zlib', nodeInflateRaw],
  ['fflate', fflateInflate],
])('%s inflate, as the reader expects it', (_name, inflate) => {
  const text = strToU8('<v>7,5</v>');
  test('the whole output when it fits, an empty stream included', () => {
    expect(inflate(deflateSync(text), text.length)).toEqual(text);
    expect(inflate(deflateSync(new Uint8Array(0)), 0)).toEqual(new Uint8Array(0));
  });
  test('null when the stream holds more than allowed', () => {
    expect(inflate(deflateSync(text), text.length - 1)).toBeNull();
    expect(inflate(deflateSync(text), 0)).toBeNull();
  });
  test('throws on a broken stream', () => {
    expect(() => inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100)).toThrow();
  });
});

describe('damaged entries are refused with the same words', () => {
  test('a form is read', () => {
    const { cli, pane } = bothWays(smallForm());
    expect(cli.ok && cli.workbook.cells['Phiếu']?.A1?.value).toBe(1);
    expect(cli).toEqual(pane);
  });

  test('compressed data overwritten', () => {
    const bytes = zipParts(
      buildPackageParts({
        sheets: [{ name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50) }],
        definedNames: '<definedName name="A">\'Phiếu\'!$A$1</definedName>',
      }),
    );
    const name = strToU8('xl/worksheets/sheet1.xml');
    const at = bytes.findIndex(
      (_, i) =>
        bytes[i] === 0x50 &&
        bytes[i + 1] === 0x4b &&
        bytes[i + 2] === 3 &&
        name.every((b, j) => bytes[i + 30 + j] === b),
    );
    const data = at + 30 + name.length;
    for (let i = data; i < data + 40; i++) bytes[i] = 0xff;
    const { cli, pane } = bothWays(bytes);
    expect(cli.ok ? 'read' : cli.problem.code).toBe('corrupt');
    expect(cli).toEqual(pane);
  });

  test('more output than the header declares', () => {
    const { cli, pane } = bothWays(lieAboutSize(smallForm(), 'xl/worksheets/sheet1.xml', 20));
    expect(cli.ok ? 'read' : cli.problem.message).toMatch(/khác với khai báo/);
    expect(cli).toEqual(pane);
  });

  test('less output than the header declares', () => {
    const { cli, pane } = bothWays(lieAboutSize(smallForm(), 'xl/worksheets/sheet1.xml', 5000));
    expect(cli.ok ? 'read' : cli.problem.code).toBe('corrupt');
    expect(cli).toEqual(pane);
  });

  test('a zip bomb that lies about its size', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Phiếu', sheetData: '' }],
      definedNames: '<definedName name="A">\'Phiếu\'!$A$1</definedName>',
    });
    parts['xl/worksheets/sheet1.xml'] = new Uint8Array(8 * 1024 * 1024);
    const bytes = lieAboutSize(zipParts(parts), 'xl/worksheets/sheet1.xml', 1000);
    const { cli, pane } = bothWays(bytes, { maxEntryBytes: 1024 * 1024 });
    expect(cli.ok ? 'read' : cli.problem.code).toBe('zip-bomb');
    expect(cli).toEqual(pane);
  });

  test('a compressed stream cut short', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50) }],
      definedNames: '<definedName name="A">\'Phiếu\'!$A$1</definedName>',
    });
    const whole = zipParts(parts);
    // The same package with the worksheet's deflate stream stopped halfway (its declared sizes kept).
    const name = strToU8('xl/worksheets/sheet1.xml');
    const at = whole.findIndex(
      (_, i) =>
        whole[i] === 0x50 &&
        whole[i + 1] === 0x4b &&
        whole[i + 2] === 3 &&
        name.every((b, j) => whole[i + 30 + j] === b),
    );
    const view = new DataView(whole.buffer);
    const compressed = view.getUint32(at + 18, true);
    const data = at + 30 + name.length;
    whole.fill(0, data + Math.floor(compressed / 2), data + compressed);
    const { cli, pane } = bothWays(whole);
    expect(cli.ok ? 'read' : cli.problem.code).toBe('corrupt');
    expect(cli).toEqual(pane);
  });
});
