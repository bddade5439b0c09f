/** The survey workbook of one year, one group and optionally one agency, as a renderer-neutral description. */
import type { Regime } from '../../regime/types';
import type { Agency } from '../../roster/types';
import { templateToJson } from '../../template/load';
import type { SurveyTemplate } from '../../template/types';
import { fingerprintFromSpec } from '../fingerprint';
import { META_SHEET, metadataCells, metadataProperties, metadataRecord } from '../metadata';
import type { SheetSpec, WorkbookSpec } from '../spec';
import { buildFormSheet } from './form-sheet';
import { buildGuideSheet } from './guide-sheet';
import { FORM_SHEET, type SurveyLayout } from './layout';
import { surveyStyles } from './styles';

export interface SurveyWorkbookOptions {
  regime: Regime;
  template: SurveyTemplate;
  groupId: string;
  agency?: Agency;
}

/** Thrown for options a user chose badly (unknown group, agency of another group); the message is Vietnamese. */
export class SurveyOptionsError extends Error {
  override name = 'SurveyOptionsError';
}

/** Why a form for `groupId` cannot be prefilled for `agency` (it belongs to another group), or null. */
export function agencyGroupMismatch(agency: Agency, groupId: string): string | null {
  return agency.group === groupId
    ? null
    : `Đơn vị ${agency.code} (${agency.name}) thuộc nhóm “${agency.group}”, không thuộc nhóm “${groupId}”.`;
}

export function buildSurveyWorkbook(opts: SurveyWorkbookOptions): {
  spec: WorkbookSpec;
  layout: SurveyLayout;
} {
  const { regime, template, groupId, agency } = opts;
  const regimeGroup = regime.groups.find((g) => g.id === groupId);
  const group = template.groups.find((g) => g.groupId === groupId);
  if (!regimeGroup || !group) {
    const known = template.groups.map((g) => g.groupId).join(', ');
    throw new SurveyOptionsError(
      `Nhóm “${groupId}” không có trong mẫu phiếu ${template.id} (các nhóm có: ${known}).`,
    );
  }
  if (template.regimeId !== regime.id) {
    throw new SurveyOptionsError(
      `Mẫu phiếu ${template.id} thuộc chế độ xếp hạng “${template.regimeId}”, không phải “${regime.id}”.`,
    );
  }
  const mismatch = agency ? agencyGroupMismatch(agency, groupId) : null;
  if (mismatch !== null) throw new SurveyOptionsError(mismatch);
  const parts = { regime, template, regimeGroup, group, ...(agency ? { agency } : {}) };
  const form = buildFormSheet(parts);
  const guide = buildGuideSheet(parts);
  const withoutMeta: WorkbookSpec = {
    sheets: [guide, form.sheet],
    names: form.names,
    styles: surveyStyles,
    properties: {},
    activeSheet: FORM_SHEET,
  };
  const record = metadataRecord({
    regimeId: regime.id,
    templateId: template.id,
    year: template.year,
    group: groupId,
    templateVersion: template.version,
    agencyCode: agency?.code ?? '',
    fingerprint: fingerprintFromSpec(
      withoutMeta,
      FORM_SHEET,
      form.layout.rows.filter((r) => r.computed).map((r) => r.code),
    ),
    templateJson: templateToJson(template),
  });
  const metaSheet: SheetSpec = {
    name: META_SHEET,
    visibility: 'veryHidden',
    columns: [
      { col: 1, width: 20 },
      { col: 2, width: 80 },
    ],
    rows: [],
    cells: metadataCells(record),
    merges: [],
    validations: [],
    conditionalFormats: [],
    protection: { password: '' },
  };
  const spec: WorkbookSpec = {
    ...withoutMeta,
    sheets: [...withoutMeta.sheets, metaSheet],
    properties: metadataProperties(record),
  };
  return { spec, layout: form.layout };
}
