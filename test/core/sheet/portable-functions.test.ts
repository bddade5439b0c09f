import { functionsIn, nonPortableFunctions } from '../../../src/core/sheet/portable-functions';

describe('portable function check', () => {
  it('finds every function a formula calls, skipping string literals', () => {
    expect(functionsIn('IF(ISNUMBER(D9),MAX(0,MIN(ROUND(D9,2),8)),"SUM(")').sort()).toEqual([
      'IF',
      'ISNUMBER',
      'MAX',
      'MIN',
      'ROUND',
    ]);
  });

  it('flags functions that Excel 2010 or LibreOffice lack', () => {
    expect(nonPortableFunctions('IFS(A1>1,"a",TRUE,"b")')).toEqual(['IFS']);
    expect(nonPortableFunctions('XLOOKUP(A1,B:B,C:C)')).toEqual(['XLOOKUP']);
    expect(nonPortableFunctions('_xlfn.LET(x,1,x)')).toEqual(['_XLFN.LET']);
    expect(nonPortableFunctions('ROUND(SUM(E10:E15),2)')).toEqual([]);
  });
});
