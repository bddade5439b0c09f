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

  it('accepts every function that Excel 2010 and LibreOffice evaluate alike', () => {
    const portable = [
      'ABS',
      'AND',
      'AVERAGE',
      'CHOOSE',
      'COUNT',
      'COUNTA',
      'COUNTBLANK',
      'COUNTIF',
      'COUNTIFS',
      'IF',
      'IFERROR',
      'INDEX',
      'INT',
      'ISBLANK',
      'ISERROR',
      'ISLOGICAL',
      'ISNUMBER',
      'ISTEXT',
      'LEFT',
      'LEN',
      'MATCH',
      'MAX',
      'MIN',
      'MID',
      'NOT',
      'OR',
      'RANK',
      'RIGHT',
      'ROUND',
      'ROUNDDOWN',
      'ROUNDUP',
      'SUM',
      'SUMIF',
      'SUMIFS',
      'SUMPRODUCT',
      'TEXT',
      'TRIM',
      'VALUE',
      'VLOOKUP',
    ];
    for (const f of portable) {
      expect(nonPortableFunctions(`${f}(A1)`)).toEqual([]);
      expect(nonPortableFunctions(`${f.toLowerCase()}(A1)`)).toEqual([]);
    }
  });

  it('reads function names with digits, dots and underscores, and only before a parenthesis', () => {
    expect(functionsIn('LOG10(A1)+_xlfn.STDEV.S(B1:B9)+A1*(B2+C3)')).toEqual(['LOG10', '_XLFN.STDEV.S']);
    expect(functionsIn('SUM (A1:A3)')).toEqual(['SUM']);
    expect(functionsIn('IF(A1="a ""quoted"" MAX(",LEN(A1),"")')).toEqual(['IF', 'LEN']);
    expect(functionsIn('A1+B2')).toEqual([]);
  });
});
