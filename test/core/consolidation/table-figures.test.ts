/** A ranking table's figures for the charts and the report: no agency ranked, or a criterion worth nothing, is no division by zero. */
import { tableFigures } from '../../../src/core/consolidation/table-figures';
import { builtInRegime } from '../../../src/core/regime/load';

const criteria = [
  { number: 1, title: 'Hạ tầng', capHundredths: 2000 },
  { number: 2, title: 'Không chấm', capHundredths: 0 },
];

describe('tableFigures', () => {
  it('gives no average and no attainment for a table no agency is ranked in, and counts 0 per band', () => {
    const figures = tableFigures(criteria, [], builtInRegime);
    expect(figures.criteria.map((c) => [c.averageHundredths, c.attainmentHundredths])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(figures.bandCounts.map((b) => b.count)).toEqual(builtInRegime.bands.map(() => 0));
  });

  it('gives an average but no attainment for a criterion whose cap is 0', () => {
    const band = builtInRegime.bands[0]?.label ?? '';
    const rows = [
      { rating: band, criteriaHundredths: [1500, 0] },
      { rating: band, criteriaHundredths: [1000, 0] },
    ];
    expect(tableFigures(criteria, rows, builtInRegime).criteria).toEqual([
      { ...criteria[0], averageHundredths: 1250, attainmentHundredths: 6250 },
      { ...criteria[1], averageHundredths: 0, attainmentHundredths: null },
    ]);
  });
});
