/** What the preview grid makes of a clipboard block, and how it shows numbers (Vietnamese notation). */
import { parseTsv } from '../../src/preview/grid/tsv';
import { formatNumber } from '../../src/preview/number-display';

describe('clipboard blocks', () => {
  it('splits rows and columns as Excel copies them, without an extra row for the final line break', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseTsv('7,5\nabc\n\n')).toEqual([['7,5'], ['abc'], ['']]);
  });

  it('keeps tabs and line breaks inside quoted cells, and doubled quotes as one', () => {
    expect(parseTsv('"Quyết định\tsố 12\nngày 1/2"\t"a ""b"""')).toEqual([
      ['Quyết định\tsố 12\nngày 1/2', 'a "b"'],
    ]);
  });
});

describe('numbers on screen', () => {
  it('uses a comma decimal mark and the format’s decimals', () => {
    expect(formatNumber(8.5, '0.00')).toBe('8,50');
    expect(formatNumber(0.125, '0.00')).toBe('0,13');
    expect(formatNumber(-1, '0.00')).toBe('-1,00');
    expect(formatNumber(85.5, 'General')).toBe('85,5');
    expect(formatNumber(0.5, '0%')).toBe('50%');
  });
});
