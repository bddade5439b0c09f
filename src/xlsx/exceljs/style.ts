/** Maps the spec's renderer-neutral styles onto ExcelJS style objects. */
import type ExcelJS from 'exceljs';
import type { CellStyle, FontSpec } from '../../core/sheet/spec';

/** `#RRGGBB` -> ExcelJS ARGB, opaque. */
export function argb(hex: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex);
  if (!m) throw new RangeError(`"${hex}" is not a #RRGGBB colour`);
  return `FF${(m[1] ?? '').toUpperCase()}`;
}

export function toFont(font: FontSpec): Partial<ExcelJS.Font> {
  const out: Partial<ExcelJS.Font> = {};
  if (font.name !== undefined) out.name = font.name;
  if (font.size !== undefined) out.size = font.size;
  if (font.bold !== undefined) out.bold = font.bold;
  if (font.italic !== undefined) out.italic = font.italic;
  if (font.underline !== undefined) out.underline = font.underline;
  if (font.color !== undefined) out.color = { argb: argb(font.color) };
  return out;
}

const VERTICAL = { top: 'top', middle: 'middle', bottom: 'bottom' } as const;

/** The full cell style: font, fill, borders, alignment, number format and protection. */
export function toCellStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.font) out.font = toFont(style.font);
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const edge: Partial<ExcelJS.Border> = { style: style.border, color: { argb: 'FF000000' } };
    out.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  if (style.horizontal || style.vertical || style.wrap) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.horizontal) alignment.horizontal = style.horizontal;
    if (style.vertical) alignment.vertical = VERTICAL[style.vertical];
    if (style.wrap) alignment.wrapText = true;
    out.alignment = alignment;
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.locked !== undefined) out.protection = { locked: style.locked };
  return out;
}

/** The differential style of a conditional format: only font colour, bold and fill. */
export function toConditionalStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.font && (style.font.color !== undefined || style.font.bold !== undefined)) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.font.color !== undefined) font.color = { argb: argb(style.font.color) };
    if (style.font.bold !== undefined) font.bold = style.font.bold;
    out.font = font;
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(style.fill) } };
  return out;
}
