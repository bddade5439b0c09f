/**
 * The reader's worksheet and shared-string parsing as it was on saxes, kept as the reference the
 * scanner is compared with (xml-scanner-differential.test.ts): same handlers, saxes underneath.
 */
import { SaxesParser } from 'saxes';
import type { ReadCell } from '../../../src/core/returned/types';
import type { CellValue } from '../../../src/core/sheet/spec';
import { cellKey, parseCellRef } from '../../../src/xlsx/reader/cell-address';
import { unescapeOoxml } from '../../../src/xlsx/reader/escaped-text';
import { FileReadError, refuse } from '../../../src/xlsx/reader/read-error';
import { RichTextCollector } from '../../../src/xlsx/reader/rich-text';
import { shiftFormula } from '../../../src/xlsx/reader/shared-formula';

type Attributes = Record<string, string>;

interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function attr(attributes: Attributes, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  const suffix = `:${name}`;
  for (const key in attributes) if (key.endsWith(suffix)) return attributes[key];
  return undefined;
}

/**
 * saxes reads `<?pi? x … ?>` as one instruction whose body starts with `?`, though XML needs a space
 * after the target: the reference holds to the grammar, as the scanner does, so damage cannot hide in it.
 */
function wellFormedInstruction(text: string, end: number, target: string): boolean {
  const start = text.lastIndexOf(`<?${target}`, end - 4 - target.length);
  const afterTarget = start + 2 + target.length;
  return /[ \t\r\n]/.test(text.charAt(afterTarget)) || afterTarget === end - 2;
}

/** As before the scanner, the caller strips the XML declaration. */
export function parseXmlWithSaxes(text: string, partName: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: true });
  parser.on('processinginstruction', (pi) => {
    if (!wellFormedInstruction(text, parser.position, pi.target)) throw new Error('malformed instruction');
  });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Attributes));
  const onText = handlers.text;
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const onClose = handlers.close;
  if (onClose) parser.on('closetag', (tag) => onClose(localName(tag.name)));
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    refuse('corrupt', { why: 'xml-invalid', part: partName });
  }
}

export function referenceSharedStrings(text: string, partName: string): string[] {
  const strings: string[] = [];
  const collector = new RichTextCollector();
  let inItem = false;
  parseXmlWithSaxes(text, partName, {
    open(name) {
      if (name === 'si') inItem = true;
      else if (inItem) collector.open(name);
    },
    text(t) {
      if (inItem) collector.text(t);
    },
    close(name) {
      if (name === 'si') {
        strings.push(collector.take());
        inItem = false;
      } else if (inItem) collector.close(name);
    },
  });
  return strings;
}
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

/** A numeric cell's `<v>`; empty (openpyxl writes `<v></v>` for formulas it never calculated) means no value. */
function numberOrText(text: string): CellValue {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

export function referenceWorksheet(
  text: string,
  partName: string,
  sheetName: string,
  sharedStrings: readonly string[],
): Record<string, ReadCell> {
  const cells: Record<string, ReadCell> = {};
  const masters = new Map<string, SharedMaster>();
  const pending: PendingShared[] = [];
  const inline = new RichTextCollector();

  let row = 0;
  let col = 0;
  let inCell = false;
  let type = 'n';
  let key = '';
  let collecting: 'v' | 'f' | 'is' | null = null;
  let v = '';
  let hasV = false;
  let f = '';
  let hasF = false;
  let fType = '';
  let fSi = '';

  function finishCell(): void {
    const cell: ReadCell = { value: null };
    let formula: string | undefined;
    if (hasF) {
      const written = f.trim().replace(/^=/, '');
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

  parseXmlWithSaxes(text, partName, {
    open(name, attributes) {
      switch (name) {
        case 'row': {
          const r = attributes.r;
          row = r !== undefined ? Number(r) : row + 1;
          if (!Number.isInteger(row) || row < 1)
            refuse('corrupt', { why: 'row-number', sheet: sheetName, text: r ?? '' });
          col = 0;
          break;
        }
        case 'c': {
          const r = attributes.r;
          if (r !== undefined) {
            const pos = parseCellRef(r);
            if (!pos) return refuse('corrupt', { why: 'cell-address', sheet: sheetName, text: r });
            row = pos.row;
            col = pos.col;
          } else {
            col += 1;
          }
          key = cellKey(row, col);
          inCell = true;
          type = attributes.t ?? 'n';
          v = '';
          hasV = false;
          f = '';
          hasF = false;
          fType = '';
          fSi = '';
          break;
        }
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
            fType = attr(attributes, 't') ?? '';
            fSi = attr(attributes, 'si') ?? '';
          }
          break;
        case 'is':
          if (inCell) collecting = 'is';
          break;
        default:
          if (collecting === 'is') inline.open(name);
      }
    },
    text(t) {
      if (collecting === 'v') v += t;
      else if (collecting === 'f') f += t;
      else if (collecting === 'is') inline.text(t);
    },
    close(name) {
      switch (name) {
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
          if (collecting === 'is') inline.close(name);
      }
    },
  });

  for (const p of pending) {
    const master = masters.get(p.si);
    const cell = cells[p.key];
    if (master && cell) cell.formula = shiftFormula(master.formula, p.row - master.row, p.col - master.col);
  }
  return cells;
}
