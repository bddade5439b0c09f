import type { CSSProperties } from 'react';
import type { GridCell } from '../preview-workbook';

/** The look of a cell: its own format, with conditional formats on top (as Excel paints them). */
export function cellStyle(cell: GridCell | null): CSSProperties {
  if (!cell) return {};
  return {
    backgroundColor: cell.fill ?? undefined,
    color: cell.fontColor ?? undefined,
    fontWeight: cell.bold ? 700 : undefined,
    fontStyle: cell.italic ? 'italic' : undefined,
    textAlign: cell.horizontal ?? (cell.isNumber ? 'right' : 'left'),
    whiteSpace: cell.wrap ? 'pre-wrap' : 'pre',
    // Unwrapped text runs on over the next cells, as in Excel; numbers stay within their cell.
    overflow: !cell.wrap && !cell.isNumber ? 'visible' : undefined,
  };
}
