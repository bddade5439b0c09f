/**
 * An earlier consolidation kept as an .xlsx file, read back for a re-merge. The CLI (`consolidate
 * --out`) and the appraisers' browser page both read it here, so the same file gives the same state
 * (the write side is write-consolidation.ts, kept apart so the page fetches ExcelJS only to write).
 */
import { readConsolidationState } from '../core/consolidation/read-state';
import type { ConsolidationState } from '../core/consolidation/state';
import type { StoredRosterRead } from '../core/consolidation/stored-roster';
import type { Regime } from '../core/regime/types';
import type { SurveyTemplate } from '../core/template/types';
import { readReturnedWorkbook } from './read-workbook';

export interface PreviousConsolidation {
  state: ConsolidationState;
  /** The roster stored in the file (`none` when it was written before rosters were stored). */
  roster: StoredRosterRead;
}

export type PreviousRead = ({ ok: true } & PreviousConsolidation) | { ok: false; message: string };

/**
 * Reads an earlier consolidation file completely, or says why it cannot be merged into (`shownName`
 * is how the user knows the file). When `expect` is given, a file of another year or template is refused.
 */
export function readConsolidationFile(
  bytes: Uint8Array,
  shownName: string,
  regime: Regime,
  expect?: SurveyTemplate,
): PreviousRead {
  const outcome = readReturnedWorkbook(bytes, shownName.split(/[\\/]/).pop() ?? shownName);
  if (!outcome.ok)
    return {
      ok: false,
      message: `${outcome.problem.message} Không ghi đè tệp “${shownName}”; hãy chọn tệp kết quả khác.`,
    };
  const read = readConsolidationState(outcome.workbook, regime);
  if (!read.ok) return read;
  if (expect) {
    const mismatch = previousMismatch(read.state, shownName, expect);
    if (mismatch) return { ok: false, message: mismatch };
  }
  return { ok: true, state: read.state, roster: read.roster };
}

/** Why the consolidation in `shownName` cannot take a merge with `template` (another year or template), or null. */
export function previousMismatch(
  state: ConsolidationState,
  shownName: string,
  template: SurveyTemplate,
): string | null {
  if (state.year === template.year && state.templateId === template.id) return null;
  return `Tệp “${shownName}” là bảng tổng hợp năm ${state.year}, mẫu ${state.templateId}; không phải năm ${template.year}, mẫu ${template.id}. Không ghi đè; hãy chọn tệp kết quả khác.`;
}
