/**
 * Format 2 in a returned form: the figures read through their `SL_<key>` names, each figure's problem and each
 * failed logic check as a warning for the appraisers. Points are then recomputed from these figures.
 */
import type { ReadName, ReturnedWorkbook } from '../returned/types';
import type { FormScore } from '../scoring/score';
import { figureName } from '../sheet/names';
import type { GroupTemplate } from '../template/types';
import { namedCell, rawValue, type NamedCell } from './form-cells';
import { placed } from '../problems/messages';
import { fromWorded, type SubmissionProblem } from './problem';

export interface FigureRead {
  /** Raw values by figure key (what the scoring core reads). */
  inputs: Record<string, unknown>;
  cells: Map<string, NamedCell>;
  /** Names of figures the workbook lacks (a structural edit). */
  missing: string[];
}

export function readFigureCells(
  wb: ReturnedWorkbook,
  index: Map<string, ReadName>,
  group: GroupTemplate,
): FigureRead {
  const inputs: Record<string, unknown> = {};
  const cells = new Map<string, NamedCell>();
  const missing: string[] = [];
  for (const f of group.figures ?? []) {
    const at = namedCell(wb, index, figureName(f.key));
    if (!at) {
      missing.push(figureName(f.key));
      continue;
    }
    cells.set(f.key, at);
    inputs[f.key] = rawValue(at.cell);
  }
  return { inputs, cells, missing };
}

/** Each invalid figure and each failed logic check, as warnings naming the cell (appraisers decide). */
export function figureWarnings(
  fileName: string,
  read: FigureRead,
  score: FormScore,
  formSheet: string,
): SubmissionProblem[] {
  return score.figureProblems.map((p) => {
    const at = read.cells.get(p.key);
    const place = at ? { sheet: at.sheet, cell: at.address, name: at.name } : { sheet: formSheet };
    return fromWorded(placed(p, { file: fileName, ...place }, 'warning'));
  });
}
