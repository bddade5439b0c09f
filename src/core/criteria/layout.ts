/**
 * Where everything sits in the criteria workbook (“Bộ tiêu chí”): sheet names, the rows of the general
 * information sheet and the columns of each table. Read by the builder and the parser alike, so the two
 * cannot drift apart. Rows and columns are 1-based; tables have a title in row 1 and headers in row 2.
 */

export const INFO_SHEET = 'Thông tin chung';
export const SUBS_SHEET = 'Tiêu chí thành phần';
export const FIGURES_SHEET = 'Số liệu';
export const CHECKS_SHEET = 'Kiểm tra lôgic';
export const REGIME_SHEET = 'Quy định';

export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
/** Empty rows with formulas and drop-downs left below the last entry, for rows the Sở adds. */
export const SPARE_ROWS = 150;

/** A column of a table: the JSON field it holds, its header and its width. */
export interface TableColumn {
  field: string;
  header: string;
  width: number;
}

/** The general information sheet: one labelled value per row, found by its label. */
export const INFO_ROWS = [
  { field: 'id', label: 'Mã bộ tiêu chí' },
  { field: 'regimeId', label: 'Quy định áp dụng' },
  { field: 'year', label: 'Năm đánh giá' },
  { field: 'version', label: 'Phiên bản' },
  { field: 'formatVersion', label: 'Định dạng mẫu' },
  { field: 'dataAsOf', label: 'Ngày chốt số liệu' },
  { field: 'returnBy', label: 'Hạn gửi phiếu' },
] as const;
export type InfoField = (typeof INFO_ROWS)[number]['field'];
export const INFO_LABEL_COL = 1;
export const INFO_VALUE_COL = 2;
export const INFO_NOTE_COL = 3;
export const INFO_FIRST_ROW = 3;

// Columns that several tables share, described once so their headers cannot drift apart.
const GROUP_COLUMN: TableColumn = { field: 'groupId', header: 'Nhóm', width: 22 };
const EVIDENCE_COLUMN: TableColumn = { field: 'evidenceRequired', header: 'Cần minh chứng', width: 10 };
const BOUND_COLUMNS: readonly TableColumn[] = [
  { field: 'min', header: 'Tối thiểu', width: 9 },
  { field: 'max', header: 'Tối đa', width: 9 },
];

export const SUB_COLUMNS: readonly TableColumn[] = [
  GROUP_COLUMN,
  { field: 'number', header: 'Tiêu chí', width: 8 },
  { field: 'code', header: 'Mã', width: 7 },
  { field: 'title', header: 'Tên tiêu chí thành phần', width: 45 },
  { field: 'cap', header: 'Điểm tối đa', width: 9 },
  { field: 'kind', header: 'Cách tính điểm', width: 15 },
  { field: 'figure', header: 'Số liệu (tử số nếu tính tỷ lệ)', width: 18 },
  { field: 'denominator', header: 'Mẫu số', width: 16 },
  { field: 'fullFrom', header: 'Đủ điểm từ (%)', width: 9 },
  { field: 'zeroBelow', header: 'Không điểm dưới (%)', width: 9 },
  { field: 'partial', header: 'Điểm “Một phần”', width: 9 },
  { field: 'perUnit', header: 'Điểm mỗi đơn vị', width: 9 },
  { field: 'tiers', header: 'Các bậc (mỗi dòng “từ: điểm”)', width: 18 },
  { field: 'options', header: 'Điểm theo lựa chọn (mỗi dòng “lựa chọn: điểm”)', width: 24 },
  { field: 'guidance', header: 'Hướng dẫn chấm', width: 40 },
  EVIDENCE_COLUMN,
  { field: 'runningSum', header: 'Cộng dồn điểm tối đa', width: 10 },
  { field: 'criterionCap', header: 'Điểm tối đa của tiêu chí (quy định)', width: 11 },
  { field: 'capStatus', header: 'Đối chiếu điểm tối đa', width: 14 },
];

export const FIGURE_COLUMNS: readonly TableColumn[] = [
  GROUP_COLUMN,
  { field: 'key', header: 'Mã số liệu', width: 18 },
  { field: 'label', header: 'Tên số liệu', width: 45 },
  { field: 'type', header: 'Loại', width: 14 },
  { field: 'unit', header: 'Đơn vị', width: 9 },
  ...BOUND_COLUMNS,
  { field: 'options', header: 'Các lựa chọn (mỗi dòng một lựa chọn)', width: 28 },
  { field: 'partly', header: 'Cho chọn “Một phần”', width: 10 },
  EVIDENCE_COLUMN,
];

export const CHECK_COLUMNS: readonly TableColumn[] = [
  GROUP_COLUMN,
  { field: 'kind', header: 'Phép kiểm tra', width: 16 },
  { field: 'a', header: 'Số liệu a', width: 18 },
  { field: 'b', header: 'Số liệu b', width: 18 },
  { field: 'c', header: 'Số liệu c', width: 18 },
  ...BOUND_COLUMNS,
  { field: 'message', header: 'Thông báo khi không đạt', width: 50 },
  { field: 'severity', header: 'Mức độ', width: 11 },
];

export const REGIME_COLUMNS: readonly TableColumn[] = [
  { field: 'groupId', header: 'Mã nhóm', width: 9 },
  { field: 'groupName', header: 'Tên nhóm', width: 30 },
  { field: 'number', header: 'Tiêu chí', width: 8 },
  { field: 'title', header: 'Tên tiêu chí', width: 50 },
  { field: 'cap', header: 'Điểm tối đa', width: 10 },
];

/** On the reference sheet, right of its table (a blank column between): each group's name once, from row 3. */
export const GROUP_LIST_COL = REGIME_COLUMNS.length + 2;

/** 1-based column of a field in a table (throws on a typo: the tables are constants). */
export function columnOf(columns: readonly TableColumn[], field: string): number {
  const i = columns.findIndex((c) => c.field === field);
  if (i < 0) throw new Error(`No column ${field}`);
  return i + 1;
}

/** The last column a person types into on the sub-criteria sheet (the rest are formulas). */
export const SUB_INPUT_COLUMNS = columnOf(SUB_COLUMNS, 'evidenceRequired');
