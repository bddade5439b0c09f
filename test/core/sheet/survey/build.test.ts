/** The survey workbook: refusals of badly chosen options, the sheets, and the hidden metadata sheet. */
import { cellAddress } from '../../../../src/core/sheet/a1';
import { fingerprintFromSpec } from '../../../../src/core/sheet/fingerprint';
import { META_SHEET, readMetadata } from '../../../../src/core/sheet/metadata';
import type { SheetSpec } from '../../../../src/core/sheet/spec';
import {
  FORM_SHEET,
  GUIDE_SHEET,
  SurveyOptionsError,
  buildSurveyWorkbook,
} from '../../../../src/core/sheet/survey';
import { agencyGroupMismatch } from '../../../../src/core/sheet/survey/build';
import { format2Template } from '../../../support/format2-template';
import { agencyOf, regime, template } from '../../../support/sheet/fixtures';

function refusal(run: () => unknown): { name: string; message: string; isOptions: boolean } {
  try {
    run();
  } catch (e) {
    const err = e as Error;
    return { name: err.name, message: err.message, isOptions: e instanceof SurveyOptionsError };
  }
  throw new Error('not refused');
}

describe('buildSurveyWorkbook', () => {
  it('refuses a group the template lacks, listing the groups it has', () => {
    expect(refusal(() => buildSurveyWorkbook({ regime, template, groupId: 'xa' }))).toEqual({
      name: 'SurveyOptionsError',
      message: `Nhóm “xa” không có trong mẫu phiếu ${template.id} (các nhóm có: ${template.groups.map((g) => g.groupId).join(', ')}).`,
      isOptions: true,
    });
  });

  it('refuses a template of another regime', () => {
    const other = { ...template, regimeId: 'quy-dinh-khac' };
    expect(refusal(() => buildSurveyWorkbook({ regime, template: other, groupId: 'so' }))).toEqual({
      name: 'SurveyOptionsError',
      message: `Mẫu phiếu ${template.id} thuộc chế độ xếp hạng “quy-dinh-khac”, không phải “${regime.id}”.`,
      isOptions: true,
    });
  });

  it('refuses an agency of another group, naming it and both groups', () => {
    const agency = agencyOf('huyen');
    expect(refusal(() => buildSurveyWorkbook({ regime, template, groupId: 'so', agency }))).toEqual({
      name: 'SurveyOptionsError',
      message: `Đơn vị ${agency.code} (${agency.name}) thuộc nhóm “huyen”, không thuộc nhóm “so”.`,
      isOptions: true,
    });
    expect(agencyGroupMismatch(agency, 'huyen')).toBeNull();
  });

  it('writes the guide, the form and a very hidden, protected metadata sheet with the record', () => {
    const agency = agencyOf('so');
    const { spec } = buildSurveyWorkbook({ regime, template, groupId: 'so', agency });
    expect(spec.sheets.map((s) => s.name)).toEqual([GUIDE_SHEET, FORM_SHEET, META_SHEET]);
    expect(spec.activeSheet).toBe(FORM_SHEET);
    const meta = spec.sheets[2] as SheetSpec;
    expect(meta).toMatchObject({
      visibility: 'veryHidden',
      columns: [
        { col: 1, width: 20 },
        { col: 2, width: 80 },
      ],
      rows: [],
      merges: [],
      validations: [],
      conditionalFormats: [],
      protection: { password: '' },
    });
    const cells: Record<string, { value: string | number | boolean | null }> = {};
    for (const c of meta.cells) cells[cellAddress(c.row, c.col)] = { value: c.value ?? null };
    expect(readMetadata(cells)).toMatchObject({
      regimeId: regime.id,
      templateId: template.id,
      year: '2026',
      group: 'so',
      templateVersion: String(template.version),
      agencyCode: agency.code,
    });
    expect(spec.properties['XHCNTT.agencyCode']).toBe(agency.code);
    expect(spec.properties['XHCNTT.group']).toBe('so');
    expect(spec.names.length).toBeGreaterThan(0);
    expect(Object.keys(spec.styles)).toContain('scoreInput');
  });

  it('fingerprints a format-2 form with its computed sub-criteria', () => {
    const { spec, layout } = buildSurveyWorkbook({ regime, template: format2Template(), groupId: 'so' });
    const computed = layout.rows.filter((r) => r.computed).map((r) => r.code);
    expect(computed).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']);
    expect(spec.properties['XHCNTT.fingerprint']).toBe(fingerprintFromSpec(spec, FORM_SHEET, computed));
    expect(spec.properties['XHCNTT.fingerprint']).not.toBe(fingerprintFromSpec(spec, FORM_SHEET));
  });
});
