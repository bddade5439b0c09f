/**
 * What a workbook is, from its metadata: a survey form, a consolidation, or something else (no
 * metadata, or another product's). Decided here only; the merge, the reader of a previous
 * consolidation and the add-in ask this instead of comparing metadata keys themselves.
 */
import { META_KEYS, PRODUCT } from '../sheet/metadata';
import type { SurveyTemplate } from '../template/types';
import { CONSOLIDATION_KIND, KIND_KEY } from './form-metadata';

export type WorkbookKind = 'survey' | 'consolidation' | 'other';

export function workbookKind(meta: Readonly<Record<string, string>> | null | undefined): WorkbookKind {
  if (!meta || (meta[META_KEYS.product] ?? '').trim() !== PRODUCT) return 'other';
  return (meta[KIND_KEY] ?? '').trim() === CONSOLIDATION_KIND ? 'consolidation' : 'survey';
}

/** Whether a consolidation of `year` and `templateId` can take a merge with `template` (same year, same template). */
export function consolidationFitsTemplate(
  previous: { year: number; templateId: string },
  template: Pick<SurveyTemplate, 'year' | 'id'>,
): boolean {
  return previous.year === template.year && previous.templateId === template.id;
}
