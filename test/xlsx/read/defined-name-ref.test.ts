/**
 * Where a defined name points, as the reader gives it back (sheet and address), for the spellings a
 * workbook's names come in; anything that is not one sheet's cell, area, columns or rows points nowhere.
 */
import type { ReadName } from '../../../src/core/returned/types';
import { buildPackage, escapeXml } from '../../support/xlsx/package-builder';
import { readOk } from '../../support/xlsx/read';

const FORM = 'Phiếu';
const SHEETS = [FORM, 'Kết quả!', 'Điểm=Tổng', "Sổ của 'tôi'"];

/** The target the reader gives a workbook-level name written as `text`. */
function targetOf(text: string): Pick<ReadName, 'sheet' | 'address'> {
  const wb = readOk(
    buildPackage({
      sheets: SHEETS.map((name) => ({ name, sheetData: '' })),
      definedNames: `<definedName name="TC_1_1">${escapeXml(text)}</definedName>`,
    }),
  );
  const name = wb.names.find((n) => n.name === 'TC_1_1');
  if (!name) throw new Error('the name was not read');
  expect(name.raw).toBe(text);
  return { sheet: name.sheet, address: name.address };
}

const NOWHERE = { sheet: null, address: null };

describe('defined names that point at a sheet', () => {
  test.each([
    [`'${FORM}'!$D$12`, FORM, 'D12'],
    [`${FORM}!D12`, FORM, 'D12'],
    [`${FORM}!$D12`, FORM, 'D12'],
    [`${FORM}!D$12`, FORM, 'D12'],
    [`${FORM}!d12`, FORM, 'D12'],
    [`${FORM}!$F$20:$F$22`, FORM, 'F20:F22'],
    [`${FORM}!A1:XFD1048576`, FORM, 'A1:XFD1048576'],
    [`${FORM}!$AAA$1234567`, FORM, 'AAA1234567'],
    [`${FORM}!$A:$C`, FORM, 'A:C'],
    [`${FORM}!B:XFD`, FORM, 'B:XFD'],
    [`${FORM}!$3:$5`, FORM, '3:5'],
    [`${FORM}!7:1048576`, FORM, '7:1048576'],
    [`='${FORM}'!$A$1`, FORM, 'A1'],
    [`  '${FORM}'!$A$1  `, FORM, 'A1'],
    [`'${FORM}'! $A$1`, FORM, 'A1'],
    [`'Kết quả!'!$B$2`, 'Kết quả!', 'B2'],
    [`'Điểm=Tổng'!$C$3`, 'Điểm=Tổng', 'C3'],
    [`'Sổ của ''tôi'''!$B$2`, "Sổ của 'tôi'", 'B2'],
  ])('%s points at %s!%s', (text, sheet, address) => {
    expect(targetOf(text)).toEqual({ sheet, address });
  });

  test('a sheet that is not in the workbook keeps its name as written, composed (NFC)', () => {
    expect(targetOf(`'${'Phiếu cũ'.normalize('NFD')}'!$A$1`)).toEqual({ sheet: 'Phiếu cũ', address: 'A1' });
  });
});

describe('defined names that point nowhere usable', () => {
  test.each([
    ['', 'empty'],
    ['   ', 'blank'],
    [`${FORM}`, 'a sheet name without a cell'],
    [`!$A$1`, 'no sheet before the mark'],
    [`'${FORM}'$A$1`, 'a quoted sheet without the mark'],
    [`'${FORM}!$A$1`, 'a quote that is never closed'],
    [`'${FORM}:Kết quả'!$A$1`, 'a quoted 3-D reference'],
    [`'[1]${FORM}'!$A$1`, 'a quoted external reference'],
    [`'Sheet\\1'!$A$1`, 'a backslash'],
    [`'Sheet/1'!$A$1`, 'a slash'],
    [`'Sheet?'!$A$1`, 'a question mark'],
    [`'Sheet*'!$A$1`, 'a star'],
    [`${FORM}:Kết!$A$1`, 'an unquoted 3-D reference'],
    [`[1]Sheet1!$A$1`, 'an unquoted external reference'],
    [`Sổ của!$A$1`, 'an unquoted name with a space'],
    [`Sheet1+1!$A$1`, 'an unquoted formula'],
    [`${FORM}!$A$1,${FORM}!$A$3`, 'a union'],
    [`${FORM}!#REF!`, 'a deleted cell'],
    [`#REF!$D$1`, 'a deleted sheet'],
    [`${FORM}!$A`, 'a column without a colon'],
    [`${FORM}!$3`, 'a row without a colon'],
    [`${FORM}!ABCD1`, 'four column letters'],
    [`${FORM}!A12345678`, 'eight row digits'],
    [`${FORM}!ABCD:ABCE`, 'columns of four letters'],
    [`${FORM}!12345678:12345679`, 'rows of eight digits'],
    [`${FORM}!1A1`, 'a digit before the cell'],
    [`${FORM}!A1B`, 'a letter after the cell'],
    [`${FORM}!A1:`, 'an area without its end'],
    [`${FORM}!A1:B2:C3`, 'three corners'],
    ['0.5', 'a constant'],
  ])('%s (%s)', (text) => {
    expect(targetOf(text)).toEqual(NOWHERE);
  });
});
