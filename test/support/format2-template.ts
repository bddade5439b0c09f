/**
 * A format-2 template for tests: the built-in 2026 template with criterion 1 of group "so" computed from
 * figures by one rule of each kind, and one logic check of each kind. Written here, not read from the code.
 */
import { builtInRegime } from '../../src/core/regime/load';
import { builtInTemplate, parseTemplate, templateToJson } from '../../src/core/template/load';
import type { SurveyTemplate } from '../../src/core/template/types';

export type TemplateJson = ReturnType<typeof templateToJson>;

/** Figures an agency could report for FORMAT2_FIGURES that pass every logic check. */
export const FORMAT2_VALID_FIGURES = {
  so_cbcc: 40,
  so_cb_co_may: 38,
  so_may_tinh: 120,
  so_may_lan: 90,
  so_may_khong_lan: 30,
  ket_noi_tsl: 'Có',
  ty_le_luu_tru: 91.5,
  so_cuoc_hop: 2,
  muc_dich_vu: 'Một phần',
};

export const FORMAT2_FIGURES = [
  { key: 'so_cbcc', label: 'Tổng số cán bộ, công chức, viên chức', type: 'integer', unit: 'người' },
  {
    key: 'so_cb_co_may',
    label: 'Số cán bộ, công chức, viên chức được trang bị máy tính',
    type: 'integer',
    unit: 'người',
  },
  { key: 'so_may_tinh', label: 'Số máy tính đang sử dụng', type: 'integer', unit: 'máy' },
  { key: 'so_may_lan', label: 'Số máy tính kết nối mạng LAN và Internet', type: 'integer', unit: 'máy' },
  { key: 'so_may_khong_lan', label: 'Số máy tính chưa kết nối mạng LAN', type: 'integer', unit: 'máy' },
  {
    key: 'ket_noi_tsl',
    label: 'Kết nối mạng truyền số liệu chuyên dùng',
    type: 'yesno',
    partly: true,
    evidenceRequired: true,
  },
  { key: 'ty_le_luu_tru', label: 'Tỷ lệ hồ sơ công việc được lưu trữ điện tử', type: 'percent', unit: '%' },
  { key: 'so_cuoc_hop', label: 'Số cuộc họp trực tuyến trong năm', type: 'integer', unit: 'cuộc', max: 1000 },
  {
    key: 'muc_dich_vu',
    label: 'Mức cung cấp dịch vụ công trực tuyến cao nhất',
    type: 'choice',
    options: ['Toàn trình', 'Một phần', 'Chưa cung cấp'],
  },
] as const;

export const FORMAT2_RULES: Record<string, unknown> = {
  '1.1': { kind: 'ratio', numerator: 'so_cb_co_may', denominator: 'so_cbcc', fullFrom: 95, zeroBelow: 20 },
  '1.2': { kind: 'ratio', numerator: 'so_may_lan', denominator: 'so_may_tinh' },
  '1.3': { kind: 'yesno', figure: 'ket_noi_tsl', partial: 0.75 },
  '1.4': {
    kind: 'tiers',
    figure: 'ty_le_luu_tru',
    tiers: [
      { from: 50, points: 0.5 },
      { from: 70, points: 0.75 },
      { from: 90, points: 1 },
    ],
  },
  '1.5': { kind: 'count', figure: 'so_cuoc_hop', perUnit: 0.25 },
  '1.6': {
    kind: 'choice',
    figure: 'muc_dich_vu',
    options: [
      { option: 'Toàn trình', points: 1 },
      { option: 'Một phần', points: 0.5 },
    ],
  },
};

export const FORMAT2_CHECKS = [
  {
    kind: 'le',
    a: 'so_cb_co_may',
    b: 'so_cbcc',
    message: 'Số cán bộ có máy tính không được lớn hơn tổng số cán bộ.',
    severity: 'error',
  },
  {
    kind: 'ge',
    a: 'so_may_tinh',
    b: 'so_may_lan',
    message: 'Số máy tính phải lớn hơn hoặc bằng số máy kết nối mạng.',
    severity: 'error',
  },
  {
    kind: 'sum',
    a: 'so_may_tinh',
    b: 'so_may_lan',
    c: 'so_may_khong_lan',
    message: 'Số máy tính phải bằng số máy kết nối mạng cộng số máy chưa kết nối.',
    severity: 'warning',
  },
  {
    kind: 'requiredWhen',
    a: 'so_cb_co_may',
    b: 'so_cbcc',
    message: 'Đã nhập tổng số cán bộ thì phải nhập số cán bộ có máy tính.',
    severity: 'warning',
  },
  {
    kind: 'within',
    a: 'so_cuoc_hop',
    max: 365,
    message: 'Số cuộc họp trực tuyến trong năm lớn bất thường (trên 365), đề nghị kiểm tra lại.',
    severity: 'warning',
  },
] as const;

/** The JSON file of the format-2 test template (a fresh copy each call, to mutate in tests). */
export function format2Json(): TemplateJson & { formatVersion: 2 } {
  const json = structuredClone(templateToJson(builtInTemplate(2026, 1))) as TemplateJson & {
    formatVersion: 2;
  };
  json.formatVersion = 2;
  const so = json.groups.find((g) => g.groupId === 'so') as unknown as Record<string, unknown> & {
    criteria: { subCriteria: unknown[] }[];
  };
  so['figures'] = structuredClone(FORMAT2_FIGURES) as unknown;
  so['checks'] = structuredClone(FORMAT2_CHECKS) as unknown;
  for (const sub of so.criteria.flatMap((c) => c.subCriteria) as unknown as Record<string, unknown>[]) {
    const rule = FORMAT2_RULES[String(sub['code'])];
    if (rule !== undefined) sub['rule'] = structuredClone(rule);
  }
  return json;
}

export function format2Template(): SurveyTemplate {
  const result = parseTemplate(format2Json(), builtInRegime);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.template;
}
