/** "Sổ theo dõi": the submission register as a sheet (read back for the next merge). */
import { groupName } from '../../regime/load';
import type { Regime } from '../../regime/types';
import { wrappedRowHeight } from '../../sheet/row-height';
import type { CellSpec, RowSpec, SheetSpec } from '../../sheet/spec';
import { STATUS_LABELS } from '../labels';
import type { RegisterRow } from '../register';
import { formatVnTime } from '../time';
import { HEADER_ROW, REGISTER_COLUMNS as C, REGISTER_HEADERS, REGISTER_SHEET, TABLE_PRINT } from './layout';
import { headerRowHeight, STYLES } from './styles';

/** Narrow enough to print on A4 landscape at about two thirds of the size, problems wrapped. */
const WIDTHS = {
  index: 5,
  code: 16,
  agency: 26,
  group: 16,
  status: 12,
  file: 24,
  sha256: 22,
  receivedAt: 31,
  problems: 50,
};
/** Three lines of 9 pt: a 64-digit hash wrapped in its column. */
const HASH_HEIGHT = 36;

export function buildRegisterSheet(
  rows: readonly RegisterRow[],
  regime: Regime,
  year: number,
): { sheet: SheetSpec; lastRow: number } {
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: `Sổ theo dõi tiếp nhận phiếu tự đánh giá năm ${year}`, style: STYLES.note },
  ];
  for (const [key, col] of Object.entries(C))
    cells.push({
      row: HEADER_ROW,
      col,
      value: REGISTER_HEADERS[key as keyof typeof C],
      style: STYLES.header,
    });
  let row = HEADER_ROW;
  const heights: RowSpec[] = [{ row: HEADER_ROW, height: headerRowHeight(REGISTER_HEADERS, WIDTHS) }];
  rows.forEach((r, i) => {
    row++;
    const height = Math.max(
      wrappedRowHeight(r.problems.join('\n'), WIDTHS.problems, 13),
      wrappedRowHeight(r.agencyName, WIDTHS.agency, 13),
      wrappedRowHeight(groupName(regime, r.groupId), WIDTHS.group, 13),
      wrappedRowHeight(r.fileName, WIDTHS.file, 13),
      r.sha256 === '' ? 0 : HASH_HEIGHT,
    );
    if (height > 20) heights.push({ row, height });
    cells.push(
      { row, col: C.index, value: i + 1, style: STYLES.integer },
      { row, col: C.code, value: r.agencyCode, style: STYLES.text },
      { row, col: C.agency, value: r.agencyName, style: STYLES.text },
      { row, col: C.group, value: groupName(regime, r.groupId), style: STYLES.text },
      { row, col: C.status, value: STATUS_LABELS[r.status], style: STYLES.text },
      { row, col: C.file, value: r.fileName, style: STYLES.text },
      { row, col: C.sha256, value: r.sha256, style: STYLES.hash },
      {
        row,
        col: C.receivedAt,
        value: r.receivedAt === '' ? '' : formatVnTime(r.receivedAt),
        style: STYLES.text,
      },
      { row, col: C.problems, value: r.problems.join('\n'), style: STYLES.text },
    );
  });
  const sheet: SheetSpec = {
    name: REGISTER_SHEET,
    visibility: 'visible',
    columns: (Object.keys(C) as (keyof typeof C)[]).map((key) => ({ col: C[key], width: WIDTHS[key] })),
    rows: heights,
    cells,
    merges: [],
    validations: [],
    conditionalFormats: [],
    protection: null,
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: TABLE_PRINT,
    showGridLines: true,
  };
  return { sheet, lastRow: row };
}
