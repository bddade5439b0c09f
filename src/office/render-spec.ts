/**
 * Renders a WorkbookSpec (the same description the xlsx writer uses) into the open workbook
 * through Office.js, in at most two context.sync() whatever its size: one when the payload is
 * small, two (the contents spread evenly, looks and protection in the second) when one request
 * would get too large.
 */
import { cellAddress, rangeAddress } from '../core/sheet/a1';
import type { CellSpec, CellStyle, CellValue, RangeSpec, SheetSpec, ValidationSpec, WorkbookSpec } from '../core/sheet/spec';
import { type Capabilities, detectCapabilities } from './capabilities';
import { contiguousBlocks } from './spec-blocks';

/**
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). The estimate
 * below is approximate, so one request is kept under 3.5 MB; above that the work goes in two.
 */
export const REQUEST_PAYLOAD_LIMIT = 5_000_000;
export const SAFE_REQUEST_BYTES = 3_500_000;

/** JSON bytes of one action besides its arguments ({Id, ActionType, Name, ObjectPathId, ...}) and its object path. */
const ACTION_BYTES = 100;

/** The request travels as UTF-8 JSON: Vietnamese letters take 2–3 bytes. */
function bytes(x: unknown): number {
  return new TextEncoder().encode(JSON.stringify(x ?? null)).length;
}

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
    writes.push({ payload: 2 * ACTION_BYTES + bytes(matrix), queue: () => (rangeOf(sheet, range).numberFormat = matrix) });
  }
  for (const block of contiguousBlocks(spec.cells)) {
    const width = block.cells[0]?.length ?? 1;
    let first = 0;
    let slice: (string | number | boolean)[][] = [];
    let size = 2 * ACTION_BYTES;
    const flush = () => {
      if (slice.length === 0) return;
      const matrix = slice;
      const top = block.row - 1 + first;
      writes.push({ payload: size, queue: () => (sheet.getRangeByIndexes(top, block.col - 1, matrix.length, width).formulas = matrix) });
      first += matrix.length;
      slice = [];
      size = 2 * ACTION_BYTES;
    };
    for (const row of block.cells) {
      const values = row.map((cell) => cellInput(cell, styles));
      slice.push(values);
      size += bytes(values) + 1;
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

/** A write of `actions` actions (plus one range) sending `x`. */
const size = (x: unknown, actions = 1) => bytes(x) + (actions + 1) * ACTION_BYTES;

/** RangeAreas (ExcelApi 1.9): one request action for many ranges, as the payload docs advise. */
const AREAS_API = '1.9';
/** Addresses per getRanges call are kept short (Excel's limit on their length is not documented). */
const AREAS_ADDRESS_CHARS = 250;

function supportsAreas(caps: Capabilities): boolean {
  const [major = 0, minor = 0] = caps.excelApi.split('.').map(Number);
  return major > 1 || (major === 1 && minor >= Number(AREAS_API.split('.')[1]));
}

/** Comma-joined A1 addresses of the ranges, in chunks short enough for one getRanges call. */
export function areaAddresses(ranges: readonly RangeSpec[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const r of ranges) {
    const a = rangeAddress(r);
    if (current !== '' && current.length + 1 + a.length > AREAS_ADDRESS_CHARS) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? a : `${current},${a}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** Ranges grouped by a key (validations with the same rule and texts, rows of the same height). */
function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return [...groups.values()];
}

function queueValidation(dv: Excel.DataValidation, v: ValidationSpec): void {
  dv.rule = v.kind === 'decimal' ? { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } } : { list: { inCellDropDown: true, source: v.items.join(',') } };
  dv.ignoreBlanks = v.allowBlank;
  dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  dv.errorAlert = { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.message };
}

/**
 * The looks of a sheet as separate writes (styles, widths, heights, merges, validations,
 * conditional formats), so a large sheet's looks can share a request with the contents; `finish`
 * (freeze, print setup, protection) comes after every other write of the sheet.
 */
function lookWrites(sheet: Excel.Worksheet, spec: SheetSpec, wb: WorkbookSpec, caps: Capabilities): { writes: Write[]; finish: Write } {
  const writes: Write[] = [];
  const areas = supportsAreas(caps);
  for (const { style, range } of styledRects(spec)) {
    const s = wb.styles[style];
    // One request action per property set, and two per border edge (with its object).
    if (s) writes.push({ payload: size(s, Object.keys(s).length + (s.font ? Object.keys(s.font).length : 0) + (s.border ? 18 : 0)), queue: () => queueStyle(rangeOf(sheet, range), s, range.lastRow > range.row, range.lastCol > range.col) });
  }
  for (const c of spec.columns) {
    writes.push({
      payload: size(c, 3),
      queue: () => {
        const col = sheet.getRangeByIndexes(0, c.col - 1, 1, 1).getEntireColumn();
        col.format.columnWidth = columnWidthPoints(c.width);
        if (c.hidden) col.columnHidden = true;
      },
    });
  }
  // Consecutive rows of the same height are one range; with RangeAreas, all runs of a height are one action.
  const rows = [...spec.rows].sort((x, y) => x.row - y.row);
  const runs: { height: number; range: RangeSpec }[] = [];
  for (let i = 0; i < rows.length; ) {
    const first = rows[i];
    if (!first) break;
    let j = i + 1;
    while (rows[j]?.height === first.height && rows[j]?.row === first.row + (j - i)) j++;
    runs.push({ height: first.height, range: { row: first.row, col: 1, lastRow: first.row + j - i - 1, lastCol: 1 } });
    i = j;
  }
  if (areas) {
    for (const group of groupBy(runs, (r) => String(r.height))) {
      const height = group[0]?.height ?? 15;
      for (const address of areaAddresses(group.map((r) => r.range))) {
        writes.push({ payload: size(address), queue: () => (sheet.getRanges(address).format.rowHeight = height) });
      }
    }
  } else {
    for (const r of runs) writes.push({ payload: size(r), queue: () => (rangeOf(sheet, r.range).getEntireRow().format.rowHeight = r.height) });
  }
  for (const m of spec.merges) writes.push({ payload: size(m), queue: () => rangeOf(sheet, m).merge(false) });
  // Validations with the same rule and texts go in one RangeAreas: thousands of cells, a few actions.
  if (areas) {
    for (const group of groupBy(spec.validations, (v) => JSON.stringify({ ...v, range: null }))) {
      const v = group[0];
      if (!v) continue;
      for (const address of areaAddresses(group.map((g) => g.range))) {
        writes.push({ payload: size({ v, address }, 4), queue: () => queueValidation(sheet.getRanges(address).dataValidation, v) });
      }
    }
  } else {
    for (const v of spec.validations) writes.push({ payload: size(v, 4), queue: () => queueValidation(rangeOf(sheet, v.range).dataValidation, v) });
  }
  // Office.js gives each added rule the top priority: add them last-first so earlier rules win.
  for (const cfSpec of [...spec.conditionalFormats].reverse()) {
    writes.push({
      payload: size(cfSpec, 6),
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
  const finish: Write = { payload: size(spec.print, 12) + size(spec.protection) + size(spec.freeze), queue: () => queueFinish(sheet, spec, caps) };
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
  /** Queued in the last request just before the new names: e.g. deleting the old names they replace. */
  beforeNames?: () => void;
  /**
   * Queued just before the last sync, after everything else: e.g. deleting the sheets the new ones
   * replace, only once the new ones are written, so a failure never leaves the data half gone.
   */
  beforeFinalSync?: () => void;
}

/** The writes of the whole description, contents first (protection would refuse them), then looks, then each sheet's finish. */
function planWrites(spec: WorkbookSpec, caps: Capabilities, sheetOf: (name: string) => Excel.Worksheet | undefined): Write[] {
  const looks = spec.sheets.map((s) => {
    const sheet = sheetOf(s.name);
    return sheet ? lookWrites(sheet, s, spec, caps) : { writes: [], finish: null };
  });
  return [
    ...spec.sheets.flatMap((s) => {
      const sheet = sheetOf(s.name);
      return sheet ? contentWrites(sheet, s, spec.styles) : [];
    }),
    ...looks.flatMap((l) => l.writes),
    ...looks.flatMap((l) => (l.finish ? [l.finish] : [])),
  ];
}

/** Estimated request bytes of rendering `spec`, computed without queuing anything. */
export function estimateRenderPayload(spec: WorkbookSpec, caps: Capabilities = detectCapabilities()): number {
  // The writes' closures are never called here, so no real worksheet is needed.
  const unused = {} as Excel.Worksheet;
  const writes = planWrites(spec, caps, () => unused);
  const names = spec.names.reduce((n, x) => n + size(x, 2), 0);
  const properties = Object.entries(spec.properties).reduce((n, p) => n + size(p), 0);
  return writes.reduce((n, w) => n + w.payload, 0) + names + properties;
}

/** The description is too large for the two requests the renderer may use. */
export class RenderTooLargeError extends Error {
  constructor(readonly estimate: number) {
    super(`Dữ liệu cần ghi quá lớn cho Excel (ước tính ${(estimate / 1_000_000).toFixed(1)} MB, Excel trên web nhận tối đa 5 MB mỗi lần ghi).`);
    this.name = 'RenderTooLargeError';
  }
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
  // Refused before anything is queued: two requests cannot carry it (nothing is written).
  const estimate = estimateRenderPayload(spec, caps);
  if (estimate > 2 * SAFE_REQUEST_BYTES) throw new RenderTooLargeError(estimate);
  suspend(context, caps);
  const sheets = new Map<string, Excel.Worksheet>();
  for (const s of spec.sheets) sheets.set(s.name, context.workbook.worksheets.add(s.name));

  const writes = planWrites(spec, caps, (name) => sheets.get(name));
  const payload = writes.reduce((n, w) => n + w.payload, 0);
  // Small: everything in one request. Large: the writes spread evenly over two requests.
  const split = estimate > SAFE_REQUEST_BYTES;
  let queued = 0;
  let next = 0;
  for (; next < writes.length && (!split || queued < payload / 2); next++) {
    const w = writes[next];
    if (!w) continue;
    w.queue();
    queued += w.payload;
  }

  let syncs = 0;
  if (split) {
    await context.sync();
    syncs++;
    suspend(context, caps);
    for (const w of writes.slice(next)) w.queue();
  }

  // The names and properties that make the new sheets the workbook's own go in the last request,
  // after everything they describe is written (no rollback: a failure before leaves the old names).
  options.beforeNames?.();
  for (const n of spec.names) {
    const sheet = sheets.get(n.sheet);
    if (!sheet) throw new Error(`Tên "${n.name}" trỏ tới trang "${n.sheet}" không có trong mô tả sổ tính.`);
    context.workbook.names.add(n.name, rangeOf(sheet, n.range), n.comment ?? '');
  }
  for (const [key, value] of Object.entries(spec.properties)) context.workbook.properties.custom.add(key, value);

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
