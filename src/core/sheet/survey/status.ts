/**
 * The words the form's "Tình trạng" column shows for one sub-criterion, in the order the
 * formula checks them (the first that applies is shown).
 */
export const STATUS = {
  blank: 'Chưa nhập',
  notNumber: 'Không phải số',
  negative: 'Điểm âm',
  overCap: 'Vượt điểm tối đa',
  tooManyDecimals: 'Quá 2 chữ số thập phân',
  evidenceMissing: 'Thiếu minh chứng',
  ok: 'Hợp lệ',
} as const;

export type StatusWord = (typeof STATUS)[keyof typeof STATUS];

/** Status of one figure (số liệu), checked in this order by its formula and by the core's `readFigure`. */
export const FIGURE_STATUS = {
  blank: 'Chưa nhập',
  notNumber: 'Không phải số',
  notWhole: 'Phải là số nguyên',
  outOfBounds: 'Ngoài giới hạn',
  tooManyDecimals: 'Quá 2 chữ số thập phân',
  notInList: 'Không có trong danh sách',
  ok: 'Hợp lệ',
} as const;

/** Status of a computed sub-criterion's row besides the usual ones. */
export const COMPUTED_STATUS = {
  figuresInvalid: 'Số liệu chưa hợp lệ',
  zeroDenominator: 'Mẫu số bằng 0',
} as const;

/** Status of one logic check; a failed warning reads softer than a failed error. */
export const CHECK_STATUS = {
  pass: 'Đạt',
  failError: 'Không đạt',
  failWarning: 'Cần xem lại',
  incomplete: 'Chưa đủ số liệu',
} as const;
