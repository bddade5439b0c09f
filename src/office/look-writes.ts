/** The looks of a sheet as writes (styles, sizes, merges, validation, conditional formats) and its finish. */
import { cellAddress, quoteSheet, rangeAddress } from '../core/sheet/a1';
import type {
  CellStyle,
  ListValidationSpec,
  RangeSpec,
  SheetSpec,
  ValidationSpec,
  WorkbookSpec,
} from '../core/sheet/spec';
import type { Capabilities } from './capabilities';
import { rangeOf, styledRects } from './content-writes';
import { areaAddresses, groupBy, supportsAreas } from './range-areas';
import type { Write } from './request-budget';

/** Excel's column width in characters of the default font → points (7 px per character + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const MM_TO_POINTS = 72 / 25.4;

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
    const edges: Excel.BorderIndex[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ] as Excel.BorderIndex[];
    if (multiRow) edges.push('InsideHorizontal' as Excel.BorderIndex);
    if (multiCol) edges.push('InsideVertical' as Excel.BorderIndex);
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = style.border === 'medium' ? 'Medium' : 'Thin';
    }
  }
  if (style.horizontal)
    f.horizontalAlignment =
      style.horizontal === 'center' ? 'Center' : style.horizontal === 'right' ? 'Right' : 'Left';
  if (style.vertical)
    f.verticalAlignment =
      style.vertical === 'middle' ? 'Center' : style.vertical === 'top' ? 'Top' : 'Bottom';
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.locked === false) f.protection.locked = false;
}

/** The items as Excel takes them: a comma-separated list, or a reference to the cells that hold them. */
function listSource(v: ListValidationSpec): string {
  return v.source
    ? `=${quoteSheet(v.source.sheet)}!${rangeAddress(v.source.range, true)}`
    : v.items.join(',');
}

function queueValidation(dv: Excel.DataValidation, v: ValidationSpec): void {
  const between = {
    formula1: v.kind === 'decimal' ? v.min : 0,
    formula2: v.kind === 'decimal' ? v.max : 0,
    operator: 'Between' as const,
  };
  dv.rule =
    v.kind === 'list'
      ? { list: { inCellDropDown: true, source: listSource(v) } }
      : v.whole === true
        ? { wholeNumber: between }
        : { decimal: between };
  dv.ignoreBlanks = v.allowBlank;
  dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  dv.errorAlert = { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.message };
}

/**
 * The looks of a sheet as separate writes (styles, widths, heights, merges, validations,
 * conditional formats), so a large sheet's looks can share a request with the contents; `finish`
 * (freeze, print setup, protection) comes after every other write of the sheet.
 */
export function lookWrites(
  sheetOf: () => Excel.Worksheet,
  spec: SheetSpec,
  wb: WorkbookSpec,
  caps: Capabilities,
): { writes: Write[]; finish: Write } {
  const writes: Write[] = [];
  const areas = supportsAreas(caps);
  for (const { style, range } of styledRects(spec)) {
    const s = wb.styles[style];
    if (s)
      writes.push({
        queue: () =>
          queueStyle(rangeOf(sheetOf(), range), s, range.lastRow > range.row, range.lastCol > range.col),
      });
  }
  for (const c of spec.columns) {
    writes.push({
      queue: () => {
        const col = sheetOf()
          .getRangeByIndexes(0, c.col - 1, 1, 1)
          .getEntireColumn();
        col.format.columnWidth = columnWidthPoints(c.width);
        if (c.hidden) col.columnHidden = true;
      },
    });
  }
  // Consecutive rows of the same height are one range; with RangeAreas, all runs of a height are one action.
  const rows = [...spec.rows].sort((x, y) => x.row - y.row);
  const runs: { height: number; range: RangeSpec }[] = [];
  for (let i = 0; i < rows.length;) {
    const first = rows[i];
    if (!first) break;
    let j = i + 1;
    while (rows[j]?.height === first.height && rows[j]?.row === first.row + (j - i)) j++;
    runs.push({
      height: first.height,
      range: { row: first.row, col: 1, lastRow: first.row + j - i - 1, lastCol: 1 },
    });
    i = j;
  }
  if (areas) {
    for (const group of groupBy(runs, (r) => String(r.height))) {
      const height = group[0]?.height ?? 15;
      for (const address of areaAddresses(group.map((r) => r.range))) {
        writes.push({ queue: () => (sheetOf().getRanges(address).format.rowHeight = height) });
      }
    }
  } else {
    for (const r of runs)
      writes.push({ queue: () => (rangeOf(sheetOf(), r.range).getEntireRow().format.rowHeight = r.height) });
  }
  for (const m of spec.merges) writes.push({ queue: () => rangeOf(sheetOf(), m).merge(false) });
  // Validations with the same rule and texts go in one RangeAreas: thousands of cells, a few actions.
  if (areas) {
    for (const group of groupBy(spec.validations, (v) => JSON.stringify({ ...v, range: null }))) {
      const v = group[0];
      if (!v) continue;
      for (const address of areaAddresses(group.map((g) => g.range))) {
        writes.push({ queue: () => queueValidation(sheetOf().getRanges(address).dataValidation, v) });
      }
    }
  } else {
    for (const v of spec.validations)
      writes.push({ queue: () => queueValidation(rangeOf(sheetOf(), v.range).dataValidation, v) });
  }
  // Office.js gives each added rule the top priority: add them last-first so earlier rules win.
  for (const cfSpec of [...spec.conditionalFormats].reverse()) {
    writes.push({
      queue: () => {
        const cf = rangeOf(sheetOf(), cfSpec.range).conditionalFormats.add('Custom');
        cf.custom.rule.formula = `=${cfSpec.formula}`;
        const look = wb.styles[cfSpec.style];
        if (look?.font?.color) cf.custom.format.font.color = look.font.color;
        if (look?.font?.bold !== undefined) cf.custom.format.font.bold = look.font.bold;
        if (look?.fill) cf.custom.format.fill.color = look.fill;
        if (cfSpec.stopIfTrue) cf.stopIfTrue = true;
      },
    });
  }
  const finish: Write = { queue: () => queueFinish(sheetOf(), spec, caps) };
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
