/** Scores one filled form: criterion subtotals, total and rating, exactly as the sheet computes them. */
import { bandFor } from '../regime/load';
import type { RatingBand, Regime } from '../regime/types';
import type { GroupTemplate } from '../template/types';
import type { LogicCheck } from '../template/figure-types';
import { checkEntry, countedHundredths, type EntryProblem } from './rules';
import type { FigureValue } from './figure-value';
import { figureProblems, type FigureProblem } from './figure-problems';
import { checkOutcome, readFigures, rulePoints, type CheckOutcome, type FigureInputs } from './rule-points';

export type FormInputs = Record<string /* sub code */, FormInput>;

export interface FormInput {
  score: unknown;
  evidence: unknown;
  /** Formula text (without `=`) when the score cell holds one: it then counts 0 (rules.ts). */
  scoreFormula?: string;
  evidenceFormula?: string;
}

export interface CriterionScore {
  number: number;
  title: string;
  capHundredths: number;
  pointsHundredths: number;
}

export interface FormScore {
  criteria: CriterionScore[];
  totalHundredths: number;
  band: RatingBand;
  /**
   * False while every cell the agency fills (manual scores, figures) is empty: the form shows no rating
   * yet (the sheet's XEP_LOAI is blank). Computed points do not count: their cells always hold a formula.
   */
  entered: boolean;
  problems: EntryProblem[];
  /** Format 2: every declared figure as read, and the outcome of every logic check (in template order). */
  figureValues: Map<string, FigureValue>;
  checks: { check: LogicCheck; outcome: CheckOutcome }[];
  /** Points (hundredths) of each computed sub-criterion, by code (empty for a format-1 form). */
  computedPoints: Record<string, number>;
  /** Blank or invalid figures and failed checks, in Vietnamese (empty for a format-1 form). */
  figureProblems: FigureProblem[];
}

/** The rating as the form shows it: the band's label, or '' while nothing is entered. */
export function shownRating(score: FormScore): string {
  return score.entered ? score.band.label : '';
}

/** Anything in a cell, as the sheet's COUNTA sees it: a value of any kind (a formula is checked apart). */
function holdsValue(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '';
}

/** Anything in a score cell, as the sheet's COUNTA sees it: a value of any kind, or a formula. */
function isEntered(input: FormInput | undefined): boolean {
  if (!input) return false;
  return input.scoreFormula !== undefined || holdsValue(input.score);
}

/**
 * Subtotal = sum of the counted points (the sheet's ROUND(SUM(..),2) is exact here), total = sum of subtotals,
 * band from the total. A code missing from the inputs is a blank entry.
 */
export function scoreForm(
  regime: Regime,
  group: GroupTemplate,
  inputs: FormInputs,
  figureInputs: FigureInputs = {},
): FormScore {
  const problems: EntryProblem[] = [];
  const figureValues = readFigures(group.figures ?? [], figureInputs);
  const computedPoints: Record<string, number> = {};
  const criteria = group.criteria.map((c): CriterionScore => {
    let points = 0;
    for (const sub of c.subCriteria) {
      const input = inputs[sub.code];
      if (sub.rule !== undefined && sub.rule.kind !== 'manual') {
        // Computed from the figures: the score cell holds the formula, never a typed self-score.
        const computed = rulePoints(sub.rule, sub.capHundredths, figureValues).pointsHundredths;
        computedPoints[sub.code] = computed;
        points += computed;
        problems.push(
          ...checkEntry(sub, computed / 100, input?.evidence, { evidence: input?.evidenceFormula }).filter(
            (p) => p.field === 'evidence',
          ),
        );
        continue;
      }
      if (input?.scoreFormula === undefined) points += countedHundredths(input?.score, sub.capHundredths);
      problems.push(
        ...checkEntry(sub, input?.score, input?.evidence, {
          score: input?.scoreFormula,
          evidence: input?.evidenceFormula,
        }),
      );
    }
    return { number: c.number, title: c.title, capHundredths: c.capHundredths, pointsHundredths: points };
  });
  const totalHundredths = criteria.reduce((s, c) => s + c.pointsHundredths, 0);
  const checks = (group.checks ?? []).map((check) => ({ check, outcome: checkOutcome(check, figureValues) }));
  // Mirrors the sheet's COUNTA over the manual score cells and the figure cells (formulas.ts, inputRuns).
  const entered =
    group.criteria.some((c) =>
      c.subCriteria.some(
        (s) => (s.rule === undefined || s.rule.kind === 'manual') && isEntered(inputs[s.code]),
      ),
    ) || (group.figures ?? []).some((f) => holdsValue(figureInputs[f.key]));
  return {
    criteria,
    totalHundredths,
    band: bandFor(regime, totalHundredths),
    entered,
    problems,
    figureValues,
    checks,
    computedPoints,
    figureProblems: figureProblems(group, figureValues, checks),
  };
}
