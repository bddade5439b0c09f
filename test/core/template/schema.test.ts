/**
 * The JSON schema of format 2 checks each field's type before any value rule: a wrong type is named in
 * Vietnamese, with the field and its JSON path, for every field of figures, rules and checks.
 */
import { builtInRegime } from '../../../src/core/regime/load';
import { parseTemplate } from '../../../src/core/template/load';
import { format2Json } from '../../support/format2-template';

type Json = ReturnType<typeof format2Json>;
type Obj = Record<string, unknown>;

const so = (json: Json): Obj => json.groups.find((g) => g.groupId === 'so') as unknown as Obj;
const figure = (json: Json, i: number): Obj => (so(json)['figures'] as Obj[])[i] as Obj;
const check = (json: Json, i: number): Obj => (so(json)['checks'] as Obj[])[i] as Obj;
const rule = (json: Json, code: string): Obj =>
  (
    json.groups
      .find((g) => g.groupId === 'so')
      ?.criteria.flatMap((c) => c.subCriteria)
      .find((s) => s.code === code) as unknown as Obj
  )['rule'] as Obj;

/** The schema's complaints about a changed copy of the format-2 test file, as “path: message”. */
function schemaLines(change: (json: Json) => void): string[] {
  const json = format2Json();
  change(json);
  const r = parseTemplate(json, builtInRegime);
  return r.ok
    ? []
    : r.problems.filter((p) => p.code === 'schema').map((p) => `${p.where.path}: ${p.message}`);
}

const G = '(nhóm “Sở, ban, ngành cấp tỉnh”)';
const F = 'groups.so.figures';
const C = 'groups.so.checks';
const S = 'groups.so.criteria[0].subCriteria';

const CASES: [string, (json: Json) => void, string[]][] = [
  [
    'figure key',
    (j) => (figure(j, 0)['key'] = 1),
    [`${F}[0].key: Số liệu thứ 1 ${G}: trường “key” phải là một chuỗi văn bản.`],
  ],
  [
    'figure label',
    (j) => (figure(j, 0)['label'] = 1),
    [`${F}[0].label: Số liệu “so_cbcc” ${G}: trường “label” phải là một chuỗi văn bản.`],
  ],
  [
    'figure unit',
    (j) => (figure(j, 0)['unit'] = 1),
    [`${F}[0].unit: Số liệu “so_cbcc” ${G}: trường “unit” phải là một chuỗi văn bản.`],
  ],
  [
    'figure min',
    (j) => (figure(j, 0)['min'] = '1'),
    [`${F}[0].min: Số liệu “so_cbcc” ${G}: trường “min” phải là một số.`],
  ],
  [
    'figure max',
    (j) => (figure(j, 0)['max'] = '1'),
    [`${F}[0].max: Số liệu “so_cbcc” ${G}: trường “max” phải là một số.`],
  ],
  [
    'figure partly',
    (j) => (figure(j, 5)['partly'] = 'Có'),
    [`${F}[5].partly: Số liệu “ket_noi_tsl” ${G}: trường “partly” phải là true hoặc false.`],
  ],
  [
    'figure evidenceRequired',
    (j) => (figure(j, 5)['evidenceRequired'] = 'Có'),
    [
      `${F}[5].evidenceRequired: Số liệu “ket_noi_tsl” ${G}: trường “evidenceRequired” phải là true hoặc false.`,
    ],
  ],
  [
    'rule figure',
    (j) => (rule(j, '1.3')['figure'] = 1),
    [`${S}[2].rule.figure: Tiêu chí thành phần 1.3 ${G}: trường “figure” phải là một chuỗi văn bản.`],
  ],
  [
    'rule numerator',
    (j) => (rule(j, '1.1')['numerator'] = 1),
    [`${S}[0].rule.numerator: Tiêu chí thành phần 1.1 ${G}: trường “numerator” phải là một chuỗi văn bản.`],
  ],
  [
    'rule denominator',
    (j) => (rule(j, '1.1')['denominator'] = 1),
    [
      `${S}[0].rule.denominator: Tiêu chí thành phần 1.1 ${G}: trường “denominator” phải là một chuỗi văn bản.`,
    ],
  ],
  [
    'rule partial',
    (j) => (rule(j, '1.3')['partial'] = '0,75'),
    [`${S}[2].rule.partial: Tiêu chí thành phần 1.3 ${G}: trường “partial” phải là một số.`],
  ],
  [
    'rule fullFrom',
    (j) => (rule(j, '1.1')['fullFrom'] = '95'),
    [`${S}[0].rule.fullFrom: Tiêu chí thành phần 1.1 ${G}: trường “fullFrom” phải là một số.`],
  ],
  [
    'rule zeroBelow',
    (j) => (rule(j, '1.1')['zeroBelow'] = '20'),
    [`${S}[0].rule.zeroBelow: Tiêu chí thành phần 1.1 ${G}: trường “zeroBelow” phải là một số.`],
  ],
  [
    'rule perUnit',
    (j) => (rule(j, '1.5')['perUnit'] = '0,25'),
    [`${S}[4].rule.perUnit: Tiêu chí thành phần 1.5 ${G}: trường “perUnit” phải là một số.`],
  ],
  [
    'rule tiers',
    (j) => (rule(j, '1.4')['tiers'] = 'x'),
    [`${S}[3].rule.tiers: Tiêu chí thành phần 1.4 ${G}: trường “tiers” phải là một danh sách.`],
  ],
  [
    'rule tier',
    (j) => (rule(j, '1.4')['tiers'] = [5]),
    [`${S}[3].rule.tiers.0: Tiêu chí thành phần 1.4 ${G}: trường “0” phải là một đối tượng.`],
  ],
  [
    'rule tier missing',
    (j) => (rule(j, '1.4')['tiers'] = [{ from: 50 }]),
    [`${S}[3].rule.tiers.0: Tiêu chí thành phần 1.4 ${G}: thiếu trường “points”.`],
  ],
  [
    'rule tier extra',
    (j) => (rule(j, '1.4')['tiers'] = [{ from: 50, points: 1, to: 60 }]),
    [
      `${S}[3].rule.tiers.0: Tiêu chí thành phần 1.4 ${G}: trường “to” không thuộc định dạng mẫu phiếu (sai chính tả?).`,
    ],
  ],
  [
    'rule tier from',
    (j) => (rule(j, '1.4')['tiers'] = [{ from: '50', points: '1' }]),
    [
      `${S}[3].rule.tiers.0.from: Tiêu chí thành phần 1.4 ${G}: trường “from” phải là một số.`,
      `${S}[3].rule.tiers.0.points: Tiêu chí thành phần 1.4 ${G}: trường “points” phải là một số.`,
    ],
  ],
  [
    'rule options',
    (j) => (rule(j, '1.6')['options'] = 'x'),
    [`${S}[5].rule.options: Tiêu chí thành phần 1.6 ${G}: trường “options” phải là một danh sách.`],
  ],
  [
    'rule option',
    (j) => (rule(j, '1.6')['options'] = [5]),
    [`${S}[5].rule.options.0: Tiêu chí thành phần 1.6 ${G}: trường “0” phải là một đối tượng.`],
  ],
  [
    'rule option missing',
    (j) => (rule(j, '1.6')['options'] = [{ option: 'Toàn trình' }]),
    [`${S}[5].rule.options.0: Tiêu chí thành phần 1.6 ${G}: thiếu trường “points”.`],
  ],
  [
    'rule option extra',
    (j) => (rule(j, '1.6')['options'] = [{ option: 'Toàn trình', points: 1, note: '' }]),
    [
      `${S}[5].rule.options.0: Tiêu chí thành phần 1.6 ${G}: trường “note” không thuộc định dạng mẫu phiếu (sai chính tả?).`,
    ],
  ],
  [
    'rule option types',
    (j) => (rule(j, '1.6')['options'] = [{ option: 1, points: '1' }]),
    [
      `${S}[5].rule.options.0.option: Tiêu chí thành phần 1.6 ${G}: trường “option” phải là một chuỗi văn bản.`,
      `${S}[5].rule.options.0.points: Tiêu chí thành phần 1.6 ${G}: trường “points” phải là một số.`,
    ],
  ],
  [
    'check a',
    (j) => (check(j, 2)['a'] = 1),
    [`${C}[2].a: Kiểm tra lôgic thứ 3 ${G}: trường “a” phải là một chuỗi văn bản.`],
  ],
  [
    'check b',
    (j) => (check(j, 2)['b'] = 1),
    [`${C}[2].b: Kiểm tra lôgic thứ 3 ${G}: trường “b” phải là một chuỗi văn bản.`],
  ],
  [
    'check c',
    (j) => (check(j, 2)['c'] = 1),
    [`${C}[2].c: Kiểm tra lôgic thứ 3 ${G}: trường “c” phải là một chuỗi văn bản.`],
  ],
  [
    'check min',
    (j) => (check(j, 4)['min'] = '0'),
    [`${C}[4].min: Kiểm tra lôgic thứ 5 ${G}: trường “min” phải là một số.`],
  ],
  [
    'check max',
    (j) => (check(j, 4)['max'] = '365'),
    [`${C}[4].max: Kiểm tra lôgic thứ 5 ${G}: trường “max” phải là một số.`],
  ],
  [
    'check message',
    (j) => (check(j, 4)['message'] = ''),
    [`${C}[4].message: Kiểm tra lôgic thứ 5 ${G}: trường “message” không được để trống.`],
  ],
  [
    'check severity',
    (j) => (check(j, 4)['severity'] = 'lỗi'),
    [
      `${C}[4].severity: Kiểm tra lôgic thứ 5 ${G}: trường “severity” phải là một trong các giá trị “error”, “warning”.`,
    ],
  ],
];

describe('the template schema', () => {
  test.each(CASES)('names a wrong %s with its path, in Vietnamese', (_name, change, lines) => {
    expect(schemaLines(change)).toEqual(lines);
  });
});
