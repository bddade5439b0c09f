import { useMemo, type ReactNode } from 'react';
import type { GridSheet } from '../preview-workbook';
import { a1, columnName } from './address';
import { cellStyle } from './cell-style';

const DEFAULT_COL_PX = 72;
const DEFAULT_ROW_PX = 20;
const ROW_HEAD_PX = 40;

export interface SheetTableProps {
  sheet: GridSheet;
  selected: { row: number; col: number } | null;
  /** Rendered inside the selected cell while editing. */
  editor: ReactNode;
  onCellMouseDown: (row: number, col: number) => void;
  onCellDoubleClick: (row: number, col: number) => void;
}

/** The cells of one sheet as a table, with merges, widths, fills and conditional-format colours. */
export function SheetTable({
  sheet,
  selected,
  editor,
  onCellMouseDown,
  onCellDoubleClick,
}: SheetTableProps): JSX.Element {
  const covered = useMemo(() => {
    const set = new Set<string>();
    for (const m of sheet.merges) {
      for (let r = m.row; r < m.row + m.rows; r++)
        for (let c = m.col; c < m.col + m.cols; c++) set.add(`${r},${c}`);
      set.delete(`${m.row},${m.col}`);
    }
    return set;
  }, [sheet]);
  const mergeAt = useMemo(() => new Map(sheet.merges.map((m) => [`${m.row},${m.col}`, m])), [sheet]);
  const rows = Array.from({ length: sheet.lastRow + 1 }, (_, r) => r);
  const cols = Array.from({ length: sheet.lastCol + 1 }, (_, c) => c);
  // A fixed table layout only applies with a set width; without it long text would widen its column.
  const width = cols.reduce((sum, c) => sum + (sheet.columnWidths.get(c) ?? DEFAULT_COL_PX), ROW_HEAD_PX);
  return (
    <table className={sheet.showGridlines ? 'sheet gridlines' : 'sheet'} style={{ width }}>
      <colgroup>
        <col style={{ width: ROW_HEAD_PX }} />
        {cols.map((c) => (
          <col key={c} style={{ width: sheet.columnWidths.get(c) ?? DEFAULT_COL_PX }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {cols.map((c) => (
            <th key={c} className={selected?.col === c ? 'col-head current' : 'col-head'}>
              {columnName(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r} style={{ height: sheet.rowHeights.get(r) ?? DEFAULT_ROW_PX }}>
            <th className={selected?.row === r ? 'row-head current' : 'row-head'}>{r + 1}</th>
            {cols.map((c) => {
              if (covered.has(`${r},${c}`)) return null;
              const cell = sheet.cell(r, c);
              const merge = mergeAt.get(`${r},${c}`);
              const isSelected = selected?.row === r && selected.col === c;
              return (
                <td
                  key={c}
                  rowSpan={merge?.rows}
                  colSpan={merge?.cols}
                  data-address={a1(r, c)}
                  data-cf={cell?.conditional ? '1' : undefined}
                  data-fill={cell?.fill ?? undefined}
                  data-locked={cell && !cell.locked ? 'false' : undefined}
                  aria-selected={isSelected}
                  className={isSelected ? 'cell selected' : 'cell'}
                  style={cellStyle(cell)}
                  title={cell?.input || undefined}
                  onMouseDown={() => onCellMouseDown(r, c)}
                  onDoubleClick={() => onCellDoubleClick(r, c)}
                >
                  {isSelected && editor ? editor : cell?.display}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
