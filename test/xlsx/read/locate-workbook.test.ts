/**
 * Finding the workbook part of a package: through the root relationships, or at its usual place
 * when they say nothing; and the Vietnamese refusal that says what the file is when it is no
 * plain workbook (macros, .xlsb, .ods, Word, PowerPoint, an empty or unrelated zip).
 */
import { strToU8, zipSync } from 'fflate';
import type { FileProblemCode } from '../../../src/core/returned/types';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackageParts, zipParts } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const FORM = 'Phiếu';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

function formParts(): Record<string, string | Uint8Array> {
  return buildPackageParts({
    sheets: [{ name: FORM, sheetData: '<row r="1"><c r="A1"><v>5</v></c></row>' }],
    definedNames: `<definedName name="TC_1_1">'${FORM}'!$A$1</definedName>`,
    customProperties: { XHCNTT_ID: 'abc' },
  });
}

function rootRels(...relationships: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${relationships.join('')}</Relationships>`;
}

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const SLIDES_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml';

const typesFor = (partName: string, type: string): string =>
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="${partName}" ContentType="${type}"/></Types>`;

const rel = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;

/** Moves the workbook part (and its relationships) to another name, its override following it. */
function moveWorkbook(parts: Record<string, string | Uint8Array>, to: string): void {
  const folder = to.slice(0, to.lastIndexOf('/') + 1);
  const file = to.slice(folder.length);
  parts[to] = parts['xl/workbook.xml'] as string;
  parts[`${folder}_rels/${file}.rels`] = (parts['xl/_rels/workbook.xml.rels'] as string)
    .replace(/Target="worksheets\//g, 'Target="/xl/worksheets/')
    .replace('Target="sharedStrings.xml"', 'Target="/xl/sharedStrings.xml"');
  delete parts['xl/workbook.xml'];
  delete parts['xl/_rels/workbook.xml.rels'];
  parts['[Content_Types].xml'] = (parts['[Content_Types].xml'] as string).replace(
    'PartName="/xl/workbook.xml"',
    `PartName="/${to}"`,
  );
}

function refusal(bytes: Uint8Array, code: FileProblemCode): string {
  const outcome = readReturnedWorkbook(bytes, 'bao-cao.xlsx');
  if (outcome.ok) throw new Error(`expected ${code}, the file was read`);
  expect(outcome.problem.code).toBe(code);
  expect(outcome.problem.message).toContain('“bao-cao.xlsx”');
  return outcome.problem.message;
}

describe('where the workbook part is', () => {
  test('a workbook part at another place, named by a relative target of the root relationships', () => {
    const parts = formParts();
    moveWorkbook(parts, 'bang/so-lieu.xml');
    parts['_rels/.rels'] = rootRels(rel('rId1', 'officeDocument', 'bang/so-lieu.xml'));
    const wb = readOk(zipParts(parts));
    expect(wb.sheets).toEqual([{ name: FORM, visibility: 'visible' }]);
    expect(wb.cells[FORM]?.A1).toEqual({ value: 5 });
  });

  test('the office document is found after other relationships listed before it', () => {
    const parts = formParts();
    parts['_rels/.rels'] = rootRels(
      rel('rId2', 'custom-properties', 'docProps/custom.xml'),
      rel('rId1', 'officeDocument', 'xl/workbook.xml'),
    );
    const wb = readOk(zipParts(parts));
    expect(wb.sheets).toEqual([{ name: FORM, visibility: 'visible' }]);
    expect(wb.customProperties).toEqual({ XHCNTT_ID: 'abc' });
  });

  test('a workbook part whose name holds ".bin" but ends in .xml is read', () => {
    const parts = formParts();
    moveWorkbook(parts, 'xl/book.bin.xml');
    parts['_rels/.rels'] = rootRels(rel('rId1', 'officeDocument', 'xl/book.bin.xml'));
    expect(readOk(zipParts(parts)).cells[FORM]?.A1).toEqual({ value: 5 });
  });

  test('without root relationships the workbook is read from xl/workbook.xml', () => {
    const parts = formParts();
    delete parts['_rels/.rels'];
    const wb = readOk(zipParts(parts));
    expect(wb.cells[FORM]?.A1).toEqual({ value: 5 });
    expect(wb.customProperties).toEqual({ XHCNTT_ID: 'abc' });
  });

  test('without [Content_Types].xml the workbook is still read', () => {
    const parts = formParts();
    delete parts['[Content_Types].xml'];
    expect(readOk(zipParts(parts)).cells[FORM]?.A1).toEqual({ value: 5 });
  });

  test('root relationships that are not well-formed XML are refused, naming the part', () => {
    const parts = formParts();
    parts['_rels/.rels'] = '<Relationships><Relationship Id="rId1"></Relationships>';
    expect(refusal(zipParts(parts), 'corrupt')).toContain('phần “_rels/.rels” của tệp không phải XML hợp lệ');
  });
});

describe('packages that are not plain workbooks say what they are', () => {
  test('a VBA project at the root of the package', () => {
    const parts = formParts();
    parts['vbaProject.bin'] = new Uint8Array([1, 2, 3]);
    expect(refusal(zipParts(parts), 'macro-enabled')).toContain('tệp chứa macro VBA (“vbaProject.bin”)');
  });

  test('a part whose name only begins like a VBA project is no macro', () => {
    const parts = formParts();
    parts['customXml/vbaProject.bin.old'] = new Uint8Array([1, 2, 3]);
    parts['customXml/myvbaProject.bin'] = new Uint8Array([1, 2, 3]);
    expect(readOk(zipParts(parts)).cells[FORM]?.A1).toEqual({ value: 5 });
  });

  test('a macro-enabled workbook type', () => {
    const parts = formParts();
    parts['[Content_Types].xml'] = (parts['[Content_Types].xml'] as string).replace(
      WORKBOOK_TYPE,
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    expect(refusal(zipParts(parts), 'macro-enabled')).toContain('tệp là sổ làm việc có macro (.xlsm/.xltm).');
  });

  test('a binary workbook (.xlsb)', () => {
    const parts = formParts();
    delete parts['xl/workbook.xml'];
    parts['xl/workbook.bin'] = new Uint8Array([0x83, 0x01, 0x00]);
    parts['_rels/.rels'] = rootRels(rel('rId1', 'officeDocument', 'xl/workbook.bin'));
    expect(refusal(zipParts(parts), 'no-workbook-part')).toContain(
      'tệp là sổ làm việc nhị phân Excel (.xlsb), không phải .xlsx',
    );
  });

  test('an OpenDocument text renamed .xlsx is not called a spreadsheet', () => {
    const bytes = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8('<office:document-content/>'),
    });
    expect(refusal(bytes, 'no-workbook-part')).toContain(
      'tệp nén không chứa sổ làm việc Excel (thiếu phần xl/workbook.xml).',
    );
  });

  test('a Word document', () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(typesFor('/word/document.xml', WORD_TYPE)),
      '_rels/.rels': strToU8(rootRels(rel('rId1', 'officeDocument', 'word/document.xml'))),
      'word/document.xml': strToU8('<w:document/>'),
    });
    expect(refusal(bytes, 'no-workbook-part')).toContain(
      'tệp là tài liệu Word (.docx), không phải tệp Excel.',
    );
  });

  test('a PowerPoint presentation', () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(typesFor('/ppt/presentation.xml', SLIDES_TYPE)),
      '_rels/.rels': strToU8(rootRels(rel('rId1', 'officeDocument', 'ppt/presentation.xml'))),
      'ppt/presentation.xml': strToU8('<p:presentation/>'),
    });
    expect(refusal(bytes, 'no-workbook-part')).toContain(
      'tệp là bản trình chiếu PowerPoint (.pptx), không phải tệp Excel.',
    );
  });

  test('an empty zip', () => {
    expect(refusal(zipSync({}), 'no-workbook-part')).toContain(
      'tệp nén rỗng, không có sổ làm việc Excel nào bên trong.',
    );
  });

  test('a zip of unrelated files', () => {
    expect(refusal(zipSync({ 'ghi-chu.txt': strToU8('Phiếu gửi kèm') }), 'no-workbook-part')).toContain(
      'tệp nén không chứa sổ làm việc Excel (thiếu phần xl/workbook.xml).',
    );
  });
});
