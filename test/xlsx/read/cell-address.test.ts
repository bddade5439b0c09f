/**
 * Cell addresses (`<c r="…">`) as the reader spells them back, and the addresses it refuses: every
 * writer spells a cell its own way (absolute marks, lower case), and a broken file may not.
 */
import type { ReadCell } from '../../../src/core/returned/types';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackage } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const FORM = 'Phiếu';

function formWith(sheetData: string): Uint8Array {
  return buildPackage({
    sheets: [{ name: FORM, sheetData }],
    definedNames: `<definedName name="TC_1_1">'${FORM}'!$A$1</definedName>`,
  });
}

/** The values the reader gives back, by the address it spells. */
function valuesOf(sheetData: string): Record<string, ReadCell['value']> {
  const cells = readOk(formWith(sheetData)).cells[FORM] ?? {};
  return Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.value]));
}

function refusalOf(sheetData: string): string {
  const outcome = readReturnedWorkbook(formWith(sheetData), 'phieu.xlsx');
  if (outcome.ok) throw new Error('the file was read');
  expect(outcome.problem.code).toBe('corrupt');
  return outcome.problem.message;
}

describe('cell addresses', () => {
  test('absolute marks and lower case read as the plain cell', () => {
    expect(
      valuesOf(
        '<row r="2"><c r="$B$2"><v>1</v></c><c r="c$2"><v>2</v></c><c r="$d2"><v>3</v></c><c r="$AB$2"><v>4</v></c><c r="$xfd2"><v>5</v></c></row>',
      ),
    ).toEqual({ B2: 1, C2: 2, D2: 3, AB2: 4, XFD2: 5 });
  });

  test('the first and last letters, and columns of two and three letters, each reach their own column', () => {
    const values = valuesOf(
      '<row r="1"><c r="a1"><v>1</v></c><c r="Z1"><v>2</v></c><c r="z3"><v>3</v></c></row>' +
        '<row r="7"><c r="AB7"><v>4</v></c><c r="BL7"><v>5</v></c><c r="BM7"><v>6</v></c><c r="AAA7"><v>7</v></c><c r="XFD7"><v>8</v></c></row>',
    );
    expect(values).toEqual({ A1: 1, Z1: 2, Z3: 3, AB7: 4, BL7: 5, BM7: 6, AAA7: 7, XFD7: 8 });
  });

  test('row numbers with every digit, up to the last row of a sheet', () => {
    const values = valuesOf(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="9"><c r="B9"><v>2</v></c></row>' +
        '<row r="4096"><c r="C4096"><v>3</v></c></row><row r="4097"><c r="C4097"><v>4</v></c></row>' +
        '<row r="1234567"><c r="D1234567"><v>5</v></c></row><row r="1048576"><c r="E1048576"><v>6</v></c></row>' +
        '<row r="80"><c r="F80"><v>7</v></c></row>',
    );
    expect(values).toEqual({ A1: 1, B9: 2, C4096: 3, C4097: 4, D1234567: 5, E1048576: 6, F80: 7 });
  });

  test.each([
    ['12', 'no column letters'],
    ['ABCD1', 'four column letters'],
    ['[1', 'a character just past Z'],
    ['{1', 'a character just past z'],
    ['@1', 'a character just before A'],
    ['A', 'no row number'],
    ['$A$', 'no row number after the mark'],
    ['A0', 'row 0'],
    ['A1x', 'a letter after the row'],
    ['A/1', 'a character just before 0'],
    ['A5.', 'a dot after the row'],
    ['A1/5', 'a slash inside the row'],
    ['A5:', 'a colon after the row'],
    ['A:1', 'a character just past 9'],
    ['1A', 'the row first'],
    ['$$A1', 'two absolute marks'],
    ['A$$1', 'two absolute marks before the row'],
  ])('the address “%s” (%s) is refused in Vietnamese, naming it and the sheet', (address) => {
    expect(refusalOf(`<row r="1"><c r="${address}"><v>1</v></c></row>`)).toContain(
      `trang “${FORM}” có địa chỉ ô không hợp lệ “${address}”`,
    );
  });
});
