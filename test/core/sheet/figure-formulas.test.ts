/**
 * Format 2, every kind of figure, rule status and logic check the test template of survey-figures.test.ts
 * lacks: text, decimal (no bounds, a minimum only, a maximum only), date and a choice whose option holds
 * quotes; checks within a minimum only and within both bounds, and a sum over decimals. The form's words, evaluated by a real engine
 * (HyperFormula), are the ones the core reports for the same cells.
 */
import fc from 'fast-check';
import { builtInRegime } from '../../../src/core/regime/load';
import { readFigure } from '../../../src/core/scoring/figure-value';
import { rulePoints } from '../../../src/core/scoring/rule-points';
import { scoreForm, type FormInputs } from '../../../src/core/scoring/score';
import { FORM_SHEET, buildSurveyWorkbook, type SurveyLayout } from '../../../src/core/sheet/survey';
import type { FigureLayout } from '../../../src/core/sheet/survey/layout';
import { CHECK_STATUS, COMPUTED_STATUS, FIGURE_STATUS, STATUS } from '../../../src/core/sheet/survey/status';
import { parseTemplate } from '../../../src/core/template/load';
import { format2Json } from '../../support/format2-template';
import { figuresArbitrary } from '../../support/sheet/figure-entries';
import { regime } from '../../support/sheet/fixtures';
import { loadSheet } from '../../support/sheet/hf-form';
import { propertyRuns } from '../../support/property-runs';

const QUOTED_OPTION = 'Có "Một cửa" điện tử';

function everyKindTemplate() {
  const json = format2Json();
  const so = json.groups.find((g) => g.groupId === 'so') as unknown as {
    figures: unknown[];
    checks: unknown[];
    criteria: { subCriteria: Record<string, unknown>[] }[];
  };
  so.figures.push(
    { key: 'ghi_chu', label: 'Ghi chú về số liệu', type: 'text' },
    { key: 'he_so', label: 'Hệ số điều chỉnh', type: 'decimal' },
    { key: 'diem_tb', label: 'Điểm đánh giá trung bình', type: 'decimal', min: 1 },
    { key: 'chenh_lech', label: 'Chênh lệch kinh phí (triệu đồng)', type: 'decimal', max: 50.5 },
    { key: 'ngay_ht', label: 'Ngày hoàn thành', type: 'date' },
    { key: 'hinh_thuc', label: 'Hình thức tiếp nhận', type: 'choice', options: [QUOTED_OPTION, 'Trực tiếp'] },
  );
  so.checks.push(
    { kind: 'within', a: 'diem_tb', min: 2, message: 'Điểm trung bình dưới 2.', severity: 'warning' },
    { kind: 'within', a: 'he_so', min: 0, max: 10, message: 'Hệ số ngoài 0–10.', severity: 'error' },
    { kind: 'within', a: 'chenh_lech', max: 20, message: 'Chênh lệch trên 20.', severity: 'warning' },
    { kind: 'requiredWhen', a: 'ngay_ht', b: 'hinh_thuc', message: 'Thiếu ngày.', severity: 'warning' },
    { kind: 'requiredWhen', a: 'ghi_chu', b: 'he_so', message: 'Thiếu ghi chú.', severity: 'warning' },
    { kind: 'sum', a: 'chenh_lech', b: 'he_so', c: 'diem_tb', message: 'Tổng lệch.', severity: 'warning' },
  );
  const sub21 = so.criteria[1]?.subCriteria.find((s) => s['code'] === '2.1');
  if (!sub21) throw new Error('no sub-criterion 2.1');
  sub21['rule'] = {
    kind: 'choice',
    figure: 'hinh_thuc',
    options: [
      { option: QUOTED_OPTION, points: 8 },
      { option: 'Trực tiếp', points: 2 },
    ],
  };
  const parsed = parseTemplate(json, builtInRegime);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.template;
}

const template = everyKindTemplate();
const group = template.groups.find((g) => g.groupId === 'so');
if (!group) throw new Error('group missing');
const figureList = group.figures ?? [];
// Built before each test, not once per file, so Stryker counts the build as covered by the tests
// that read it and runs only those for a mutant in it (a file-level build is "static").
let layout: SurveyLayout;
let engine: ReturnType<typeof loadSheet>;
let figureCells: Map<string, FigureLayout>;
beforeEach(() => {
  const built = buildSurveyWorkbook({ regime, template, groupId: 'so' });
  layout = built.layout;
  const formSheet = built.spec.sheets.find((s) => s.name === FORM_SHEET);
  if (!formSheet) throw new Error('form sheet missing');
  engine = loadSheet(formSheet);
  figureCells = new Map((layout.figures ?? []).map((f) => [f.key, f]));
});
const figureOf = (key: string) => {
  const f = figureList.find((x) => x.key === key);
  if (!f) throw new Error(`no figure ${key}`);
  return f;
};

const WORD_OF_CODE: Record<string, string> = {
  blank: FIGURE_STATUS.blank,
  'not-a-number': FIGURE_STATUS.notNumber,
  'not-whole': FIGURE_STATUS.notWhole,
  'out-of-bounds': FIGURE_STATUS.outOfBounds,
  'too-many-decimals': FIGURE_STATUS.tooManyDecimals,
  'not-in-list': FIGURE_STATUS.notInList,
};

/** Fills the figures and the evidence cells (manual scores blank); the core's score of the same cells. */
function fill(figures: Record<string, unknown>, evidence: Record<string, unknown> = {}) {
  engine.setMany([
    ...figureList.map((f) => ({ address: figureCells.get(f.key)?.valueCell ?? '', value: figures[f.key] })),
    ...layout.rows.map((r) => ({ address: r.evidenceCell, value: evidence[r.code] ?? null })),
  ]);
  const inputs: FormInputs = {};
  for (const r of layout.rows) inputs[r.code] = { score: null, evidence: evidence[r.code] ?? null };
  return scoreForm(regime, group!, inputs, figures);
}

const figureWord = (key: string) => engine.get(figureCells.get(key)?.statusCell ?? '');
const rowOf = (code: string) => {
  const r = layout.rows.find((x) => x.code === code);
  if (!r) throw new Error(`no row ${code}`);
  return r;
};

describe('format-2 form: figures of every type', () => {
  it.each([
    ['ghi_chu', 'Đã rà soát', FIGURE_STATUS.ok],
    ['ghi_chu', 12.345, FIGURE_STATUS.ok],
    ['ghi_chu', '   ', FIGURE_STATUS.blank],
    ['he_so', -3.25, FIGURE_STATUS.ok],
    ['he_so', 1e9, FIGURE_STATUS.ok],
    ['he_so', 1.234, FIGURE_STATUS.tooManyDecimals],
    ['he_so', 'x', FIGURE_STATUS.notNumber],
    ['diem_tb', 0.99, FIGURE_STATUS.outOfBounds],
    ['diem_tb', 1, FIGURE_STATUS.ok],
    ['diem_tb', 123456.78, FIGURE_STATUS.ok],
    ['chenh_lech', -1000, FIGURE_STATUS.ok],
    ['chenh_lech', 50.5, FIGURE_STATUS.ok],
    ['chenh_lech', 50.51, FIGURE_STATUS.outOfBounds],
    ['ngay_ht', 46357, FIGURE_STATUS.ok],
    ['ngay_ht', 46357.5, FIGURE_STATUS.notWhole],
    ['ngay_ht', 0, FIGURE_STATUS.outOfBounds],
    ['ngay_ht', '31/12/2026', FIGURE_STATUS.notNumber],
    ['hinh_thuc', QUOTED_OPTION, FIGURE_STATUS.ok],
    ['hinh_thuc', 'Có Một cửa điện tử', FIGURE_STATUS.notInList],
    ['hinh_thuc', 'Trực tiếp', FIGURE_STATUS.ok],
  ])('%s = %j shows “%s”, as the core reads it', (key, value, word) => {
    fill({ [key]: value });
    const core = readFigure(figureOf(key), value);
    expect([figureWord(key), core.ok ? FIGURE_STATUS.ok : WORD_OF_CODE[core.code]]).toEqual([word, word]);
  });

  it('scores a choice whose option holds quotes', () => {
    const sub = group.criteria.flatMap((c) => c.subCriteria).find((s) => s.code === '2.1');
    if (!sub?.rule || sub.rule.kind === 'manual') throw new Error('2.1 not computed');
    for (const [value, points] of [
      [QUOTED_OPTION, 8],
      ['Trực tiếp', 2],
      ['Có Một cửa điện tử', 0],
    ] as const) {
      const core = fill({ hinh_thuc: value });
      expect([value, engine.get(rowOf('2.1').countedCell)]).toEqual([value, points]);
      expect(rulePoints(sub.rule, sub.capHundredths, core.figureValues).pointsHundredths).toBe(points * 100);
    }
  });

  it('gives each figure the core’s status on many random fills', () => {
    fc.assert(
      fc.property(figuresArbitrary(figureList), (figures) => {
        const core = fill(figures);
        for (const f of figureList) {
          const v = core.figureValues.get(f.key);
          expect([f.key, figures[f.key], figureWord(f.key)]).toEqual([
            f.key,
            figures[f.key],
            v?.ok ? FIGURE_STATUS.ok : WORD_OF_CODE[v?.code ?? ''],
          ]);
        }
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});

describe('format-2 form: status of a computed row', () => {
  const base = {
    so_cbcc: 20,
    so_cb_co_may: 19,
    so_may_tinh: 8,
    so_may_lan: 1,
    ket_noi_tsl: 'Có',
    ty_le_luu_tru: 70,
    so_cuoc_hop: 3,
    muc_dich_vu: 'Toàn trình',
    hinh_thuc: 'Trực tiếp',
  };
  const words = () =>
    Object.fromEntries(
      ['1.1', '1.3', '1.4', '1.5', '1.6', '2.1'].map((c) => [c, engine.get(rowOf(c).statusCell)]),
    );

  it('says the figures are invalid when any figure the rule reads is, the denominator 0, the evidence missing', () => {
    fill(base, { '1.3': 'QĐ số 12/QĐ-STTTT' });
    expect(words()).toEqual({
      '1.1': STATUS.ok,
      '1.3': STATUS.ok,
      '1.4': STATUS.ok,
      '1.5': STATUS.ok,
      '1.6': STATUS.ok,
      '2.1': STATUS.ok,
    });
    // Points claimed from “Có” (1.3 requires evidence), none given.
    fill(base);
    expect(words()['1.3']).toBe(STATUS.evidenceMissing);
    // A denominator that is text, though the numerator is valid.
    fill({ ...base, so_cbcc: 'hai mươi' });
    expect(engine.get(rowOf('1.1').statusCell)).toBe(COMPUTED_STATUS.figuresInvalid);
    fill({ ...base, so_cbcc: 0, so_cb_co_may: 0 });
    expect(engine.get(rowOf('1.1').statusCell)).toBe(COMPUTED_STATUS.zeroDenominator);
    fill({
      ...base,
      ket_noi_tsl: 'Chưa',
      ty_le_luu_tru: 70.5,
      so_cuoc_hop: 2.5,
      muc_dich_vu: '',
      hinh_thuc: 'x',
    });
    expect(words()).toEqual({
      '1.1': STATUS.ok,
      '1.3': COMPUTED_STATUS.figuresInvalid,
      '1.4': STATUS.ok,
      '1.5': COMPUTED_STATUS.figuresInvalid,
      '1.6': COMPUTED_STATUS.figuresInvalid,
      '2.1': COMPUTED_STATUS.figuresInvalid,
    });
  });

  it('matches the core’s rule outcome and evidence problem on many random fills', () => {
    const computed = group.criteria.flatMap((c) => c.subCriteria).filter((s) => s.rule?.kind !== 'manual');
    fc.assert(
      fc.property(
        figuresArbitrary(figureList),
        fc.constantFrom(null, '', '  ', 'Công văn số 5'),
        (figures, evidence) => {
          const core = fill(figures, Object.fromEntries(computed.map((s) => [s.code, evidence])));
          for (const sub of computed) {
            if (!sub.rule || sub.rule.kind === 'manual') continue;
            const outcome = rulePoints(sub.rule, sub.capHundredths, core.figureValues);
            const evidenceMissing = core.problems.some(
              (p) => p.code === 'evidence-missing' && p.subCode === sub.code,
            );
            const expected = !outcome.figuresValid
              ? COMPUTED_STATUS.figuresInvalid
              : outcome.zeroDenominator
                ? COMPUTED_STATUS.zeroDenominator
                : evidenceMissing
                  ? STATUS.evidenceMissing
                  : STATUS.ok;
            expect([sub.code, engine.get(rowOf(sub.code).statusCell)]).toEqual([sub.code, expected]);
          }
        },
      ),
      { numRuns: propertyRuns(100) },
    );
  });
});

describe('format-2 form: logic checks', () => {
  const checkWord = (i: number) => engine.get(layout.checkStatusCells?.[i] ?? '');
  const indexOf = (kind: string, a: string) =>
    (group.checks ?? []).findIndex((c) => c.kind === kind && c.a === a);

  it('passes a sum that holds and flags one that does not, as the core', () => {
    const sum = indexOf('sum', 'so_may_tinh');
    for (const [lan, expected] of [
      [5, CHECK_STATUS.pass],
      [4, CHECK_STATUS.failWarning],
    ] as const) {
      const core = fill({ so_may_tinh: 8, so_may_lan: lan, so_may_khong_lan: 3 });
      expect([lan, checkWord(sum), core.checks[sum]?.outcome]).toEqual([
        lan,
        expected,
        expected === CHECK_STATUS.pass ? 'pass' : 'fail',
      ]);
    }
  });

  it('adds decimals whose binary sum is inexact (1,1 + 2,2 = 3,3) as the core does', () => {
    const sum = indexOf('sum', 'chenh_lech');
    for (const [c, expected] of [
      [2.2, CHECK_STATUS.pass],
      [2.19, CHECK_STATUS.failWarning],
    ] as const) {
      const core = fill({ chenh_lech: 3.3, he_so: 1.1, diem_tb: c });
      expect([c, checkWord(sum), core.checks[sum]?.outcome]).toEqual([
        c,
        expected,
        expected === CHECK_STATUS.pass ? 'pass' : 'fail',
      ]);
    }
  });

  it.each([
    ['diem_tb', 1.99, CHECK_STATUS.failWarning],
    ['diem_tb', 2, CHECK_STATUS.pass],
    ['diem_tb', 1e6, CHECK_STATUS.pass],
    ['he_so', -0.01, CHECK_STATUS.failError],
    ['he_so', 0, CHECK_STATUS.pass],
    ['he_so', 10, CHECK_STATUS.pass],
    ['he_so', 10.01, CHECK_STATUS.failError],
    ['he_so', '', CHECK_STATUS.incomplete],
  ])('within: %s = %j shows “%s”, as the core', (key, value, word) => {
    const core = fill({ [key]: value });
    const i = indexOf('within', key);
    const outcome = core.checks[i]?.outcome;
    expect([checkWord(i), outcome]).toEqual([
      word,
      word === CHECK_STATUS.pass ? 'pass' : word === CHECK_STATUS.incomplete ? 'incomplete' : 'fail',
    ]);
  });
});
