/** Files that are not readable survey workbooks: each refused with its own code and a message naming it. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { strToU8, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import type { FileProblemCode } from '../../../src/core/returned/types';
import { readReturnedWorkbook, type ReadOutcome } from '../../../src/xlsx/read-workbook';
import { buildCfb, ENCRYPTED_OOXML } from '../../support/xlsx/cfb-builder';
import { buildPackage, buildPackageParts, lieAboutSize, zipParts } from '../../support/xlsx/package-builder';

const REFUSED = join(__dirname, '../../fixtures/returned/refused');
const MB = 1024 * 1024;

function refused(outcome: ReadOutcome, code: FileProblemCode, fileName: string): string {
  if (outcome.ok) throw new Error(`expected ${code}, the file was read`);
  expect(outcome.problem.code).toBe(code);
  expect(outcome.problem.message).toContain(`“${fileName}”`);
  expect(outcome.problem.message).toBe(outcome.problem.message.normalize('NFC'));
  return outcome.problem.message;
}

function smallForm(): Uint8Array {
  return buildPackage({
    sheets: [{ name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    definedNames: '<definedName name="TC_1_1">\'Phiếu\'!$A$1</definedName>',
  });
}

describe('not a zip package', () => {
  test('a 0-byte file', () => {
    expect(refused(readReturnedWorkbook(new Uint8Array(0), 'rong.xlsx'), 'not-zip', 'rong.xlsx')).toMatch(
      /0 byte/,
    );
  });

  test('a legacy .xls written by LibreOffice', () => {
    const bytes = new Uint8Array(readFileSync(join(REFUSED, 'libreoffice-excel-97.xls')));
    expect(refused(readReturnedWorkbook(bytes, 'so-y-te.xls'), 'xls-binary', 'so-y-te.xls')).toMatch(
      /97–2003/,
    );
  });

  test('a password-protected workbook (encrypted package in an OLE container)', () => {
    const bytes = buildCfb(ENCRYPTED_OOXML);
    expect(refused(readReturnedWorkbook(bytes, 'co-mat-khau.xlsx'), 'encrypted', 'co-mat-khau.xlsx')).toMatch(
      /mật khẩu/,
    );
  });

  test('an OLE container with a Workbook stream is a legacy .xls even when renamed .xlsx', () => {
    refused(
      readReturnedWorkbook(buildCfb([{ name: 'Workbook', type: 2 }]), 'doi-duoi.xlsx'),
      'xls-binary',
      'doi-duoi.xlsx',
    );
  });

  test('an encrypted container whose directory chain is broken is still recognised', () => {
    const bytes = buildCfb(ENCRYPTED_OOXML);
    new DataView(bytes.buffer).setUint32(0x30, 999, true); // directory start points past the end
    refused(readReturnedWorkbook(bytes, 'hong.xlsx'), 'encrypted', 'hong.xlsx');
  });

  test('a CSV saved by LibreOffice in a legacy code page and renamed .xlsx', () => {
    const bytes = new Uint8Array(readFileSync(join(REFUSED, 'libreoffice-csv-renamed.xlsx')));
    expect(refused(readReturnedWorkbook(bytes, 'phieu.xlsx'), 'csv-or-text', 'phieu.xlsx')).toMatch(/CSV/);
  });

  test('a UTF-8 CSV with Vietnamese text renamed .xlsx', () => {
    const bytes = strToU8('\uFEFFMã tiêu chí;Điểm\n2.3;7,5\n');
    refused(readReturnedWorkbook(bytes, 'phieu.xlsx'), 'csv-or-text', 'phieu.xlsx');
  });

  test('an HTML page saved as .xls', () => {
    const bytes = strToU8('<html><body><table><tr><td>7,5</td></tr></table></body></html>');
    expect(refused(readReturnedWorkbook(bytes, 'phieu.xls'), 'csv-or-text', 'phieu.xls')).toMatch(/HTML/);
  });

  test('a PNG renamed .xlsx says it is an image', () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '../../../assets/icon-32.png')));
    expect(refused(readReturnedWorkbook(bytes, 'anh.xlsx'), 'not-zip', 'anh.xlsx')).toMatch(/PNG/);
  });

  test('random binary bytes', () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 256);
    refused(readReturnedWorkbook(bytes, 'rac.xlsx'), 'not-zip', 'rac.xlsx');
  });
});

describe('zip packages that are not plain workbooks', () => {
  test('a macro-enabled workbook saved by LibreOffice (.xlsm content type)', () => {
    const bytes = new Uint8Array(readFileSync(join(REFUSED, 'libreoffice-macro-enabled.xlsm')));
    refused(readReturnedWorkbook(bytes, 'macro.xlsm'), 'macro-enabled', 'macro.xlsm');
  });

  test('a workbook carrying a VBA project, even under a plain .xlsx content type', () => {
    const parts = buildPackageParts({ sheets: [{ name: 'Phiếu', sheetData: '' }] });
    parts['xl/vbaProject.bin'] = buildCfb([{ name: 'VBA', type: 1 }]);
    expect(refused(readReturnedWorkbook(zipParts(parts), 'vba.xlsx'), 'macro-enabled', 'vba.xlsx')).toMatch(
      /vbaProject\.bin/,
    );
  });

  test('an OpenDocument spreadsheet written by LibreOffice and renamed .xlsx', () => {
    const bytes = new Uint8Array(readFileSync(join(REFUSED, 'libreoffice-ods-renamed.xlsx')));
    expect(refused(readReturnedWorkbook(bytes, 'phieu.xlsx'), 'no-workbook-part', 'phieu.xlsx')).toMatch(
      /\.ods/,
    );
  });

  test('an empty zip', () => {
    refused(readReturnedWorkbook(zipSync({}), 'rong.xlsx'), 'no-workbook-part', 'rong.xlsx');
  });

  test('a zip of unrelated files', () => {
    const bytes = zipSync({ 'ghi-chu.txt': strToU8('Phiếu gửi kèm') });
    refused(readReturnedWorkbook(bytes, 'nen.xlsx'), 'no-workbook-part', 'nen.xlsx');
  });
});

describe('broken packages', () => {
  test('a truncated file', () => {
    const bytes = smallForm();
    refused(
      readReturnedWorkbook(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.xlsx'),
      'corrupt',
      'cut.xlsx',
    );
  });

  test('an entry whose compressed data is damaged', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50) }],
      definedNames: '<definedName name="A">\'Phiếu\'!$A$1</definedName>',
    });
    const bytes = zipParts(parts);
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
    refused(readReturnedWorkbook(bytes, 'hong.xlsx'), 'corrupt', 'hong.xlsx');
  });

  test('a worksheet part that is not well-formed XML names the part', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Phiếu', sheetData: '' }],
      definedNames: '<definedName name="A">\'Phiếu\'!$A$1</definedName>',
    });
    parts['xl/worksheets/sheet1.xml'] = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</c></row>';
    expect(refused(readReturnedWorkbook(zipParts(parts), 'x.xlsx'), 'corrupt', 'x.xlsx')).toContain(
      'xl/worksheets/sheet1.xml',
    );
  });

  test('a named sheet whose part is missing', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Phiếu', sheetData: '' }],
      definedNames: '<definedName name="A">\'Phiếu\'!$A$1</definedName>',
    });
    delete parts['xl/worksheets/sheet1.xml'];
    refused(readReturnedWorkbook(zipParts(parts), 'thieu.xlsx'), 'corrupt', 'thieu.xlsx');
  });
});

describe('bounds', () => {
  test('a file over the size limit is refused before anything is read', () => {
    const bytes = new Uint8Array(20 * MB + 1);
    bytes.set(smallForm());
    expect(refused(readReturnedWorkbook(bytes, 'to.xlsx'), 'too-large', 'to.xlsx')).toMatch(/20 MB/);
  });

  test('a zip bomb: a 60 MB worksheet of zeros declared in the directory', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Phiếu', sheetData: '' }],
      definedNames: '<definedName name="A">\'Phiếu\'!$A$1</definedName>',
    });
    parts['xl/worksheets/sheet1.xml'] = new Uint8Array(60 * MB);
    const bytes = zipParts(parts);
    expect(bytes.length).toBeLessThan(1 * MB);
    refused(readReturnedWorkbook(bytes, 'bom.xlsx'), 'zip-bomb', 'bom.xlsx');
  });

  test('a zip bomb that lies about its size is stopped while inflating', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Phiếu', sheetData: '' }],
      definedNames: '<definedName name="A">\'Phiếu\'!$A$1</definedName>',
    });
    parts['xl/worksheets/sheet1.xml'] = new Uint8Array(8 * MB);
    const bytes = lieAboutSize(zipParts(parts), 'xl/worksheets/sheet1.xml', 1000);
    const limits = { maxEntryBytes: 1 * MB };
    expect(refused(readReturnedWorkbook(bytes, 'bom.xlsx', limits), 'zip-bomb', 'bom.xlsx')).toMatch(
      /giới hạn 1 MB/,
    );
  });

  test('many entries that stay under the per-entry limit but not under the total', () => {
    const parts = buildPackageParts({ sheets: [{ name: 'Phiếu', sheetData: '' }] });
    for (let i = 0; i < 5; i++) parts[`xl/media/image${i}.bin`] = new Uint8Array(1 * MB);
    refused(
      readReturnedWorkbook(zipParts(parts), 'nhieu.xlsx', { maxEntryBytes: 2 * MB, maxTotalBytes: 4 * MB }),
      'zip-bomb',
      'nhieu.xlsx',
    );
  });

  test('a small entry that inflates to more than its header declares is corrupt, not cut to fit', () => {
    const bytes = lieAboutSize(smallForm(), 'xl/worksheets/sheet1.xml', 20);
    expect(refused(readReturnedWorkbook(bytes, 'sai.xlsx'), 'corrupt', 'sai.xlsx')).toMatch(
      /khác với khai báo/,
    );
  });

  test('a header that declares more than the entry holds is corrupt, not trusted', () => {
    const bytes = lieAboutSize(smallForm(), 'xl/worksheets/sheet1.xml', 5000);
    refused(readReturnedWorkbook(bytes, 'sai.xlsx'), 'corrupt', 'sai.xlsx');
  });
});

describe('readable but empty', () => {
  test('a blank workbook written by ExcelJS is read, with no names and no cells', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const outcome = readReturnedWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'trang.xlsx');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.workbook.sheets).toEqual([{ name: 'Sheet1', visibility: 'visible' }]);
    expect(outcome.workbook.names).toEqual([]);
    expect(outcome.workbook.cells).toEqual({});
  });
});

describe('markup with two answers for one place', () => {
  const form = (
    sheetData: string,
    definedNames = '<definedName name="TC_1_1">\'Phiếu\'!$A$1</definedName>',
  ) => buildPackage({ sheets: [{ name: 'Phiếu', sheetData }], definedNames });

  test.each([
    ['in one row', '<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>9</v></c></row>'],
    ['in a repeated row', '<row r="1"><c r="A1"><v>1</v></c></row><row r="1"><c r="A1"><v>9</v></c></row>'],
    [
      'once without an address',
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"/><c r="A1" t="s"><v>0</v></c></row>',
    ],
    ['even when the copy is empty', '<row r="1"><c r="A1"><v>1</v></c><c r="A1" s="1"/></row>'],
  ])('a cell written twice %s is refused, naming sheet and cell', (_how, sheetData) => {
    expect(refused(readReturnedWorkbook(form(sheetData), 'hai-lan.xlsx'), 'corrupt', 'hai-lan.xlsx')).toMatch(
      /trang “Phiếu” ghi ô A1 hai lần/,
    );
  });

  test('cells in any order, each once, are read', () => {
    const outcome = readReturnedWorkbook(
      form('<row r="1"><c r="B1"><v>2</v></c><c r="A1"><v>1</v></c></row>'),
      'dao.xlsx',
    );
    expect(outcome.ok && outcome.workbook.cells['Phiếu']).toEqual({ A1: { value: 1 }, B1: { value: 2 } });
  });

  test('a defined name given twice is refused, naming it', () => {
    const names =
      '<definedName name="TC_1_1">\'Phiếu\'!$A$1</definedName><definedName name="tc_1_1">\'Phiếu\'!$A$2</definedName>';
    expect(
      refused(
        readReturnedWorkbook(form('<row r="1"><c r="A1"><v>1</v></c></row>', names), 'ten.xlsx'),
        'corrupt',
        'ten.xlsx',
      ),
    ).toMatch(/tc_1_1/);
  });
});
