/** The independent rules used as the cross-engine oracle, checked on cases worked out by hand from the decision. */
import {
  countedHundredths,
  ratingOf,
  roundToHundredths,
  scoreOf,
} from '../support/cross-engine/decision-rules';

describe('the oracle follows QĐ 4289 and spreadsheet ROUND', () => {
  test.each([
    [7.5, 750n],
    [1.005, 101n],
    [1.495, 150n],
    [2.675, 268n],
    [-2.345, -235n],
    [0.004999, 0n],
    [1e-7, 0n],
    [123456.789, 12345679n],
    [84.995, 8500n],
  ])('round2(%p) = %p hundredths (half away from zero on the written decimal)', (x, h) => {
    expect(roundToHundredths(x)).toBe(h);
  });

  test('a score counts between 0 and its cap, and only when it is a number', () => {
    expect(countedHundredths(9, 800n)).toBe(800n);
    expect(countedHundredths(-1.5, 800n)).toBe(0n);
    expect(countedHundredths('7,5', 800n)).toBe(0n);
    expect(countedHundredths(true, 800n)).toBe(0n);
    expect(countedHundredths(null, 800n)).toBe(0n);
    expect(countedHundredths(7.999, 800n)).toBe(800n);
  });

  test.each([
    [8500n, 'Tốt'],
    [8499n, 'Khá'],
    [7000n, 'Khá'],
    [6999n, 'Trung bình'],
    [5000n, 'Trung bình'],
    [4999n, 'Yếu'],
    [0n, 'Yếu'],
  ])('a total of %p hundredths is rated %s', (total, rating) => {
    expect(ratingOf(total)).toBe(rating);
  });

  test('criteria add up their sub-criteria and the total adds up the criteria', () => {
    const group = {
      criteria: [
        {
          number: 1,
          subs: [
            { code: '1.1', capHundredths: 200n },
            { code: '1.2', capHundredths: 600n },
          ],
        },
        { number: 2, subs: [{ code: '2.1', capHundredths: 9200n }] },
      ],
    };
    const s = scoreOf(group, { '1.1': 2.5, '1.2': 5.995, '2.1': 77.0 });
    expect(s.criteria.get(1)).toBe(800n);
    expect(s.criteria.get(2)).toBe(7700n);
    expect(s.total).toBe(8500n);
    expect(s.rating).toBe('Tốt');
  });
});
