/** The form's layout (row arithmetic alone) is where the described sheet puts everything. */
import { cellAddress, parseRange, rangeAddress } from '../../../src/core/sheet/a1';
import { buildSurveyWorkbook, FORM_SHEET } from '../../../src/core/sheet/survey';
import { isContractName } from '../../../src/core/sheet/names';
import { planForm, surveyLayout } from '../../../src/core/sheet/survey/form-layout';
import { buildFormSheet } from '../../../src/core/sheet/survey/form-sheet';
import { defaultTemplate } from '../../../src/core/template/load';
import type { SurveyTemplate } from '../../../src/core/template/types';
import { format2Template } from '../../support/format2-template';
import { regime } from '../../support/sheet/fixtures';

const templates: [string, SurveyTemplate][] = [
  ['format 1', defaultTemplate(2026)],
  ['format 2', format2Template()],
];

describe.each(templates)('form layout (%s)', (_, template) => {
  it.each(template.groups.map((g) => [g.groupId, g] as const))(
    'group %s: equals the layout of the built form',
    (groupId, group) => {
      const { spec, layout } = buildSurveyWorkbook({ regime, template, groupId });
      expect(surveyLayout(group)).toEqual(layout);
      const form = spec.sheets.find((s) => s.name === FORM_SHEET);
      const at = new Map((form?.cells ?? []).map((c) => [cellAddress(c.row, c.col), c]));
      // Every position the layout names holds what it says: formulas for results, titles for criteria.
      for (const r of layout.rows) {
        expect(at.get(r.countedCell)?.formula).toContain(r.scoreCell);
        expect(at.get(cellAddress(r.row, 1))?.value).toBe(r.code);
      }
      expect(at.get(layout.totalCell)?.formula).toBeDefined();
      expect(at.get(layout.ratingCell)?.formula).toContain(layout.totalCell);
      const plan = planForm(group);
      const signTitle = at.get(cellAddress(plan.signRow + 1, 1))?.value;
      expect(String(signTitle)).toContain('NGƯỜI LẬP PHIẾU');
      expect(form?.print?.area && rangeAddress(form.print.area)).toBe(`A1:G${plan.signRow + 1}`);
      for (const cell of layout.checkStatusCells ?? []) expect(at.get(cell)?.formula).toBeDefined();
      for (const n of spec.names.filter((n) => n.name === 'TONG_DIEM'))
        expect(rangeAddress(n.range)).toBe(rangeAddress(parseRange(layout.totalCell)));
    },
  );

  // The structure comparison reads these names as the form's contract without filtering them.
  it.each(template.groups.map((g) => [g.groupId, g] as const))(
    'group %s: every name of the form sheet is a contract name on that sheet',
    (groupId, group) => {
      const regimeGroup = regime.groups.find((g) => g.id === groupId);
      if (!regimeGroup) throw new Error(`no regime group ${groupId}`);
      const { names, layout } = buildFormSheet({ regime, template, regimeGroup, group });
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) {
        expect(n.sheet).toBe(layout.formSheet);
        expect(isContractName(n.name)).toBe(true);
      }
    },
  );
});
