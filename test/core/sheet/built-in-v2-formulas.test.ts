/**
 * The built-in 2026 template, version 2: each group's form, evaluated by HyperFormula on random figures (and a
 * self-score for the rows left manual), gives the core's points, subtotals, total and rating exactly.
 */
import fc from 'fast-check';
import { scoreForm, type FormInputs } from '../../../src/core/scoring/score';
import { nonPortableFunctions } from '../../../src/core/sheet/portable-functions';
import type { SheetSpec } from '../../../src/core/sheet/spec';
import { FORM_SHEET, buildSurveyWorkbook, type SurveyLayout } from '../../../src/core/sheet/survey';
import { builtInTemplate, groupTemplate } from '../../../src/core/template/load';
import { regime } from '../../support/sheet/fixtures';
import { figuresArbitrary } from '../../support/sheet/figure-entries';
import { loadSheet } from '../../support/sheet/hf-form';
import { propertyRuns } from '../../support/property-runs';

const template = builtInTemplate(2026, 2, regime);

describe.each(['so', 'huyen'])('built-in version 2, group %s, in HyperFormula', (groupId) => {
  const group = groupTemplate(template, groupId);
  if (!group) throw new Error(groupId);
  // Built before each test, not once per block, so Stryker counts the build as covered by the
  // tests that read it and runs only those for a mutant in it (a block-level build is "static").
  let layout: SurveyLayout;
  let sheet: SheetSpec;
  let engine: ReturnType<typeof loadSheet>;
  beforeEach(() => {
    const built = buildSurveyWorkbook({ regime, template, groupId });
    layout = built.layout;
    const form = built.spec.sheets.find((s) => s.name === FORM_SHEET);
    if (!form) throw new Error('form sheet missing');
    sheet = form;
    engine = loadSheet(sheet);
  });

  it('writes only functions Excel 2010 and LibreOffice share', () => {
    const formulas = sheet.cells.flatMap((c) => (c.formula === undefined ? [] : [c.formula]));
    expect(formulas.flatMap((f) => nonPortableFunctions(f))).toEqual([]);
  });

  it('agrees with the core on random figures', () => {
    fc.assert(
      fc.property(
        figuresArbitrary(group.figures ?? []),
        fc.integer({ min: 0, max: 600 }),
        (figures, manual) => {
          const manualRows = layout.rows.filter((r) => !r.computed);
          const scores = Object.fromEntries(
            manualRows.map((r) => [r.code, Math.min(manual, r.capHundredths) / 100]),
          );
          engine.setMany([
            ...(layout.figures ?? []).map((f) => ({ address: f.valueCell, value: figures[f.key] })),
            ...manualRows.map((r) => ({ address: r.scoreCell, value: scores[r.code] ?? null })),
          ]);
          const inputs: FormInputs = {};
          for (const r of layout.rows) inputs[r.code] = { score: scores[r.code] ?? null, evidence: null };
          const core = scoreForm(regime, group, inputs, figures);
          layout.criterionRows.forEach((c) => {
            expect([c.number, engine.get(c.subtotalCell)]).toEqual([
              c.number,
              (core.criteria.find((x) => x.number === c.number)?.pointsHundredths ?? NaN) / 100,
            ]);
          });
          expect(engine.get(layout.totalCell)).toBe(core.totalHundredths / 100);
          expect(engine.get(layout.ratingCell)).toBe(core.band.label);
        },
      ),
      { numRuns: propertyRuns(60) },
    );
  });
});
