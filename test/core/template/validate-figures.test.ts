/** Value rules of format 2 (validate-figures.ts): each mistake named, at its JSON path and field, in Vietnamese. */
import { builtInRegime } from '../../../src/core/regime/load';
import { parseTemplate } from '../../../src/core/template/load';
import { format2Json } from '../../support/format2-template';

type Json = ReturnType<typeof format2Json>;
type Obj = Record<string, unknown>;

const G = '(nhóm “Sở, ban, ngành cấp tỉnh”)';
const so = (json: Json): Obj => json.groups.find((g) => g.groupId === 'so') as unknown as Obj;
const figures = (json: Json): Obj[] => so(json)['figures'] as Obj[];
const checks = (json: Json): Obj[] => so(json)['checks'] as Obj[];
const rule = (json: Json, code: string): Obj =>
  (
    json.groups
      .find((g) => g.groupId === 'so')
      ?.criteria.flatMap((c) => c.subCriteria)
      .find((s) => s.code === code) as unknown as Obj
  )['rule'] as Obj;
/** Each problem as "code path[/field]: message", the unused-figure ones left out unless asked. */
const seen = (json: unknown, withUnused = false): string[] => {
  const r = parseTemplate(json, builtInRegime);
  return (r.ok ? [] : r.problems)
    .filter((p) => withUnused || p.code !== 'figure-unused')
    .map((p) => `${p.code} ${p.where.path ?? ''}${p.where.field ? `/${p.where.field}` : ''}: ${p.message}`);
};

describe('figure declarations', () => {
  it('names bad bounds, options, partly, keys and duplicates of each figure, at its path and field', () => {
    const json = format2Json();
    figures(json).push(
      { key: 'a', label: 'A', type: 'integer', min: 1.5, max: -1 },
      { key: 'b', label: 'B', type: 'percent', min: -0.5, max: 100.001 },
      { key: 'c', label: 'C', type: 'percent', min: 100, max: 0 },
      { key: 'd', label: 'D', type: 'yesno', max: 3, options: ['x'], partly: true },
      { key: 'e', label: 'E', type: 'integer', partly: false, min: 0, max: 0 },
      { key: 'f', label: 'F', type: 'choice', options: ['', 'x,y', 'Có', ' có ', 5] },
      { key: 'g', label: 'G', type: 'yesno', min: 1 },
      { key: 'a', label: 'A2', type: 'yesno' },
      { key: 'Ab c', label: 'X', type: 'integer' },
      { key: 'h', label: 'H', type: 'integer', min: 0.5 },
      { key: 'k', label: 'K', type: 'percent', min: 0, max: 100 },
      { key: 'so_may_tinh_x', label: 'L', type: 'decimal', min: 2.5, max: 2.5 },
    );
    const f = 'groups.so.figures';
    expect(seen(json)).toEqual([
      `schema ${f}[14].options.4/4: Số liệu “f” ${G}: trường “4” phải là một chuỗi văn bản.`,
      `figure-bounds ${f}[9]/min: Số liệu “a” ${G}: giới hạn “min” = 1,5 phải là số nguyên không âm.`,
      `figure-bounds ${f}[9]/max: Số liệu “a” ${G}: giới hạn “max” = -1 phải là số nguyên không âm.`,
      `figure-bounds ${f}[9]: Số liệu “a” ${G}: giới hạn dưới 1,5 lớn hơn giới hạn trên -1.`,
      `figure-bounds ${f}[10]/min: Số liệu “b” ${G}: giới hạn “min” = -0,5 phải nằm trong 0–100.`,
      `figure-bounds ${f}[10]/max: Số liệu “b” ${G}: giới hạn “max” = 100,001 phải nằm trong 0–100.`,
      `figure-bounds ${f}[10]/max: Số liệu “b” ${G}: giới hạn “max” = 100,001 có quá 2 chữ số thập phân.`,
      `figure-bounds ${f}[11]: Số liệu “c” ${G}: giới hạn dưới 100 lớn hơn giới hạn trên 0.`,
      `figure-options ${f}[12]: Số liệu “d” ${G}: chỉ số liệu loại “chọn một trong danh sách” mới có “options”.`,
      `figure-bounds ${f}[12]: Số liệu “d” ${G}: giới hạn “min”/“max” chỉ dùng cho số liệu dạng số, không dùng cho loại “có/không”.`,
      `figure-partly ${f}[13]: Số liệu “e” ${G}: “partly” chỉ dùng cho số liệu loại có/không.`,
      `figure-options ${f}[14]: Số liệu “f” ${G}: có lựa chọn để trống.`,
      `figure-options ${f}[14]: Số liệu “f” ${G}: lựa chọn “x,y” không được chứa dấu phẩy (danh sách thả xuống của Excel tách theo dấu phẩy).`,
      `figure-options ${f}[14]: Số liệu “f” ${G}: lựa chọn “có” bị trùng.`,
      `figure-bounds ${f}[15]: Số liệu “g” ${G}: giới hạn “min”/“max” chỉ dùng cho số liệu dạng số, không dùng cho loại “có/không”.`,
      `figure-duplicate ${f}[16]: Số liệu “a” ${G}: mã số liệu bị trùng.`,
      `figure-key-malformed ${f}[17]: Số liệu “Ab c” ${G}: mã số liệu chỉ gồm chữ thường không dấu, chữ số và “_”, bắt đầu bằng chữ, tối đa 40 ký tự (ví dụ “so_may_tinh”).`,
      `figure-bounds ${f}[18]/min: Số liệu “h” ${G}: giới hạn “min” = 0,5 phải là số nguyên không âm.`,
    ]);
  });
});

describe('scoring rules', () => {
  it('names thresholds out of range, the same figure twice, a zero per-unit, equal tiers and a twice-scored option', () => {
    const json = format2Json();
    Object.assign(rule(json, '1.1'), { fullFrom: 100, zeroBelow: -1 });
    Object.assign(rule(json, '1.2'), { fullFrom: 100.5, zeroBelow: 0.125, numerator: 'so_may_tinh' });
    rule(json, '1.5')['perUnit'] = 0;
    rule(json, '1.4')['tiers'] = [
      { from: 50, points: 0.5 },
      { from: 50, points: 0.75 },
      { from: 90.001, points: 1 },
    ];
    rule(json, '1.6')['options'] = [
      { option: 'Toàn trình', points: 1 },
      { option: ' toàn trình ', points: 0.5 },
    ];
    const s = 'groups.so.criteria[0].subCriteria';
    expect(seen(json)).toEqual([
      `ratio-thresholds ${s}[0].rule/zeroBelow: Tiêu chí thành phần 1.1 ${G}: ngưỡng “zeroBelow” = -1 phải là tỷ lệ phần trăm từ 0 đến 100, tối đa 2 chữ số thập phân.`,
      `ratio-thresholds ${s}[1].rule/fullFrom: Tiêu chí thành phần 1.2 ${G}: ngưỡng “fullFrom” = 100,5 phải là tỷ lệ phần trăm từ 0 đến 100, tối đa 2 chữ số thập phân.`,
      `ratio-thresholds ${s}[1].rule/zeroBelow: Tiêu chí thành phần 1.2 ${G}: ngưỡng “zeroBelow” = 0,125 phải là tỷ lệ phần trăm từ 0 đến 100, tối đa 2 chữ số thập phân.`,
      `ratio-same-figure ${s}[1].rule: Tiêu chí thành phần 1.2 ${G}: tử số và mẫu số là cùng một số liệu.`,
      `tiers-order ${s}[3].rule: Tiêu chí thành phần 1.4 ${G}: các ngưỡng phải tăng dần; ngưỡng 50 của bậc thứ 2 không lớn hơn ngưỡng trước (50).`,
      `tiers-threshold ${s}[3].rule: Tiêu chí thành phần 1.4 ${G}: ngưỡng 90,001 của bậc thứ 3 có quá 2 chữ số thập phân.`,
      `rule-points ${s}[4].rule/perUnit: Tiêu chí thành phần 1.5 ${G}: điểm mỗi đơn vị phải lớn hơn 0.`,
      `choice-option-duplicate ${s}[5].rule: Tiêu chí thành phần 1.6 ${G}: lựa chọn “toàn trình” được cho điểm hai lần.`,
    ]);
  });

  it('refuses equal ratio thresholds, even at 0', () => {
    const json = format2Json();
    Object.assign(rule(json, '1.1'), { fullFrom: 0, zeroBelow: 0 });
    expect(seen(json)).toEqual([
      `ratio-thresholds groups.so.criteria[0].subCriteria[0].rule: Tiêu chí thành phần 1.1 ${G}: ngưỡng không tính điểm (0 %) phải nhỏ hơn ngưỡng đạt điểm tối đa (0 %).`,
    ]);
  });
});

describe('logic checks', () => {
  it('names an extra field, an empty message, a figure of the wrong type or unknown, and bounds out of order', () => {
    const json = format2Json();
    checks(json).push(
      { kind: 'le', a: 'so_cbcc', b: 'ket_noi_tsl', c: 'muc_dich_vu', message: ' ', severity: 'error' },
      { kind: 'requiredWhen', a: 'ket_noi_tsl', b: 'khong_co', message: 'm', severity: 'error' },
      { kind: 'within', a: 'so_cbcc', min: 5, max: 4, message: 'm', severity: 'error' },
      { kind: 'within', a: 'so_cbcc', min: 4, max: 4, message: 'm', severity: 'error' },
    );
    expect(seen(json)).toEqual([
      `check-field-extra groups.so.checks[5]/c: Kiểm tra lôgic thứ 6 ${G}: trường “c” không dùng cho loại “le”.`,
      `check-message-empty groups.so.checks[5]: Kiểm tra lôgic thứ 6 ${G}: thông báo đang để trống.`,
      `check-figure-type groups.so.checks[5]/b: Kiểm tra lôgic thứ 6 ${G}: phép kiểm tra “le” cần số liệu dạng số, nhưng “ket_noi_tsl” là loại “có/không”.`,
      `check-figure-unknown groups.so.checks[6]/b: Kiểm tra lôgic thứ 7 ${G}: số liệu “khong_co” (trường “b”) chưa được khai báo trong “figures” của nhóm.`,
      `check-bounds groups.so.checks[7]: Kiểm tra lôgic thứ 8 ${G}: giới hạn dưới 5 lớn hơn giới hạn trên 4.`,
    ]);
  });
});

describe('format 2 is recognised', () => {
  const withoutVersion = (json: Json): Obj => {
    const j = json as unknown as Obj;
    delete j['formatVersion'];
    return j;
  };
  const FORMAT_VERSION =
    'format-version formatVersion: Mẫu phiếu có số liệu, cách tính điểm hoặc kiểm tra lôgic (định dạng 2) nên phải ghi "formatVersion": 2.';

  it('by checks alone, by a rule alone, and not by empty lists and manual rules', () => {
    const checksOnly = format2Json();
    so(checksOnly)['figures'] = [];
    for (const s of checksOnly.groups.flatMap((g) => g.criteria.flatMap((c) => c.subCriteria)))
      delete (s as unknown as Obj)['rule'];
    expect(seen(withoutVersion(checksOnly)).slice(0, 2)).toEqual([
      FORMAT_VERSION,
      `check-figure-unknown groups.so.checks[0]/a: Kiểm tra lôgic thứ 1 ${G}: số liệu “so_cb_co_may” (trường “a”) chưa được khai báo trong “figures” của nhóm.`,
    ]);

    const figuresOnly = format2Json();
    so(figuresOnly)['checks'] = [];
    for (const s of figuresOnly.groups.flatMap((g) => g.criteria.flatMap((c) => c.subCriteria)))
      delete (s as unknown as Obj)['rule'];
    expect(seen(withoutVersion(figuresOnly))).toEqual([FORMAT_VERSION]);

    const ruleOnly = format2Json();
    so(ruleOnly)['figures'] = [];
    so(ruleOnly)['checks'] = [];
    for (const code of ['1.1', '1.2', '1.4', '1.5', '1.6']) rule(ruleOnly, code)['kind'] = 'manual';
    for (const code of ['1.1', '1.2', '1.4', '1.5', '1.6']) {
      const r = rule(ruleOnly, code);
      for (const k of Object.keys(r)) if (k !== 'kind') delete r[k];
    }
    expect(seen(withoutVersion(ruleOnly))).toEqual([
      FORMAT_VERSION,
      `rule-figure-unknown groups.so.criteria[0].subCriteria[2].rule/figure: Tiêu chí thành phần 1.3 ${G}: số liệu “ket_noi_tsl” (trường “figure”) chưa được khai báo trong “figures” của nhóm.`,
    ]);

    rule(ruleOnly, '1.3')['kind'] = 'manual';
    delete rule(ruleOnly, '1.3')['figure'];
    delete rule(ruleOnly, '1.3')['partial'];
    expect(seen(ruleOnly)).toEqual([]);
    expect(seen(withoutVersion(ruleOnly))).toEqual([]);
  });
});

describe('figure declarations, edge cases', () => {
  it('names a key with a character after a valid start, skips a figure whose type is not text, and keeps 255 characters of options', () => {
    const json = format2Json();
    const options = ['a'.repeat(127), 'b'.repeat(127)]; // 127 + 1 comma + 127 = 255 characters
    figures(json).push(
      { key: 'so-may', label: 'A', type: 'integer' },
      { key: 'm', label: 'M', type: 5, min: 1 },
      { key: 'n', label: 'N', type: 'choice', options },
      { key: 'p', label: 'P', type: 'integer', min: 0.125 },
    );
    expect(seen(json)).toEqual([
      `schema groups.so.figures[10].type/type: Số liệu “m” ${G}: trường “type” phải là một trong các giá trị “integer”, “percent”, “decimal”, “yesno”, “choice”, “date”, “text”.`,
      `figure-key-malformed groups.so.figures[9]: Số liệu “so-may” ${G}: mã số liệu chỉ gồm chữ thường không dấu, chữ số và “_”, bắt đầu bằng chữ, tối đa 40 ký tự (ví dụ “so_may_tinh”).`,
      `figure-bounds groups.so.figures[12]/min: Số liệu “p” ${G}: giới hạn “min” = 0,125 phải là số nguyên không âm.`,
    ]);
  });

  it('names a missing rule field at that field, and two missing figures are not the same figure', () => {
    const json = format2Json();
    delete rule(json, '1.2')['denominator'];
    expect(seen(json)).toEqual([
      `rule-field-missing groups.so.criteria[0].subCriteria[1].rule/denominator: Tiêu chí thành phần 1.2 ${G}: thiếu trường “denominator” (bắt buộc với loại “ratio”).`,
    ]);
    delete rule(json, '1.2')['numerator'];
    expect(seen(json).map((p) => p.split(' ')[0])).toEqual(['rule-field-missing', 'rule-field-missing']);
  });
});

describe('figures as rules read them', () => {
  it('reads a figure declared twice as its first declaration', () => {
    const json = format2Json();
    figures(json).push({ key: 'so_cbcc', label: 'Lần hai', type: 'yesno' });
    expect(seen(json)).toEqual([
      `figure-duplicate groups.so.figures[9]: Số liệu “so_cbcc” ${G}: mã số liệu bị trùng.`,
    ]);
  });

  it('refuses a partial score for a yes/no figure that does not allow “partly”', () => {
    const json = format2Json();
    figures(json)[5] = { ...figures(json)[5], partly: false };
    expect(seen(json)).toEqual([
      `rule-partial groups.so.criteria[0].subCriteria[2].rule: Tiêu chí thành phần 1.3 ${G}: có điểm “Một phần” nhưng số liệu “ket_noi_tsl” không cho chọn “Một phần” (thêm "partly": true).`,
    ]);
  });

  it('names bad points at the field that holds them', () => {
    const json = format2Json();
    rule(json, '1.3')['partial'] = -1;
    rule(json, '1.5')['perUnit'] = 0.125;
    rule(json, '1.4')['tiers'] = [{ from: 50, points: 5 }];
    rule(json, '1.6')['options'] = [{ option: 'Toàn trình', points: 5 }];
    const s = 'groups.so.criteria[0].subCriteria';
    expect(seen(json)).toEqual([
      `rule-points ${s}[2].rule/partial: Tiêu chí thành phần 1.3 ${G}: điểm “Một phần” -1 là số âm.`,
      `rule-points-over-cap ${s}[3].rule/tiers: Tiêu chí thành phần 1.4 ${G}: điểm của bậc thứ 1 5 vượt điểm tối đa 1 của tiêu chí thành phần.`,
      `rule-points ${s}[4].rule/perUnit: Tiêu chí thành phần 1.5 ${G}: điểm mỗi đơn vị 0,125 có quá 2 chữ số thập phân.`,
      `rule-points-over-cap ${s}[5].rule/options: Tiêu chí thành phần 1.6 ${G}: điểm của lựa chọn “Toàn trình” 5 vượt điểm tối đa 1 của tiêu chí thành phần.`,
    ]);
  });
});

describe('figures a rule names', () => {
  it('names an unknown denominator and a figure of the wrong type at their field, and no partial problem for it', () => {
    const json = format2Json();
    rule(json, '1.2')['denominator'] = 'khong_co';
    rule(json, '1.3')['figure'] = 'so_cbcc';
    const s = 'groups.so.criteria[0].subCriteria';
    expect(seen(json, true)).toEqual([
      `rule-figure-unknown ${s}[1].rule/denominator: Tiêu chí thành phần 1.2 ${G}: số liệu “khong_co” (trường “denominator”) chưa được khai báo trong “figures” của nhóm.`,
      `rule-figure-type ${s}[2].rule/figure: Tiêu chí thành phần 1.3 ${G}: cách tính “yesno” cần số liệu loại “có/không”, nhưng “so_cbcc” là loại “số nguyên”.`,
      `figure-unused groups.so.figures[5]: Số liệu “ket_noi_tsl” ${G} không được tiêu chí thành phần hay phép kiểm tra nào dùng.`,
    ]);
  });
});

describe('rules checked by their own kind only', () => {
  it('checks tiers only of a tiers rule, options only of a choice rule, and option names only against a choice figure', () => {
    const json = format2Json();
    rule(json, '1.6')['tiers'] = [
      { from: 5, points: 0.5 },
      { from: 1, points: 0.5 },
    ];
    rule(json, '1.4')['options'] = [{ option: 'X', points: 5 }];
    delete rule(json, '1.4')['tiers'];
    const s = 'groups.so.criteria[0].subCriteria';
    expect(seen(json)).toEqual([
      `rule-field-missing ${s}[3].rule/tiers: Tiêu chí thành phần 1.4 ${G}: thiếu trường “tiers” (bắt buộc với loại “tiers”).`,
      `rule-field-extra ${s}[3].rule/options: Tiêu chí thành phần 1.4 ${G}: trường “options” không dùng cho loại “tiers”.`,
      `rule-field-extra ${s}[5].rule/tiers: Tiêu chí thành phần 1.6 ${G}: trường “tiers” không dùng cho loại “choice”.`,
    ]);
  });

  it('names an option the choice figure does not list, and nothing more when the figure is not a choice', () => {
    const unknown = format2Json();
    (rule(unknown, '1.6')['options'] as Obj[]).push({ option: 'Không có', points: 0 });
    expect(seen(unknown)).toEqual([
      `choice-option-unknown groups.so.criteria[0].subCriteria[5].rule: Tiêu chí thành phần 1.6 ${G}: lựa chọn “Không có” không có trong danh sách của số liệu “muc_dich_vu”.`,
    ]);
    const notChoice = format2Json();
    rule(notChoice, '1.6')['figure'] = 'so_cbcc';
    expect(seen(notChoice)).toEqual([
      `rule-figure-type groups.so.criteria[0].subCriteria[5].rule/figure: Tiêu chí thành phần 1.6 ${G}: cách tính “choice” cần số liệu loại “chọn một trong danh sách”, nhưng “so_cbcc” là loại “số nguyên”.`,
    ]);
  });

  it('leaves a check of unknown kind to the schema, and a group that is not an object does not make a file format 2', () => {
    const json = format2Json();
    checks(json).push({ kind: 'xyz', a: 'so_cbcc', message: 'm', severity: 'error' });
    expect(seen(json).map((p) => p.split(':')[0])).toEqual(['schema groups.so.checks[5].kind/kind']);
    const v1 = { ...format2Json(), formatVersion: undefined } as unknown as Obj;
    v1['groups'] = [...(v1['groups'] as Obj[]).filter((g) => g['groupId'] !== 'so'), 'nhóm'];
    expect(seen(v1).some((p) => p.startsWith('format-version'))).toBe(false);
  });
});
