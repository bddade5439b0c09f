/**
 * A worksheet part as the reader gives it back: each cell's value, error and formula for the cases
 * writers leave half-filled (a type without a value, a formula without text, shared formulas out
 * of order or reusing an index), and the Vietnamese refusal naming the sheet and the faulty text.
 */
import type { ReadCell } from '../../../src/core/returned/types';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackage } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const FORM = 'Phiếu';

function form(sheetData: string, sharedStrings: string[] = []): Uint8Array {
  return buildPackage({
    sheets: [{ name: FORM, sheetData }],
    definedNames: `<definedName name="TC_1_1">'${FORM}'!$A$1</definedName>`,
    sharedStrings: sharedStrings.map((s) => `<si><t>${s}</t></si>`),
  });
}

function cellsOf(sheetData: string, sharedStrings: string[] = []): Record<string, ReadCell> {
  return readOk(form(sheetData, sharedStrings)).cells[FORM] ?? {};
}

function refusal(sheetData: string, sharedStrings: string[] = []): string {
  const outcome = readReturnedWorkbook(form(sheetData, sharedStrings), 'so-xay-dung.xlsx');
  if (outcome.ok) throw new Error('expected a refusal, the file was read');
  expect(outcome.problem.code).toBe('corrupt');
  expect(outcome.problem.message).toContain('“so-xay-dung.xlsx”');
  return outcome.problem.message;
}

describe('values', () => {
  test('a number cell whose value is only spaces has no value; with a formula it keeps the formula', () => {
    expect(cellsOf('<row r="1"><c r="A1"><v> </v></c><c r="B1"><f>A1*2</f><v>  </v></c></row>')).toEqual({
      B1: { value: null, formula: 'A1*2' },
    });
  });

  test('an inline string or formula string without text reads as empty text, not as a blank cell', () => {
    expect(
      cellsOf(
        '<row r="1"><c r="A1" t="inlineStr"/><c r="B1" t="str"/><c r="C1" t="inlineStr"><is/></c></row>',
      ),
    ).toEqual({ A1: { value: '' }, B1: { value: '' }, C1: { value: '' } });
  });

  test('a formula string never calculated has no value, only its formula', () => {
    expect(cellsOf('<row r="1"><c r="A1" t="str"><f>TRIM(B1)</f></c></row>')).toEqual({
      A1: { value: null, formula: 'TRIM(B1)' },
    });
  });

  test('a typed formula cell without a cached value reads null, whatever its type', () => {
    expect(
      cellsOf(
        '<row r="1"><c r="A1" t="s"><f>B1</f></c><c r="B1" t="b"><f>C1&gt;0</f></c>' +
          '<c r="C1" t="e"><f>1/0</f></c><c r="D1" t="d"><f>TODAY()</f></c><c r="E1" t="n"><f>2+2</f></c></row>',
        ['Sở Y tế'],
      ),
    ).toEqual({
      A1: { value: null, formula: 'B1' },
      B1: { value: null, formula: 'C1>0' },
      C1: { value: null, formula: '1/0' },
      D1: { value: null, formula: 'TODAY()' },
      E1: { value: null, formula: '2+2' },
    });
  });

  test('a boolean is true for 1 and for "true" in any case, false for anything else', () => {
    const bools = ['1', 'true', 'TRUE', 'True', '0', 'false', 'yes', ''];
    const row = bools.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" t="b"><v>${v}</v></c>`).join('');
    const read = cellsOf(`<row r="1">${row}</row>`);
    expect(Object.fromEntries(Object.entries(read).map(([k, c]) => [k, c.value]))).toEqual({
      A1: true,
      B1: true,
      C1: true,
      D1: true,
      E1: false,
      F1: false,
      G1: false,
      H1: false,
    });
  });

  test('a date cell keeps its text as written, even a year alone that looks like a number', () => {
    expect(
      cellsOf('<row r="1"><c r="A1" t="d"><v>2026</v></c><c r="B1" t="d"><v>2026-11-15</v></c></row>'),
    ).toEqual({ A1: { value: '2026' }, B1: { value: '2026-11-15' } });
  });

  test('an error value is read without the spaces around it', () => {
    expect(cellsOf('<row r="1"><c r="A1" t="e"><v> #DIV/0! </v></c></row>')).toEqual({
      A1: { value: null, error: '#DIV/0!' },
    });
  });

  test('a worksheet written with indentation reads the same values as one written on one line', () => {
    const indented =
      '\n  <row r="1">\n    <c r="A1" t="str">\n      <f>TRIM(B1)</f>\n      <v>Sở Y tế</v>\n    </c>\n' +
      '    <c r="B1" t="inlineStr">\n      <is>\n        <t> Sở Y tế</t>\n      </is>\n    </c>\n' +
      '    <c r="C1">\n      <v>3</v>\n    </c>\n  </row>\n';
    expect(cellsOf(indented)).toEqual({
      A1: { value: 'Sở Y tế', formula: 'TRIM(B1)' },
      B1: { value: ' Sở Y tế' },
      C1: { value: 3 },
    });
  });

  test('elements of an extension outside any cell named like rich text (is, t, rPh) are no cell’s text', () => {
    // After a cell read token by token (A1) and one read in one step (B1), as after either kind.
    const ext =
      '<extLst><ext uri="{00000000-0000-0000-0000-000000000001}" xmlns:x="urn:example:ext">' +
      '<x:rPh><x:t>lạc</x:t></x:rPh><x:is><x:t>lạc</x:t></x:is></ext></extLst>';
    expect(
      cellsOf(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>Một</t></is></c><c r="B1"><v>1</v></c>${ext}</row>` +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>Hai</t></is></c></row>',
      ),
    ).toEqual({ A1: { value: 'Một' }, B1: { value: 1 }, A2: { value: 'Hai' } });
  });

  test('an extension inside a cell, after its formula or its inline text, adds nothing to either', () => {
    const ext = (text: string): string =>
      `<extLst><ext uri="{00000000-0000-0000-0000-000000000002}" xmlns:x="urn:example:ext"><x:t>${text}</x:t></ext></extLst>`;
    expect(
      cellsOf(
        `<row r="1"><c r="A1"><f>B1*2</f>${ext('ghi chú')}</c>` +
          `<c r="B1" t="inlineStr"><is><t>Sở Y tế</t></is>${ext(' (bản nháp)')}</c></row>`,
      ),
    ).toEqual({ A1: { value: null, formula: 'B1*2' }, B1: { value: 'Sở Y tế' } });
  });

  test('a cell far down a column and one in the next column on the first rows are both read', () => {
    expect(
      cellsOf('<row r="1"><c r="B1"><v>2</v></c></row><row r="20001"><c r="A20001"><v>1</v></c></row>'),
    ).toEqual({ B1: { value: 2 }, A20001: { value: 1 } });
  });
});

describe('formulas', () => {
  test('spaces around a formula and a leading = are left out', () => {
    expect(
      cellsOf('<row r="1"><c r="A1"><f> SUM(B1:C1) </f><v>3</v></c><c r="B1"><f>=C1*2</f><v>4</v></c></row>'),
    ).toEqual({ A1: { value: 3, formula: 'SUM(B1:C1)' }, B1: { value: 4, formula: 'C1*2' } });
  });

  test('an empty formula element gives no formula, the cached value stays', () => {
    expect(cellsOf('<row r="1"><c r="A1"><f/><v>3</v></c><c r="B1"><f>  </f><v>4</v></c></row>')).toEqual({
      A1: { value: 3 },
      B1: { value: 4 },
    });
  });

  test('an empty formula with an index but not marked shared, or shared without an index, copies nothing', () => {
    expect(
      cellsOf(
        '<row r="1"><c r="A1"><f t="shared" si="0">B1*2</f><v>2</v></c><c r="C1"><f t="shared">D1+1</f><v>5</v></c></row>' +
          '<row r="2"><c r="A2"><f si="0"/><v>6</v></c><c r="C2"><f t="shared"/><v>7</v></c></row>',
      ),
    ).toEqual({
      A1: { value: 2, formula: 'B1*2' },
      C1: { value: 5, formula: 'D1+1' },
      A2: { value: 6 },
      C2: { value: 7 },
    });
  });

  test('a shared index used again later takes the new master for the cells after it', () => {
    expect(
      cellsOf(
        '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>1</v></c></row>' +
          '<row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>' +
          '<row r="5"><c r="C5"><f t="shared" ref="C5:C6" si="0">D5+1</f><v>3</v></c></row>' +
          '<row r="6"><c r="C6"><f t="shared" si="0"/><v>4</v></c></row>',
      ),
    ).toEqual({
      A1: { value: 1, formula: 'B1*2' },
      A2: { value: 2, formula: 'B2*2' },
      C5: { value: 3, formula: 'D5+1' },
      C6: { value: 4, formula: 'D6+1' },
    });
  });

  test('a cell written before its master gets the master formula moved back by its offset', () => {
    expect(
      cellsOf(
        '<row r="2"><c r="B2"><f t="shared" si="4"/><v>1</v></c></row>' +
          '<row r="4"><c r="D4"><f t="shared" ref="B2:D4" si="4">E5*2</f><v>2</v></c></row>',
      ),
    ).toEqual({ B2: { value: 1, formula: 'C3*2' }, D4: { value: 2, formula: 'E5*2' } });
  });

  test('a shared formula cell whose master is never written keeps its value and no formula', () => {
    expect(cellsOf('<row r="3"><c r="B3"><f t="shared" si="9"/><v>8</v></c></row>')).toEqual({
      B3: { value: 8 },
    });
  });
});

describe('refusals name the sheet and what is wrong', () => {
  test('a row number that is not a whole number from 1', () => {
    expect(refusal('<row r="abc"><c r="A1"><v>1</v></c></row>')).toContain(
      'trang “Phiếu” có số hàng không hợp lệ “abc”',
    );
    expect(refusal('<row r="0"><c><v>1</v></c></row>')).toContain(
      'trang “Phiếu” có số hàng không hợp lệ “0”',
    );
    expect(refusal('<row r="2.5"><c><v>1</v></c></row>')).toContain(
      'trang “Phiếu” có số hàng không hợp lệ “2.5”',
    );
  });

  test('row 1 is a row', () => {
    expect(cellsOf('<row r="1"><c><v>1</v></c></row>')).toEqual({ A1: { value: 1 } });
  });

  test('a cell address that is not one', () => {
    expect(refusal('<row r="1"><c r="1A"><v>1</v></c></row>')).toContain(
      'trang “Phiếu” có địa chỉ ô không hợp lệ “1A”',
    );
  });

  test('a shared string index past the table', () => {
    expect(
      refusal('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', ['Có']),
    ).toContain('trang “Phiếu”, ô B1 trỏ tới chuỗi dùng chung không tồn tại');
  });
});
