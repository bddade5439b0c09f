/**
 * A fast path for the worksheet's commonest markup: whole simple cells as Excel and the project's
 * writer emit them, read in one native regex step instead of five or six scanner tokens:
 *   `<c r="D12" s="5"><v>7.5</v></c>`, `<c r="B3" s="2" t="s"><v>12</v></c>`,
 *   `<c r="E20" s="7"><f>ROUND(SUM(E10:E19),2)</f><v>3</v></c>`, `<c r="A1" s="3"/>`.
 * Anything else (other attributes or order, prefixes, single quotes, spacing, `<f>` attributes,
 * comments, CDATA, raw `>` or carriage returns, references other than the five named ones) does not
 * match, and the general path reads it, checks and refusals included.
 */
import type { XmlScanner } from './xml-scanner';

/**
 * Only well-formed markup matches: fixed names and attributes (no duplicates), values without
 * references, text without `<`, `>` (so no `]]>`) or `\r` (so no line ends to normalise).
 */
const SIMPLE_CELL =
  /<c r="([A-Z]{1,3}[0-9]{1,7})"(?: s="[0-9]{1,9}")?(?: t="([A-Za-z]{1,9})")?(?:\/>|>(?:<f>([^<>\r]*)<\/f>)?(?:<v>([^<>\r]*)<\/v>)?<\/c>)/y;

export interface SimpleCell {
  r: string;
  /** The `t` attribute as written, when present. */
  t: string | undefined;
  /** The formula's text with references resolved, when the cell has an `<f>`. */
  f: string | undefined;
  /** The value's text with references resolved, when the cell has a `<v>`. */
  v: string | undefined;
}

/** The character of a predefined entity's body (`quot;`), or undefined. */
function named(body: string): string | undefined {
  switch (body) {
    case 'quot;':
      return '"';
    case 'amp;':
      return '&';
    case 'lt;':
      return '<';
    case 'gt;':
      return '>';
    case 'apos;':
      return "'";
  }
  return undefined;
}

/**
 * Text with the five predefined entities resolved, or null when it holds any other `&` (a numeric
 * or unknown reference, a bare `&`): the general path then resolves or refuses it.
 */
export function decodeNamedEntities(text: string): string | null {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = text.indexOf(';', amp + 2);
    const ch = semi < 0 || semi - amp > 5 ? undefined : named(text.slice(amp + 1, semi + 1));
    if (ch === undefined) return null;
    out += text.slice(from, amp) + ch;
    from = semi + 1;
    amp = text.indexOf('&', from);
  }
  return out + text.slice(from);
}

/** Decodes an optional captured text; false when it needs the general path. */
function decoded(text: string | undefined): string | undefined | false {
  if (text === undefined) return undefined;
  const d = decodeNamedEntities(text);
  return d === null ? false : d;
}

/** One result object reused from cell to cell: a form has hundreds, and each would be garbage at once. */
const cell: SimpleCell = { r: '', t: undefined, f: undefined, v: undefined };

/**
 * Reads the simple cell at the scanner's position, consuming it, or returns null with nothing
 * consumed so the caller goes on with the scanner's tokens. The result is valid until the next call.
 */
export function readSimpleCell(xml: XmlScanner): Readonly<SimpleCell> | null {
  const m = xml.peek(SIMPLE_CELL);
  if (m === null) return null;
  const f = decoded(m[3]);
  const v = decoded(m[4]);
  if (f === false || v === false) return null;
  xml.consumeElement(SIMPLE_CELL.lastIndex, 'c');
  cell.r = m[1] as string;
  cell.t = m[2];
  cell.f = f;
  cell.v = v;
  return cell;
}
