/**
 * Appraised scores and figures that lack a reason. The decision asks every appraisal to be justified, so
 * one without a reason is flagged (pane, register, report, and highlighted on the data sheet) though it
 * still counts, as typed.
 */
import { formatPoints, toHundredths } from '../numbers/hundredths';
import { figureName } from '../sheet/names';
import { cleanText } from '../text/normalize';
import { isBlankCell } from './effective';
import { DATA_HEADERS, DATA_SHEET } from './sheets/layout';
import type { ConsolidationState } from './state';

export interface UnexplainedAppraisal {
  agencyCode: string;
  /** The sub-criterion's code, or the figure's defined name (`SL_so_may_tinh`). */
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
const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 10, useGrouping: false });

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
  // A figure counts as appraised once its cell is not blank, as the data sheet's formulas read it.
  for (const f of state.figures ?? []) {
    if (isBlankCell(f.appraised) || cleanText(f.reason) !== '') continue;
    const shown =
      typeof f.appraised === 'number' ? VI_NUMBER.format(f.appraised) : `“${String(f.appraised)}”`;
    const text = `số liệu ${figureName(f.key)} có số liệu thẩm định ${shown} nhưng chưa ghi lý do (cột “${DATA_HEADERS.reason}”, trang “${DATA_SHEET}”).`;
    found.push({
      agencyCode: f.agencyCode,
      subCode: figureName(f.key),
      text,
      message: `${APPRAISAL_NOTE_PREFIX}${text}`,
    });
  }
  return found;
}
