/**
 * The figures of one agency on the data sheet (format-2 templates): one row per figure, named by its
 * defined name (`SL_<key>`) in the sub-criterion column, with the submitted figure, the appraised figure and
 * its reason, and the effective figure the computed sub-criteria of the agency read. The points formulas are
 * the survey's own (sheet/survey/figure-formulas.ts), pointed at these effective cells.
 */
import { cellAddress } from '../../sheet/a1';
import { figureName } from '../../sheet/names';
import type { CellSpec, ValidationSpec } from '../../sheet/spec';
import { figureStatusFormula, rulePointsFormula, type FigureCells } from '../../sheet/survey/figure-formulas';
import { countedFormula, isRealNumber } from '../../sheet/survey/formulas';
import { figureValidation } from '../../sheet/survey/figure-section';
import type { Figure } from '../../template/figure-types';
import type { SubCriterion } from '../../template/types';
import { effectiveFigure } from '../effective';
import type { FigureRow } from '../state';
import { DATA_COLUMNS as C } from './layout';
import { STYLES } from './styles';

/** The appraised figure when it is not blank (LEN(TRIM(x))=0), else the submitted one; "" when both are blank. */
export function effectiveFigureFormula(row: number): string {
  const appraised = cellAddress(row, C.appraised);
  const self = cellAddress(row, C.self);
  return `IF(LEN(TRIM(${appraised}))=0,IF(LEN(TRIM(${self}))=0,"",${self}),${appraised})`;
}

export interface FigureLines {
  cells: CellSpec[];
  validations: ValidationSpec[];
  /** Where the computed sub-criteria of this agency find each figure: its effective cell and status. */
  at: Map<string, FigureCells>;
}

/** `rows`: the agency's figure rows in sheet order, from `firstRow`; `declared`: the group's figures by key. */
export function figureLines(
  rows: readonly FigureRow[],
  firstRow: number,
  declared: ReadonlyMap<string, Figure>,
  agency: { code: string; name: string; group: string },
): FigureLines {
  const out: FigureLines = { cells: [], validations: [], at: new Map() };
  rows.forEach((f, i) => {
    const row = firstRow + i;
    const figure = declared.get(f.key);
    const effective = cellAddress(row, C.effective);
    const unit = figure?.unit ? ` (${figure.unit})` : '';
    out.cells.push(
      { row, col: C.code, value: agency.code, style: STYLES.text },
      { row, col: C.agency, value: agency.name, style: STYLES.text },
      { row, col: C.group, value: agency.group, style: STYLES.text },
      { row, col: C.criterion, value: null, style: STYLES.integer },
      { row, col: C.sub, value: figureName(f.key), style: STYLES.textCenter },
      {
        row,
        col: C.title,
        value: figure ? `Số liệu: ${figure.label}${unit}` : '(số liệu không còn trong mẫu phiếu hiện hành)',
        style: STYLES.text,
      },
      { row, col: C.cap, value: null, style: STYLES.figure },
      { row, col: C.self, value: f.value, style: STYLES.figure },
      { row, col: C.evidence, value: '', style: STYLES.text },
      { row, col: C.appraised, value: f.appraised, style: STYLES.figureInput },
      { row, col: C.reason, value: f.reason, style: STYLES.inputText },
      {
        row,
        col: C.effective,
        formula: effectiveFigureFormula(row),
        cachedValue: effectiveFigure(f),
        style: STYLES.figure,
      },
    );
    if (!figure) return;
    const range = { row, col: C.appraised, lastRow: row, lastCol: C.appraised };
    const validation = figureValidation(figure, range);
    if (validation) out.validations.push(validation);
    // The status is written inline: the data sheet has no column for it, and the rule reads it as `status="…"`.
    out.at.set(f.key, {
      figure,
      valueCell: effective,
      statusCell: `(${figureStatusFormula(figure, effective)})`,
    });
  });
  return out;
}

/** A computed sub-criterion's effective points: the appraised score when it is a real number, else its rule. */
export function computedEffectiveFormula(
  row: number,
  sub: SubCriterion,
  figures: ReadonlyMap<string, FigureCells>,
): string {
  const rule = sub.rule;
  if (rule === undefined || rule.kind === 'manual') throw new RangeError(`${sub.code} is not computed`);
  const appraised = cellAddress(row, C.appraised);
  return `IF(${isRealNumber(appraised)},${countedFormula(appraised, sub.capHundredths)},${rulePointsFormula(rule, sub.capHundredths, figures)})`;
}
