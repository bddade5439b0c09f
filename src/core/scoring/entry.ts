/** One score entry as found in a cell: a number, a number typed as text, blank, or junk. */
import {
  decimalHasAtMostTwoDecimals,
  decimalToHundredths,
  hasAtMostTwoDecimals,
  parseDecimalString,
  toHundredths,
} from '../numbers/hundredths';
import { cleanText } from '../text/normalize';

export type Entry =
  | { kind: 'blank' }
  | {
      kind: 'number';
      hundredths: number;
      /** at most 2 decimals */ exact: boolean;
      fromText: boolean;
      raw: unknown;
    }
  | { kind: 'invalid'; raw: unknown; text: string };

// A decimal comma or point, one of them at most: "7,5", "7.5", "-2", ",5". No thousands separators: caps are small.
const NUMBER_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

export function parseEntry(raw: unknown): Entry {
  if (raw === null || raw === undefined) return { kind: 'blank' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'invalid', raw, text: String(raw) };
    return {
      kind: 'number',
      hundredths: toHundredths(raw),
      exact: hasAtMostTwoDecimals(raw),
      fromText: false,
      raw,
    };
  }
  if (typeof raw === 'string') {
    const text = cleanText(raw);
    if (text === '') return { kind: 'blank' };
    const decimal = NUMBER_TEXT.test(text) ? parseDecimalString(text.replace(',', '.')) : null;
    if (!decimal) return { kind: 'invalid', raw, text };
    return {
      kind: 'number',
      hundredths: decimalToHundredths(decimal),
      exact: decimalHasAtMostTwoDecimals(decimal),
      fromText: true,
      raw,
    };
  }
  // Booleans, dates and anything else are not scores.
  return { kind: 'invalid', raw, text: typeof raw === 'object' ? (JSON.stringify(raw) ?? '') : String(raw) };
}
