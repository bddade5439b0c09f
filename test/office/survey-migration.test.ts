/**
 * A re-issued template in the pane, against the Excel double: a filled version-1 form is found, its entries
 * read in one sync, and the new version's form written with the unchanged entries typed in, the old sheet
 * kept under another name.
 */
import { builtInRegime } from '../../src/core/regime/load';
import { buildSurveyWorkbook } from '../../src/core/sheet/survey/build';
import { withMigratedEntries } from '../../src/core/sheet/survey/migrated-entries';
import { planMigration } from '../../src/core/template/migration';
import { builtInTemplate, groupTemplate } from '../../src/core/template/load';
import { createExcelDouble, installExcelDouble } from '../../src/excel-double';
import { findSurvey, insertSurvey, readInputs } from '../../src/office/survey-workbook';
import { migrationOffer } from '../../src/taskpane/survey/migration-offer';

const v1 = builtInTemplate(2026, 1);
const v2 = builtInTemplate(2026, 2);
const build = (template = v2) => ({
  ...buildSurveyWorkbook({ regime: builtInRegime, template, groupId: 'so' }),
  template,
  groupId: 'so',
});

it('offers to move a version-1 form into version 2, and moves what kept its meaning within the sync budget', async () => {
  const d = installExcelDouble(globalThis, createExcelDouble({ excelApi: '1.17' }));
  const old = build(v1);
  await insertSurvey(old.spec, 'create');
  await d.settle();
  const row = (code: string) => {
    const r = old.layout.rows.find((x) => x.code === code);
    if (!r) throw new Error(code);
    return r;
  };
  d.user.type(old.layout.formSheet, row('3.1').scoreCell, '4,25');
  d.user.type(old.layout.formSheet, row('3.1').evidenceCell, 'https://so.thanhhoa.gov.vn');
  d.user.type(old.layout.formSheet, row('1.1').scoreCell, '1,5');
  d.user.type(old.layout.formSheet, old.layout.agencyCodeCell, 'STP');
  d.user.type(old.layout.formSheet, old.layout.agencyNameCell, 'Sở Tư pháp');
  await d.settle();
  d.resetStats();

  const next = build();
  const result = await insertSurvey(next.spec, 'create');
  if (result.status !== 'exists') throw new Error('the old form was not found');
  const offer = await migrationOffer({ readInputs, planMigration, groupTemplate }, result.info, next);
  expect(offer).toMatchObject({ fromVersion: 1, toVersion: 2 });
  expect(offer?.plan.kept).toEqual([{ code: '3.1', score: 4.25, evidence: 'https://so.thanhhoa.gov.vn' }]);
  expect(offer?.plan.dropped).toEqual([
    { what: 'Tiêu chí 1.1', reason: 'nay tính điểm từ số liệu (nhập số liệu ở mục Số liệu)' },
  ]);
  if (!offer) return;
  await insertSurvey(withMigratedEntries(next.spec, next.layout, offer.plan), 'replace');
  // Probe, read the old entries, then replace as ever: a probe and the render's at most two syncs.
  expect(d.syncCount()).toBeLessThanOrEqual(5);

  const form = next.layout.formSheet;
  const newRow = next.layout.rows.find((r) => r.code === '3.1');
  expect(d.value(form, newRow?.scoreCell ?? '')).toBe(4.25);
  expect(d.value(form, newRow?.evidenceCell ?? '')).toBe('https://so.thanhhoa.gov.vn');
  // Who fills the form moves too (the new form was not made for a chosen agency).
  expect(d.value(form, next.layout.agencyCodeCell)).toBe('STP');
  expect(d.value(form, next.layout.agencyNameCell)).toBe('Sở Tư pháp');
  // Nothing is lost: the old sheet keeps every entry under its archived name.
  expect(d.value(`${form} (cũ 1)`, row('1.1').scoreCell)).toBe(1.5);
  const found = await findSurvey();
  expect([found?.template?.version, found?.problems]).toEqual([2, []]);
});

it('moves figures with their evidence (MC_SL) into a re-issued version-2 form', async () => {
  const d = installExcelDouble(globalThis, createExcelDouble({ excelApi: '1.17' }));
  const old = build(v2);
  await insertSurvey(old.spec, 'create');
  await d.settle();
  const fig = (layout: typeof old.layout, key: string) => {
    const f = layout.figures?.find((x) => x.key === key);
    if (!f?.evidenceCell) throw new Error(key);
    return f as typeof f & { evidenceCell: string };
  };
  d.user.type(old.layout.formSheet, fig(old.layout, 'so_phan_mem').valueCell, '4');
  d.user.type(old.layout.formSheet, fig(old.layout, 'so_phan_mem').evidenceCell, 'Danh mục phần mềm');
  d.user.type(old.layout.formSheet, fig(old.layout, 'quy_che_attt').evidenceCell, 'QĐ 9/2026');
  await d.settle();

  const next = build({ ...v2, version: 3 });
  const result = await insertSurvey(next.spec, 'create');
  if (result.status !== 'exists') throw new Error('the old form was not found');
  const offer = await migrationOffer({ readInputs, planMigration, groupTemplate }, result.info, next);
  expect(offer?.plan.keptFigures).toEqual([
    { key: 'so_phan_mem', value: 4, evidence: 'Danh mục phần mềm' },
    { key: 'quy_che_attt', value: null, evidence: 'QĐ 9/2026' },
  ]);
  if (!offer) return;
  await insertSurvey(withMigratedEntries(next.spec, next.layout, offer.plan), 'replace');
  const form = next.layout.formSheet;
  expect(d.value(form, fig(next.layout, 'so_phan_mem').valueCell)).toBe(4);
  expect(d.value(form, fig(next.layout, 'so_phan_mem').evidenceCell)).toBe('Danh mục phần mềm');
  expect(d.value(form, fig(next.layout, 'quy_che_attt').evidenceCell)).toBe('QĐ 9/2026');
});

it('offers nothing for the same version or another template id', async () => {
  installExcelDouble(globalThis, createExcelDouble({ excelApi: '1.17' }));
  const same = build();
  await insertSurvey(same.spec, 'create');
  const result = await insertSurvey(same.spec, 'create');
  if (result.status !== 'exists') throw new Error('not found');
  const services = { readInputs, planMigration, groupTemplate };
  await expect(migrationOffer(services, result.info, same)).resolves.toBeNull();
  const other = { ...same, template: { ...v2, id: 'mau-khac-2026', version: 3 } };
  await expect(migrationOffer(services, result.info, other)).resolves.toBeNull();
});
