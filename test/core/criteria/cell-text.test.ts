/** Numbers, “label: number” lines and dates as the Sở types them in the criteria workbook's cells. */
import {
  linesOf,
  parseDateCell,
  parseNumberText,
  parsePairsText,
} from '../../../src/core/criteria/cell-text';

describe('a number typed in a cell', () => {
  it('reads a decimal comma, also with a non-breaking space pasted around it', () => {
    expect(parseNumberText('1,5')).toBe(1.5);
    expect(parseNumberText('\u00a01,5\u00a0')).toBe(1.5);
  });
});

describe('“label: number” lines', () => {
  it('skips blank and space-only lines and trims labels', () => {
    expect(parsePairsText('  Có : 1,5  \n   \n\nKhông: 0')).toEqual({
      ok: true,
      pairs: [
        { label: 'Có', value: 1.5 },
        { label: 'Không', value: 0 },
      ],
    });
  });

  it('reads a line with an empty label before the colon', () => {
    expect(parsePairsText(': 2')).toEqual({ ok: true, pairs: [{ label: '', value: 2 }] });
  });

  it('names the first line without a colon or a number, trimmed', () => {
    expect(parsePairsText('a: 1\n  5  ')).toEqual({ ok: false, line: 2, text: '5' });
    expect(parsePairsText('a: x')).toEqual({ ok: false, line: 1, text: 'a: x' });
  });
});

describe('the lines of a cell', () => {
  it('gives the non-blank lines, trimmed', () => {
    expect(linesOf(' Có \r\n\n   \r Không\n')).toEqual(['Có', 'Không']);
  });
});

describe('a date typed in a cell', () => {
  it('reads dd/mm/yyyy with one- or two-digit day and month, spaces around', () => {
    expect(parseDateCell(' 1/2/2026 ')).toBe('2026-02-01');
    expect(parseDateCell('31/10/2026')).toBe('2026-10-31');
  });

  it('reads yyyy-mm-dd as it is', () => {
    expect(parseDateCell('2026-10-31')).toBe('2026-10-31');
  });

  it('refuses text before or after a date', () => {
    for (const t of ['x31/10/2026', '31/10/2026x', 'x2026-10-31', '2026-10-31x', '2026-1-31']) {
      expect(parseDateCell(t)).toBeNull();
    }
  });

  it('reads a date cell (a whole serial from 1 to 31/12/9999) and refuses any other number', () => {
    expect(parseDateCell(1)).toBe('1899-12-31');
    expect(parseDateCell(46326)).toBe('2026-10-31');
    expect(parseDateCell(2_958_465)).toBe('9999-12-31');
    for (const n of [0, -1, 1.5, 2_958_466]) expect(parseDateCell(n)).toBeNull();
  });
});
