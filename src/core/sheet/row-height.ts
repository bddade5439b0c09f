/**
 * Row heights for wrapped text. Excel does not grow a row to fit wrapped text written by another
 * program, so descriptions set heights themselves from an estimate of the wrapped line count.
 * The estimate lays words out with Times New Roman's own advance widths, so a row is neither cut
 * off (bold titles are wider) nor padded with empty lines.
 */

/** Printable ASCII and the non-ASCII base letters and signs the product writes (names are quoted “…”). */
const GLYPHS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~đĐưƯơƠ“”—–×…';
/** Advance widths of Times New Roman (metric-compatible with Liberation Serif), thousandths of an em. */
// prettier-ignore
const REGULAR = [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541,500,722,542,776,529,722,444,444,1000,500,564,1000];
// prettier-ignore
const BOLD = [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520,556,722,600,796,554,778,500,500,1000,500,570,1000];

const widthTable = (widths: number[]): Map<string, number> =>
  new Map(Array.from(GLYPHS, (ch, i) => [ch, (widths[i] ?? 500) / 1000]));
const REGULAR_EM = widthTable(REGULAR);
const BOLD_EM = widthTable(BOLD);
/** Anything else (other scripts, symbols): as wide as a capital, so the estimate errs on the tall side. */
const UNKNOWN_EM = 0.72;

/** Pixels per character unit of column width (Calibri 11, the workbook's default font) and the cell's inner padding. */
const PIXELS_PER_WIDTH_UNIT = 7;
const CELL_PADDING_PX = 6;
const PIXELS_PER_POINT = 96 / 72;
/** Screen rendering rounds glyph widths to whole pixels; leave room for it rather than cut a line. */
const RENDERING_MARGIN = 1.03;

export interface TextFont {
  bold?: boolean;
}

/** Widths of letters with marks, found once through their base letter (NFD per character is slow). */
const MARKED_EM = new Map<Map<string, number>, Map<string, number>>([
  [REGULAR_EM, new Map()],
  [BOLD_EM, new Map()],
]);
const MARKED_MAX = 4096;

/** Width of one character in em: its own width, or its base letter's for Vietnamese letters with marks. */
function glyphEm(ch: string, table: Map<string, number>): number {
  const direct = table.get(ch);
  if (direct !== undefined) return direct;
  const marked = MARKED_EM.get(table);
  const known = marked?.get(ch);
  if (known !== undefined) return known;
  const em = table.get(ch.normalize('NFD').charAt(0)) ?? UNKNOWN_EM;
  if (marked && marked.size < MARKED_MAX) marked.set(ch, em);
  return em;
}

/** Line counts by font and width, then text: a consolidation repeats the same titles on hundreds of rows. Bounded. */
const lineCounts = new Map<string, Map<string, number>>();
const LINE_COUNTS_MAX = 8192;
let last: { bold: boolean; width: number; size: number; counts: Map<string, number> } = {
  bold: false,
  width: NaN,
  size: NaN,
  counts: new Map(),
};

/** How many lines `text` takes in a column `widthChars` wide at `fontSizePt`, breaking at spaces like Excel. */
export function wrappedLineCount(
  text: string,
  widthChars: number,
  fontSizePt: number,
  font: TextFont = {},
): number {
  // No glyph is wider than 1 em: text no longer than a line's ems fits on one line, uncounted.
  if (text.length <= lineEms(widthChars, fontSizePt) && !text.includes('\n')) return 1;
  const bold = font.bold === true;
  let counts: Map<string, number> | undefined;
  // Callers measure column after column of rows: the column of the last call is kept at hand.
  if (last.bold === bold && last.width === widthChars && last.size === fontSizePt) counts = last.counts;
  else {
    const column = `${bold ? 'b' : 'r'}|${widthChars}|${fontSizePt}`;
    counts = lineCounts.get(column);
    if (counts === undefined) {
      counts = new Map();
      lineCounts.set(column, counts);
    }
    last = { bold, width: widthChars, size: fontSizePt, counts };
  }
  let lines = counts.get(text);
  if (lines === undefined) {
    lines = countLines(text, widthChars, fontSizePt, font);
    if (counts.size >= LINE_COUNTS_MAX) counts.clear();
    counts.set(text, lines);
  }
  return lines;
}

/** How many ems of text a line of the column holds. */
function lineEms(widthChars: number, fontSizePt: number): number {
  const usablePx = Math.max(1, widthChars * PIXELS_PER_WIDTH_UNIT - CELL_PADDING_PX);
  return usablePx / (fontSizePt * PIXELS_PER_POINT * RENDERING_MARGIN);
}

/** Widths of the ASCII characters, indexed by code: most of any text, looked up without a Map. */
const ASCII_EM = new Map<Map<string, number>, Float64Array>(
  [REGULAR_EM, BOLD_EM].map((table) => [
    table,
    Float64Array.from({ length: 128 }, (_, code) => glyphEm(String.fromCharCode(code), table)),
  ]),
);

/** Widths of other characters of the Basic Multilingual Plane by code, so no one-character string is made. Bounded. */
const CODE_EM = new Map<Map<string, number>, Map<number, number>>([
  [REGULAR_EM, new Map()],
  [BOLD_EM, new Map()],
]);

/** What `\s` matches (JavaScript's white space and line terminators), by UTF-16 code unit. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Lays words out line by line, paragraph by paragraph (`\n`), words split at any white space. One pass over
 * the text, without splitting it: a consolidation measures every row's evidence, each text a new one.
 */
function countLines(text: string, widthChars: number, fontSizePt: number, font: TextFont): number {
  const table = font.bold ? BOLD_EM : REGULAR_EM;
  const ascii = ASCII_EM.get(table) as Float64Array;
  const byCode = CODE_EM.get(table) as Map<number, number>;
  const lineEm = lineEms(widthChars, fontSizePt);
  const spaceEm = glyphEm(' ', table);
  const nfc = text.normalize('NFC');
  let lines = 0;
  let current = 0;
  let count = 1;
  let wordEm = 0;
  let inWord = false;
  for (let i = 0; i <= nfc.length; i++) {
    // The end of the text ends its last paragraph, as a line feed would.
    const code = i < nfc.length ? nfc.charCodeAt(i) : 10;
    if (code === 10 || isSpace(code)) {
      if (inWord) {
        if (current === 0) {
          current = wordEm;
        } else if (current + spaceEm + wordEm <= lineEm) {
          current += spaceEm + wordEm;
        } else {
          count += 1;
          current = wordEm;
        }
        // A word longer than the column is broken across lines.
        while (current > lineEm) {
          count += 1;
          current -= lineEm;
        }
        inWord = false;
        wordEm = 0;
      }
      if (code === 10) {
        lines += count;
        current = 0;
        count = 1;
      }
      continue;
    }
    inWord = true;
    if (code < 128) {
      wordEm += ascii[code] as number;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < nfc.length) {
      const low = nfc.charCodeAt(i + 1);
      // A character outside the Basic Multilingual Plane counts once, as the pair of code units it is.
      if (low >= 0xdc00 && low <= 0xdfff) {
        wordEm += glyphEm(nfc.slice(i, i + 2), table);
        i++;
      } else {
        wordEm += glyphEm(nfc.charAt(i), table);
      }
    } else {
      let em = byCode.get(code);
      if (em === undefined) {
        em = glyphEm(nfc.charAt(i), table);
        if (byCode.size < MARKED_MAX) byCode.set(code, em);
      }
      wordEm += em;
    }
  }
  return Math.max(1, lines);
}

/** Row height in points for the given lines of wrapped text, with a little padding. */
export function wrappedRowHeight(
  text: string,
  widthChars: number,
  fontSizePt: number,
  minHeight = 0,
  font: TextFont = {},
): number {
  const lines = wrappedLineCount(text, widthChars, fontSizePt, font);
  const height = Math.ceil(lines * fontSizePt * 1.25 + 4);
  return Math.max(minHeight, height);
}
