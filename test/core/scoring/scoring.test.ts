import fc from 'fast-check';
import { builtInRegime } from '../../../src/core/regime/load';
import { parseEntry } from '../../../src/core/scoring/entry';
import { checkEntry, countedHundredths } from '../../../src/core/scoring/rules';
import { scoreForm, type FormInputs } from '../../../src/core/scoring/score';
import { builtInTemplate, groupTemplate } from '../../../src/core/template/load';
import type { GroupTemplate, SubCriterion } from '../../../src/core/template/types';
import { propertyRuns } from '../../support/property-runs';

const template = builtInTemplate(2026, 1);
const groups = ['so', 'huyen'].map((id) => groupTemplate(template, id) as GroupTemplate);
const subsOf = (g: GroupTemplate): SubCriterion[] => g.criteria.flatMap((c) => c.subCriteria);
const sub = (cap: number, evidenceRequired = false): SubCriterion => ({
  code: '2.3',
  criterionNumber: 2,
  index: 3,
  title: 'Thử',
  capHundredths: cap * 100,
  evidenceRequired,
});

describe('parseEntry', () => {
  it('accepts numbers typed as text with a comma or a point, and spaces around', () => {
    for (const text of ['7,5', '7.5', ' 7,50 ', '\u00A07,5\u00A0', '7,5\u200B', '+7,5']) {
      expect(parseEntry(text)).toMatchObject({
        kind: 'number',
        hundredths: 750,
        exact: true,
        fromText: true,
      });
    }
    expect(parseEntry(',5')).toMatchObject({ kind: 'number', hundredths: 50 });
    expect(parseEntry('-2')).toMatchObject({ kind: 'number', hundredths: -200 });
    expect(parseEntry('7,555')).toMatchObject({ kind: 'number', hundredths: 756, exact: false });
  });

  it('takes real numbers as they are', () => {
    expect(parseEntry(7.5)).toEqual({
      kind: 'number',
      hundredths: 750,
      exact: true,
      fromText: false,
      raw: 7.5,
    });
    expect(parseEntry(1.005)).toMatchObject({ hundredths: 101, exact: false });
  });

  it('treats empty cells and spaces as blank', () => {
    for (const raw of [null, undefined, '', '   ', '\u00A0', '\u200B'])
      expect(parseEntry(raw)).toEqual({ kind: 'blank' });
  });

  it('rejects junk, booleans and thousands-style text', () => {
    for (const raw of [
      'abc',
      '7,5 điểm',
      '1.234,5',
      '7,,5',
      '7.5.1',
      '.',
      '-',
      '1e3',
      '½',
      true,
      false,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      {},
    ]) {
      expect(parseEntry(raw).kind).toBe('invalid');
    }
  });

  it('reads any 2-decimal number written as Vietnamese text to the same hundredths as the number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (h) => {
        const text = (h / 100).toString().replace('.', ',');
        expect(parseEntry(text)).toMatchObject({
          kind: 'number',
          hundredths: h,
          exact: true,
          fromText: true,
        });
      }),
    );
  });
});

describe('countedHundredths', () => {
  it('counts only real numbers, rounded half away from zero, clamped to 0..cap', () => {
    expect(countedHundredths(7.5, 800)).toBe(750);
    expect(countedHundredths(9, 800)).toBe(800);
    expect(countedHundredths(-1, 800)).toBe(0);
    expect(countedHundredths(0.995, 800)).toBe(100);
    expect(countedHundredths('7,5', 800)).toBe(0);
    expect(countedHundredths(true, 800)).toBe(0);
    expect(countedHundredths(null, 800)).toBe(0);
    expect(countedHundredths(Number.NaN, 800)).toBe(0);
  });

  it('never leaves 0..cap for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.double(), fc.integer({ min: 1, max: 10_000 }), (raw, x, cap) => {
        for (const v of [raw, x]) {
          const c = countedHundredths(v, cap);
          expect(Number.isInteger(c)).toBe(true);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(cap);
        }
      }),
    );
  });
});

describe('checkEntry', () => {
  const codesOf = (score: unknown, evidence: unknown = 'QĐ 12/QĐ-UBND', s = sub(8)): string[] =>
    checkEntry(s, score, evidence).map((p) => p.code);

  it('finds each kind of problem, naming the code in Vietnamese', () => {
    expect(checkEntry(sub(8), 9, '')[0]?.message).toBe(
      'Tiêu chí 2.3: điểm 9 vượt điểm tối đa 8. Chỉ được tính 8 điểm.',
    );
    expect(codesOf(9)).toEqual(['over-cap']);
    expect(codesOf(-1)).toEqual(['negative']);
    expect(codesOf(7.555)).toEqual(['too-many-decimals']);
    expect(codesOf('7,5')).toEqual(['text-number']);
    expect(codesOf('bảy')).toEqual(['not-a-number']);
    expect(codesOf(true)).toEqual(['not-a-number']);
    expect(codesOf(null)).toEqual(['blank']);
    expect(codesOf(7.5)).toEqual([]);
    expect(codesOf(8)).toEqual([]);
    expect(codesOf(0)).toEqual([]);
  });

  it('asks for evidence only where required and points are claimed', () => {
    expect(codesOf(2, '', sub(8, true))).toEqual(['evidence-missing']);
    expect(codesOf(2, ' \u00A0', sub(8, true))).toEqual(['evidence-missing']);
    expect(checkEntry(sub(8, true), 2, null)[0]).toMatchObject({ field: 'evidence', subCode: '2.3' });
    expect(codesOf(2, 'Quyết định số 15/QĐ-STTTT', sub(8, true))).toEqual([]);
    expect(codesOf(0, '', sub(8, true))).toEqual([]);
    expect(codesOf(2, '', sub(8, false))).toEqual([]);
  });

  it('gives each problem the severity and the exact words the user reads', () => {
    const one = (score: unknown, evidence: unknown = 'QĐ 12', s = sub(8, true)) =>
      checkEntry(s, score, evidence).map(({ code, field, severity, message }) => ({
        code,
        field,
        severity,
        message,
      }));
    expect(one(null)).toEqual([
      {
        code: 'blank',
        field: 'score',
        severity: 'warning',
        message: 'Tiêu chí 2.3: chưa nhập điểm (đang tính 0 điểm).',
      },
    ]);
    expect(one('  bảy ')).toEqual([
      {
        code: 'not-a-number',
        field: 'score',
        severity: 'error',
        message: 'Tiêu chí 2.3: “bảy” không phải là số; ô này được tính 0 điểm. Hãy nhập điểm từ 0 đến 8.',
      },
    ]);
    expect(one(' 7,5')).toEqual([
      {
        code: 'text-number',
        field: 'score',
        severity: 'error',
        message:
          'Tiêu chí 2.3: điểm “7,5” đang được lưu dạng văn bản nên không được tính (0 điểm). Hãy nhập lại dưới dạng số.',
      },
    ]);
    expect(one(-1.5)).toEqual([
      {
        code: 'negative',
        field: 'score',
        severity: 'error',
        message: 'Tiêu chí 2.3: điểm -1,5 là số âm; được tính 0 điểm.',
      },
    ]);
    expect(one(8.5, 'QĐ 12', sub(8.25))).toEqual([
      {
        code: 'over-cap',
        field: 'score',
        severity: 'error',
        message: 'Tiêu chí 2.3: điểm 8,5 vượt điểm tối đa 8,25. Chỉ được tính 8,25 điểm.',
      },
    ]);
    expect(one(7.555)).toEqual([
      {
        code: 'too-many-decimals',
        field: 'score',
        severity: 'error',
        message: 'Tiêu chí 2.3: điểm 7,555 có quá 2 chữ số thập phân; được làm tròn thành 7,56.',
      },
    ]);
    expect(one(0.5, '')).toEqual([
      {
        code: 'evidence-missing',
        field: 'evidence',
        severity: 'warning',
        message: 'Tiêu chí 2.3: chưa ghi minh chứng (số, ngày văn bản hoặc đường dẫn) cho điểm đã tự chấm.',
      },
    ]);
    // Two problems of one entry, in this order; text with three decimals is only "text".
    expect(one(9.999, '').map((p) => p.code)).toEqual(['over-cap', 'too-many-decimals', 'evidence-missing']);
    expect(one('1,255', '').map((p) => p.code)).toEqual(['text-number', 'evidence-missing']);
    // A score that rounds to exactly the cap is not over it; one that rounds to 0 claims no points.
    expect(one(8.004, '').map((p) => p.code)).toEqual(['too-many-decimals', 'evidence-missing']);
    expect(one(0.004, '').map((p) => p.code)).toEqual(['too-many-decimals']);
    expect(one(-0.5, '').map((p) => p.code)).toEqual(['negative']);
    // A blank or junk entry claims no points, so it asks for no evidence.
    expect(one(null, '').map((p) => p.code)).toEqual(['blank']);
    expect(one('bảy', '').map((p) => p.code)).toEqual(['not-a-number']);
  });

  it('writes every message in NFC Vietnamese with the code', () => {
    for (const raw of [9, -1, 7.555, '7,5', 'x', null]) {
      for (const p of checkEntry(sub(8, true), raw, '')) {
        expect(p.message).toMatch(/^Tiêu chí 2\.3: /);
        expect(p.message).toBe(p.message.normalize('NFC'));
      }
    }
  });
});

/** Fills sub-criteria in order up to their caps until `baseHundredths`; then writes `extra` as is into the next empty one. */
function fillTo(g: GroupTemplate, baseHundredths: number, extra?: number): FormInputs {
  const inputs: FormInputs = {};
  let left = baseHundredths;
  for (const s of subsOf(g)) {
    if (left === 0) {
      if (extra !== undefined) inputs[s.code] = { score: extra, evidence: 'có' };
      break;
    }
    const h = Math.min(left, s.capHundredths);
    left -= h;
    inputs[s.code] = { score: h / 100, evidence: 'có' };
  }
  return inputs;
}

describe('scoreForm', () => {
  it('puts totals on the right side of each band edge, after rounding each entry like ROUND(x,2)', () => {
    for (const g of groups) {
      const rating = (inputs: FormInputs): string => scoreForm(builtInRegime, g, inputs).band.label;
      expect(rating(fillTo(g, 8499))).toBe('Khá');
      expect(rating(fillTo(g, 8500))).toBe('Tốt');
      expect(rating(fillTo(g, 8400, 0.995))).toBe('Tốt'); // 84 + 0,995 -> 84 + 1,00 = 85,00
      expect(scoreForm(builtInRegime, g, fillTo(g, 8400, 0.995)).totalHundredths).toBe(8500);
      expect(rating(fillTo(g, 8400, 0.994))).toBe('Khá'); // 84,994 -> 84,99
      expect(rating(fillTo(g, 7000))).toBe('Khá');
      expect(rating(fillTo(g, 6900, 0.994))).toBe('Trung bình'); // 69,994 -> 69,99
      expect(rating(fillTo(g, 6900, 0.995))).toBe('Khá'); // 69,995 -> 70,00
      expect(rating(fillTo(g, 5000))).toBe('Trung bình');
      expect(rating(fillTo(g, 4999))).toBe('Yếu');
      expect(rating({})).toBe('Yếu');
      expect(rating(fillTo(g, 10000))).toBe('Tốt');
    }
  });

  it('adds up valid entries exactly, whatever their binary representation', () => {
    for (const g of groups) {
      const subs = subsOf(g);
      fc.assert(
        fc.property(fc.tuple(...subs.map((s) => fc.integer({ min: 0, max: s.capHundredths }))), (hs) => {
          const inputs: FormInputs = Object.fromEntries(
            subs.map((s, i) => [s.code, { score: (hs[i] ?? 0) / 100, evidence: 'x' }]),
          );
          const result = scoreForm(builtInRegime, g, inputs);
          expect(result.totalHundredths).toBe(hs.reduce((a, b) => a + b, 0));
          for (const c of result.criteria) {
            const own = g.criteria.find((k) => k.number === c.number)?.subCriteria ?? [];
            expect(c.pointsHundredths).toBe(own.reduce((a, s) => a + (hs[subs.indexOf(s)] ?? 0), 0));
            expect(c.pointsHundredths).toBeLessThanOrEqual(c.capHundredths);
          }
          expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        }),
        { numRuns: propertyRuns(200) },
      );
    }
  });

  it('never lets a subtotal exceed its cap or the total exceed the regime total, for any input', () => {
    const anyCell = fc.oneof(
      fc.double(),
      fc.double({ min: -50, max: 50 }),
      fc.string(),
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -100, max: 100 }),
    );
    for (const g of groups) {
      const subs = subsOf(g);
      fc.assert(
        fc.property(fc.tuple(...subs.map(() => anyCell)), (cells) => {
          const inputs: FormInputs = Object.fromEntries(
            subs.map((s, i) => [s.code, { score: cells[i], evidence: null }]),
          );
          const result = scoreForm(builtInRegime, g, inputs);
          for (const c of result.criteria) {
            expect(c.pointsHundredths).toBeGreaterThanOrEqual(0);
            expect(c.pointsHundredths).toBeLessThanOrEqual(c.capHundredths);
          }
          expect(result.totalHundredths).toBe(result.criteria.reduce((a, c) => a + c.pointsHundredths, 0));
          expect(result.totalHundredths).toBeLessThanOrEqual(builtInRegime.totalHundredths);
        }),
        { numRuns: propertyRuns(200) },
      );
    }
  });

  it('counts 0 for a score computed by a formula, whatever result the file stored, and says why', () => {
    const g = groups[0]!;
    const first = subsOf(g)[0]!;
    const result = scoreForm(builtInRegime, g, {
      [first.code]: { score: 2, evidence: 'QĐ 1', scoreFormula: 'E12*0+2' },
    });
    expect(result.criteria[0]?.pointsHundredths).toBe(0);
    const p = result.problems.find((x) => x.subCode === first.code);
    expect(p).toMatchObject({ code: 'formula-in-input', field: 'score' });
    expect(p?.message).toContain('=E12*0+2');
    expect(p?.message).toContain('0 điểm');
  });

  it('flags a formula in an evidence cell and still counts the typed score', () => {
    const g = groups[0]!;
    const first = subsOf(g)[0]!;
    const result = scoreForm(builtInRegime, g, {
      [first.code]: { score: 1, evidence: 'QĐ 1', evidenceFormula: 'A1' },
    });
    expect(result.criteria[0]?.pointsHundredths).toBe(100);
    expect(result.problems.find((x) => x.subCode === first.code)).toMatchObject({
      code: 'formula-in-input',
      field: 'evidence',
    });
  });

  it('lists the problems of the form in form order, with the regime titles and caps', () => {
    const g = groups[0]!;
    const first = subsOf(g)[0]!;
    const result = scoreForm(builtInRegime, g, { [first.code]: { score: 99, evidence: '' } });
    expect(result.problems[0]).toMatchObject({ code: 'over-cap', subCode: first.code });
    expect(result.problems.filter((p) => p.code === 'blank')).toHaveLength(subsOf(g).length - 1);
    expect(result.criteria[0]?.pointsHundredths).toBe(first.capHundredths);
    expect(result.criteria.map((c) => c.title)).toEqual(g.criteria.map((c) => c.title));
  });
});
