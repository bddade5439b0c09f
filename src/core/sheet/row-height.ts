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

/** Width of one character in em: its own width, or its base letter's for Vietnamese letters with marks. */
function glyphEm(ch: string, table: Map<string, number>): number {
  const direct = table.get(ch);
  if (direct !== undefined) return direct;
  const base = ch.normalize('NFD').charAt(0);
  return table.get(base) ?? UNKNOWN_EM;
}

function textEm(text: string, table: Map<string, number>): number {
  let em = 0;
  for (const ch of text) em += glyphEm(ch, table);
  return em;
}

/** How many lines `text` takes in a column `widthChars` wide at `fontSizePt`, breaking at spaces like Excel. */
export function wrappedLineCount(
  text: string,
  widthChars: number,
  fontSizePt: number,
  font: TextFont = {},
): number {
  const table = font.bold ? BOLD_EM : REGULAR_EM;
  const usablePx = Math.max(1, widthChars * PIXELS_PER_WIDTH_UNIT - CELL_PADDING_PX);
  const pxPerEm = fontSizePt * PIXELS_PER_POINT * RENDERING_MARGIN;
  const lineEm = usablePx / pxPerEm;
  const spaceEm = glyphEm(' ', table);
  let lines = 0;
  for (const paragraph of text.normalize('NFC').split('\n')) {
    let current = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const wordEm = textEm(word, table);
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
    }
    lines += count;
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
