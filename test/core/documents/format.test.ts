/** Numbers and dates as the December documents print them. */
import { blankDate, percent2, points2, signedPoints2 } from '../../../src/core/documents/format';

describe('document numbers', () => {
  it('show a change of points with its sign, and percentages with two decimals', () => {
    expect([signedPoints2(250), signedPoints2(-100), signedPoints2(0), signedPoints2(1)]).toEqual([
      '+2,50',
      '-1,00',
      '0,00',
      '+0,01',
    ]);
    expect(percent2(8750)).toBe('87,50 %');
    expect(points2(-5)).toBe('-0,05');
  });
});

describe('document dates', () => {
  it('leave the day and month for the signatory to fill', () => {
    expect(blankDate(2026)).toBe('ngày      tháng      năm 2026');
  });
});
