/** "Nhật ký": every merge and every change of a self-score or appraised score, oldest first. */
import type { CellSpec, SheetSpec } from '../../sheet/spec';
import { AUDIT_LABELS } from '../labels';
import type { AuditEntry } from '../state';
import { formatVnTime } from '../time';
import { AUDIT_COLUMNS as C, AUDIT_HEADERS, AUDIT_SHEET, HEADER_ROW } from './layout';
import { STYLES } from './styles';

export function buildAuditSheet(entries: readonly AuditEntry[], year: number): { sheet: SheetSpec; lastRow: number } {
  const cells: CellSpec[] = [{ row: 1, col: 1, value: `Nhật ký tổng hợp và thẩm định năm ${year}`, style: STYLES.note }];
  for (const [key, col] of Object.entries(C)) cells.push({ row: HEADER_ROW, col, value: AUDIT_HEADERS[key as keyof typeof C], style: STYLES.header });
  let row = HEADER_ROW;
  for (const e of entries) {
    row++;
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
    columns: [
      { col: C.at, width: 26 },
      { col: C.kind, width: 20 },
      { col: C.code, width: 28 },
      { col: C.sub, width: 9 },
      { col: C.oldValue, width: 11 },
      { col: C.newValue, width: 11 },
      { col: C.file, width: 30 },
      { col: C.note, width: 90 },
    ],
    rows: [],
    cells,
    merges: [],
    validations: [],
    conditionalFormats: [],
    // The log is a record: protected (no password) so it is not edited by accident.
    protection: { password: '', allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true },
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, titleRows: { first: HEADER_ROW, last: HEADER_ROW }, margins: { top: 20, bottom: 20, left: 30, right: 15 } },
    showGridLines: true,
  };
  return { sheet, lastRow: row };
}
