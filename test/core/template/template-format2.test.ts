/** Template format 2: figures, rules and logic checks load, round-trip, and every mistake is named in Vietnamese. */
import { builtInRegime } from '../../../src/core/regime/load';
import { CHECK_FIELDS, RULE_FIELDS, fieldNames } from '../../../src/core/template/figure-types';
import {
  builtInTemplate,
  parseTemplate,
  templateToJson,
  type TemplateProblem,
} from '../../../src/core/template/load';
import { format2Json, format2Template } from '../../support/format2-template';

type Json = ReturnType<typeof format2Json>;
type Obj = Record<string, unknown>;

const problemsOf = (json: unknown): TemplateProblem[] => {
  const r = parseTemplate(json, builtInRegime);
  return r.ok ? [] : r.problems;
};
const soGroup = (json: Json): Obj => json.groups.find((g) => g.groupId === 'so') as unknown as Obj;
const figures = (json: Json): Obj[] => soGroup(json)['figures'] as Obj[];
const checks = (json: Json): Obj[] => soGroup(json)['checks'] as Obj[];
const sub = (json: Json, code: string): Obj =>
  json.groups
    .find((g) => g.groupId === 'so')
    ?.criteria.flatMap((c) => c.subCriteria)
    .find((s) => s.code === code) as unknown as Obj;
const rule = (json: Json, code: string): Obj => sub(json, code)['rule'] as Obj;

describe('format 2 template', () => {
  it('loads figures, rules and checks and round-trips through its JSON form', () => {
    const t = format2Template();
    const so = t.groups.find((g) => g.groupId === 'so');
    expect(so?.figures?.map((f) => f.key)).toContain('so_cbcc');
    expect(so?.checks).toHaveLength(5);
    const first = so?.criteria[0]?.subCriteria[0];
    expect(first?.rule).toEqual({
      kind: 'ratio',
      numerator: 'so_cb_co_may',
      denominator: 'so_cbcc',
      fullFromHundredths: 9500,
      zeroBelowHundredths: 2000,
    });
    const again = parseTemplate(templateToJson(t), builtInRegime);
    expect(again.ok && again.template).toEqual(t);
  });

  it('leaves a format-1 file exactly as before: every sub-criterion manual, no format fields written back', () => {
    const t = builtInTemplate(2026, 1);
    expect(
      t.groups.flatMap((g) => g.criteria.flatMap((c) => c.subCriteria)).every((s) => s.rule === undefined),
    ).toBe(true);
    const json = JSON.stringify(templateToJson(t));
    for (const field of ['formatVersion', 'figures', 'checks', '"rule"']) expect(json).not.toContain(field);
  });

  it('requires "formatVersion": 2 when a file uses figures', () => {
    const json = format2Json() as unknown as Obj;
    delete json['formatVersion'];
    expect(problemsOf(json).map((p) => p.code)).toEqual(['format-version']);
  });

  it('names an unknown figure, a figure of the wrong type and an unused figure', () => {
    const json = format2Json();
    rule(json, '1.2')['numerator'] = 'so_may_ban';
    rule(json, '1.5')['figure'] = 'ty_le_luu_tru';
    checks(json).splice(4, 1); // the only other reader of so_cuoc_hop
    const problems = problemsOf(json);
    expect(problems.map((p) => p.code).sort()).toEqual([
      'figure-unused',
      'rule-figure-type',
      'rule-figure-unknown',
    ]);
    expect(problems.find((p) => p.code === 'rule-figure-unknown')?.message).toBe(
      'Tiêu chí thành phần 1.2 (nhóm “Sở, ban, ngành cấp tỉnh”): số liệu “so_may_ban” (trường “numerator”) chưa được khai báo trong “figures” của nhóm.',
    );
    expect(problems.find((p) => p.code === 'rule-figure-type')?.message).toContain(
      'cần số liệu loại “số nguyên”, nhưng “ty_le_luu_tru” là loại “tỷ lệ phần trăm”',
    );
    expect(problems.filter((p) => p.code === 'figure-unused').map((p) => p.message)).toEqual([
      'Số liệu “so_cuoc_hop” (nhóm “Sở, ban, ngành cấp tỉnh”) không được tiêu chí thành phần hay phép kiểm tra nào dùng.',
    ]);
  });

  it('names thresholds out of order and points above the cap', () => {
    const json = format2Json();
    rule(json, '1.4')['tiers'] = [
      { from: 70, points: 0.5 },
      { from: 50, points: 0.75 },
      { from: 90, points: 1.25 },
    ];
    rule(json, '1.3')['partial'] = 2;
    rule(json, '1.1')['zeroBelow'] = 96;
    (rule(json, '1.6')['options'] as Obj[]).push({ option: 'Không có', points: 0 });
    const problems = problemsOf(json);
    expect(problems.map((p) => p.code).sort()).toEqual([
      'choice-option-unknown',
      'ratio-thresholds',
      'rule-points-over-cap',
      'rule-points-over-cap',
      'tiers-order',
    ]);
    expect(problems.find((p) => p.code === 'tiers-order')?.message).toBe(
      'Tiêu chí thành phần 1.4 (nhóm “Sở, ban, ngành cấp tỉnh”): các ngưỡng phải tăng dần; ngưỡng 50 của bậc thứ 2 không lớn hơn ngưỡng trước (70).',
    );
    expect(problems.filter((p) => p.code === 'rule-points-over-cap').map((p) => p.message)).toEqual([
      'Tiêu chí thành phần 1.3 (nhóm “Sở, ban, ngành cấp tỉnh”): điểm “Một phần” 2 vượt điểm tối đa 1,5 của tiêu chí thành phần.',
      'Tiêu chí thành phần 1.4 (nhóm “Sở, ban, ngành cấp tỉnh”): điểm của bậc thứ 3 1,25 vượt điểm tối đa 1 của tiêu chí thành phần.',
    ]);
  });

  it('names a missing field, a field of another kind, a bad figure declaration and a bad check', () => {
    const json = format2Json();
    delete rule(json, '1.2')['denominator'];
    rule(json, '1.5')['tiers'] = [{ from: 1, points: 1 }];
    figures(json).push({ key: 'Số máy', label: ' ', type: 'choice' });
    checks(json).push({ kind: 'le', a: 'so_cbcc', b: 'muc_dich_vu', message: 'x', severity: 'error' });
    checks(json).push({ kind: 'within', a: 'so_cbcc', message: 'y', severity: 'warning' });
    const codes = problemsOf(json)
      .map((p) => p.code)
      .sort();
    expect(codes).toEqual([
      'check-bounds',
      'check-figure-type',
      'figure-key-malformed',
      'figure-label-empty',
      'figure-options',
      'figure-unused',
      'rule-field-extra',
      'rule-field-missing',
    ]);
  });

  it('refuses a list of options longer than Excel keeps in a drop-down', () => {
    const json = format2Json();
    const choice = figures(json).find((f) => f['key'] === 'muc_dich_vu');
    if (!choice) throw new Error('no choice figure');
    choice['options'] = [
      ...(choice['options'] as string[]),
      ...Array.from({ length: 12 }, (_, i) => `Mức cung cấp dịch vụ số ${i + 1}`),
    ];
    expect(problemsOf(json).map((p) => p.message)).toEqual([
      'Số liệu “muc_dich_vu” (nhóm “Sở, ban, ngành cấp tỉnh”): danh sách lựa chọn dài 348 ký tự, Excel chỉ cho tối đa 255; hãy rút gọn các lựa chọn.',
    ]);
  });

  it('words a schema error of a format-2 field in Vietnamese, with the allowed values', () => {
    const json = format2Json();
    rule(json, '1.1')['kind'] = 'percent';
    figures(json)[0] = { ...figures(json)[0], type: 'number' };
    const messages = problemsOf(json)
      .filter((p) => p.code === 'schema')
      .map((p) => p.message);
    expect(messages).toContain(
      'Tiêu chí thành phần 1.1 (nhóm “Sở, ban, ngành cấp tỉnh”): trường “kind” phải là một trong các giá trị “manual”, “yesno”, “ratio”, “tiers”, “count”, “choice”.',
    );
    expect(
      messages.some((m) =>
        m.startsWith('Số liệu “so_cbcc” (nhóm “Sở, ban, ngành cấp tỉnh”): trường “type” phải là một trong'),
      ),
    ).toBe(true);
  });

  it('has a JSON schema that accepts exactly the fields the kinds declare', () => {
    const ruleFields = new Set(Object.values(RULE_FIELDS).flatMap((f) => fieldNames(f).map((x) => x.name)));
    const checkFields = new Set(Object.values(CHECK_FIELDS).flatMap((f) => fieldNames(f).map((x) => x.name)));
    for (const field of ruleFields) {
      const json = format2Json();
      rule(json, '1.1')[field] = field.endsWith('s') ? [] : 'x';
      // Accepted by the schema: any complaint is about its value or kind, not an unknown field.
      expect(problemsOf(json).filter((p) => p.message.includes('không thuộc định dạng'))).toEqual([]);
    }
    for (const field of checkFields) {
      const json = format2Json();
      checks(json)[0] = { ...checks(json)[0], [field]: 'x' };
      expect(problemsOf(json).filter((p) => p.message.includes('không thuộc định dạng'))).toEqual([]);
    }
    const json = format2Json();
    rule(json, '1.1')['points'] = 1;
    expect(problemsOf(json).map((p) => p.message)).toEqual([
      'Tiêu chí thành phần 1.1 (nhóm “Sở, ban, ngành cấp tỉnh”): trường “points” không thuộc định dạng mẫu phiếu (sai chính tả?).',
    ]);
  });
});
