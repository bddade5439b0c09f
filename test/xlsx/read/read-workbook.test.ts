/**
 * The whole read of one returned file: which sheets' cells are loaded, where the custom properties
 * are found, which names are kept, and that anything unforeseen still ends as that file's refusal.
 */
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackageParts, zipParts } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const FORM = 'Phiếu';
const GUIDE = 'Hướng dẫn';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function formParts(definedNames = `<definedName name="TC_1_1">'${FORM}'!$A$1</definedName>`) {
  return buildPackageParts({
    sheets: [
      { name: FORM, sheetData: '<row r="1"><c r="A1"><v>5</v></c></row>' },
      { name: GUIDE, sheetData: '<row r="2"><c r="B2" t="s"><v>0</v></c></row>' },
    ],
    definedNames,
    sharedStrings: ['<si><t>Đọc kỹ trước khi điền</t></si>'],
    customProperties: { XHCNTT_ID: 'mau-2026' },
  });
}

function rootRels(...relationships: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${relationships.join('')}</Relationships>`;
}

const WORKBOOK_REL = `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>`;

describe('custom properties', () => {
  test('without a relationship to them, they are read from docProps/custom.xml', () => {
    const parts = formParts();
    parts['_rels/.rels'] = rootRels(WORKBOOK_REL);
    expect(readOk(zipParts(parts)).customProperties).toEqual({ XHCNTT_ID: 'mau-2026' });
  });

  test('a relationship to another part name is followed', () => {
    const parts = formParts();
    parts['docProps/thuoc-tinh.xml'] = parts['docProps/custom.xml'] as string;
    delete parts['docProps/custom.xml'];
    parts['_rels/.rels'] = rootRels(
      WORKBOOK_REL,
      `<Relationship Id="rId2" Type="${REL_NS}/custom-properties" Target="docProps/thuoc-tinh.xml"/>`,
    );
    expect(readOk(zipParts(parts)).customProperties).toEqual({ XHCNTT_ID: 'mau-2026' });
  });

  test('an external relationship to custom properties is not followed: the usual part is read', () => {
    const parts = formParts();
    parts['_rels/.rels'] = rootRels(
      WORKBOOK_REL,
      `<Relationship Id="rId2" Type="${REL_NS}/custom-properties" Target="http://example.com/p.xml" TargetMode="External"/>`,
    );
    expect(readOk(zipParts(parts)).customProperties).toEqual({ XHCNTT_ID: 'mau-2026' });
  });
});

describe('names', () => {
  test('a name holding "_xlnm." after its start is no built-in and is kept', () => {
    const wb = readOk(
      zipParts(
        formParts(
          `<definedName name="Ghi_xlnm.chu">'${FORM}'!$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">'${FORM}'!$A$1:$B$2</definedName>`,
        ),
      ),
    );
    expect(wb.names).toEqual([{ name: 'Ghi_xlnm.chu', sheet: FORM, address: 'A1', raw: `'${FORM}'!$A$1` }]);
  });

  test('a sheet name matches letter by letter in either case, not by spellings that only upper case makes equal', () => {
    const parts = buildPackageParts({
      sheets: [{ name: 'Straße', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      definedNames: `<definedName name="A">STRASSE!$A$1</definedName><definedName name="B">STRAßE!$A$1</definedName>`,
    });
    const wb = readOk(zipParts(parts));
    expect(wb.names.map((n) => n.sheet)).toEqual(['STRASSE', 'Straße']);
  });
});

describe('which sheets are loaded', () => {
  test('sheets the caller asks for are loaded besides those the names point at', () => {
    const outcome = readReturnedWorkbook(zipParts(formParts()), 'phieu.xlsx', undefined, { sheets: [GUIDE] });
    expect(outcome.ok && outcome.workbook.cells).toEqual({
      [FORM]: { A1: { value: 5 } },
      [GUIDE]: { B2: { value: 'Đọc kỹ trước khi điền' } },
    });
  });

  test('a workbook whose names point at no sheet is read without its shared strings, even broken ones', () => {
    const parts = formParts('<definedName name="TC_1_1">#REF!</definedName>');
    parts['xl/sharedStrings.xml'] = '<sst><si><t>hỏng</si></sst>';
    const wb = readOk(zipParts(parts));
    expect(wb.cells).toEqual({});
    expect(wb.names).toEqual([{ name: 'TC_1_1', sheet: null, address: null, raw: '#REF!' }]);
  });

  test('without a shared-string part, a cell pointing at a shared string is refused', () => {
    const parts = formParts(`<definedName name="TC_1_1">'${GUIDE}'!$B$2</definedName>`);
    delete parts['xl/sharedStrings.xml'];
    const outcome = readReturnedWorkbook(zipParts(parts), 'phieu.xlsx');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem.message).toContain(
      `trang “${GUIDE}”, ô B2 trỏ tới chuỗi dùng chung không tồn tại`,
    );
  });

  test('a name pointing at a chart sheet loads no cells for it; the other sheets are read', () => {
    const parts = formParts(
      `<definedName name="TC_1_1">'${FORM}'!$A$1</definedName><definedName name="B">'${GUIDE}'!$A$1</definedName>`,
    );
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace(
      `${REL_NS}/worksheet" Target="worksheets/sheet2.xml"`,
      `${REL_NS}/chartsheet" Target="chartsheets/sheet1.xml"`,
    );
    parts['xl/chartsheets/sheet1.xml'] = '<chartsheet/>';
    expect(readOk(zipParts(parts)).cells).toEqual({ [FORM]: { A1: { value: 5 } } });
  });

  test('a workbook part without relationships lists its sheets and names, with no cells to load', () => {
    const parts = formParts();
    delete parts['xl/_rels/workbook.xml.rels'];
    const wb = readOk(zipParts(parts));
    expect(wb.sheets.map((s) => s.name)).toEqual([FORM, GUIDE]);
    expect(wb.names.map((n) => n.name)).toEqual(['TC_1_1']);
    expect(wb.cells).toEqual({});
  });
});

test('anything unforeseen while reading is still that file’s refusal, never a crash', () => {
  // A platform inflate gone wrong: something that is not bytes, of the length the entry declares.
  const inflateRaw = (_data: Uint8Array, maxBytes: number) => ({ length: maxBytes }) as unknown as Uint8Array;
  const parts = formParts();
  const outcome = readReturnedWorkbook(zipParts(parts), 'so-noi-vu.xlsx', undefined, { inflateRaw });
  expect(outcome).toEqual({
    ok: false,
    problem: expect.objectContaining({
      code: 'corrupt',
      message: expect.stringContaining('Tệp “so-noi-vu.xlsx”: tệp bị hỏng, không đọc được.'),
    }),
  });
});
