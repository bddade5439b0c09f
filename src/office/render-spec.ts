/**
 * Renders a WorkbookSpec (the same description the xlsx writer uses) into the open workbook
 * through Office.js, in at most two context.sync() whatever its size: one when the payload is
 * small, two (the contents spread evenly, looks and protection in the second) when one request
 * would get too large.
 */
import { cellAddress, rangeAddress } from '../core/sheet/a1';
import type { CellSpec, CellStyle, CellValue, RangeSpec, SheetSpec, WorkbookSpec } from '../core/sheet/spec';
import { type Capabilities, detectCapabilities } from './capabilities';
import { contiguousBlocks } from './spec-blocks';

/** Excel on the web refuses requests over 5 MB; above this estimate the work is split in two syncs. */
const SINGLE_SYNC_PAYLOAD_LIMIT = 2_000_000;

export interface RenderResult {
  syncs: number;
  payloadEstimate: number;
}

/**
 * Text is written with Excel's apostrophe prefix so "2026" or "1.1" stays text, except in
 * text-formatted cells, which already keep what they receive.
 */
function cellInput(cell: CellSpec, styles: Record<string, CellStyle>): string | number | boolean {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const v: CellValue | undefined = cell.value;
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'string') return cell.style && styles[cell.style]?.numberFormat === '@' ? v : `'${v}`;
  return v;
}

/** Excel's column width in characters of the default font → points (7 px per character + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const MM_TO_POINTS = 72 / 25.4;

function rangeOf(sheet: Excel.Worksheet, r: RangeSpec): Excel.Range {
  return sheet.getRangeByIndexes(r.row - 1, r.col - 1, r.lastRow - r.row + 1, r.lastCol - r.col + 1);
}

function suspend(context: Excel.RequestContext, caps: Capabilities): void {
  if (caps.canSuspendCalc) context.workbook.application.suspendApiCalculationUntilNextSync();
  if (caps.canSuspendScreen) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

/** Rectangles of the cells that share each style key. */
function styledRects(sheet: SheetSpec): { style: string; range: RangeSpec }[] {
  const byStyle = new Map<string, CellSpec[]>();
  for (const cell of sheet.cells) {
    if (!cell.style) continue;
    const list = byStyle.get(cell.style) ?? [];
    list.push(cell);
    byStyle.set(cell.style, list);
  }
  const out: { style: string; range: RangeSpec }[] = [];
  for (const [style, cells] of byStyle) {
    for (const b of contiguousBlocks(cells)) {
      const width = b.cells[0]?.length ?? 1;
      out.push({ style, range: { row: b.row, col: b.col, lastRow: b.row + b.cells.length - 1, lastCol: b.col + width - 1 } });
    }
  }
  return out;
}

/** A queued write and the size of what it sends. */
interface Write {
  payload: number;
  queue: () => void;
}

/** Rows of one matrix write at most about this size, so a large sheet can be spread over two syncs. */
const SLICE_PAYLOAD = 500_000;

/** Number formats (first: text-formatted cells must receive their values as text), then the cells by block slices. */
function contentWrites(sheet: Excel.Worksheet, spec: SheetSpec, styles: Record<string, CellStyle>): Write[] {
  const writes: Write[] = [];
  for (const { style, range } of styledRects(spec)) {
    const fmt = styles[style]?.numberFormat;
    if (!fmt) continue;
    const rows = range.lastRow - range.row + 1;
    const cols = range.lastCol - range.col + 1;
    const matrix = Array.from({ length: rows }, () => Array.from({ length: cols }, () => fmt));
    writes.push({ payload: JSON.stringify(matrix).length, queue: () => (rangeOf(sheet, range).numberFormat = matrix) });
  }
  for (const block of contiguousBlocks(spec.cells)) {
    const width = block.cells[0]?.length ?? 1;
    let first = 0;
    let slice: (string | number | boolean)[][] = [];
    let size = 0;
    const flush = () => {
      if (slice.length === 0) return;
      const matrix = slice;
      const top = block.row - 1 + first;
      writes.push({ payload: size, queue: () => (sheet.getRangeByIndexes(top, block.col - 1, matrix.length, width).formulas = matrix) });
      first += matrix.length;
      slice = [];
      size = 0;
    };
    for (const row of block.cells) {
      const values = row.map((cell) => cellInput(cell, styles));
      slice.push(values);
      size += JSON.stringify(values).length + 1;
      if (size >= SLICE_PAYLOAD) flush();
    }
    flush();
  }
  return writes;
}

function queueStyle(range: Excel.Range, style: CellStyle, multiRow: boolean, multiCol: boolean): void {
  const f = range.format;
  if (style.font) {
    if (style.font.name !== undefined) f.font.name = style.font.name;
    if (style.font.size !== undefined) f.font.size = style.font.size;
    if (style.font.bold !== undefined) f.font.bold = style.font.bold;
    if (style.font.italic !== undefined) f.font.italic = style.font.italic;
    if (style.font.underline !== undefined) f.font.underline = style.font.underline ? 'Single' : 'None';
    if (style.font.color !== undefined) f.font.color = style.font.color;
  }
  if (style.fill) f.fill.color = style.fill;
  if (style.border) {
    const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
    if (multiRow) edges.push('InsideHorizontal' as Excel.BorderIndex);
    if (multiCol) edges.push('InsideVertical' as Excel.BorderIndex);
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = style.border === 'medium' ? 'Medium' : 'Thin';
    }
  }
  if (style.horizontal) f.horizontalAlignment = style.horizontal === 'center' ? 'Center' : style.horizontal === 'right' ? 'Right' : 'Left';
  if (style.vertical) f.verticalAlignment = style.vertical === 'middle' ? 'Center' : style.vertical === 'top' ? 'Top' : 'Bottom';
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.locked === false) f.protection.locked = false;
}

const size = (x: unknown) => JSON.stringify(x ?? null).length + 16;

/**
 * The looks of a sheet as separate writes (styles, widths, heights, merges, validations,
 * conditional formats), so a large sheet's looks can share a request with the contents; `finish`
 * (freeze, print setup, protection) comes after every other write of the sheet.
 */
function lookWrites(sheet: Excel.Worksheet, spec: SheetSpec, wb: WorkbookSpec, caps: Capabilities): { writes: Write[]; finish: Write } {
  const writes: Write[] = [];
  for (const { style, range } of styledRects(spec)) {
    const s = wb.styles[style];
    // One request action per property set (and per border edge).
    if (s) writes.push({ payload: size(s) + 16 * (Object.keys(s).length + (s.font ? Object.keys(s.font).length : 0) + (s.border ? 12 : 0)), queue: () => queueStyle(rangeOf(sheet, range), s, range.lastRow > range.row, range.lastCol > range.col) });
  }
  for (const c of spec.columns) {
    writes.push({
      payload: size(c),
      queue: () => {
        const col = sheet.getRangeByIndexes(0, c.col - 1, 1, 1).getEntireColumn();
        col.format.columnWidth = columnWidthPoints(c.width);
        if (c.hidden) col.columnHidden = true;
      },
    });
  }
  // Consecutive rows of the same height are set in one action.
  const rows = [...spec.rows].sort((x, y) => x.row - y.row);
  for (let i = 0; i < rows.length; ) {
    const first = rows[i];
    if (!first) break;
    let j = i + 1;
    while (rows[j]?.height === first.height && rows[j]?.row === first.row + (j - i)) j++;
    const count = j - i;
    writes.push({ payload: size(first), queue: () => (sheet.getRangeByIndexes(first.row - 1, 0, count, 1).getEntireRow().format.rowHeight = first.height) });
    i = j;
  }
  for (const m of spec.merges) writes.push({ payload: size(m), queue: () => rangeOf(sheet, m).merge(false) });
  for (const v of spec.validations) {
    writes.push({
      payload: size(v) + 64,
      queue: () => {
        const dv = rangeOf(sheet, v.range).dataValidation;
        dv.rule =
          v.kind === 'decimal'
            ? { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } }
            : { list: { inCellDropDown: true, source: v.items.join(',') } };
        dv.ignoreBlanks = v.allowBlank;
        dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
        dv.errorAlert = { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.message };
      },
    });
  }
  // Office.js gives each added rule the top priority: add them last-first so earlier rules win.
  for (const cfSpec of [...spec.conditionalFormats].reverse()) {
    writes.push({
      payload: size(cfSpec) + 64,
      queue: () => {
        const cf = rangeOf(sheet, cfSpec.range).conditionalFormats.add('Custom');
        cf.custom.rule.formula = `=${cfSpec.formula}`;
        const look = wb.styles[cfSpec.style];
        if (look?.font?.color) cf.custom.format.font.color = look.font.color;
        if (look?.font?.bold !== undefined) cf.custom.format.font.bold = look.font.bold;
        if (look?.fill) cf.custom.format.fill.color = look.fill;
        if (cfSpec.stopIfTrue) cf.stopIfTrue = true;
      },
    });
  }
  const finish: Write = { payload: size(spec.print) + size(spec.protection) + size(spec.freeze), queue: () => queueFinish(sheet, spec, caps) };
  return { writes, finish };
}

function queueFinish(sheet: Excel.Worksheet, spec: SheetSpec, caps: Capabilities): void {
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    const { rows, columns } = spec.freeze;
    if (columns === 0) sheet.freezePanes.freezeRows(rows);
    else if (rows === 0) sheet.freezePanes.freezeColumns(columns);
    else sheet.freezePanes.freezeAt(`A1:${cellAddress(rows, columns)}`);
  }
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
  if (spec.showGridLines !== undefined) sheet.showGridlines = spec.showGridLines;
  if (spec.print && caps.canPageLayout) {
    const p = spec.print;
    const layout = sheet.pageLayout;
    layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    layout.topMargin = p.margins.top * MM_TO_POINTS;
    layout.bottomMargin = p.margins.bottom * MM_TO_POINTS;
    layout.leftMargin = p.margins.left * MM_TO_POINTS;
    layout.rightMargin = p.margins.right * MM_TO_POINTS;
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.first}:$${p.titleRows.last}`);
    if (p.area) layout.setPrintArea(rangeAddress(p.area));
    if (p.footerCenter) layout.headersFooters.defaultForAllPages.centerFooter = p.footerCenter;
  }
  if (spec.protection) {
    const p = spec.protection;
    const options = {
      allowFormatColumns: p.allowFormatColumns ?? false,
      allowFormatRows: p.allowFormatRows ?? false,
      allowSort: p.allowSort ?? false,
      allowAutoFilter: p.allowAutoFilter ?? false,
    };
    if (p.password) sheet.protection.protect(options, p.password);
    else sheet.protection.protect(options);
  }
}

export interface RenderOptions {
  /**
   * Queued just before the last sync, after everything else: e.g. deleting the sheets the new ones
   * replace, only once the new ones are written, so a failure never leaves the data half gone.
   */
  beforeFinalSync?: () => void;
}

/**
 * Queues the whole description on `context` (after anything the caller queued, e.g. renames)
 * and syncs once, or twice for a very large description.
 */
export async function renderWorkbookSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  caps: Capabilities = detectCapabilities(),
  options: RenderOptions = {},
): Promise<RenderResult> {
  suspend(context, caps);
  const sheets = new Map<string, Excel.Worksheet>();
  for (const s of spec.sheets) sheets.set(s.name, context.workbook.worksheets.add(s.name));

  // Contents first (protection would refuse them), then looks, then each sheet's protection.
  const looks = spec.sheets.map((s) => {
    const sheet = sheets.get(s.name);
    return sheet ? lookWrites(sheet, s, spec, caps) : { writes: [], finish: null };
  });
  const writes: Write[] = [
    ...spec.sheets.flatMap((s) => {
      const sheet = sheets.get(s.name);
      return sheet ? contentWrites(sheet, s, spec.styles) : [];
    }),
    ...looks.flatMap((l) => l.writes),
    ...looks.flatMap((l) => (l.finish ? [l.finish] : [])),
  ];
  const payload = writes.reduce((n, w) => n + w.payload, 0);
  // Small: everything in one request. Large: the writes spread evenly over two requests.
  const split = payload > SINGLE_SYNC_PAYLOAD_LIMIT;
  let queued = 0;
  let next = 0;
  for (; next < writes.length && (!split || queued < payload / 2); next++) {
    const w = writes[next];
    if (!w) continue;
    w.queue();
    queued += w.payload;
  }
  for (const n of spec.names) {
    const sheet = sheets.get(n.sheet);
    if (!sheet) throw new Error(`Tên "${n.name}" trỏ tới trang "${n.sheet}" không có trong mô tả sổ tính.`);
    context.workbook.names.add(n.name, rangeOf(sheet, n.range), n.comment ?? '');
  }
  for (const [key, value] of Object.entries(spec.properties)) context.workbook.properties.custom.add(key, value);

  let syncs = 0;
  if (split) {
    await context.sync();
    syncs++;
    suspend(context, caps);
    for (const w of writes.slice(next)) w.queue();
  }

  const active = sheets.get(spec.activeSheet);
  active?.activate();
  // Hidden sheets last: the workbook must keep a visible sheet at every step.
  for (const s of spec.sheets) {
    const sheet = sheets.get(s.name);
    if (sheet && s.visibility !== 'visible') sheet.visibility = s.visibility === 'veryHidden' ? 'VeryHidden' : 'Hidden';
  }
  options.beforeFinalSync?.();
  await context.sync();
  syncs++;
  return { syncs, payloadEstimate: payload };
}
