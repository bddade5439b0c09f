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
