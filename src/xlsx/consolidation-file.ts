/**
 * An earlier consolidation kept as an .xlsx file, read back for a re-merge. The CLI (`consolidate
 * --out`) and the appraisers' browser page both read it here, so the same file gives the same state
 * (the write side is write-consolidation.ts, kept apart so the page fetches ExcelJS only to write).
 */
import { readConsolidationState } from '../core/consolidation/read-state';
import type { ConsolidationState } from '../core/consolidation/state';
import { consolidationFitsTemplate } from '../core/consolidation/workbook-kind';
import type { StoredRosterRead } from '../core/consolidation/stored-roster';
import type { Regime } from '../core/regime/types';
import type { SurveyTemplate } from '../core/template/types';
import { refusedPrevious, worded } from '../core/problems/messages';
import type { WordedProblem } from '../core/problems/problem';
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
  if (!outcome.ok) {
    // The reader's refusal, with the advice for a file a re-merge would overwrite.
    return { ok: false, message: refusedPrevious(outcome.problem, 'merge-into-file').message };
  }
  const read = readConsolidationState(outcome.workbook, regime);
  if (!read.ok) return { ok: false, message: read.message };
  if (expect) {
    const mismatch = previousMismatch(read.state, shownName, expect);
    if (mismatch) return { ok: false, message: mismatch.message };
  }
  return { ok: true, state: read.state, roster: read.roster };
}

/** Why the consolidation in `shownName` cannot take a merge with `template` (another year or template), or null. */
export function previousMismatch(
  state: ConsolidationState,
  shownName: string,
  template: SurveyTemplate,
): WordedProblem | null {
  if (consolidationFitsTemplate(state, template)) return null;
  return worded(
    'previous-other-template',
    'error',
    { file: shownName },
    {
      year: state.year,
      templateId: state.templateId,
      expectedYear: template.year,
      expectedTemplateId: template.id,
      use: 'merge-into-file',
    },
  );
}
