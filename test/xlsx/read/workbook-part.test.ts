/** The workbook part as the reader gives it back: sheets and their visibility, workbook-level names, duplicates refused. */
import type { FileProblemCode } from '../../../src/core/returned/types';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackage, buildPackageParts, zipParts } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const FORM = 'Phiếu';

function refusedWith(bytes: Uint8Array, code: FileProblemCode): string {
  const outcome = readReturnedWorkbook(bytes, 'phieu.xlsx');
  if (outcome.ok) throw new Error(`expected ${code}, the file was read`);
  expect(outcome.problem.code).toBe(code);
  return outcome.problem.message;
}

function twoSheets(first: string, second: string, definedNames?: string): Uint8Array {
  return buildPackage({
    sheets: [
      { name: first, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: second, sheetData: '<row r="1"><c r="A1"><v>2</v></c></row>' },
    ],
    definedNames,
  });
}

describe('sheets', () => {
  test('a sheet state written as "visible", or one Excel does not know, reads as visible', () => {
    const parts = buildPackageParts({
      sheets: [
        { name: FORM, sheetData: '' },
        { name: 'Hướng dẫn', sheetData: '' },
      ],
    });
    parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string)
      .replace('sheetId="1"', 'sheetId="1" state="visible"')
      .replace('sheetId="2"', 'sheetId="2" state="Hidden"');
    expect(readOk(zipParts(parts)).sheets).toEqual([
      { name: FORM, visibility: 'visible' },
      { name: 'Hướng dẫn', visibility: 'visible' },
    ]);
  });

  test('a sheet name written decomposed (NFD) reads as the composed name', () => {
    const wb = readOk(buildPackage({ sheets: [{ name: 'Tổng hợp'.normalize('NFD'), sheetData: '' }] }));
    expect(wb.sheets).toEqual([{ name: 'Tổng hợp', visibility: 'visible' }]);
  });

  test('a sheet element without a name lists as a sheet with an empty name', () => {
    const parts = buildPackageParts({ sheets: [{ name: FORM, sheetData: '' }] });
    parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string).replace(`name="${FORM}" `, '');
    expect(readOk(zipParts(parts)).sheets).toEqual([{ name: '', visibility: 'visible' }]);
  });

  test('a pretty-printed workbook part (line breaks and indentation between elements) is read', () => {
    const parts = buildPackageParts({
      sheets: [{ name: FORM, sheetData: '<row r="2"><c r="B2"><v>4</v></c></row>' }],
      definedNames: `<definedName name="TC_1_1">'${FORM}'!$B$2</definedName>`,
    });
    parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string).replace(/></g, '>\n  <');
    const wb = readOk(zipParts(parts));
    expect(wb.names).toEqual([{ name: 'TC_1_1', sheet: FORM, address: 'B2', raw: `'${FORM}'!$B$2` }]);
    expect(wb.cells[FORM]?.B2?.value).toBe(4);
  });

  test('two sheets whose names differ only in case, Vietnamese letters included, are refused, naming the second', () => {
    expect(refusedWith(twoSheets('Phiếu', 'PHIẾU'), 'corrupt')).toContain('PHIẾU');
  });

  test('two sheets whose names differ only in a Greek final sigma (one capital letter) are refused', () => {
    expect(refusedWith(twoSheets('Hệ số σ', 'Hệ số ς'), 'corrupt')).toContain('Hệ số ς');
  });

  test('sheets with different names are read', () => {
    expect(readOk(twoSheets('Phiếu', 'Phiếu 2')).sheets.map((s) => s.name)).toEqual(['Phiếu', 'Phiếu 2']);
  });
});

describe('defined names', () => {
  test('the same name at workbook level and local to each sheet is no duplicate; only the workbook-level one is listed', () => {
    const names = [
      `<definedName name="TC_1">'${FORM}'!$A$1</definedName>`,
      `<definedName name="TC_1" localSheetId="0">'${FORM}'!$A$1</definedName>`,
      `<definedName name="tc_1" localSheetId="1">'Phụ lục'!$A$1</definedName>`,
    ].join('');
    const wb = readOk(twoSheets(FORM, 'Phụ lục', names));
    expect(wb.names).toEqual([{ name: 'TC_1', sheet: FORM, address: 'A1', raw: `'${FORM}'!$A$1` }]);
  });

  test('the same name local to two different sheets is no duplicate', () => {
    const parts = buildPackageParts({
      sheets: ['Phiếu', 'Phụ lục 1', 'Phụ lục 2'].map((name) => ({ name, sheetData: '' })),
      definedNames: [
        `<definedName name="GHI_CHU" localSheetId="1">'Phụ lục 1'!$A$1</definedName>`,
        `<definedName name="GHI_CHU" localSheetId="2">'Phụ lục 2'!$A$1</definedName>`,
      ].join(''),
    });
    const wb = readOk(zipParts(parts));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Phiếu', 'Phụ lục 1', 'Phụ lục 2']);
    expect(wb.names).toEqual([]);
  });

  test('a name given twice local to the same sheet is refused, naming it', () => {
    const names = [
      `<definedName name="TC_1" localSheetId="1">'${FORM}'!$A$1</definedName>`,
      `<definedName name="Tc_1" localSheetId="1">'${FORM}'!$A$2</definedName>`,
    ].join('');
    expect(refusedWith(twoSheets(FORM, 'Phụ lục', names), 'corrupt')).toContain('Tc_1');
  });

  test('two workbook-level names that differ only in a Greek final sigma are refused', () => {
    const names = [
      `<definedName name="σ_1">'${FORM}'!$A$1</definedName>`,
      `<definedName name="ς_1">'${FORM}'!$A$2</definedName>`,
    ].join('');
    expect(refusedWith(twoSheets(FORM, 'Phụ lục', names), 'corrupt')).toContain('ς_1');
  });

  test('a name whose text comes in pieces (an entity in the middle) reads whole', () => {
    const names = `<definedName name="DON_VI">'Sổ &amp; ${FORM}'!$C$3</definedName>`;
    const wb = readOk(twoSheets(`Sổ & ${FORM}`, 'Phụ lục', names));
    expect(wb.names).toEqual([
      { name: 'DON_VI', sheet: `Sổ & ${FORM}`, address: 'C3', raw: `'Sổ & ${FORM}'!$C$3` },
    ]);
  });

  test('a definedName element without a name is listed with an empty name', () => {
    const wb = readOk(twoSheets(FORM, 'Phụ lục', `<definedName>'${FORM}'!$A$1</definedName>`));
    expect(wb.names).toEqual([{ name: '', sheet: FORM, address: 'A1', raw: `'${FORM}'!$A$1` }]);
  });
});
