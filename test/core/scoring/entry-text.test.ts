/** What a score cell holds, as the problem message quotes it back to the user. */
import { parseEntry } from '../../../src/core/scoring/entry';

describe('parseEntry of what is not a score', () => {
  it('keeps the text the message quotes: cleaned text, TRUE/FALSE and numbers as written', () => {
    expect(parseEntry('  bảy\u00A0điểm ')).toEqual({
      kind: 'invalid',
      raw: '  bảy\u00A0điểm ',
      text: 'bảy điểm',
    });
    expect(parseEntry(true)).toEqual({ kind: 'invalid', raw: true, text: 'true' });
    expect(parseEntry(Number.NaN)).toMatchObject({ kind: 'invalid', text: 'NaN' });
    expect(parseEntry(Number.NEGATIVE_INFINITY)).toMatchObject({ kind: 'invalid', text: '-Infinity' });
    expect(parseEntry({ error: '#N/A' })).toMatchObject({ kind: 'invalid', text: '{"error":"#N/A"}' });
    expect(parseEntry(12n)).toMatchObject({ kind: 'invalid', text: '12' });
  });

  it('reads a trailing decimal sign as a whole number, and a sign alone before digits', () => {
    expect(parseEntry('7,')).toMatchObject({ kind: 'number', hundredths: 700, exact: true, fromText: true });
    expect(parseEntry('-,25')).toMatchObject({ kind: 'number', hundredths: -25 });
    for (const text of ['7,5-', 'a7', '7a', '+-7', ',', '7 5']) expect(parseEntry(text).kind).toBe('invalid');
  });
});

describe('a score entry typed with trailing zeros', () => {
  it('is an exact two-decimal number, not a rounded one', () => {
    expect(parseEntry('7,500')).toMatchObject({ kind: 'number', hundredths: 750, exact: true });
    expect(parseEntry('7,505')).toMatchObject({ kind: 'number', hundredths: 751, exact: false });
  });

  it('quotes an object that has no JSON form as empty text', () => {
    expect(parseEntry({ toJSON: () => undefined })).toMatchObject({ kind: 'invalid', text: '' });
  });
});
