/** The contents of a sheet as writes: number formats first, then values and formulas by blocks. */
import type { CellSpec, CellStyle, CellValue, RangeSpec, SheetSpec } from '../core/sheet/spec';
import { bytes, type Write } from './request-budget';
import { contiguousBlocks } from './spec-blocks';

export function rangeOf(sheet: Excel.Worksheet, r: RangeSpec): Excel.Range {
  return sheet.getRangeByIndexes(r.row - 1, r.col - 1, r.lastRow - r.row + 1, r.lastCol - r.col + 1);
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

/** Rectangles of the cells that share each style key. */
export function styledRects(sheet: SheetSpec): { style: string; range: RangeSpec }[] {
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
      out.push({
        style,
        range: { row: b.row, col: b.col, lastRow: b.row + b.cells.length - 1, lastCol: b.col + width - 1 },
      });
    }
  }
  return out;
}

/** Rows of one matrix write at most about this size, so a large sheet can be spread over two syncs. */
const SLICE_PAYLOAD = 500_000;

/** Number formats (first: text-formatted cells must receive their values as text), then the cells by block slices. */
export function contentWrites(
  sheetOf: () => Excel.Worksheet,
  spec: SheetSpec,
  styles: Record<string, CellStyle>,
): Write[] {
  const writes: Write[] = [];
  for (const { style, range } of styledRects(spec)) {
    const fmt = styles[style]?.numberFormat;
    if (!fmt) continue;
    const rows = range.lastRow - range.row + 1;
    const cols = range.lastCol - range.col + 1;
    const matrix = Array.from({ length: rows }, () => Array.from({ length: cols }, () => fmt));
    writes.push({ queue: () => (rangeOf(sheetOf(), range).numberFormat = matrix) });
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
      writes.push({
        queue: () =>
          (sheetOf().getRangeByIndexes(top, block.col - 1, matrix.length, width).formulas = matrix),
      });
      first += matrix.length;
      slice = [];
      size = 0;
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
