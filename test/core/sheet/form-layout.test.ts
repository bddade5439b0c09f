/** The form's layout (row arithmetic alone) is where the described sheet puts everything. */
import { cellAddress, parseRange, rangeAddress } from '../../../src/core/sheet/a1';
import { buildSurveyWorkbook, FORM_SHEET } from '../../../src/core/sheet/survey';
import {
  AGENCY_CODE_NAME,
  AGENCY_NAME_NAME,
  GROUP_NAME,
  YEAR_NAME,
  isContractName,
} from '../../../src/core/sheet/names';
import { planForm, surveyLayout } from '../../../src/core/sheet/survey/form-layout';
import { buildFormSheet } from '../../../src/core/sheet/survey/form-sheet';
import { builtInRegime } from '../../../src/core/regime/load';
import { defaultTemplate, parseTemplate } from '../../../src/core/template/load';
import type { SurveyTemplate } from '../../../src/core/template/types';
import { format2Json, format2Template } from '../../support/format2-template';
import { agencyOf, regime } from '../../support/sheet/fixtures';

/** Format 2 with figures but no logic check (nor the figure only a check read): no check section. */
function format2WithoutChecks(): SurveyTemplate {
  const json = format2Json();
  for (const g of json.groups as { checks?: unknown; figures?: { key: string }[] }[]) {
    delete g.checks;
    g.figures = g.figures?.filter((f) => f.key !== 'so_may_khong_lan');
  }
  const parsed = parseTemplate(json, builtInRegime);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.template;
}

const templates: [string, SurveyTemplate][] = [
  ['format 1', defaultTemplate(2026)],
  ['format 2', format2Template()],
  ['format 2 without logic checks', format2WithoutChecks()],
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

  it.each(template.groups.map((g) => [g.groupId, g] as const))(
    'group %s: no two blocks fill one cell, and the signatures come one or two blank rows after the last section',
    (groupId, group) => {
      const { spec } = buildSurveyWorkbook({ regime, template, groupId });
      const cells = spec.sheets.find((s) => s.name === FORM_SHEET)?.cells ?? [];
      const addresses = cells.map((c) => cellAddress(c.row, c.col));
      expect(addresses.filter((a, i) => addresses.indexOf(a) !== i)).toEqual([]);
      const { signRow } = planForm(group);
      const lastAbove = Math.max(
        ...cells.filter((c) => c.row < signRow && (c.value ?? c.formula) !== undefined).map((c) => c.row),
      );
      expect(signRow - lastAbove - 1).toBeGreaterThanOrEqual(1);
      expect(signRow - lastAbove - 1).toBeLessThanOrEqual(2);
    },
  );

  it.each(template.groups.map((g) => [g.groupId, g] as const))(
    'group %s: the agency, year and group cells of the layout hold them, under their names',
    (groupId) => {
      const agency = agencyOf(groupId);
      const { spec, layout } = buildSurveyWorkbook({ regime, template, groupId, agency });
      const form = spec.sheets.find((s) => s.name === FORM_SHEET);
      const valueAt = (address: string) =>
        form?.cells.find((c) => cellAddress(c.row, c.col) === address)?.value;
      expect([
        valueAt(layout.agencyNameCell),
        valueAt(layout.agencyCodeCell),
        valueAt(layout.yearCell),
        valueAt(layout.groupCell),
      ]).toEqual([agency.name, agency.code, template.year, groupId]);
      const nameAt = (name: string) => {
        const n = spec.names.find((x) => x.name === name);
        return n && rangeAddress(n.range);
      };
      expect([AGENCY_NAME_NAME, AGENCY_CODE_NAME, YEAR_NAME, GROUP_NAME].map(nameAt)).toEqual([
        layout.agencyNameCell,
        layout.agencyCodeCell,
        layout.yearCell,
        layout.groupCell,
      ]);
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
