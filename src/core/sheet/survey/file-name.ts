/** The name a standalone survey file is offered under: ASCII, so every file system and e-mail client keeps it. */
import type { SurveyWorkbookOptions } from './build';

/** Lower-case letters, digits and single dashes only (group ids and agency codes are ASCII already). */
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** `phieu-khao-sat-<nhóm>-<năm>-v<phiên bản>[-<mã đơn vị>].xlsx`, e.g. `phieu-khao-sat-so-2026-v1.xlsx`. */
export function surveyFileName({
  template,
  groupId,
  agency,
}: Pick<SurveyWorkbookOptions, 'template' | 'groupId' | 'agency'>): string {
  const parts = ['phieu-khao-sat', slug(groupId), String(template.year), `v${template.version}`];
  if (agency) parts.push(slug(agency.code));
  return `${parts.filter((p) => p !== '').join('-')}.xlsx`;
}
