/**
 * The built-in 2026 template is issued twice under one id: version 1 (self-scored) and version 2 (points
 * from figures). Forms filled from version 1 before the re-issue still merge beside version-2 forms.
 */
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import { consolidate } from '../../../src/core/consolidation/consolidate';
import { rulePoints, readFigures } from '../../../src/core/scoring/rule-points';
import { figureName } from '../../../src/core/sheet/names';
import {
  builtInTemplate,
  builtInTemplates,
  defaultTemplate,
  groupTemplate,
  subCriteriaOf,
} from '../../../src/core/template/load';
import type { SurveyTemplate } from '../../../src/core/template/types';
import { agencyOf, ctx, filledForm, regime, roster } from '../../support/consolidation/forms';
import { fileInfo, setNamed } from '../../support/consolidation/returned';

const v1 = builtInTemplate(2026, 1, regime);
const v2 = builtInTemplate(2026, 2, regime);

function group(t: SurveyTemplate, id: string) {
  const g = groupTemplate(t, id);
  if (!g) throw new Error(id);
  return g;
}

describe('the built-in 2026 templates', () => {
  it('are one id at versions 2 then 1; version 2 is format 2 and the default', () => {
    expect(builtInTemplates(2026, regime).map((t) => [t.id, t.version, t.formatVersion ?? 1])).toEqual([
      ['thanh-hoa-cntt-2026', 2, 2],
      ['thanh-hoa-cntt-2026', 1, 1],
    ]);
    expect(defaultTemplate(2026, regime)).toEqual(v2);
  });

  it.each(['so', 'huyen'])(
    'version 2 of %s keeps the codes and caps of version 1 and computes from figures',
    (id) => {
      const [old, now] = [subCriteriaOf(group(v1, id)), subCriteriaOf(group(v2, id))];
      expect(now.map((s) => [s.code, s.capHundredths])).toEqual(old.map((s) => [s.code, s.capHundredths]));
      const computed = now.filter((s) => s.rule !== undefined);
      // Almost every guidance is a computation; what remains is scored by hand.
      expect(computed.length).toBeGreaterThan(now.length - 3);
      expect(now.some((s) => s.rule === undefined)).toBe(true);
      expect(new Set(computed.map((s) => s.rule?.kind))).toEqual(
        new Set(['ratio', 'yesno', 'tiers', 'count', 'choice']),
      );
    },
  );

  it.each(['so', 'huyen'])(
    'version 2 of %s checks a part never exceeds its whole (staff with a computer ≤ staff)',
    (id) => {
      const checks = group(v2, id).checks ?? [];
      expect(checks).toContainEqual(expect.objectContaining({ kind: 'le', a: 'so_cb_co_may', b: 'so_cbcc' }));
      expect(checks).toContainEqual(
        expect.objectContaining({ kind: 'le', a: 'so_may_ket_noi', b: 'so_may_tinh' }),
      );
    },
  );

  it('scores 1.1 from the staff figures: 30 of 40 staff with a computer → 2 × 75 % = 1,5', () => {
    const g = group(v2, 'so');
    const sub = subCriteriaOf(g).find((s) => s.code === '1.1');
    if (sub?.rule === undefined || sub.rule.kind === 'manual') throw new Error('1.1 is not computed');
    const figures = readFigures(g.figures ?? [], { so_cbcc: 40, so_cb_co_may: 30 });
    expect(rulePoints(sub.rule, sub.capHundredths, figures).pointsHundredths).toBe(150);
  });
});

describe('a version-1 form after version 2 is issued', () => {
  const so1 = agencyOf('so', 0);
  const so2 = agencyOf('so', 1);
  const check = (wb: ReturnType<typeof filledForm>) =>
    checkSubmission(fileInfo(wb.fileName), wb, ctx({ templates: [v2] }));

  it('is merged with its self-scores beside a version-2 form, with a warning naming the now-computed codes', () => {
    const old = check(filledForm({ agency: so1, template: v1, scores: { '1.1': 1.25 } }));
    expect(old.outcome).toBe('accepted-with-warnings');
    expect(old.problems.map((p) => [p.code, p.severity])).toEqual([['template-older-version', 'warning']]);
    expect(old.problems[0]?.message).toMatch(/phiên bản 1 \(tự chấm điểm\).*1\.1, 1\.2/u);
    expect(old.data?.templateVersion).toBe(1);
    expect(old.data?.entries['1.1']?.self).toBe(1.25);

    const wb = filledForm({ agency: so2, template: v2 });
    setNamed(wb, figureName('so_cbcc'), 40);
    setNamed(wb, figureName('so_cb_co_may'), 30);
    const current = check(wb);
    expect(current.outcome).not.toBe('rejected');
    expect(current.data?.entries['1.1']?.self).toBe(1.5);

    const run = consolidate({
      previous: null,
      submissions: [old, current],
      template: v2,
      regime,
      roster,
      now: '2026-11-25T02:00:00Z',
    });
    const rows = run.tables.find((t) => t.groupId === 'so')?.rows ?? [];
    // Criterion 1: 1,25 + half of 1,5 + 1,5 + 1 + 1 + 1 typed by hand; only 1.1 from figures (1,5) in version 2.
    expect([so1.code, so2.code].map((c) => rows.find((r) => r.code === c)?.criteriaHundredths[0])).toEqual([
      425, 150,
    ]);
  });

  it('is still refused when a cap changed, as before', () => {
    const changed = structuredClone(v1);
    const [a, b] = changed.groups.find((g) => g.groupId === 'so')?.criteria[0]?.subCriteria ?? [];
    if (!a || !b) throw new Error('no sub-criteria');
    [a.capHundredths, b.capHundredths] = [b.capHundredths, a.capHundredths];
    const s = check(filledForm({ agency: so1, template: changed }));
    expect(s.outcome).toBe('rejected');
    expect(s.problems.map((p) => p.code)).toContain('template-outdated');
  });
});
