/**
 * A figure as found in its cell, checked against its type and bounds. The form's figure status formula
 * (sheet/survey/figure-formulas.ts) mirrors this check by check, in the same order.
 */
import { hasAtMostTwoDecimals } from '../numbers/hundredths';
import { NO, PARTLY, YES, optionKey, type Figure } from '../template/figure-types';

/** Whole-number figures stay below this so that the sheet's products (count × 10 000) are exact doubles. */
export const MAX_WHOLE_FIGURE = 999_999_999;

export type FigureProblemCode =
  'blank' | 'not-a-number' | 'not-whole' | 'out-of-bounds' | 'too-many-decimals' | 'not-in-list';

/** A usable figure: a number (numeric types, dates), the option chosen (yes/no, choice) or text. */
export interface FigureOk {
  ok: true;
  number?: number;
  option?: string;
  text?: string;
}

export type FigureValue = FigureOk | { ok: false; code: FigureProblemCode };

/** Inclusive bounds a numeric figure must respect: its own, and those of its type. */
export function figureBounds(f: Figure): { min?: number; max?: number } {
  switch (f.type) {
    case 'integer':
      return { min: Math.max(0, f.min ?? 0), max: Math.min(MAX_WHOLE_FIGURE, f.max ?? MAX_WHOLE_FIGURE) };
    case 'percent':
      return { min: Math.max(0, f.min ?? 0), max: Math.min(100, f.max ?? 100) };
    case 'date':
      return { min: 1 };
    default:
      return {
        ...(f.min !== undefined ? { min: f.min } : {}),
        ...(f.max !== undefined ? { max: f.max } : {}),
      };
  }
}

/** The answers a yes/no or choice figure accepts, in drop-down order. */
export function figureOptions(f: Figure): string[] {
  if (f.type === 'yesno') return f.partly === true ? [YES, PARTLY, NO] : [YES, NO];
  return f.type === 'choice' ? (f.options ?? []) : [];
}

/** What Excel's TRIM gives for a cell value, as text (numbers and booleans as Excel shows them). */
function trimmedText(raw: unknown): string {
  const text = typeof raw === 'boolean' ? (raw ? 'TRUE' : 'FALSE') : String(raw);
  return text.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

const isRealNumber = (raw: unknown): raw is number => typeof raw === 'number' && Number.isFinite(raw);

export function readFigure(f: Figure, raw: unknown): FigureValue {
  const blank = raw === null || raw === undefined || (typeof raw === 'string' && trimmedText(raw) === '');
  if (blank) return { ok: false, code: 'blank' };
  if (f.type === 'yesno' || f.type === 'choice') {
    const key = optionKey(trimmedText(raw));
    const option = figureOptions(f).find((o) => optionKey(o) === key);
    return option !== undefined ? { ok: true, option } : { ok: false, code: 'not-in-list' };
  }
  if (f.type === 'text') return { ok: true, text: trimmedText(raw) };
  if (!isRealNumber(raw)) return { ok: false, code: 'not-a-number' };
  if ((f.type === 'integer' || f.type === 'date') && !Number.isInteger(raw))
    return { ok: false, code: 'not-whole' };
  const { min, max } = figureBounds(f);
  if ((min !== undefined && raw < min) || (max !== undefined && raw > max))
    return { ok: false, code: 'out-of-bounds' };
  if ((f.type === 'percent' || f.type === 'decimal') && !hasAtMostTwoDecimals(raw))
    return { ok: false, code: 'too-many-decimals' };
  return { ok: true, number: raw };
}
