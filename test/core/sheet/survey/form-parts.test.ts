/** The parts the form sheet's blocks place: column widths text is wrapped to, ranges, cells and names. */
import {
  WIDTHS,
  emptyParts,
  nameCell,
  putter,
  range,
  widthOf,
} from '../../../../src/core/sheet/survey/form-parts';

describe('form parts', () => {
  it('sizes the columns for A4 portrait and sums merged widths (unknown columns at Excel’s 9)', () => {
    expect(WIDTHS).toEqual({ 1: 6.5, 2: 44, 3: 8.5, 4: 9.5, 5: 9.5, 6: 28, 7: 14 });
    expect(widthOf(2)).toBe(44);
    expect(widthOf(4, 5)).toBe(19);
    expect(widthOf(1, 7)).toBe(120);
    expect(widthOf(8)).toBe(9);
    expect(widthOf(7, 8)).toBe(23);
  });

  it('makes a one-cell range by default, a block when given its last row and column', () => {
    expect(range(3, 4)).toEqual({ row: 3, col: 4, lastRow: 3, lastCol: 4 });
    expect(range(3, 4, 5)).toEqual({ row: 3, col: 4, lastRow: 5, lastCol: 4 });
    expect(range(3, 4, 5, 7)).toEqual({ row: 3, col: 4, lastRow: 5, lastCol: 7 });
  });

  it('places cells with their style and content, and names cells of the form sheet', () => {
    const parts = emptyParts();
    expect(parts).toEqual({
      cells: [],
      merges: [],
      rows: [],
      validations: [],
      conditionalFormats: [],
      names: [],
    });
    const put = putter(parts);
    put(2, 3, 'info');
    put(4, 5, 'counted', { formula: 'SUM(A1:A2)' });
    expect(parts.cells).toEqual([
      { row: 2, col: 3, style: 'info' },
      { row: 4, col: 5, style: 'counted', formula: 'SUM(A1:A2)' },
    ]);
    nameCell(parts, 'NAM', 5, 3, 'Năm đánh giá');
    expect(parts.names).toEqual([
      {
        name: 'NAM',
        sheet: 'Phiếu',
        range: { row: 5, col: 3, lastRow: 5, lastCol: 3 },
        comment: 'Năm đánh giá',
      },
    ]);
  });
});
