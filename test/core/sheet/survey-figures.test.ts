/**
 * Format 2: the form's figure statuses, computed points, subtotals, total, rating and logic-check statuses,
 * evaluated by a real engine (HyperFormula, Excel-faithful ROUND) on random figures, equal the core exactly.
 */
import fc from 'fast-check';
import { scoreForm, shownRating, type FormInputs } from '../../../src/core/scoring/score';
import { rulePoints } from '../../../src/core/scoring/rule-points';
import { fingerprintFromSpec } from '../../../src/core/sheet/fingerprint';
import { META_KEYS, PROPERTY_PREFIX } from '../../../src/core/sheet/metadata';
import { nonPortableFunctions } from '../../../src/core/sheet/portable-functions';
import type { SheetSpec, WorkbookSpec } from '../../../src/core/sheet/spec';
import { FORM_SHEET, buildSurveyWorkbook, type SurveyLayout } from '../../../src/core/sheet/survey';
import type { FigureLayout } from '../../../src/core/sheet/survey/layout';
import { CHECK_STATUS, FIGURE_STATUS } from '../../../src/core/sheet/survey/status';
import { builtInTemplate } from '../../../src/core/template/load';
import { format2Template } from '../../support/format2-template';
import { regime } from '../../support/sheet/fixtures';
import { figuresArbitrary } from '../../support/sheet/figure-entries';
import { loadSheet } from '../../support/sheet/hf-form';
import { propertyRuns } from '../../support/property-runs';

const template = format2Template();
const group = template.groups.find((g) => g.groupId === 'so');
if (!group) throw new Error('group missing');
// Built before each test, not once per file, so Stryker counts the build as covered by the tests
// that read it and runs only those for a mutant in it (a file-level build is "static").
let spec: WorkbookSpec;
let layout: SurveyLayout;
let formSheet: SheetSpec;
let engine: ReturnType<typeof loadSheet>;
let figureLayout: FigureLayout[];
beforeEach(() => {
  ({ spec, layout } = buildSurveyWorkbook({ regime, template, groupId: 'so' }));
  const foundSheet = spec.sheets.find((s) => s.name === FORM_SHEET);
  if (!foundSheet) throw new Error('form sheet missing');
  formSheet = foundSheet;
  engine = loadSheet(formSheet);
  figureLayout = layout.figures ?? [];
});
const subs = new Map(group.criteria.flatMap((c) => c.subCriteria).map((s) => [s.code, s]));

const FIGURE_CODES: Record<string, string> = {
  [FIGURE_STATUS.blank]: 'blank',
  [FIGURE_STATUS.notNumber]: 'not-a-number',
  [FIGURE_STATUS.notWhole]: 'not-whole',
  [FIGURE_STATUS.outOfBounds]: 'out-of-bounds',
  [FIGURE_STATUS.tooManyDecimals]: 'too-many-decimals',
  [FIGURE_STATUS.notInList]: 'not-in-list',
  [FIGURE_STATUS.ok]: 'ok',
};

function fill(figures: Record<string, unknown>, scores: Record<string, unknown> = {}) {
  engine.setMany([
    ...figureLayout.map((f) => ({ address: f.valueCell, value: figures[f.key] })),
    ...layout.rows
      .filter((r) => !r.computed)
      .map((r) => ({ address: r.scoreCell, value: scores[r.code] ?? null })),
  ]);
  const inputs: FormInputs = {};
  for (const r of layout.rows) inputs[r.code] = { score: scores[r.code] ?? null, evidence: null };
  return scoreForm(regime, group!, inputs, figures);
}

describe('format-2 form against the core', () => {
  it('has the figure names, a locked points formula per computed sub-criterion, and only portable functions', () => {
    expect(spec.names.filter((n) => n.name.startsWith('SL_')).map((n) => n.name)).toEqual(
      group.figures?.map((f) => `SL_${f.key}`),
    );
    expect(spec.names.map((n) => n.name)).toContain('MC_SL_ket_noi_tsl');
    const computed = layout.rows.filter((r) => r.computed).map((r) => r.code);
    expect(computed).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']);
    for (const code of computed) {
      const row = layout.rows.find((r) => r.code === code);
      const cell = formSheet.cells.find((c) => c.row === row?.row && c.col === 4);
      expect(cell?.formula).toBeDefined();
      expect(spec.styles[cell?.style ?? '']?.locked).not.toBe(false);
    }
    for (const f of figureLayout) {
      const row = Number(f.valueCell.slice(1));
      expect(
        spec.styles[formSheet.cells.find((c) => c.row === row && c.col === 4)?.style ?? '']?.locked,
      ).toBe(false);
    }
    for (const c of formSheet.cells)
      if (c.formula) expect([c.formula, nonPortableFunctions(c.formula)]).toEqual([c.formula, []]);
  });

  it('explains the figures on the guide sheet, and only on format-2 forms', () => {
    const guideText = (cells: { value?: unknown }[]) => cells.map((c) => String(c.value ?? '')).join('\n');
    expect(guideText(spec.sheets[0]?.cells ?? [])).toContain('Phần “Số liệu” (dưới bảng điểm)');
    const v1 = buildSurveyWorkbook({ regime, template: builtInTemplate(2026, 1), groupId: 'so' });
    expect(guideText(v1.spec.sheets[0]?.cells ?? [])).not.toContain('Số liệu”');
  });

  it('validates each figure by its type, with a Vietnamese prompt', () => {
    const at = (key: string) => figureLayout.find((f) => f.key === key)?.valueCell;
    const validationAt = (key: string) => formSheet.validations.find((v) => `D${v.range.row}` === at(key));
    expect(validationAt('so_cbcc')).toMatchObject({
      kind: 'decimal',
      whole: true,
      min: 0,
      max: 999999999,
      prompt: { message: 'Nhập số nguyên từ 0 đến 999.999.999 (người).' },
    });
    expect(validationAt('ty_le_luu_tru')).toMatchObject({ kind: 'decimal', min: 0, max: 100 });
    expect(validationAt('ket_noi_tsl')).toMatchObject({ kind: 'list', items: ['Có', 'Một phần', 'Không'] });
    expect(validationAt('muc_dich_vu')).toMatchObject({
      kind: 'list',
      items: ['Toàn trình', 'Một phần', 'Chưa cung cấp'],
    });
  });

  it('computes the edges the decision cares about as the core does', () => {
    const base = {
      so_cbcc: 20,
      so_cb_co_may: 19,
      so_may_tinh: 8,
      so_may_lan: 1,
      so_may_khong_lan: 7,
      ket_noi_tsl: 'Một phần',
      ty_le_luu_tru: 70,
      so_cuoc_hop: 3,
      muc_dich_vu: 'Toàn trình',
    };
    const core = fill(base);
    const points = layout.rows.slice(0, 6).map((r) => engine.get(r.countedCell));
    // 19/20 = 95 % → full 2; 1/8 × 1,5 = 0,1875 → 0,19; “Một phần” 0,75; 70 % → 0,75; 3 × 0,25; “Toàn trình” 1.
    expect(points).toEqual([2, 0.19, 0.75, 0.75, 0.75, 1]);
    expect(core.criteria[0]?.pointsHundredths).toBe(544);
    expect(engine.get(layout.criterionRows[0]!.subtotalCell)).toBe(5.44);
    fill({ ...base, so_cbcc: 0, so_cb_co_may: 0 });
    expect(engine.get(layout.rows[0]!.countedCell)).toBe(0);
    expect(engine.get(layout.rows[0]!.statusCell)).toBe('Mẫu số bằng 0');
  });

  it('gives the core points, subtotals, total, rating, figure and check statuses on many random fills', () => {
    fc.assert(
      fc.property(
        figuresArbitrary(group.figures ?? []),
        fc.integer({ min: 0, max: 3500 }),
        (figures, manual) => {
          // Manual rows get one score each so that totals cross the bands.
          const scores = Object.fromEntries(
            layout.rows
              .filter((r) => !r.computed)
              .map((r) => [r.code, Math.min(manual, r.capHundredths) / 100]),
          );
          const core = fill(figures, scores);
          for (const r of layout.rows.filter((x) => x.computed)) {
            const sub = subs.get(r.code);
            if (!sub?.rule || sub.rule.kind === 'manual') throw new Error('not computed');
            expect([r.code, engine.get(r.countedCell)]).toEqual([
              r.code,
              rulePoints(sub.rule, sub.capHundredths, core.figureValues).pointsHundredths / 100,
            ]);
          }
          layout.criterionRows.forEach((c) => {
            expect([c.number, engine.get(c.subtotalCell)]).toEqual([
              c.number,
              (core.criteria.find((x) => x.number === c.number)?.pointsHundredths ?? NaN) / 100,
            ]);
          });
          expect(engine.get(layout.totalCell)).toBe(core.totalHundredths / 100);
          expect(engine.get(layout.ratingCell)).toBe(shownRating(core));
          for (const f of figureLayout) {
            const v = core.figureValues.get(f.key);
            expect([f.key, FIGURE_CODES[String(engine.get(f.statusCell))]]).toEqual([
              f.key,
              v?.ok ? 'ok' : v?.code,
            ]);
          }
          core.checks.forEach(({ check, outcome }, i) => {
            const word = engine.get(layout.checkStatusCells?.[i] ?? '');
            const expected =
              outcome === 'pass'
                ? CHECK_STATUS.pass
                : outcome === 'incomplete'
                  ? CHECK_STATUS.incomplete
                  : check.severity === 'error'
                    ? CHECK_STATUS.failError
                    : CHECK_STATUS.failWarning;
            expect([i, word]).toEqual([i, expected]);
          });
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it('shows no rating on a blank form though its computed rows hold formulas; one once a score or figure is entered', () => {
    const blank = fill({});
    expect(layout.rows.some((r) => r.computed)).toBe(true);
    expect([engine.get(layout.ratingCell), blank.entered, shownRating(blank)]).toEqual(['', false, '']);
    const firstFigure = group.figures?.[0];
    if (!firstFigure) throw new Error('no figure');
    const oneFigure = fill({ [firstFigure.key]: 'x' });
    expect([engine.get(layout.ratingCell), shownRating(oneFigure)]).toEqual([
      oneFigure.band.label,
      oneFigure.band.label,
    ]);
    const manual = layout.rows.find((r) => !r.computed);
    if (!manual) throw new Error('no manual row');
    const oneScore = fill({}, { [manual.code]: 0 });
    expect([engine.get(layout.ratingCell), shownRating(oneScore)]).toEqual([
      oneScore.band.label,
      oneScore.band.label,
    ]);
    expect(oneScore.band.label).not.toBe('');
  });

  it('fingerprints the points formulas: editing one changes the fingerprint, filling figures does not', () => {
    const computed = layout.rows.filter((r) => r.computed).map((r) => r.code);
    const original = fingerprintFromSpec(spec, FORM_SHEET, computed);
    const edit = (change: (c: (typeof formSheet.cells)[number]) => (typeof formSheet.cells)[number]) => ({
      ...spec,
      sheets: spec.sheets.map((s) => (s.name === FORM_SHEET ? { ...s, cells: s.cells.map(change) } : s)),
    });
    const pointsRow = layout.rows[0]!.row;
    expect(
      fingerprintFromSpec(
        edit((c) => (c.row === pointsRow && c.col === 4 ? { ...c, formula: '2' } : c)),
        FORM_SHEET,
        computed,
      ),
    ).not.toBe(original);
    const figureRow = Number(figureLayout[0]!.valueCell.slice(1));
    expect(
      fingerprintFromSpec(
        edit((c) => (c.row === figureRow && c.col === 4 ? { ...c, value: 120 } : c)),
        FORM_SHEET,
        computed,
      ),
    ).toBe(original);
  });
});

describe('format-1 forms after format 2', () => {
  it('keep their fingerprints: format 2 adds nothing to a format-1 form (2026, both groups)', () => {
    // Pinned from `template --year 2026` once the blank form stopped showing a rating and names were
    // quoted “…” (issue 8); forms issued before carry their own stored fingerprint and still check.
    const issued: Record<string, string> = {
      so: 'v1:d01b8f502db853af08919df7ebf8c3ae720fe0eb4c895bdc8603ab30126c036c',
      huyen: 'v1:8cf2e76de9b8bde74a042c609ea9a8138ec71c3167cfc1b9efc1f222d63ca6c4',
    };
    for (const [groupId, fingerprint] of Object.entries(issued)) {
      const built = buildSurveyWorkbook({ regime, template: builtInTemplate(2026, 1), groupId });
      expect([groupId, built.spec.properties[`${PROPERTY_PREFIX}${META_KEYS.fingerprint}`]]).toEqual([
        groupId,
        fingerprint,
      ]);
    }
  });
});
