/**
 * Appraised scores that lack a reason. The decision asks every appraised score to be justified, so
 * one without a reason is flagged (pane, register, report) though it still counts, as typed.
 */
import { formatPoints, toHundredths } from '../numbers/hundredths';
import { cleanText } from '../text/normalize';
import { DATA_HEADERS, DATA_SHEET } from './sheets/layout';
import type { ConsolidationState } from './state';

export interface UnexplainedAppraisal {
  agencyCode: string;
  subCode: string;
  /** Vietnamese, e.g. 'tiêu chí 1.1 có điểm thẩm định 0 nhưng chưa ghi lý do …'. */
  text: string;
  /** The register's note: the text after APPRAISAL_NOTE_PREFIX. */
  message: string;
}

/**
 * Every register note this module writes starts so: the register is read back into the state, and
 * these notes are derived anew each time, never kept (read-state drops them).
 */
export const APPRAISAL_NOTE_PREFIX = 'Thẩm định: ';

export function unexplainedAppraisals(state: ConsolidationState): UnexplainedAppraisal[] {
  const found: UnexplainedAppraisal[] = [];
  for (const r of state.rows) {
    if (typeof r.appraised !== 'number' || !Number.isFinite(r.appraised) || cleanText(r.reason) !== '')
      continue;
    const text = `tiêu chí ${r.subCode} có điểm thẩm định ${formatPoints(toHundredths(r.appraised))} nhưng chưa ghi lý do (cột “${DATA_HEADERS.reason}”, trang “${DATA_SHEET}”).`;
    found.push({
      agencyCode: r.agencyCode,
      subCode: r.subCode,
      text,
      message: `${APPRAISAL_NOTE_PREFIX}${text}`,
    });
  }
  return found;
}
