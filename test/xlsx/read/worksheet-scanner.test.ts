/**
 * The worksheet and shared-string parsers on the XML real writers emit (Excel, LibreOffice,
 * ExcelJS, openpyxl), written out by hand, and their refusal of XML that is not well-formed.
 */
import { parseSharedStrings } from '../../../src/xlsx/reader/shared-strings';
import { parseWorksheet } from '../../../src/xlsx/reader/worksheet-part';
import { FileReadError } from '../../../src/xlsx/reader/read-error';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackage } from '../../support/xlsx/package-builder';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PART = 'xl/worksheets/sheet1.xml';

function sheet(sheetData: string, prefix = ''): string {
  const p = prefix === '' ? '' : `${prefix}:`;
  const xmlns = prefix === '' ? `xmlns="${NS}"` : `xmlns:${prefix}="${NS}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${p}worksheet ${xmlns}><${p}sheetData>${sheetData}</${p}sheetData></${p}worksheet>`;
}

function cells(sheetData: string, sharedStrings: string[] = [], prefix = '') {
  return parseWorksheet(sheet(sheetData, prefix), PART, 'Phiếu', sharedStrings);
}

describe('cell types', () => {
  test('numbers, shared strings, booleans, errors, dates and formula strings', () => {
    const read = cells(
      '<row r="1"><c r="A1"><v>7.25</v></c><c r="B1" t="n"><v>-1E-3</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="b"><v>1</v></c>' +
        '<c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="d"><v>2026-11-15T08:30:00Z</v></c><c r="H1" t="str"><f>IF(D1,"Có","Không")</f><v>Không</v></c></row>',
      ['Sở Y tế', 'Hạ tầng'],
    );
    expect(read).toEqual({
      A1: { value: 7.25 },
      B1: { value: -0.001 },
      C1: { value: 'Hạ tầng' },
      D1: { value: false },
      E1: { value: true },
      F1: { value: null, error: '#N/A' },
      G1: { value: '2026-11-15T08:30:00Z' },
      H1: { value: 'Không', formula: 'IF(D1,"Có","Không")' },
    });
  });

  test('inline strings, plain and in rich-text runs, phonetic runs left out', () => {
    const read = cells(
      '<row r="2"><c r="A2" t="inlineStr"><is><t>Sở Tư pháp</t></is></c>' +
        '<c r="B2" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Quyết định </t></r><r><t>số 12</t></r><rPh sb="0" eb="2"><t>ヨミ</t></rPh></is></c></row>',
    );
    expect(read.A2).toEqual({ value: 'Sở Tư pháp' });
    expect(read.B2).toEqual({ value: 'Quyết định số 12' });
  });

  test('xml:space="preserve" text keeps its leading and trailing spaces and its line breaks', () => {
    const read = cells(
      '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">  hai dòng\nthứ hai  </t></is></c></row>',
    );
    expect(read.A3?.value).toBe('  hai dòng\nthứ hai  ');
  });

  test('self-closing and empty cells: styled blanks are left out, an empty <v> of a formula reads as no value', () => {
    const read = cells(
      '<row r="4"><c r="A4" s="3"/><c r="B4"></c><c r="C4"><v></v></c><c r="D4"><v/></c><c r="E4"><f>SUM(A4:D4)</f><v></v></c><c r="F4" t="s"/></row>',
    );
    expect(read).toEqual({ E4: { value: null, formula: 'SUM(A4:D4)' } });
  });

  test('shared formulas are expanded and array formulas keep their text', () => {
    const read = cells(
      '<row r="9"><c r="F9"><f t="shared" ref="F9:F10" si="0">ROUND(D9,2)</f><v>1</v></c><c r="G9"><f t="array" ref="G9:G10">SUM(D9:D10*E9:E10)</f><v>3</v></c></row>' +
        '<row r="10"><c r="F10"><f t="shared" si="0"/><v>2</v></c></row>',
    );
    expect(read.F9).toEqual({ value: 1, formula: 'ROUND(D9,2)' });
    expect(read.F10).toEqual({ value: 2, formula: 'ROUND(D10,2)' });
    expect(read.G9).toEqual({ value: 3, formula: 'SUM(D9:D10*E9:E10)' });
  });

  test('cells and rows without addresses follow the previous ones', () => {
    const read = cells(
      '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>',
    );
    expect(Object.keys(read)).toEqual(['A1', 'B1', 'C2', 'D2']);
  });
});

describe('what writers vary in', () => {
  test('namespace prefixes on every element (x:c, x:v, x:f, x:is, x:t)', () => {
    const read = cells(
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Khá</x:t></x:is></x:c><x:c r="C1"><x:f>A1&amp;B1</x:f></x:c></x:row>',
      ['Tốt'],
      'x',
    );
    expect(read).toEqual({
      A1: { value: 'Tốt' },
      B1: { value: 'Khá' },
      C1: { value: null, formula: 'A1&B1' },
    });
  });

  test('attributes in any order, with single or double quotes and spaces around =', () => {
    const read = cells(
      `<row r='5'><c t='s' s="2" r='B5'><v>0</v></c><c\n  s = "1"\tr = "C5"  t="b" ><v>1</v></c></row>`,
      ['Đạt'],
    );
    expect(read).toEqual({ B5: { value: 'Đạt' }, C5: { value: true } });
  });

  test('named and numeric character references in text, formulas and attributes', () => {
    const read = cells(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;b&gt; &amp; &quot;x&quot; &apos;y&apos; &#65;&#x42; &#x1F600; &#13;&#10;</t></is></c>' +
        '<c r="B1" t="str"><f>IF(A1&lt;&gt;"","&#272;ạt","")</f><v>&#x110;ạt</v></c><c r="&#x43;1"><v>5</v></c></row>',
    );
    expect(read.A1?.value).toBe('<b> & "x" \'y\' AB 😀 \r\n');
    expect(read.B1).toEqual({ value: 'Đạt', formula: 'IF(A1<>"","Đạt","")' });
    expect(read.C1).toEqual({ value: 5 });
  });

  test('CDATA sections are read verbatim', () => {
    const read = cells(
      '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a < b & "c"]]></t></is></c><c r="B1"><v><![CDATA[42]]></v></c></row>',
    );
    expect(read).toEqual({ A1: { value: 'a < b & "c"' }, B1: { value: 42 } });
  });

  test('pretty-printed XML with comments and processing instructions between elements', () => {
    const read = cells(
      '\n  <row r="1">\n    <!-- điểm -->\n    <c r="A1">\n      <v>1.5</v>\n    </c>\n    <?editor note?>\n    <c r="B1" t="s"><v>0</v></c>\n  </row>\n',
      ['Có'],
    );
    expect(read).toEqual({ A1: { value: 1.5 }, B1: { value: 'Có' } });
  });

  test('raw line ends in text read as \\n, as XML says; _x000D_ still gives a carriage return', () => {
    const read = cells('<row r="1"><c r="A1" t="inlineStr"><is><t>a\r\nb\rc_x000D_d</t></is></c></row>');
    expect(read.A1?.value).toBe('a\nb\nc\rd');
  });

  test('shared strings: plain, rich text, preserved spaces, references and escapes', () => {
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="4" uniqueCount="4"><si><t>Sở</t></si><si><r><t>Quyết </t></r><r><rPr><i/></rPr><t>định</t></r></si><si><t xml:space="preserve"> a &amp; b </t></si><si><t/></si></sst>`;
    expect(parseSharedStrings(sst, 'xl/sharedStrings.xml')).toEqual(['Sở', 'Quyết định', ' a & b ', '']);
  });
});

describe('XML that is not well-formed is refused as corrupt, naming the part', () => {
  const broken: [string, string][] = [
    ['a truncated part', '<row r="1"><c r="A1"><v>1</v></c>'],
    ['a mismatched closing tag', '<row r="1"><c r="A1"><v>1</c></v></row>'],
    ['a closing tag for another element', '<row r="1"><c r="A1"><v>1</va></c></row>'],
    ['an unknown entity', '<row r="1"><c r="A1" t="inlineStr"><is><t>a&nbsp;b</t></is></c></row>'],
    ['a bare ampersand', '<row r="1"><c r="A1" t="str"><f>A1&B1</f></c></row>'],
    [
      'a reference to a character XML forbids',
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&#0;</t></is></c></row>',
    ],
    ['a raw control character', '<row r="1"><c r="A1" t="inlineStr"><is><t>a\u0001b</t></is></c></row>'],
    ['an unquoted attribute', '<row r=1><c r="A1"><v>1</v></c></row>'],
    ['a duplicate attribute', '<row r="1"><c r="A1" t="s" t="n"><v>0</v></c></row>'],
    [
      'a duplicate attribute on an element the reader ignores',
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve" xml:space="preserve">a</t></is></c></row>',
    ],
    ['< in an attribute value', '<row r="1"><c r="A<1"><v>1</v></c></row>'],
    [']]> in text', '<row r="1"><c r="A1" t="inlineStr"><is><t>a]]>b</t></is></c></row>'],
    ['an unterminated comment', '<row r="1"><!-- <c r="A1"><v>1</v></c></row>'],
    ['an unterminated CDATA section', '<row r="1"><c r="A1"><v><![CDATA[1</v></c></row>'],
    ['attributes run together', '<row r="1"><c r="A1"t="s"><v>0</v></c></row>'],
    ['a stray <', '<row r="1"><c r="A1"><v>1 < 2</v></c></row>'],
  ];

  test.each(broken)('%s', (_, sheetData) => {
    let error: unknown;
    try {
      cells(sheetData, ['x']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileReadError);
    expect(error).toMatchObject({
      code: 'corrupt',
      params: { detail: { why: 'xml-invalid', part: PART } },
      message: `phần “${PART}” của tệp không phải XML hợp lệ.`,
    });
  });

  test('text after the root element, or a second root, is refused', () => {
    expect(() => parseWorksheet(`${sheet('')}x`, PART, 'Phiếu', [])).toThrow(FileReadError);
    expect(() => parseWorksheet(`${sheet('')}<worksheet/>`, PART, 'Phiếu', [])).toThrow(FileReadError);
    expect(() => parseWorksheet('', PART, 'Phiếu', [])).toThrow(FileReadError);
  });

  test('the user sees one Vietnamese message naming the file and the part, and the other files still read', () => {
    const good = buildPackage({
      sheets: [{ name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
      definedNames: `<definedName name="X">'Phiếu'!$A$1</definedName>`,
    });
    const bad = buildPackage({
      sheets: [{ name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row></row>' }],
      definedNames: `<definedName name="X">'Phiếu'!$A$1</definedName>`,
    });
    const outcomes = [
      readReturnedWorkbook(bad, 'so-y-te.xlsx'),
      readReturnedWorkbook(good, 'so-tu-phap.xlsx'),
    ];
    expect(outcomes[0]).toMatchObject({
      ok: false,
      problem: {
        code: 'corrupt',
        message: expect.stringContaining(
          `Tệp “so-y-te.xlsx”: phần “xl/worksheets/sheet1.xml” của tệp không phải XML hợp lệ.`,
        ),
      },
    });
    expect(outcomes[1]?.ok && outcomes[1].workbook.cells['Phiếu']?.A1).toEqual({ value: 1 });
  });
});
