/**
 * The form's formulas, evaluated by a real engine (HyperFormula, with an Excel-faithful ROUND, see
 * support/excel-round.ts) on many random fills, give exactly the core's subtotals, total and rating.
 */
import fc from 'fast-check';
import qd4289 from '../../../src/core/regime/qd4289.json';
import { parseRegime } from '../../../src/core/regime/load';
import { scoreForm, shownRating, type FormInputs } from '../../../src/core/scoring/score';
import { checkEntry } from '../../../src/core/scoring/rules';
import { FORM_SHEET, STATUS, buildSurveyWorkbook, type SurveyLayout } from '../../../src/core/sheet/survey';
import { groupIds, regime, template } from '../../support/sheet/fixtures';
import { fillArbitrary } from '../../support/sheet/entries';
import { loadSheet } from '../../support/sheet/hf-form';
import { propertyRuns } from '../../support/property-runs';

/** Which problem codes of the core a status word stands for. */
const STATUS_CODES: Record<string, string[]> = {
  [STATUS.blank]: ['blank'],
  [STATUS.notNumber]: ['not-a-number', 'text-number'],
  [STATUS.negative]: ['negative'],
  [STATUS.overCap]: ['over-cap'],
  [STATUS.tooManyDecimals]: ['too-many-decimals'],
  [STATUS.evidenceMissing]: ['evidence-missing'],
};

describe.each(groupIds)('form formulas of group %s against the core', (groupId) => {
  const group = template.groups.find((g) => g.groupId === groupId);
  if (!group) throw new Error('group missing');
  // Built before each test, not once per block, so Stryker counts the build as covered by the
  // tests that read it and runs only those for a mutant in it (a block-level build is "static").
  let layout: SurveyLayout;
  let engine: ReturnType<typeof loadSheet>;
  beforeEach(() => {
    const built = buildSurveyWorkbook({ regime, template, groupId });
    layout = built.layout;
    const formSheet = built.spec.sheets.find((s) => s.name === FORM_SHEET);
    if (!formSheet) throw new Error('form sheet missing');
    engine = loadSheet(formSheet);
  });
  const subs = new Map(group.criteria.flatMap((c) => c.subCriteria).map((s) => [s.code, s]));

  function evaluate(fill: { score: unknown; evidence: unknown }[]) {
    engine.setMany(
      layout.rows.flatMap((r, i) => [
        { address: r.scoreCell, value: fill[i]?.score },
        { address: r.evidenceCell, value: fill[i]?.evidence },
      ]),
    );
    const inputs: FormInputs = {};
    layout.rows.forEach((r, i) => {
      inputs[r.code] = { score: fill[i]?.score ?? null, evidence: fill[i]?.evidence ?? null };
    });
    return { core: scoreForm(regime, group!, inputs), inputs };
  }

  it('gives the core subtotals, total and rating exactly, on many random fills', () => {
    fc.assert(
      fc.property(fillArbitrary(layout.rows), (fill) => {
        const { core } = evaluate(fill);
        layout.criterionRows.forEach((c) => {
          const sheetValue = engine.get(c.subtotalCell);
          const coreValue = core.criteria.find((x) => x.number === c.number)?.pointsHundredths;
          expect([c.number, sheetValue]).toEqual([c.number, (coreValue ?? NaN) / 100]);
        });
        expect(engine.get(layout.totalCell)).toBe(core.totalHundredths / 100);
        expect(engine.get(layout.ratingCell)).toBe(shownRating(core));
      }),
      { numRuns: propertyRuns(250) },
    );
  });

  it('shows no rating on a blank form, and one as soon as any score cell holds something', () => {
    const blank = evaluate(layout.rows.map(() => ({ score: null, evidence: null })));
    expect([engine.get(layout.ratingCell), blank.core.entered, shownRating(blank.core)]).toEqual([
      '',
      false,
      '',
    ]);
    const one = evaluate(layout.rows.map((_, i) => ({ score: i === 0 ? 'x' : null, evidence: null })));
    expect([engine.get(layout.ratingCell), shownRating(one.core)]).toEqual([
      one.core.band.label,
      one.core.band.label,
    ]);
    expect(one.core.band.label).not.toBe('');
  });

  it('shows a status word for each entry that the core reports as the same problem', () => {
    fc.assert(
      fc.property(fillArbitrary(layout.rows), (fill) => {
        const { inputs } = evaluate(fill);
        for (const r of layout.rows) {
          const sub = subs.get(r.code);
          if (!sub) throw new Error(`no sub-criterion ${r.code}`);
          const word = engine.get(r.statusCell) as string;
          const input = inputs[r.code];
          const codes = checkEntry(sub, input?.score, input?.evidence).map((p) => p.code);
          if (word === STATUS.ok) expect([r.code, input, codes]).toEqual([r.code, input, []]);
          else
            expect([r.code, input, word, codes.some((c) => (STATUS_CODES[word] ?? []).includes(c))]).toEqual([
              r.code,
              input,
              word,
              true,
            ]);
        }
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('sits exactly on the band edges (84,99 / 85 / 84,995 and the other bands)', () => {
    // Start from a full form and take the deficit off the rows in turn, in thousandths of a point.
    const totalCapThousandths = layout.rows.reduce((s, r) => s + r.capHundredths * 10, 0);
    const bandOf = (hundredths: number) =>
      [...regime.bands]
        .sort((a, b) => (b.minHundredths ?? -1) - (a.minHundredths ?? -1))
        .find((b) => b.minHundredths === null || hundredths >= b.minHundredths)?.label;
    for (const targetThousandths of [84990, 85000, 84995, 84994, 70000, 69990, 69995, 50000, 49990]) {
      let deficit = totalCapThousandths - targetThousandths;
      const fill = layout.rows.map((r) => {
        const take = Math.min(r.capHundredths * 10, deficit);
        deficit -= take;
        return { score: (r.capHundredths * 10 - take) / 1000, evidence: 'x' };
      });
      const { core } = evaluate(fill);
      const total = engine.get(layout.totalCell);
      expect([targetThousandths, total, engine.get(layout.ratingCell)]).toEqual([
        targetThousandths,
        core.totalHundredths / 100,
        shownRating(core),
      ]);
      expect(engine.get(layout.ratingCell)).toBe(bandOf(Math.round(Number(total) * 100)));
    }
    // The exact edges themselves: 85,00 is Tốt and 84,99 is Khá.
    expect(bandOf(8500)).toBe(regime.bands[0]?.label);
  });
});

describe('form rating with band labels that hold quotes', () => {
  // A regime is a data file: nothing stops a label like “Tốt "A"”; the formula must show it as written.
  const json = structuredClone(qd4289);
  const labels = ['Tốt "A"', 'Khá', 'Trung bình', '"Yếu"'];
  json.bands.forEach((b, i) => (b.label = labels[i] ?? b.label));
  const quotedRegime = parseRegime(json);
  const group = template.groups.find((g) => g.groupId === 'so');
  if (!group) throw new Error('group missing');
  let layout: SurveyLayout;
  let engine: ReturnType<typeof loadSheet>;
  beforeEach(() => {
    const built = buildSurveyWorkbook({ regime: quotedRegime, template, groupId: 'so' });
    layout = built.layout;
    engine = loadSheet(built.spec.sheets.find((s) => s.name === FORM_SHEET) ?? built.spec.sheets[0]!);
  });

  it.each([
    [1, 'Tốt "A"'],
    [0, '"Yếu"'],
  ])('shows the band of a form filled at %s × the caps as the core names it: %s', (share, label) => {
    engine.setMany(
      layout.rows.map((r) => ({ address: r.scoreCell, value: (share * r.capHundredths) / 100 })),
    );
    const inputs: FormInputs = Object.fromEntries(
      layout.rows.map((r) => [r.code, { score: (share * r.capHundredths) / 100, evidence: 'Có' }]),
    );
    expect([engine.get(layout.ratingCell), shownRating(scoreForm(quotedRegime, group, inputs))]).toEqual([
      label,
      label,
    ]);
  });
});
