/** What a standalone survey file is, read with the project's reader, against the survey it should be. */
import { fingerprintFromReturned } from '../../../src/core/sheet/fingerprint';
import { META_SHEET, PROPERTY_PREFIX, readMetadata } from '../../../src/core/sheet/metadata';
import type { WorkbookSpec } from '../../../src/core/sheet/spec';
import { FORM_SHEET, type SurveyLayout } from '../../../src/core/sheet/survey';
import { readOk } from './read';

export interface SurveyFileIdentity {
  year: string | undefined;
  group: string | undefined;
  templateId: string | undefined;
  templateVersion: string | undefined;
  agencyCode: string | undefined;
  /** The fingerprint the file states (its metadata sheet). */
  fingerprint: string | undefined;
  /** The fingerprint recomputed from the file's form, as the merge does. */
  recomputed: string;
}

export function surveyFileIdentity(
  bytes: Uint8Array,
  fileName: string,
  layout: SurveyLayout,
): SurveyFileIdentity {
  const wb = readOk(bytes, fileName);
  const meta = readMetadata(wb.cells[META_SHEET] ?? {});
  const computed = layout.rows.filter((r) => r.computed).map((r) => r.code);
  return {
    year: meta['year'],
    group: meta['group'],
    templateId: meta['templateId'],
    templateVersion: meta['templateVersion'],
    agencyCode: meta['agencyCode'],
    fingerprint: meta['fingerprint'],
    recomputed: fingerprintFromReturned(wb, FORM_SHEET, computed),
  };
}

/** The fingerprint a survey description states (its document properties). */
export function specFingerprint(spec: WorkbookSpec): string | undefined {
  return spec.properties[`${PROPERTY_PREFIX}fingerprint`];
}
