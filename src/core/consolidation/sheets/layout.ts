/**
 * Where the consolidation workbook keeps its data. The defined names are the contract the merge
 * reads back (through the same reader as returned forms); columns are relative to each name's range.
 */
import { PAGE_NUMBER_FOOTER } from '../../sheet/page-footer';
import type { PrintSpec } from '../../sheet/spec';

export const DATA_SHEET = 'Dữ liệu';
export const REGISTER_SHEET = 'Sổ theo dõi';
export const AUDIT_SHEET = 'Nhật ký';

export const DATA_NAME = 'XHCNTT_DU_LIEU';
export const REGISTER_NAME = 'XHCNTT_SO_THEO_DOI';
export const AUDIT_NAME = 'XHCNTT_NHAT_KY';
/** Ranking table `n` (header row and agencies), e.g. `XHCNTT_BANG_1`, for scripts and Power Query. */
export function tableName(tableNumber: number): string {
  return `XHCNTT_BANG_${tableNumber}`;
}

/** Header row of the data, register and audit tables; data follow it. */
export const HEADER_ROW = 4;

/** How the data, register and audit tables print: landscape A4, one page wide, the header row on every page. */
export const TABLE_PRINT: PrintSpec = {
  footerCenter: PAGE_NUMBER_FOOTER,
  orientation: 'landscape',
  paper: 'A4',
  fitToWidth: true,
  titleRows: { first: HEADER_ROW, last: HEADER_ROW },
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
};

export const DATA_COLUMNS = {
  code: 1,
  agency: 2,
  group: 3,
  criterion: 4,
  sub: 5,
  title: 6,
  cap: 7,
  self: 8,
  evidence: 9,
  appraised: 10,
  reason: 11,
  effective: 12,
} as const;

export const DATA_HEADERS: Record<keyof typeof DATA_COLUMNS, string> = {
  code: 'Mã đơn vị',
  agency: 'Tên cơ quan, đơn vị',
  group: 'Nhóm',
  criterion: 'Tiêu chí',
  sub: 'Mã tiêu chí thành phần',
  title: 'Nội dung tiêu chí thành phần',
  cap: 'Điểm tối đa',
  self: 'Điểm tự chấm',
  evidence: 'Minh chứng',
  appraised: 'Điểm thẩm định',
  reason: 'Lý do điều chỉnh',
  effective: 'Điểm tính xếp hạng',
};

export const REGISTER_COLUMNS = {
  index: 1,
  code: 2,
  agency: 3,
  group: 4,
  status: 5,
  file: 6,
  sha256: 7,
  receivedAt: 8,
  problems: 9,
} as const;

export const REGISTER_HEADERS: Record<keyof typeof REGISTER_COLUMNS, string> = {
  index: 'STT',
  code: 'Mã đơn vị',
  agency: 'Tên cơ quan, đơn vị',
  group: 'Nhóm',
  status: 'Trạng thái',
  file: 'Tệp',
  sha256: 'Mã băm SHA-256',
  receivedAt: 'Thời điểm nhận',
  problems: 'Vấn đề',
};

export const AUDIT_COLUMNS = {
  at: 1,
  kind: 2,
  code: 3,
  sub: 4,
  oldValue: 5,
  newValue: 6,
  file: 7,
  note: 8,
} as const;

export const AUDIT_HEADERS: Record<keyof typeof AUDIT_COLUMNS, string> = {
  at: 'Thời điểm',
  kind: 'Sự kiện',
  code: 'Mã đơn vị',
  sub: 'Tiêu chí',
  oldValue: 'Giá trị cũ',
  newValue: 'Giá trị mới',
  file: 'Tệp',
  note: 'Nội dung',
};

/** Ranking tables: title in row 1, header in row 3, agencies from row 4. */
export const TABLE_TITLE_ROW = 1;
export const TABLE_HEADER_ROW = 3;
export const TABLE_FIRST_ROW = 4;
