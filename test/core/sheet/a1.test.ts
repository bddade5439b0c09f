/** A1 addresses: what every message names and every formula points at. */
import fc from 'fast-check';
import {
  cellAddress,
  columnLetters,
  columnNumber,
  parseRange,
  quoteSheet,
  rangeAddress,
  singleCell,
} from '../../../src/core/sheet/a1';

describe('columns', () => {
  it('letters and numbers go both ways, across the Z/AA and ZZ/AAA edges', () => {
    const pairs: [number, string][] = [
      [1, 'A'],
      [26, 'Z'],
      [27, 'AA'],
      [52, 'AZ'],
      [53, 'BA'],
      [702, 'ZZ'],
      [703, 'AAA'],
      [16384, 'XFD'],
    ];
    for (const [n, letters] of pairs) {
      expect(columnLetters(n)).toBe(letters);
      expect(columnNumber(letters)).toBe(n);
    }
    expect(columnNumber('xfd')).toBe(16384);
    fc.assert(fc.property(fc.integer({ min: 1, max: 20000 }), (n) => columnNumber(columnLetters(n)) === n));
  });

  it('refuses what is not a column', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => columnLetters(bad)).toThrow(RangeError);
    for (const bad of ['A1', '@', '[', 'Ä']) expect(() => columnNumber(bad)).toThrow(RangeError);
  });
});

describe('addresses and ranges', () => {
  it('writes cells and ranges, absolute when asked', () => {
    expect(cellAddress(7, 2)).toBe('B7');
    expect(cellAddress(7, 2, true)).toBe('$B$7');
    expect(rangeAddress(singleCell(3, 4))).toBe('D3');
    expect(rangeAddress({ row: 1, col: 1, lastRow: 3, lastCol: 3 }, true)).toBe('$A$1:$C$3');
    expect(rangeAddress({ row: 1, col: 1, lastRow: 1, lastCol: 3 })).toBe('A1:C1');
    expect(rangeAddress({ row: 1, col: 1, lastRow: 3, lastCol: 1 })).toBe('A1:A3');
  });

  it('reads cells and ranges in any corner order, with $ signs, lower case and spaces around', () => {
    expect(parseRange(' $b$7 ')).toEqual(singleCell(7, 2));
    expect(parseRange('C3:A1')).toEqual({ row: 1, col: 1, lastRow: 3, lastCol: 3 });
    expect(parseRange('A3:C1')).toEqual({ row: 1, col: 1, lastRow: 3, lastCol: 3 });
    expect(parseRange('$AA$10:$AB$12')).toEqual({ row: 10, col: 27, lastRow: 12, lastCol: 28 });
    for (const bad of ['B', '7', 'ABCD1', "'Phiếu'!B7", 'B7:', 'B7:C', '-B7', 'B7x'])
      expect(() => parseRange(bad)).toThrow(RangeError);
  });

  it('quotes sheet names, doubling their apostrophes', () => {
    expect(quoteSheet('Phiếu')).toBe("'Phiếu'");
    expect(quoteSheet("Sở Y tế's 'cũ'")).toBe("'Sở Y tế''s ''cũ'''");
  });
});
