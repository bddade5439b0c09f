/**
 * The Vietnamese wording of template-file problems, part of the one wording record of messages.ts (kept
 * apart only for length). Each text follows the item the problem concerns (`where.item`), or stands alone.
 */
import { vnDecimal } from '../numbers/decimal-text';
import { formatPoints } from '../numbers/hundredths';
import { FIGURE_TYPE_LABELS } from '../template/figure-types';
import type { RulePoints, SchemaRule, TemplateParams } from './params';
import { groupText, type Where } from './where';

export type TemplateWording = {
  [C in keyof TemplateParams]: (params: TemplateParams[C], where: Where) => string;
};

/** Codes whose text goes on from the item as one sentence (“Tiêu chí 2 (nhóm “…”) xuất hiện hơn một lần.”). */
export const TEMPLATE_CONTINUES: readonly (keyof TemplateParams)[] = [
  'group-duplicate',
  'criterion-duplicate',
  'criterion-extra',
  'no-subcriteria',
  'figure-unused',
  'template-file-too-large',
  'template-file-empty',
  'template-file-not-json',
];

const num = vnDecimal;

const TYPE_NAMES: Record<string, string> = {
  number: 'một số',
  integer: 'một số nguyên',
  string: 'một chuỗi văn bản',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một đối tượng',
};

const DATE_LABEL = { dataAsOf: 'Ngày chốt số liệu', returnBy: 'Hạn gửi phiếu' } as const;

/** A figure type in words; the file's own word when it is not a known type. */
function typeLabel(type: string): string {
  return (FIGURE_TYPE_LABELS as Record<string, string | undefined>)[type] ?? type;
}

function quoted(values: readonly string[], joint = ', '): string {
  return values.map((v) => `“${v}”`).join(joint);
}

function schemaText(p: SchemaRule): string {
  const field = p.field === null ? 'giá trị' : `trường “${p.field}”`;
  switch (p.rule) {
    case 'required':
      return `thiếu trường “${p.field}”.`;
    case 'unknown-field':
      return `trường “${p.field}” không thuộc định dạng mẫu phiếu (sai chính tả?).`;
    case 'type':
      return `${field} phải là ${TYPE_NAMES[p.type] ?? p.type}.`;
    case 'minimum':
      return `${field} phải lớn hơn hoặc bằng ${String(p.limit)}.`;
    case 'min-items':
      return `${field} phải có ít nhất ${String(p.limit)} phần tử.`;
    case 'enum':
      return `${field} phải là một trong các giá trị ${quoted(p.allowed)}.`;
    case 'min-length':
      return `${field} không được để trống.`;
    case 'other':
      return `${field} không hợp lệ (${p.detail}).`;
  }
}

/** Which points of a rule: `điểm của bậc thứ 2`. */
function pointsText(p: RulePoints): string {
  switch (p.of) {
    case 'partial':
      return 'điểm “Một phần”';
    case 'per-unit':
      return 'điểm mỗi đơn vị';
    case 'tier':
      return `điểm của bậc thứ ${p.tier}`;
    case 'option':
      return `điểm của lựa chọn “${p.option}”`;
  }
}

const fieldMissing = (p: { field: string; kind: string }): string =>
  `thiếu trường “${p.field}” (bắt buộc với loại “${p.kind}”).`;
const fieldExtra = (p: { field: string; kind: string }): string =>
  `trường “${p.field}” không dùng cho loại “${p.kind}”.`;
const figureUnknown = (p: { key: string; field: string }): string =>
  `số liệu “${p.key}” (trường “${p.field}”) chưa được khai báo trong “figures” của nhóm.`;
const minOverMax = (p: { min: number; max: number }): string =>
  `giới hạn dưới ${num(p.min)} lớn hơn giới hạn trên ${num(p.max)}.`;

export const TEMPLATE_WORDING: TemplateWording = {
  schema: schemaText,
  'template-regime-mismatch': (p) =>
    `Mẫu phiếu viết cho bộ tiêu chí “${p.found}”, không phải “${p.expected}” (${p.legalBasis}).`,
  'year-range': (p) => `Năm ${p.year} nằm ngoài khoảng cho phép (${p.min}–${p.max}).`,
  'date-invalid': (p) =>
    `${DATE_LABEL[p.field]} “${p.text}” không phải ngày hợp lệ dạng YYYY-MM-DD (ví dụ 2026-10-31).`,
  'date-order': (p) => `Hạn gửi phiếu (${p.returnBy}) sớm hơn ngày chốt số liệu (${p.dataAsOf}).`,
  'format-version': () =>
    'Mẫu phiếu có số liệu, cách tính điểm hoặc kiểm tra lôgic (định dạng 2) nên phải ghi "formatVersion": 2.',
  'group-duplicate': () => 'xuất hiện hơn một lần.',
  'group-missing': (p) => `Thiếu nhóm “${p.name}” (mã nhóm “${p.groupId}”).`,
  'criterion-duplicate': () => 'xuất hiện hơn một lần.',
  'criterion-extra': (p) => `không có trong quy định: nhóm này chỉ có ${p.count} tiêu chí.`,
  'criterion-cap': (p) => `điểm tối đa ${num(p.cap)} khác quy định (${formatPoints(p.expectedHundredths)}).`,
  'criterion-title': (p) => `tên “${p.title}” khác tên trong quy định “${p.expected}”.`,
  'criterion-missing': (p) => `Thiếu tiêu chí ${p.number} “${p.title}” (${groupText(p.group)}).`,
  'no-subcriteria': () => 'chưa có tiêu chí thành phần nào.',
  'cap-sum': (p) => {
    const gap = formatPoints(Math.abs(p.sumHundredths - p.capHundredths));
    return `tổng điểm tối đa các tiêu chí thành phần là ${formatPoints(p.sumHundredths)}, phải bằng đúng ${formatPoints(p.capHundredths)} (${p.sumHundredths > p.capHundredths ? 'thừa' : 'thiếu'} ${gap}).`;
  },
  'code-malformed': (p) =>
    `mã “${p.code}” không đúng dạng <tiêu chí>.<số thứ tự>, ví dụ “${p.criterion}.${p.index}”.`,
  'code-prefix': (p) =>
    `mã “${p.code}” phải bắt đầu bằng “${p.criterion}.” vì thuộc tiêu chí ${p.criterion}.`,
  'duplicate-code': (p) =>
    `mã “${p.code}” bị trùng (đã dùng ở tiêu chí thành phần thứ ${p.first.index} của tiêu chí ${p.first.criterion}).`,
  'title-empty': () => 'tên tiêu chí thành phần đang để trống.',
  'cap-not-positive': (p) => `điểm tối đa phải lớn hơn 0 (đang là ${num(p.cap)}).`,
  'cap-decimals': (p) => `điểm tối đa ${num(p.cap)} có quá 2 chữ số thập phân.`,

  // format 2: figures, scoring rules, logic checks
  'figure-key-malformed': () =>
    'mã số liệu chỉ gồm chữ thường không dấu, chữ số và “_”, bắt đầu bằng chữ, tối đa 40 ký tự (ví dụ “so_may_tinh”).',
  'figure-duplicate': () => 'mã số liệu bị trùng.',
  'figure-label-empty': () => 'tên số liệu đang để trống.',
  'figure-options': (p) => {
    switch (p.issue) {
      case 'missing':
        return 'số liệu loại “chọn một trong danh sách” phải có danh sách “options”.';
      case 'blank':
        return 'có lựa chọn để trống.';
      case 'not-choice':
        return 'chỉ số liệu loại “chọn một trong danh sách” mới có “options”.';
      case 'comma':
        return `lựa chọn “${p.option}” không được chứa dấu phẩy (danh sách thả xuống của Excel tách theo dấu phẩy).`;
      case 'duplicate':
        return `lựa chọn “${p.option}” bị trùng.`;
      case 'too-long':
        return `danh sách lựa chọn dài ${p.length} ký tự, Excel chỉ cho tối đa ${p.max}; hãy rút gọn các lựa chọn.`;
    }
  },
  'figure-partly': () => '“partly” chỉ dùng cho số liệu loại có/không.',
  'figure-bounds': (p) => {
    switch (p.issue) {
      case 'not-numeric':
        return `giới hạn “min”/“max” chỉ dùng cho số liệu dạng số, không dùng cho loại “${typeLabel(p.type)}”.`;
      case 'not-whole':
        return `giới hạn “${p.field}” = ${num(p.value)} phải là số nguyên không âm.`;
      case 'not-percent':
        return `giới hạn “${p.field}” = ${num(p.value)} phải nằm trong 0–100.`;
      case 'decimals':
        return `giới hạn “${p.field}” = ${num(p.value)} có quá 2 chữ số thập phân.`;
      case 'min-over-max':
        return minOverMax(p);
    }
  },
  'figure-unused': () => 'không được tiêu chí thành phần hay phép kiểm tra nào dùng.',
  'rule-field-missing': fieldMissing,
  'rule-field-extra': fieldExtra,
  'rule-figure-unknown': figureUnknown,
  'rule-figure-type': (p) =>
    `cách tính “${p.kind}” cần số liệu loại ${quoted(p.allowed.map(typeLabel), ' hoặc ')}, nhưng “${p.key}” là loại “${typeLabel(p.type)}”.`,
  'rule-partial': (p) =>
    `có điểm “Một phần” nhưng số liệu “${p.figure}” không cho chọn “Một phần” (thêm "partly": true).`,
  'rule-points': (p) => {
    switch (p.issue) {
      case 'negative':
        return `${pointsText(p.points)} ${num(p.value)} là số âm.`;
      case 'decimals':
        return `${pointsText(p.points)} ${num(p.value)} có quá 2 chữ số thập phân.`;
      case 'zero':
        return `${pointsText(p.points)} phải lớn hơn 0.`;
    }
  },
  'rule-points-over-cap': (p) =>
    `${pointsText(p.points)} ${num(p.value)} vượt điểm tối đa ${num(p.capHundredths / 100)} của tiêu chí thành phần.`,
  'ratio-thresholds': (p) =>
    p.issue === 'range'
      ? `ngưỡng “${p.field}” = ${num(p.value)} phải là tỷ lệ phần trăm từ 0 đến 100, tối đa 2 chữ số thập phân.`
      : `ngưỡng không tính điểm (${num(p.zeroBelow)} %) phải nhỏ hơn ngưỡng đạt điểm tối đa (${num(p.fullFrom)} %).`,
  'ratio-same-figure': () => 'tử số và mẫu số là cùng một số liệu.',
  'tiers-threshold': (p) => `ngưỡng ${num(p.value)} của bậc thứ ${p.tier} có quá 2 chữ số thập phân.`,
  'tiers-order': (p) =>
    `các ngưỡng phải tăng dần; ngưỡng ${num(p.value)} của bậc thứ ${p.tier} không lớn hơn ngưỡng trước (${num(p.previous)}).`,
  'choice-option-duplicate': (p) => `lựa chọn “${p.option}” được cho điểm hai lần.`,
  'choice-option-unknown': (p) =>
    `lựa chọn “${p.option}” không có trong danh sách của số liệu “${p.figure}”.`,
  'check-field-missing': fieldMissing,
  'check-field-extra': fieldExtra,
  'check-message-empty': () => 'thông báo đang để trống.',
  'check-figure-unknown': figureUnknown,
  'check-figure-type': (p) =>
    `phép kiểm tra “${p.kind}” cần số liệu dạng số, nhưng “${p.key}” là loại “${typeLabel(p.type)}”.`,
  'check-bounds': (p) => (p.issue === 'none' ? 'cần ít nhất một giới hạn “min” hoặc “max”.' : minOverMax(p)),

  // a template file the pane reads
  'template-file-too-large': (p) => `quá lớn để là tệp mẫu phiếu (${Math.round(p.bytes / 1024)} KB).`,
  'template-file-empty': () => 'trống.',
  'template-file-not-json': (p) => `không phải JSON hợp lệ: ${p.detail}`,
};
