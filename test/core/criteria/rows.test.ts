/** The template's items as rows of the criteria workbook: empty texts leave the cell empty, no rule reads “Tự chấm”. */
import { figureRow, subRows } from '../../../src/core/criteria/rows';
import { builtInRegime } from '../../../src/core/regime/load';
import type { SurveyTemplate } from '../../../src/core/template/types';
import { format2Template } from '../../support/format2-template';

const regime = builtInRegime;

/** The format-2 template with its first two sub-criteria changed. */
function withFirstSubs(
  first: Partial<SurveyTemplate['groups'][number]['criteria'][number]['subCriteria'][number]>,
  second: Partial<SurveyTemplate['groups'][number]['criteria'][number]['subCriteria'][number]>,
): SurveyTemplate {
  const t = format2Template();
  const [g, ...groups] = t.groups;
  if (g === undefined) throw new Error('no group');
  const [c, ...criteria] = g.criteria;
  if (c === undefined) throw new Error('no criterion');
  const [s1, s2, ...subs] = c.subCriteria;
  if (s1 === undefined || s2 === undefined) throw new Error('fewer than two sub-criteria');
  const changed = { ...c, subCriteria: [{ ...s1, ...first }, { ...s2, ...second }, ...subs] };
  return { ...t, groups: [{ ...g, criteria: [changed, ...criteria] }, ...groups] };
}

describe('a sub-criterion as a row', () => {
  it('is “Tự chấm” with no other rule cell, whether it has no rule or a manual one', () => {
    const rows = subRows(regime, withFirstSubs({ rule: undefined }, { rule: { kind: 'manual' } }));
    for (const row of rows.slice(0, 2)) {
      expect(row.kind).toBe('Tự chấm');
      expect([row.figure, row.denominator, row.partial, row.tiers, row.options]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    }
  });

  it('leaves the guidance cell empty for empty guidance, and writes guidance as given', () => {
    const rows = subRows(regime, withFirstSubs({ guidance: '' }, { guidance: 'Đếm văn bản' }));
    expect(rows[0]?.guidance).toBeUndefined();
    expect(rows[1]?.guidance).toBe('Đếm văn bản');
  });
});

describe('a figure as a row', () => {
  it('leaves the unit cell empty for an empty unit', () => {
    const f = { key: 'so_may', label: 'Số máy', type: 'integer', evidenceRequired: false } as const;
    expect(figureRow('so', { ...f, unit: '' }).unit).toBeUndefined();
    expect(figureRow('so', { ...f, unit: 'máy' }).unit).toBe('máy');
  });
});
