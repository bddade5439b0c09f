/**
 * Expands a shared formula (`<f t="shared" si="0">` written once for a block of cells) to one
 * cell: relative references move by the cell's offset from the master cell, as Excel does;
 * absolute parts (`$`), strings, sheet names, function and defined names stay as written.
 */
import { columnLetters, columnNumber } from '../../core/sheet/a1';

const MAX_ROW = 1048576;
const MAX_COL = 16384;
const REF_ERROR = '#REF!';
const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA)/i;
const IDENT_CHAR = /[\p{L}\p{N}_.$\\?]/u;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

function shiftColumn(abs: string, letters: string, dCol: number): string | null {
  const col = abs ? columnNumber(letters) : columnNumber(letters) + dCol;
  if (col < 1 || col > MAX_COL) return null;
  return abs + columnLetters(col);
}

function shiftRow(abs: string, digits: string, dRow: number): string | null {
  const row = abs ? Number(digits) : Number(digits) + dRow;
  if (row < 1 || row > MAX_ROW) return null;
  return abs + String(row);
}

/** Index just past a quoted run starting at `start` (`"..."` or `'...'`, doubled quote escapes). */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

/** Index just past a bracketed run (structured or external reference), brackets nested. A table column's name
 * escapes `[`, `]`, `#` and `'` with a leading `'`, so the character after a `'` never opens or closes a run. */
function skipBrackets(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "'") i++;
    else if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}

function readToken(text: string, start: number): number {
  let i = start;
  while (i < text.length && IDENT_CHAR.test(text[i] as string)) i++;
  return i;
}

/** The token as moved, or `null` when it is not a reference (function, name, number...). */
function shiftToken(
  text: string,
  start: number,
  end: number,
  dRow: number,
  dCol: number,
): { out: string; end: number } | null {
  const token = text.slice(start, end);
  const next = text[end];
  if (next === '(' || next === '!' || next === '[') return null;
  const cell = CELL.exec(token);
  if (cell) {
    const [, colAbs = '', letters = '', rowAbs = '', digits = ''] = cell;
    if (columnNumber(letters) > MAX_COL || Number(digits) > MAX_ROW) return null;
    const col = shiftColumn(colAbs, letters, dCol);
    const row = shiftRow(rowAbs, digits, dRow);
    return { out: col === null || row === null ? REF_ERROR : col + row, end };
  }
  if (next !== ':') return null;
  const otherEnd = readToken(text, end + 1);
  const other = text.slice(end + 1, otherEnd);
  const colA = COLUMN.exec(token);
  const colB = COLUMN.exec(other);
  if (colA && colB) {
    const a = shiftColumn(colA[1] ?? '', colA[2] ?? '', dCol);
    const b = shiftColumn(colB[1] ?? '', colB[2] ?? '', dCol);
    return { out: a === null || b === null ? REF_ERROR : `${a}:${b}`, end: otherEnd };
  }
  const rowA = ROW.exec(token);
  const rowB = ROW.exec(other);
  if (rowA && rowB) {
    const a = shiftRow(rowA[1] ?? '', rowA[2] ?? '', dRow);
    const b = shiftRow(rowB[1] ?? '', rowB[2] ?? '', dRow);
    return { out: a === null || b === null ? REF_ERROR : `${a}:${b}`, end: otherEnd };
  }
  return null;
}

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === '[') {
      const end = skipBrackets(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (ch === '#') {
      const m = ERROR_LITERAL.exec(formula.slice(i));
      const end = i + (m ? m[0].length : 1);
      out += formula.slice(i, end);
      i = end;
    } else if (IDENT_CHAR.test(ch)) {
      const end = readToken(formula, i);
      const shifted = shiftToken(formula, i, end, dRow, dCol);
      if (shifted) {
        out += shifted.out;
        i = shifted.end;
      } else {
        out += formula.slice(i, end);
        i = end;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
