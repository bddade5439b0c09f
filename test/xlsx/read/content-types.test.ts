/** What `[Content_Types].xml` says about the workbook part: a plain workbook is read, anything else refused. */
import type { FileProblemCode } from '../../../src/core/returned/types';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackageParts, zipParts } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

function withTypes(types: string): Uint8Array {
  const parts = buildPackageParts({ sheets: [{ name: 'Phiếu', sheetData: '' }] });
  parts['[Content_Types].xml'] = `<Types xmlns="${TYPES_NS}">${types}</Types>`;
  return zipParts(parts);
}

function refusedWith(bytes: Uint8Array, code: FileProblemCode): string {
  const outcome = readReturnedWorkbook(bytes, 'phieu.xlsx');
  if (outcome.ok) throw new Error(`expected ${code}, the file was read`);
  expect(outcome.problem.code).toBe(code);
  return outcome.problem.message;
}

const XML_DEFAULT = '<Default Extension="xml" ContentType="application/xml"/>';

describe('the workbook part by its override', () => {
  test.each([
    ['without the leading slash', 'xl/workbook.xml'],
    ['with two leading slashes', '//xl/workbook.xml'],
    ['in another case', '/XL/Workbook.XML'],
  ])('a workbook override written %s is found, and the workbook read', (_how, partName) => {
    const bytes = withTypes(`${XML_DEFAULT}<Override PartName="${partName}" ContentType="${WORKBOOK}"/>`);
    expect(readOk(bytes).sheets).toEqual([{ name: 'Phiếu', visibility: 'visible' }]);
  });

  test('a workbook part whose override says it is a Word document is refused as no workbook', () => {
    const bytes = withTypes(`${XML_DEFAULT}<Override PartName="/xl/workbook.xml" ContentType="${WORD}"/>`);
    expect(refusedWith(bytes, 'no-workbook-part')).toContain('xl/workbook.xml');
  });

  test('a workbook part whose override says binary (.xlsb) is refused, even without macros', () => {
    const bytes = withTypes(
      `${XML_DEFAULT}<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>`,
    );
    refusedWith(bytes, 'no-workbook-part');
  });

  test('a macro-enabled template (.xltm) is refused as macro-enabled', () => {
    const bytes = withTypes(
      `${XML_DEFAULT}<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.template.macroEnabled.main+xml"/>`,
    );
    expect(refusedWith(bytes, 'macro-enabled')).toMatch(/macro/);
  });
});

describe('the workbook part by its extension', () => {
  test('without an override, the default for its extension (written in capitals) decides: a Word type is refused', () => {
    refusedWith(withTypes(`<Default Extension="XML" ContentType="${WORD}"/>`), 'no-workbook-part');
  });

  test('without an override, a spreadsheet default for its extension is read', () => {
    expect(readOk(withTypes(`<Default Extension="xml" ContentType="${WORKBOOK}"/>`)).sheets).toHaveLength(1);
  });

  test('the default of another extension does not apply', () => {
    expect(readOk(withTypes(`<Default Extension="rels" ContentType="${WORD}"/>`)).sheets).toHaveLength(1);
  });
});

test('a [Content_Types].xml that is not well-formed XML is refused, naming it', () => {
  const parts = buildPackageParts({ sheets: [{ name: 'Phiếu', sheetData: '' }] });
  parts['[Content_Types].xml'] = `<Types xmlns="${TYPES_NS}"><Default Extension="xml"</Types>`;
  expect(refusedWith(zipParts(parts), 'corrupt')).toContain('“[Content_Types].xml”');
});

test('an Excel 4.0 macro sheet declared without a part name is refused as macro-enabled, naming no part', () => {
  const bytes = withTypes(
    `${XML_DEFAULT}<Override PartName="/xl/workbook.xml" ContentType="${WORKBOOK}"/><Override ContentType="application/vnd.ms-excel.macrosheet+xml"/>`,
  );
  expect(refusedWith(bytes, 'macro-enabled')).toContain('Excel 4.0 (“”)');
});

describe('unusual workbook part names take the default of what follows their last dot', () => {
  function atPart(partName: string, types: string): Uint8Array {
    const parts = buildPackageParts({ sheets: [{ name: 'Phiếu', sheetData: '' }] });
    parts[partName] = parts['xl/workbook.xml'] as string;
    delete parts['xl/workbook.xml'];
    parts['_rels/.rels'] = (parts['_rels/.rels'] as string).replace(
      'Target="xl/workbook.xml"',
      `Target="/${partName}"`,
    );
    parts['[Content_Types].xml'] = `<Types xmlns="${TYPES_NS}">${types}</Types>`;
    return zipParts(parts);
  }

  test('a part named ".xml" at the root: a Word type for "xml" is refused', () => {
    refusedWith(atPart('.xml', `<Default Extension="xml" ContentType="${WORD}"/>`), 'no-workbook-part');
  });

  test('a part named without any dot takes no default, even one declared for its whole name', () => {
    expect(
      readOk(atPart('workbook', `<Default Extension="workbook" ContentType="${WORD}"/>`)).sheets,
    ).toHaveLength(1);
  });

  test('a part whose name ends with a dot takes no type when nothing is declared without an extension', () => {
    expect(readOk(atPart('xl/workbook.', XML_DEFAULT)).sheets).toHaveLength(1);
  });

  test('a part whose name ends with a dot: a Word type given without an extension is refused', () => {
    refusedWith(atPart('xl/workbook.', `<Default ContentType="${WORD}"/>`), 'no-workbook-part');
  });
});
