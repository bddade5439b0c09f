/**
 * Values of the criteria workbook written as text in a cell and read back: numbers with a decimal comma
 * (as the Sở types them), lists one item a line (“từ: điểm”, “lựa chọn: điểm”), dates as dd/mm/yyyy.
 */
import { parseDecimalText, vnDecimal } from '../numbers/decimal-text';
import { formatVnDate } from '../text/vn-date';

/** "1,5" or "1.5" → 1.5; null when the text is not a plain decimal number. */
export function parseNumberText(text: string): number | null {
  const t = text.trim();
  // One comma and no point is a decimal comma; anything else is left to the one decimal grammar.
  return parseDecimalText(/^[^.]*,[^,]*$/.test(t) ? t.replace(',', '.') : t);
}

/** Lines of “label: number”, one per item. */
export function pairsText(pairs: readonly { label: string; value: number }[]): string {
  return pairs.map((p) => `${p.label}: ${vnDecimal(p.value)}`).join('\n');
}

export type PairsReading =
  { ok: true; pairs: { label: string; value: number }[] } | { ok: false; line: number; text: string };

/** Reads “label: number” lines (split at the last colon: a label may hold one); blank lines are skipped. */
export function parsePairsText(text: string): PairsReading {
  const pairs: { label: string; value: number }[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const at = line.lastIndexOf(':');
    const value = at < 0 ? null : parseNumberText(line.slice(at + 1));
    if (at < 0 || value === null) return { ok: false, line: i + 1, text: line };
    pairs.push({ label: line.slice(0, at).trim(), value });
  }
  return { ok: true, pairs };
}

/** Non-blank lines of a cell. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** "2026-10-31" → "31/10/2026". */
export const dateText = formatVnDate;

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An ISO date from a typed date: dd/mm/yyyy, yyyy-mm-dd, or a date serial (a date cell); null otherwise. */
export function parseDateCell(value: string | number): string | null {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 2_958_465) return null;
    return new Date(EXCEL_EPOCH_UTC + value * DAY_MS).toISOString().slice(0, 10);
  }
  const t = value.trim();
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (vn) return `${vn[3]}-${(vn[2] ?? '').padStart(2, '0')}-${(vn[1] ?? '').padStart(2, '0')}`;
  // The JSON form: its validity (a real date) is the validator's to judge.
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
}
