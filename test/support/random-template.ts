/**
 * Random valid templates (fast-check) for round-trip tests: the regime's criteria with random splits of
 * their caps, codes with gaps, Vietnamese titles holding colons and quotes, and in format 2 figures of
 * every type, a random rule per sub-criterion and checks that use every figure.
 */
import fc from 'fast-check';
import { builtInRegime } from '../../src/core/regime/load';
import { parseTemplate } from '../../src/core/template/load';
import type { SurveyTemplate } from '../../src/core/template/types';

const WORDS = [
  'Tỷ lệ',
  'cán bộ',
  'máy tính',
  'Số: hồ sơ',
  '“dịch vụ”',
  'mạng LAN',
  'văn bản điện tử',
  'họp',
  'an toàn',
  '(%)',
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

/** Positive parts (hundredths) adding up to total. */
function split(total: number): fc.Arbitrary<number[]> {
  return fc.integer({ min: 1, max: Math.min(5, total) }).chain((k) =>
    fc.uniqueArray(fc.integer({ min: 1, max: total - 1 }), { maxLength: k - 1 }).map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), total];
      return points.slice(1).map((p, i) => p - (points[i] ?? 0));
    }),
  );
}

const FIGURES = [
  { key: 'tong_so', label: 'Tổng số cán bộ', type: 'integer', unit: 'người' },
  { key: 'so_co', label: 'Số cán bộ có máy tính', type: 'integer', unit: 'người', max: 5000 },
  { key: 'ket_noi', label: 'Kết nối mạng chuyên dùng', type: 'yesno', partly: true, evidenceRequired: true },
  { key: 'ty_le', label: 'Tỷ lệ hồ sơ điện tử', type: 'percent', unit: '%', min: 0.5 },
  {
    key: 'muc',
    label: 'Mức dịch vụ: cao nhất',
    type: 'choice',
    options: ['Toàn trình', 'Một phần: có', 'Chưa'],
  },
  { key: 'ngay', label: 'Ngày triển khai', type: 'date' },
  { key: 'ghi_chu', label: 'Ghi chú', type: 'text' },
  { key: 'ty_so', label: 'Hệ số', type: 'decimal', min: -1.5, max: 99.25 },
];

const CHECKS = [
  { kind: 'le', a: 'so_co', b: 'tong_so', message: 'Số có máy không vượt tổng số.', severity: 'error' },
  {
    kind: 'requiredWhen',
    a: 'ket_noi',
    b: 'muc',
    message: 'Có mức dịch vụ thì phải có kết nối.',
    severity: 'warning',
  },
  { kind: 'within', a: 'ty_le', min: 1, max: 99.5, message: 'Tỷ lệ bất thường.', severity: 'warning' },
  { kind: 'requiredWhen', a: 'ngay', b: 'ghi_chu', message: 'Ghi chú cần ngày.', severity: 'error' },
  { kind: 'sum', a: 'ty_so', b: 'ty_so', c: 'tong_so', message: 'Tổng khớp.', severity: 'warning' },
];

/** A rule for a sub-criterion of this cap (hundredths), or none (self-scored). */
function rule(cap: number): fc.Arbitrary<Record<string, unknown> | undefined> {
  const pts = fc.integer({ min: 0, max: cap }).map((h) => h / 100);
  return fc.oneof(
    fc.constant(undefined),
    fc.record({ kind: fc.constant('yesno'), figure: fc.constant('ket_noi'), partial: pts }),
    fc.record(
      {
        kind: fc.constant('ratio'),
        numerator: fc.constant('so_co'),
        denominator: fc.constant('tong_so'),
        fullFrom: fc.integer({ min: 5001, max: 10000 }).map((h) => h / 100),
        zeroBelow: fc.integer({ min: 0, max: 5000 }).map((h) => h / 100),
      },
      { requiredKeys: ['kind', 'numerator', 'denominator'] },
    ),
    fc.record({
      kind: fc.constant('tiers'),
      figure: fc.constantFrom('ty_le', 'tong_so'),
      tiers: fc
        .uniqueArray(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 4 })
        .chain((froms) =>
          fc.tuple(...froms.sort((a, b) => a - b).map((f) => pts.map((p) => ({ from: f / 100, points: p })))),
        ),
    }),
    fc.record({
      kind: fc.constant('count'),
      figure: fc.constant('tong_so'),
      perUnit: fc.integer({ min: 1, max: cap }).map((h) => h / 100),
    }),
    fc.record({
      kind: fc.constant('choice'),
      figure: fc.constant('muc'),
      options: fc
        .subarray(['Toàn trình', 'Một phần: có', 'Chưa'], { minLength: 1 })
        .chain((os) => fc.tuple(...os.map((o) => pts.map((p) => ({ option: o, points: p }))))),
    }),
  );
}

export const randomTemplate: fc.Arbitrary<SurveyTemplate> = fc
  .record({
    format2: fc.boolean(),
    version: fc.integer({ min: 1, max: 30 }),
    year: fc.integer({ min: 2000, max: 2100 }),
    groups: fc.tuple(
      ...builtInRegime.groups.map((g) =>
        fc.tuple(
          ...g.criteria.map((c) =>
            split(c.capHundredths).chain((caps) =>
              fc.tuple(
                ...caps.map((cap, i) =>
                  fc.record(
                    {
                      code: fc.constant(`${c.number}.${i * 2 + 1}`),
                      title: text,
                      cap: fc.constant(cap / 100),
                      guidance: text,
                      evidenceRequired: fc.boolean(),
                      rule: rule(cap),
                    },
                    { requiredKeys: ['code', 'title', 'cap'] },
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  })
  .map(({ format2, version, year, groups }) => ({
    id: `thanh-hoa-${year}`,
    regimeId: builtInRegime.id,
    year,
    version,
    ...(format2 ? { formatVersion: 2 } : {}),
    dataAsOf: `${year}-10-31`,
    returnBy: `${year}-11-20`,
    groups: builtInRegime.groups.map((g, gi) => ({
      groupId: g.id,
      ...(format2 ? { figures: FIGURES, checks: CHECKS } : {}),
      criteria: g.criteria.map((c, ci) => ({
        number: c.number,
        cap: c.capHundredths / 100,
        subCriteria: (groups[gi]?.[ci] ?? []).map((s) => {
          const { rule: r, ...rest } = s;
          return format2 && r !== undefined ? { ...rest, rule: r } : rest;
        }),
      })),
    })),
  }))
  .map((json) => parseTemplate(json, builtInRegime))
  .filter((r) => r.ok)
  .map((r) => (r.ok ? r.template : (undefined as never)));
