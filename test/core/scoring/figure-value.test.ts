/** A figure's cell read against its type and bounds, the way the form's status column judges it. */
import {
  figureBounds,
  figureOptions,
  readFigure,
  MAX_WHOLE_FIGURE,
} from '../../../src/core/scoring/figure-value';
import type { Figure } from '../../../src/core/template/figure-types';

const fig = (type: Figure['type'], extra: Partial<Figure> = {}): Figure => ({
  key: 'x',
  label: 'x',
  type,
  evidenceRequired: false,
  ...extra,
});
const codeOf = (f: Figure, raw: unknown): string => {
  const v = readFigure(f, raw);
  return v.ok ? 'ok' : v.code;
};

describe('figure bounds', () => {
  it('keeps whole numbers at 0 or more and below the exact-product limit, inside the template bounds', () => {
    expect(figureBounds(fig('integer'))).toEqual({ min: 0, max: MAX_WHOLE_FIGURE });
    expect(figureBounds(fig('integer', { min: -5, max: 2e9 }))).toEqual({ min: 0, max: MAX_WHOLE_FIGURE });
    expect(figureBounds(fig('integer', { min: 3, max: 7 }))).toEqual({ min: 3, max: 7 });
    expect([2, 3, 7, 8].map((n) => codeOf(fig('integer', { min: 3, max: 7 }), n))).toEqual([
      'out-of-bounds',
      'ok',
      'ok',
      'out-of-bounds',
    ]);
    expect(codeOf(fig('integer'), MAX_WHOLE_FIGURE)).toBe('ok');
    expect(codeOf(fig('integer'), MAX_WHOLE_FIGURE + 1)).toBe('out-of-bounds');
  });

  it('keeps percentages within 0–100 and the template bounds', () => {
    expect(figureBounds(fig('percent'))).toEqual({ min: 0, max: 100 });
    expect(figureBounds(fig('percent', { min: -1, max: 120 }))).toEqual({ min: 0, max: 100 });
    expect(figureBounds(fig('percent', { min: 10, max: 90 }))).toEqual({ min: 10, max: 90 });
    expect([-0.01, 0, 100, 100.01].map((p) => codeOf(fig('percent'), p))).toEqual([
      'out-of-bounds',
      'ok',
      'ok',
      'out-of-bounds',
    ]);
  });

  it('takes a decimal figure with its own bounds only, and dates as whole serials from 1', () => {
    expect(figureBounds(fig('decimal'))).toEqual({});
    expect(figureBounds(fig('decimal', { min: -2.5 }))).toEqual({ min: -2.5 });
    expect(figureBounds(fig('decimal', { max: 4 }))).toEqual({ max: 4 });
    expect([-2.51, -2.5, 1e9].map((d) => codeOf(fig('decimal', { min: -2.5 }), d))).toEqual([
      'out-of-bounds',
      'ok',
      'ok',
    ]);
    expect(codeOf(fig('decimal'), 1.005)).toBe('too-many-decimals');
    expect(codeOf(fig('decimal'), 1.25)).toBe('ok');
    expect(figureBounds(fig('date'))).toEqual({ min: 1 });
    expect([0, 1, 46000, 46000.5].map((d) => codeOf(fig('date'), d))).toEqual([
      'out-of-bounds',
      'ok',
      'ok',
      'not-whole',
    ]);
  });
});

describe('reading a figure cell', () => {
  it('returns the number read, and refuses what is not a finite number', () => {
    expect(readFigure(fig('integer'), 12)).toEqual({ ok: true, number: 12 });
    expect(readFigure(fig('percent'), 12.5)).toEqual({ ok: true, number: 12.5 });
    expect(codeOf(fig('decimal'), Number.NaN)).toBe('not-a-number');
    expect(codeOf(fig('decimal'), Number.POSITIVE_INFINITY)).toBe('not-a-number');
    expect(codeOf(fig('integer'), '5')).toBe('not-a-number');
    expect(codeOf(fig('integer'), undefined)).toBe('blank');
    expect(codeOf(fig('integer'), ' \u0020 ')).toBe('blank');
  });

  it('keeps a text figure as Excel TRIM shows it', () => {
    expect(readFigure(fig('text'), '  Phần mềm   quản lý  ')).toEqual({ ok: true, text: 'Phần mềm quản lý' });
    expect(readFigure(fig('text'), 12)).toEqual({ ok: true, text: '12' });
  });

  it('matches an answer from the list after TRIM, in any case, and gives back the listed spelling', () => {
    const yesno = fig('yesno');
    expect(figureOptions(yesno)).toEqual(['Có', 'Không']);
    expect(figureOptions(fig('yesno', { partly: true }))).toEqual(['Có', 'Một phần', 'Không']);
    expect(readFigure(yesno, '  KHÔNG ')).toEqual({ ok: true, option: 'Không' });
    expect(codeOf(yesno, 'Một phần')).toBe('not-in-list');
    expect(codeOf(yesno, true)).toBe('not-in-list');
    const choice = fig('choice', { options: ['Mức 1', 'Mức  2'] });
    expect(figureOptions(choice)).toEqual(['Mức 1', 'Mức  2']);
    expect(readFigure(choice, ' mức 1')).toEqual({ ok: true, option: 'Mức 1' });
    expect(figureOptions(fig('choice'))).toEqual([]);
    expect(codeOf(fig('choice'), 'Mức 1')).toBe('not-in-list');
    expect(figureOptions(fig('integer'))).toEqual([]);
  });

  it('shows TRUE and FALSE as Excel writes them in a text figure', () => {
    expect(readFigure(fig('text'), true)).toEqual({ ok: true, text: 'TRUE' });
    expect(readFigure(fig('text'), false)).toEqual({ ok: true, text: 'FALSE' });
  });
});

describe('options of a figure that is not a list', () => {
  it('are ignored: only yes/no and choice figures offer a list', () => {
    expect(figureOptions(fig('text', { options: ['a', 'b'] }))).toEqual([]);
    expect(figureOptions(fig('integer', { options: ['1'] }))).toEqual([]);
  });
});
