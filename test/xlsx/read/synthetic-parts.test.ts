/** What the reader extracts from hand-assembled parts covering what real writers vary in. */
import { strToU8, zipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { buildPackage, buildPackageParts, zipParts } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';

const FORM = 'Phiếu';

describe('cell values', () => {
  const bytes = buildPackage({
    sheets: [
      {
        name: FORM,
        sheetData: [
          '<row r="3">',
          '<c r="A3" t="s"><v>0</v></c>',
          '<c r="B3" t="s"><v>1</v></c>',
          '<c r="C3" t="inlineStr"><is><t xml:space="preserve"> Sở Y tế </t></is></c>',
          '<c r="D3"><v>7.5</v></c>',
          '<c r="E3" t="b"><v>1</v></c>',
          '<c r="F3" t="e"><v>#DIV/0!</v></c>',
          '<c r="G3" t="str"><f>"Tốt"</f><v>Tốt</v></c>',
          '<c r="H3" s="4"/>',
          '<c r="I3" t="s"><v>2</v></c>',
          '<c r="J3" t="inlineStr"><is><r><t>Quyết </t></r><r><rPr><b/></rPr><t>định</t></r></is></c>',
          '<c r="K3"><f>SUM(D3:D4)</f></c>',
          '<c r="L3" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
          '<c r="M3"><f>SUM(D3:D4)</f><v></v></c>',
          '<c r="N3"><v>0x10</v></c>',
          '<c r="O3"><v>0b101</v></c>',
          '<c r="P3"><v>Infinity</v></c>',
          '<c r="Q3"><v>1.5E+1</v></c>',
          '</row>',
        ].join(''),
      },
    ],
    definedNames: `<definedName name="TC_1_1">'${FORM}'!$D$3</definedName>`,
    sharedStrings: [
      '<si><t>Hạ tầng kỹ thuật</t></si>',
      '<si><r><t>Số </t></r><r><rPr><i/></rPr><t>văn bản</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>',
      '<si><t>Dòng 1_x000D_\nDòng 2 _x005F_x0041_</t></si>',
    ],
  });
  const cells = readOk(bytes).cells[FORM] ?? {};

  test('shared, inline and rich-text strings give their visible text, phonetic runs left out', () => {
    expect(cells.A3?.value).toBe('Hạ tầng kỹ thuật');
    expect(cells.B3?.value).toBe('Số văn bản');
    expect(cells.C3?.value).toBe(' Sở Y tế ');
    expect(cells.J3?.value).toBe('Quyết định');
  });

  test('a numeric value in any notation but plain decimal stays text, so it never counts as points', () => {
    expect(cells.N3).toEqual({ value: '0x10' });
    expect(cells.O3).toEqual({ value: '0b101' });
    expect(cells.P3).toEqual({ value: 'Infinity' });
    expect(cells.Q3).toEqual({ value: 15 });
  });

  test('escaped characters are decoded as Excel shows them', () => {
    expect(cells.I3?.value).toBe('Dòng 1\r\nDòng 2 _x0041_');
  });

  test('numbers, booleans and errors keep their type', () => {
    expect(cells.D3).toEqual({ value: 7.5 });
    expect(cells.E3).toEqual({ value: true });
    expect(cells.F3).toEqual({ value: null, error: '#DIV/0!' });
    expect(cells.L3).toEqual({ value: null, error: '#DIV/0!', formula: '1/0' });
  });

  test('formula cells give their formula and cached value; a formula without a cached value reads null', () => {
    expect(cells.G3).toEqual({ value: 'Tốt', formula: '"Tốt"' });
    expect(cells.K3).toEqual({ value: null, formula: 'SUM(D3:D4)' });
    expect(cells.M3).toEqual({ value: null, formula: 'SUM(D3:D4)' });
  });

  test('styled empty cells are left out', () => {
    expect(cells.H3).toBeUndefined();
  });
});

describe('shared formulas', () => {
  const bytes = buildPackage({
    sheets: [
      {
        name: FORM,
        sheetData: [
          '<row r="9"><c r="F9"><f t="shared" ref="F9:F11" si="0">IF(ISNUMBER(D9),MAX(0,MIN(ROUND(D9,2),$C$5)),0)</f><v>1</v></c>',
          '<c r="G9"><f t="shared" ref="G9:H9" si="1">IF(F9&gt;C9,"Vượt "&amp;"D9","")</f><v></v></c><c r="H9"><f t="shared" si="1"/></c></row>',
          '<row r="10"><c r="F10"><f t="shared" si="0"/><v>2</v></c></row>',
          '<row r="11"><c r="F11"><f t="shared" si="0"/><v>0</v></c></row>',
        ].join(''),
      },
    ],
    definedNames: `<definedName name="TC_1_1">'${FORM}'!$D$9</definedName>`,
  });
  const cells = readOk(bytes).cells[FORM] ?? {};

  test('each covered cell gets the master formula moved by its offset, absolute parts kept', () => {
    expect(cells.F9?.formula).toBe('IF(ISNUMBER(D9),MAX(0,MIN(ROUND(D9,2),$C$5)),0)');
    expect(cells.F10?.formula).toBe('IF(ISNUMBER(D10),MAX(0,MIN(ROUND(D10,2),$C$5)),0)');
    expect(cells.F11?.formula).toBe('IF(ISNUMBER(D11),MAX(0,MIN(ROUND(D11,2),$C$5)),0)');
    expect(cells.F10?.value).toBe(2);
  });

  test('moving right shifts columns and leaves string literals alone', () => {
    expect(cells.H9?.formula).toBe('IF(G9>D9,"Vượt "&"D9","")');
  });
});

describe('rows and cells without addresses', () => {
  test('positions follow from the order, as Excel reads them', () => {
    const bytes = buildPackage({
      sheets: [
        {
          name: FORM,
          sheetData:
            '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>',
        },
      ],
      definedNames: `<definedName name="X">${FORM}!$A$1</definedName>`,
    });
    const cells = readOk(bytes).cells[FORM] ?? {};
    expect(Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.value]))).toEqual({
      A1: 1,
      B1: 2,
      C2: 3,
      D2: 4,
    });
  });
});

describe('defined names', () => {
  const bytes = buildPackage({
    sheets: [
      { name: FORM, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: "Sổ của 'tôi'", sheetData: '<row r="2"><c r="B2"><v>2</v></c></row>' },
      { name: 'Hướng dẫn', sheetData: '<row r="1"><c r="A1"><v>9</v></c></row>' },
      {
        name: 'XHCNTT_META',
        state: 'veryHidden',
        sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>year</t></is></c></row>',
      },
      { name: 'Ẩn', state: 'hidden', sheetData: '' },
    ],
    definedNames: [
      `<definedName name="TC_2_3">'${FORM}'!$D$12</definedName>`,
      `<definedName name="TC_2">${FORM}!$F$20:$F$22</definedName>`,
      `<definedName name="MC_1_1">'Sổ của ''tôi'''!$B$2</definedName>`,
      `<definedName name="TONG_DIEM">'phiếu'!$G$40</definedName>`,
      '<definedName name="XEP_LOAI">#REF!$D$1</definedName>',
      `<definedName name="NAM">'${FORM}'!#REF!</definedName>`,
      '<definedName name="_xlnm.Print_Area" localSheetId="0">Phiếu!$A$1:$H$40</definedName>',
      '<definedName name="_xlnm._FilterDatabase" hidden="1">Phiếu!$A$1:$A$2</definedName>',
      `<definedName name="LOCAL" localSheetId="0">'${FORM}'!$A$1</definedName>`,
      `<definedName name="UNION">'${FORM}'!$A$1,'${FORM}'!$A$3</definedName>`,
      '<definedName name="CONSTANT">0.5</definedName>',
      `<definedName name="THREE_D">'${FORM}:Hướng dẫn'!$A$1</definedName>`,
      '<definedName name="EXTERNAL">[1]Sheet1!$A$1</definedName>',
    ].join(''),
  });
  const wb = readOk(bytes);
  const byName = Object.fromEntries(wb.names.map((n) => [n.name, n]));

  test('workbook-level names resolve to their sheet and address; built-ins and sheet-local names are left out', () => {
    expect(byName.TC_2_3).toEqual({ name: 'TC_2_3', sheet: FORM, address: 'D12', raw: `'${FORM}'!$D$12` });
    expect(byName.TC_2).toMatchObject({ sheet: FORM, address: 'F20:F22' });
    expect(byName.MC_1_1).toMatchObject({ sheet: "Sổ của 'tôi'", address: 'B2' });
    expect(Object.keys(byName).sort()).toEqual([
      'CONSTANT',
      'EXTERNAL',
      'MC_1_1',
      'NAM',
      'TC_2',
      'TC_2_3',
      'THREE_D',
      'TONG_DIEM',
      'UNION',
      'XEP_LOAI',
    ]);
  });

  test('a name written with another case of the sheet name points at the real sheet', () => {
    expect(byName.TONG_DIEM).toMatchObject({ sheet: FORM, address: 'G40' });
  });

  test('names that point nowhere usable give null sheet and address', () => {
    for (const n of ['XEP_LOAI', 'NAM', 'UNION', 'CONSTANT', 'THREE_D', 'EXTERNAL']) {
      expect(byName[n]).toMatchObject({ sheet: null, address: null });
    }
  });

  test('sheets keep their order and visibility', () => {
    expect(wb.sheets).toEqual([
      { name: FORM, visibility: 'visible' },
      { name: "Sổ của 'tôi'", visibility: 'visible' },
      { name: 'Hướng dẫn', visibility: 'visible' },
      { name: 'XHCNTT_META', visibility: 'veryHidden' },
      { name: 'Ẩn', visibility: 'hidden' },
    ]);
  });

  test('only the sheets names point at, and the metadata sheet, are loaded', () => {
    expect(Object.keys(wb.cells).sort()).toEqual([FORM, "Sổ của 'tôi'", 'XHCNTT_META'].sort());
    expect(wb.cells.XHCNTT_META?.A1?.value).toBe('year');
  });
});

describe('file identity and custom properties', () => {
  test('hash and size are of the bytes as received; custom properties are read as text', () => {
    const bytes = buildPackage({
      sheets: [{ name: FORM, sheetData: '' }],
      customProperties: { 'XHCNTT.year': '2026', 'XHCNTT.group': 'so' },
    });
    const wb = readOk(bytes, 'so-y-te.xlsx');
    expect(wb.fileName).toBe('so-y-te.xlsx');
    expect(wb.byteLength).toBe(bytes.length);
    expect(wb.sha256).toBe(bytesToHex(sha256(bytes)));
    expect(wb.customProperties).toEqual({ 'XHCNTT.year': '2026', 'XHCNTT.group': 'so' });
  });

  test('a hash the caller already computed from the same bytes is used as given, not computed again', () => {
    const bytes = buildPackage({ sheets: [{ name: FORM, sheetData: '' }] });
    // A stand-in value no hashing of these bytes would give, so a second hashing would show.
    const known = 'ab'.repeat(32);
    const outcome = readReturnedWorkbook(bytes, 'so-y-te.xlsx', undefined, { sha256: known });
    expect(outcome.ok && outcome.workbook.sha256).toBe(known);
  });

  test('typed custom properties (number, boolean) come back as their text', () => {
    const parts = buildPackageParts({ sheets: [{ name: FORM, sheetData: '' }] });
    parts['docProps/custom.xml'] =
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="n"><vt:i4>42</vt:i4></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="b"><vt:bool>true</vt:bool></property></Properties>';
    expect(readOk(zipParts(parts)).customProperties).toEqual({ n: '42', b: 'true' });
  });
});

describe('what other writers do differently', () => {
  test('prefixed SpreadsheetML elements (x:workbook, x:c) as the Open XML SDK writes them', () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const parts = buildPackageParts({ sheets: [{ name: FORM, sheetData: '' }] });
    parts['xl/workbook.xml'] =
      `<x:workbook xmlns:x="${ns}" xmlns:r="${rel}"><x:sheets><x:sheet name="${FORM}" sheetId="1" r:id="rId1"/></x:sheets><x:definedNames><x:definedName name="TC_1_1">'${FORM}'!$B$2</x:definedName></x:definedNames></x:workbook>`;
    parts['xl/worksheets/sheet1.xml'] =
      `<x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>7,5</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const wb = readOk(zipParts(parts));
    expect(wb.names[0]).toMatchObject({ name: 'TC_1_1', sheet: FORM, address: 'B2' });
    expect(wb.cells[FORM]?.B2?.value).toBe('7,5');
  });

  test('strict OOXML namespaces and an absolute, non-default workbook part name', () => {
    const strict = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const parts = buildPackageParts({
      sheets: [{ name: FORM, sheetData: '<row r="1"><c r="A1"><v>3</v></c></row>' }],
      definedNames: `<definedName name="A">'${FORM}'!$A$1</definedName>`,
    });
    parts['xl/book.xml'] = (parts['xl/workbook.xml'] as string).replace(
      /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
      strict,
    );
    delete parts['xl/workbook.xml'];
    parts['xl/_rels/book.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string)
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, strict)
      .replace('Target="worksheets/', 'Target="/xl/worksheets/');
    delete parts['xl/_rels/workbook.xml.rels'];
    parts['_rels/.rels'] =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strict}/officeDocument" Target="/xl/book.xml"/></Relationships>`;
    parts['[Content_Types].xml'] = (parts['[Content_Types].xml'] as string).replace(
      '/xl/workbook.xml',
      '/xl/book.xml',
    );
    expect(readOk(zipParts(parts)).cells[FORM]?.A1?.value).toBe(3);
  });

  test('a workbook part in UTF-16 with a byte-order mark', () => {
    const parts = buildPackageParts({
      sheets: [{ name: FORM, sheetData: '' }],
      definedNames: `<definedName name="NAM">'${FORM}'!$C$3</definedName>`,
    });
    const text = (parts['xl/workbook.xml'] as string).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    parts['xl/workbook.xml'] = utf16;
    expect(readOk(zipParts(parts)).names[0]).toMatchObject({ name: 'NAM', sheet: FORM, address: 'C3' });
  });

  test('a part in a declared legacy encoding (windows-1252) is decoded with it', () => {
    const parts = buildPackageParts({
      sheets: [
        { name: FORM, sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>Caf\u00e9</t></is></c></row>' },
      ],
      definedNames: `<definedName name="A">'${FORM}'!$A$1</definedName>`,
    });
    const xml = (parts['xl/worksheets/sheet1.xml'] as string).replace(
      'encoding="UTF-8"',
      'encoding="windows-1252"',
    );
    parts['xl/worksheets/sheet1.xml'] = Uint8Array.from(xml, (ch) => ch.charCodeAt(0));
    expect(readOk(zipParts(parts)).cells[FORM]?.A1?.value).toBe('Café');
  });

  test('entries stored without compression, and part names in another case', () => {
    const parts = buildPackageParts({
      sheets: [{ name: FORM, sheetData: '<row r="1"><c r="A1"><v>5</v></c></row>' }],
      definedNames: `<definedName name="A">'${FORM}'!$A$1</definedName>`,
    });
    const sheet = parts['xl/worksheets/sheet1.xml'] as string;
    delete parts['xl/worksheets/sheet1.xml'];
    const zippable: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
    for (const [k, v] of Object.entries(parts)) zippable[k] = typeof v === 'string' ? strToU8(v) : v;
    zippable['XL/Worksheets/Sheet1.xml'] = [strToU8(sheet), { level: 0 }];
    expect(readOk(zipSync(zippable)).cells[FORM]?.A1?.value).toBe(5);
  });
});
