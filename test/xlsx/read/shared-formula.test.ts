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

  test('references moved onto the last column or row stay references', () => {
    expect(shiftFormula('XFC1+A1048575', 1, 1)).toBe('XFD2+B1048576');
    expect(shiftFormula('SUM(XFB:XFC)+SUM(1048574:1048575)', 1, 1)).toBe('SUM(XFC:XFD)+SUM(1048575:1048576)');
  });

  test('whole columns and rows of several letters or digits move', () => {
    expect(shiftFormula('SUM(AA:AZ)+SUM($XA:XB)', 0, 2)).toBe('SUM(AC:BB)+SUM($XA:XD)');
    expect(shiftFormula('SUM(10:12)+SUM($99:100)', 3, 0)).toBe('SUM(13:15)+SUM($99:103)');
  });

  test('names that begin or end like a cell, column or row are left alone', () => {
    expect(shiftFormula('HK1_TB+A1', 1, 1)).toBe('HK1_TB+B2');
    expect(shiftFormula('SUM(DauKy:CuoiKy)+A1', 1, 1)).toBe('SUM(DauKy:CuoiKy)+B2');
    expect(shiftFormula('SUM(Diem2024:Diem2025)+A1', 1, 1)).toBe('SUM(Diem2024:Diem2025)+B2');
  });

  test('addresses beyond the sheet as written are left alone', () => {
    expect(shiftFormula('A2000000+A12345678+XFE1+A1', 1, 1)).toBe('A2000000+A12345678+XFE1+B2');
    expect(shiftFormula('SUM(1:12345678)+SUM(A:ABCD)+A1', 1, 1)).toBe('SUM(1:12345678)+SUM(A:ABCD)+B2');
  });

  test('references written inside text are left alone wherever they stand in it', () => {
    expect(shiftFormula('IF(D9>0,"Đạt B1","Chưa đạt C2")', 1, 0)).toBe('IF(D10>0,"Đạt B1","Chưa đạt C2")');
    expect(shiftFormula("'Tổng hợp A1'!B2+C3", 1, 0)).toBe("'Tổng hợp A1'!B3+C4");
  });

  test('a sheet named like a cell stays, its reference moves', () => {
    expect(shiftFormula('HK1!B2+A1', 1, 0)).toBe('HK1!B3+A2');
  });

  test('numbers between operators are no rows', () => {
    expect(shiftFormula('ROUND(A1/3,2)+1*2', 1, 0)).toBe('ROUND(A2/3,2)+1*2');
  });

  test('absolute marks on either end of a whole-column or whole-row range stay', () => {
    expect(shiftFormula('SUM(A:$B)+SUM(3:$4)', 1, 1)).toBe('SUM(B:$B)+SUM(4:$4)');
  });

  test('a range whose end moves off the sheet becomes #REF!', () => {
    expect(shiftFormula('SUM(A:B)+SUM(C:XFD)', 0, -1)).toBe('SUM(#REF!)+SUM(B:XFC)');
    expect(shiftFormula('SUM(C:XFD)', 0, 1)).toBe('SUM(#REF!)');
    expect(shiftFormula('SUM(1:2)+SUM(3:1048576)', -1, 0)).toBe('SUM(#REF!)+SUM(2:1048575)');
    expect(shiftFormula('SUM(3:1048576)', 1, 0)).toBe('SUM(#REF!)');
  });

  test('a name joined to whole columns or rows by a colon stays, the columns or rows move', () => {
    expect(shiftFormula('SUM(DauKy:C:C)+SUM(DauKy:3:4)', 1, 1)).toBe('SUM(DauKy:D:D)+SUM(DauKy:4:5)');
  });

  test('with no offset the formula comes back as written, lower case included', () => {
    expect(shiftFormula('d9+$a$1', 0, 0)).toBe('d9+$a$1');
  });

  test('error literals of different lengths in one formula', () => {
    expect(shiftFormula('#VALUE!+#N/A+B1', 1, 0)).toBe('#VALUE!+#N/A+B2');
  });

  test('an empty text is a whole quoted run: what follows it moves', () => {
    expect(shiftFormula('IF(A1="",B1,C1)', 1, 0)).toBe('IF(A2="",B2,C2)');
  });

  test('table columns named like cells, or holding quotes, are left alone', () => {
    expect(shiftFormula('SUM(Bang1[HK1])+A1', 1, 0)).toBe('SUM(Bang1[HK1])+A2');
    expect(shiftFormula('COUNTA(Bang1[Loại "A"])+A1', 1, 0)).toBe('COUNTA(Bang1[Loại "A"])+A2');
  });

  test("a table column whose name holds an escaped bracket ('] or '[) is left whole", () => {
    expect(shiftFormula("SUM(Bang1[Mã ']B1])+A1", 1, 0)).toBe("SUM(Bang1[Mã ']B1])+A2");
    expect(shiftFormula("SUM(Bang1[Cột '[C3])+A1", 0, 1)).toBe("SUM(Bang1[Cột '[C3])+B1");
    expect(shiftFormula("SUM(Bang1[Ý kiến ''])+A1", 1, 0)).toBe("SUM(Bang1[Ý kiến ''])+A2");
  });

  test('a # that begins no error literal is copied alone (a spill reference, A1#)', () => {
    expect(shiftFormula('SUM(A1#)+B1+#N/A', 1, 0)).toBe('SUM(A2#)+B2+#N/A');
  });
});
