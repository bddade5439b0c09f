/** Moving a shared formula to another cell, as Excel does when it fills a formula down or right. */
import { shiftFormula } from '../../../src/xlsx/reader/shared-formula';

describe('shiftFormula', () => {
  test.each([
    ['relative cells move by the offset', 'D9*2+E10', 3, 0, 'D12*2+E13'],
    ['absolute rows and columns stay', '$D$9+D$9+$D9+D9', 2, 1, '$D$9+E$9+$D11+E11'],
    ['ranges move both ends', 'SUM(F9:F20)', 0, 2, 'SUM(H9:H20)'],
    ['whole columns and whole rows', 'SUM(D:D)+SUM(3:4)+SUM($A:B)', 1, 1, 'SUM(E:E)+SUM(4:5)+SUM($A:C)'],
    [
      'sheet-qualified references move, the sheet name does not',
      "'Phiếu 2'!D9+Sheet1!A1",
      1,
      0,
      "'Phiếu 2'!D10+Sheet1!A2",
    ],
    ['text inside quotes is left alone', 'IF(D9>0,"D9 đạt","A1")', 1, 0, 'IF(D10>0,"D9 đạt","A1")'],
    ['doubled quotes inside text', 'D9&"""A1"""', 1, 0, 'D10&"""A1"""'],
    [
      'function names that look like cells are left alone',
      'LOG10(A1)+ATAN2(B1,C1)',
      1,
      0,
      'LOG10(A2)+ATAN2(B2,C2)',
    ],
    ['defined names are left alone', 'TC_2_3+TONG_DIEM+A1', 1, 0, 'TC_2_3+TONG_DIEM+A2'],
    ['numbers with exponents are left alone', '1E3+2.5E-2*A1', 1, 0, '1E3+2.5E-2*A2'],
    ['error literals are left alone', 'IFERROR(A1,#N/A)+#REF!', 1, 0, 'IFERROR(A2,#N/A)+#REF!'],
    ['structured references are left alone', 'SUM(Bang1[Điểm])+A1', 1, 0, 'SUM(Bang1[Điểm])+A2'],
    ['lower-case references come back upper-case', 'd9+1', 1, 0, 'D10+1'],
    ['a reference moved off the sheet becomes #REF!', 'A1+B2', -1, 0, '#REF!+B1'],
    ['no offset, no change', 'SUM(A1:A3)', 0, 0, 'SUM(A1:A3)'],
  ])('%s', (_label, formula, dRow, dCol, expected) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
  });

  test('columns past Z roll over like Excel (Z -> AA, AZ -> BA)', () => {
    expect(shiftFormula('Z1+AZ1', 0, 1)).toBe('AA1+BA1');
  });

  test('references past the last column or row become #REF!', () => {
    expect(shiftFormula('XFD1', 0, 1)).toBe('#REF!');
    expect(shiftFormula('A1048576', 1, 0)).toBe('#REF!');
  });
});
