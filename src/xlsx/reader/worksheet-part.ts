/**
 * A worksheet part (`xl/worksheets/sheetN.xml`): every non-empty cell's cached value, error and
 * formula, with shared formulas expanded to each cell they cover.
 */
import type { ReadCell } from '../../core/returned/types';
import { parseDecimalText } from '../../core/numbers/decimal-text';
import type { CellValue } from '../../core/sheet/spec';
import { cellKey, parseCellRef } from './cell-address';
import { readSimpleCell } from './cell-fast-path';
import { unescapeOoxml } from './escaped-text';
import { refuse } from './read-error';
import { RichTextCollector } from './rich-text';
import { shiftFormula } from './shared-formula';
import { skipUnreadMarkup } from './unread-markup';
import { XML_END, XML_OPEN, XML_TEXT, XmlScanner } from './xml-scanner';

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

interface PendingShared {
  key: string;
  si: string;
  row: number;
  col: number;
}

/**
 * A numeric cell's `<v>`; empty (openpyxl writes `<v></v>` for formulas it never calculated) means
 * no value. Only plain decimal notation is a number: `0x10` stays text, as Excel counts nothing there.
 */
function numberOrText(text: string): CellValue {
  if (text.trim() === '') return null;
  return parseDecimalText(text) ?? text;
}

export interface WorksheetOptions {
  /**
   * Reads simple cells in one step (cell-fast-path.ts) and passes over unread markup in one
   * (unread-markup.ts); false reads everything token by token, as the differential test compares.
   */
  simpleCells?: boolean;
}

export function parseWorksheet(
  text: string,
  partName: string,
  sheetName: string,
  sharedStrings: readonly string[],
  options: WorksheetOptions = {},
): Record<string, ReadCell> {
  const simpleCells = options.simpleCells ?? true;
  const cells: Record<string, ReadCell> = {};
  const masters = new Map<string, SharedMaster>();
  const pending: PendingShared[] = [];
  const inline = new RichTextCollector();
  // Every `<c>` position, empty ones included: a cell written twice has no one value (Excel repairs
  // such a file, another program keeps either copy), so it is refused rather than guessed.
  const seen = new Set<number>();

  let row = 0;
  let col = 0;
  let inCell = false;
  let type = 'n';
  let collecting: 'v' | 'f' | 'is' | null = null;
  let v = '';
  let hasV = false;
  let f = '';
  let hasF = false;
  let fType = '';
  let fSi = '';

  function finishCell(): void {
    // Most cells of a form are styled blanks (`<c r="B1" s="1"/>`): nothing to keep.
    if (!hasV && !hasF && type !== 'inlineStr' && type !== 'str') return;
    const key = cellKey(row, col);
    const cell: ReadCell = { value: null };
    let formula: string | undefined;
    if (hasF) {
      let written = f.trim();
      if (written.charCodeAt(0) === 61) written = written.slice(1); // a leading '='
      if (fType === 'shared' && fSi !== '') {
        if (written !== '') {
          masters.set(fSi, { formula: written, row, col });
          formula = written;
        } else {
          const master = masters.get(fSi);
          if (master) formula = shiftFormula(master.formula, row - master.row, col - master.col);
          else pending.push({ key, si: fSi, row, col });
        }
      } else if (written !== '') {
        formula = written;
      }
    }
    switch (type) {
      case 's': {
        if (!hasV) break;
        const s = sharedStrings[Number(v)];
        if (s === undefined) refuse('corrupt', { why: 'shared-string-missing', sheet: sheetName, cell: key });
        cell.value = s;
        break;
      }
      case 'inlineStr':
        cell.value = inline.take();
        break;
      case 'str':
        cell.value = hasV ? unescapeOoxml(v) : formula !== undefined ? null : '';
        break;
      case 'b':
        if (hasV) cell.value = v === '1' || v.toLowerCase() === 'true';
        break;
      case 'e':
        if (hasV) cell.error = v.trim();
        break;
      case 'd':
        if (hasV) cell.value = v;
        break;
      default:
        if (hasV) cell.value = numberOrText(v);
    }
    if (formula !== undefined) cell.formula = formula;
    if (cell.value !== null || cell.formula !== undefined || cell.error !== undefined || hasF)
      cells[key] = cell;
  }

  /** A `<c>` opens: where it is, its type, and nothing read yet. */
  function openCell(r: string | undefined, t: string | undefined): void {
    if (r !== undefined) {
      const pos = parseCellRef(r);
      if (!pos) refuse('corrupt', { why: 'cell-address', sheet: sheetName, text: r });
      row = pos.row;
      col = pos.col;
    } else {
      col += 1;
    }
    const at = row * 20000 + col;
    if (seen.has(at)) refuse('corrupt', { why: 'cell-twice', sheet: sheetName, cell: cellKey(row, col) });
    seen.add(at);
    inCell = true;
    type = t ?? 'n';
    v = '';
    hasV = false;
    f = '';
    hasF = false;
    fType = '';
    fSi = '';
  }

  /** The same steps as the tokens of a simple cell would take: open, a plain `<f>`, `<v>`, close. */
  function trySimpleCell(): boolean {
    const simple = readSimpleCell(xml);
    if (simple === null) return false;
    openCell(simple.r, simple.t);
    if (simple.f !== undefined) {
      hasF = true;
      f = simple.f;
    }
    if (simple.v !== undefined) {
      hasV = true;
      v = simple.v;
    }
    finishCell();
    inCell = false;
    return true;
  }

  const xml = new XmlScanner(text, partName);
  for (;;) {
    // Outside a cell the next markup may be a whole simple cell, or markup never read; inside one, tokens as ever.
    if (simpleCells && !inCell) while (trySimpleCell() || skipUnreadMarkup(xml));
    const token = xml.next();
    if (token === XML_END) break;
    if (token === XML_TEXT) {
      if (collecting === 'v') v += xml.text();
      else if (collecting === 'f') f += xml.text();
      else if (collecting === 'is' && inline.wantsText) inline.text(xml.text());
    } else if (token === XML_OPEN) {
      switch (xml.name) {
        case 'row': {
          const r = xml.attr('r');
          row = r !== undefined ? Number(r) : row + 1;
          if (!Number.isInteger(row) || row < 1)
            refuse('corrupt', { why: 'row-number', sheet: sheetName, text: r ?? '' });
          col = 0;
          break;
        }
        case 'c':
          openCell(xml.attr('r'), xml.attr('t'));
          break;
        case 'v':
          if (inCell) {
            collecting = 'v';
            hasV = true;
          }
          break;
        case 'f':
          if (inCell) {
            collecting = 'f';
            hasF = true;
            fType = xml.attrLocal('t') ?? '';
            fSi = xml.attrLocal('si') ?? '';
          }
          break;
        case 'is':
          if (inCell) collecting = 'is';
          break;
        default:
          if (collecting === 'is') inline.open(xml.name);
      }
    } else {
      switch (xml.name) {
        case 'c':
          if (inCell) finishCell();
          inCell = false;
          collecting = null;
          break;
        case 'v':
        case 'f':
        case 'is':
          collecting = null;
          break;
        default:
          if (collecting === 'is') inline.close(xml.name);
      }
    }
  }

  for (const p of pending) {
    const master = masters.get(p.si);
    const cell = cells[p.key];
    if (master && cell) cell.formula = shiftFormula(master.formula, p.row - master.row, p.col - master.col);
  }
  return cells;
}
