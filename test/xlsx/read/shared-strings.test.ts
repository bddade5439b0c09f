/**
 * The text a string cell gives back, from the shared-string table (`<si>`) or inline (`<is>`): plain
 * or in rich-text runs, pretty-printed or not, phonetic runs left out, `_xHHHH_` escapes decoded.
 */
import { buildPackage } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const FORM = 'Phiếu';

/** Cell A1..An of the form, one shared string each, by address. */
function sharedValues(items: string[]): Record<string, unknown> {
  const cells = items.map((_, i) => `<c r="A${i + 1}" t="s"><v>${i}</v></c>`);
  const wb = readOk(
    buildPackage({
      sheets: [{ name: FORM, sheetData: cells.map((c, i) => `<row r="${i + 1}">${c}</row>`).join('') }],
      definedNames: `<definedName name="TC_1_1">'${FORM}'!$A$1</definedName>`,
      sharedStrings: items,
    }),
  );
  return Object.fromEntries(Object.entries(wb.cells[FORM] ?? {}).map(([k, c]) => [k, c.value]));
}

/** The values of inline-string cells A1..An, by address. */
function inlineValues(items: string[]): Record<string, unknown> {
  const cells = items.map((is, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr">${is}</c></row>`);
  const wb = readOk(
    buildPackage({
      sheets: [{ name: FORM, sheetData: cells.join('') }],
      definedNames: `<definedName name="TC_1_1">'${FORM}'!$A$1</definedName>`,
    }),
  );
  return Object.fromEntries(Object.entries(wb.cells[FORM] ?? {}).map(([k, c]) => [k, c.value]));
}

const PRETTY_RICH =
  '\n  <r>\n    <rPr><b/></rPr>\n    <t>Số </t>\n  </r>\n  <r>\n    <t>văn bản</t>\n  </r>\n';
const PHONETIC_BETWEEN =
  '<r><t>Quyết </t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh><r><t>định</t></r><phoneticPr fontId="1"/>';

describe('shared strings', () => {
  test('each item gives its own text, in order, empty items included', () => {
    expect(sharedValues(['<si><t>Hạ tầng</t></si>', '<si><t/></si>', '<si><t>Nhân lực</t></si>'])).toEqual({
      A1: 'Hạ tầng',
      A2: '',
      A3: 'Nhân lực',
    });
  });

  test('pretty-printed items keep only the text inside their <t> elements', () => {
    expect(
      sharedValues([
        `<si>${PRETTY_RICH}</si>`,
        '<si>\n  <t>Hạ tầng kỹ thuật</t>\n</si>',
        '<si>\n  <t>Đạt</t>\n</si>',
      ]),
    ).toEqual({ A1: 'Số văn bản', A2: 'Hạ tầng kỹ thuật', A3: 'Đạt' });
  });

  test('a phonetic run between rich-text runs is left out, the runs after it kept', () => {
    expect(sharedValues([`<si>${PHONETIC_BETWEEN}</si>`, '<si><t>Tốt</t></si>'])).toEqual({
      A1: 'Quyết định',
      A2: 'Tốt',
    });
  });

  test('long texts read in full', () => {
    const long = 'Nhập số từ 0 đến 2, tối đa 2 chữ số thập phân.';
    expect(sharedValues([`<si><t>${long}</t></si>`, '<si><t>Mười ba chữ!</t></si>'])).toEqual({
      A1: long,
      A2: 'Mười ba chữ!',
    });
  });
});

describe('inline strings', () => {
  test('pretty-printed rich text and a phonetic run between runs give the visible text', () => {
    expect(
      inlineValues([`<is>${PRETTY_RICH}</is>`, `<is>${PHONETIC_BETWEEN}</is>`, '<is>\n  <t>Đạt</t>\n</is>']),
    ).toEqual({ A1: 'Số văn bản', A2: 'Quyết định', A3: 'Đạt' });
  });
});

describe('escaped characters', () => {
  test('_xHHHH_ escapes in upper or lower case hex are decoded, each of them', () => {
    expect(sharedValues(['<si><t>_x00C9_ _x00e9_ a_x0009_b_x000d_</t></si>'])).toEqual({ A1: 'É é a\tb\r' });
  });

  test('what is not a four-digit escape stays as written', () => {
    expect(sharedValues(['<si><t>_x12_ _x00G1_ _x0041 x0041_ _X0041_</t></si>'])).toEqual({
      A1: '_x12_ _x00G1_ _x0041 x0041_ _X0041_',
    });
  });
});
