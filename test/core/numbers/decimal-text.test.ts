/** The one grammar that turns text into a number: what Excel and LibreOffice count, nothing more. */
import fc from 'fast-check';
import { parseDecimalText, parseWholeText } from '../../../src/core/numbers/decimal-text';

describe('parseDecimalText', () => {
  test.each([
    ['7.5', 7.5],
    ['-0.125', -0.125],
    ['+3', 3],
    ['.5', 0.5],
    ['.25', 0.25],
    ['7.', 7],
    ['1e-7', 1e-7],
    ['2.5E+1', 25],
    ['2.5e3', 2500],
    [' 8 ', 8],
  ])('%j is %d', (text, n) => {
    expect(parseDecimalText(text)).toBe(n);
  });

  test.each([
    '0x10',
    '0X1A',
    '0b101',
    '0o17',
    '1_000',
    'Infinity',
    '-Infinity',
    'NaN',
    '',
    ' ',
    '7,5',
    '1e',
    '+',
    '.',
    '1e400',
    '١٢',
    '8 5',
    '\u00a08',
  ])('%j is not a number', (text) => {
    expect(parseDecimalText(text)).toBeNull();
  });

  test('reads back every finite double as JavaScript writes it', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (x) =>
          Object.is(parseDecimalText(String(x)), x === 0 ? x : x) ||
          (x === 0 && parseDecimalText(String(x)) === 0),
      ),
    );
  });
});

describe('parseWholeText', () => {
  test('reads decimal digits only', () => {
    expect(parseWholeText('2026')).toBe(2026);
    expect(parseWholeText(' 3 ')).toBe(3);
    for (const t of ['0x7EA', '2026.0', '2e3', '-1', '', undefined, '0b11111101010'])
      expect(parseWholeText(t)).toBeNull();
  });
});

describe('parseWholeText beyond exact integers', () => {
  test('refuses digits no double holds exactly', () => {
    expect(parseWholeText('9007199254740991')).toBe(9007199254740991);
    expect(parseWholeText('9007199254740993')).toBeNull();
  });

  test('trims several spaces and line breaks around a decimal text', () => {
    expect(parseDecimalText('\t\r\n  12.5  \n')).toBe(12.5);
  });
});
