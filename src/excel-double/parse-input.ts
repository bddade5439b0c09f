/**
 * How Excel turns a typed or API-written string into cell content: formulas, booleans, numbers
 * in the culture's notation (vi-VN: 7,5; en-US: 7.5), percentages, else text. The result is
 * HyperFormula input: '=...', a number, a boolean, "'text" or null.
 */
import type { CellContent } from './model';

export type Culture = 'en-US' | 'vi-VN';

export function parseInput(input: unknown, culture: Culture, textFormat = false): CellContent {
  if (input === null || input === undefined || input === '') return null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return '#NUM!';
    return input;
  }
  if (typeof input === 'boolean') return input;
  if (typeof input !== 'string') return `'${String(input)}`;
  // A leading apostrophe is Excel's text prefix, also in a text-formatted cell.
  if (input.startsWith("'")) return input;
  if (textFormat) return `'${input}`;
  if (input.startsWith('=') && input.length > 1) return input;
  const trimmed = input.trim();
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  const n = parseNumber(trimmed, culture);
  if (n !== null) return n;
  return `'${input}`;
}

function parseNumber(s: string, culture: Culture): number | null {
  const dec = culture === 'vi-VN' ? ',' : '.';
  const group = culture === 'vi-VN' ? '.' : ',';
  const esc = (c: string) => (c === '.' ? '\\.' : c);
  const re = new RegExp(
    `^([+-]?)((?:\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)?(?:${esc(dec)}\\d*)?)(?:[eE]([+-]?\\d+))?(%?)$`,
  );
  const m = re.exec(s);
  if (!m || !m[2] || !/\d/.test(m[2])) return null;
  const digits = m[2].split(group).join('').replace(dec, '.');
  let n = Number(`${m[1]}${digits}${m[3] ? `e${m[3]}` : ''}`);
  if (!Number.isFinite(n)) return null;
  if (m[4]) n = n / 100;
  return n;
}
