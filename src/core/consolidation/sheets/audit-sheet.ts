/** "Nhật ký": every merge and every change of a self-score or appraised score, oldest first. */
import { wrappedRowHeight } from '../../sheet/row-height';
import type { CellSpec, RowSpec, SheetSpec } from '../../sheet/spec';
import { AUDIT_LABELS } from '../labels';
import type { AuditEntry } from '../state';
import { formatVnTime } from '../time';
import { AUDIT_COLUMNS as C, AUDIT_HEADERS, AUDIT_SHEET, HEADER_ROW, TABLE_PRINT } from './layout';
import { headerRowHeight, STYLES } from './styles';

/** A time such as “28/11/2026 22:22:08 +07:00” stays on one line at 13 pt. */
/** Narrow enough, notes wrapped, to print on A4 landscape at about three quarters of the size. */
const WIDTHS = { at: 31, kind: 16, code: 16, sub: 7, oldValue: 10, newValue: 10, file: 24, note: 60 };

export function buildAuditSheet(
  entries: readonly AuditEntry[],
  year: number,
): { sheet: SheetSpec; lastRow: number } {
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: `Nhật ký tổng hợp và thẩm định năm ${year}`, style: STYLES.note },
  ];
  for (const [key, col] of Object.entries(C))
    cells.push({ row: HEADER_ROW, col, value: AUDIT_HEADERS[key as keyof typeof C], style: STYLES.header });
  let row = HEADER_ROW;
  // Long file names and notes wrap; without a set height Excel shows them overlapping the next row.
  const heights: RowSpec[] = [{ row: HEADER_ROW, height: headerRowHeight(AUDIT_HEADERS, WIDTHS) }];
  for (const e of entries) {
    row++;
    const height = Math.max(
      wrappedRowHeight(e.fileName, WIDTHS.file, 13),
      wrappedRowHeight(e.note, WIDTHS.note, 13),
      wrappedRowHeight(AUDIT_LABELS[e.kind], WIDTHS.kind, 13),
    );
    if (height > 20) heights.push({ row, height });
    cells.push(
      { row, col: C.at, value: formatVnTime(e.at), style: STYLES.text },
      { row, col: C.kind, value: AUDIT_LABELS[e.kind], style: STYLES.text },
      { row, col: C.code, value: e.agencyCode, style: STYLES.text },
      { row, col: C.sub, value: e.subCode, style: STYLES.textCenter },
      { row, col: C.oldValue, value: e.oldValue, style: STYLES.points },
      { row, col: C.newValue, value: e.newValue, style: STYLES.points },
      { row, col: C.file, value: e.fileName, style: STYLES.text },
      { row, col: C.note, value: e.note, style: STYLES.text },
    );
  }
  const sheet: SheetSpec = {
    name: AUDIT_SHEET,
    visibility: 'visible',
    columns: (Object.keys(C) as (keyof typeof C)[]).map((key) => ({ col: C[key], width: WIDTHS[key] })),
    rows: heights,
    cells,
    merges: [],
    validations: [],
    conditionalFormats: [],
    // The log is a record: protected (no password) so it is not edited by accident.
    protection: { password: '', allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true },
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: TABLE_PRINT,
    showGridLines: true,
  };
  return { sheet, lastRow: row };
}
