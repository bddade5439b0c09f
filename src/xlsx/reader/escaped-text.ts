/**
 * OOXML text may carry characters XML cannot hold as `_xHHHH_` (e.g. `_x000D_` for a carriage
 * return); a literal `_x` sequence is itself escaped as `_x005F_`. Decoded as Excel shows it.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
