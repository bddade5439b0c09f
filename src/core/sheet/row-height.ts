/**
 * Row heights for wrapped text. Excel does not grow a row to fit wrapped text written by another
 * program, so descriptions set heights themselves from an estimate of the wrapped line count.
 */

/** Average glyph width of Times New Roman relative to its size, generous for Vietnamese diacritics. */
const AVERAGE_GLYPH_EM = 0.42;
/** Pixels per character unit of column width (Calibri 11, Excel's default font). */
const PIXELS_PER_WIDTH_UNIT = 7;
const PIXELS_PER_POINT = 96 / 72;

/** How many lines `text` takes in a column `widthChars` wide at `fontSizePt`. */
export function wrappedLineCount(text: string, widthChars: number, fontSizePt: number): number {
  const usablePx = Math.max(1, widthChars * PIXELS_PER_WIDTH_UNIT - 8);
  const perLine = Math.max(1, Math.floor(usablePx / (fontSizePt * PIXELS_PER_POINT * AVERAGE_GLYPH_EM)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let current = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const len = Array.from(word.normalize('NFC')).length;
      if (current === 0) {
        current = len;
      } else if (current + 1 + len <= perLine) {
        current += 1 + len;
      } else {
        count += 1;
        current = len;
      }
      while (current > perLine) {
        count += 1;
        current -= perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Row height in points for the given lines of wrapped text, with a little padding. */
export function wrappedRowHeight(text: string, widthChars: number, fontSizePt: number, minHeight = 0): number {
  const lines = wrappedLineCount(text, widthChars, fontSizePt);
  const height = Math.ceil(lines * fontSizePt * 1.25 + 4);
  return Math.max(minHeight, height);
}
