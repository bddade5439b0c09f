/**
 * The one grammar for numbers stored or typed as text: plain decimal notation, as an xlsx numeric
 * value (`xsd:double`) and Excel's own parser write it. JavaScript's `Number()` also accepts hex,
 * binary and octal literals, `Infinity` and blank text, which Excel and LibreOffice count as
 * nothing; code that turns text into a number goes through here instead.
 */

/** Sign, digits with an optional point (`7`, `7.5`, `.5`, `7.`), optional exponent; nothing else. */
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const WHOLE_TEXT = /^\d+$/;

/** The finite number a plain decimal text stands for, or null (`0x10`, `0b1`, `1_0`, `Infinity`, ``). */
export function parseDecimalText(text: string): number | null {
  // Surrounding XML whitespace is allowed in an xsd:double, nothing inside it.
  const t = text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  if (!DECIMAL_TEXT.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A whole number written in decimal digits only (years, versions, indexes), or null. */
export function parseWholeText(text: string | undefined): number | null {
  const t = (text ?? '').trim();
  if (!WHOLE_TEXT.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/** A number as the user typed it, with the Vietnamese decimal comma and no rounding: 7.555 -> "7,555". */
export function vnDecimal(x: number): string {
  return String(x).replace('.', ',');
}
