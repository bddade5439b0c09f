import type { EntryProblem } from '../../core/scoring/rules';
import type { SurveyLayout } from './survey-layout';

/** The input cell a problem is about, and its row for ordering the list like the sheet. */
export function problemCell(
  layout: SurveyLayout,
  problem: EntryProblem,
): { address: string; row: number } | null {
  const row = layout.rows.find((r) => r.code === problem.subCode);
  if (!row) return null;
  return { address: problem.field === 'score' ? row.scoreCell : row.evidenceCell, row: row.row };
}
