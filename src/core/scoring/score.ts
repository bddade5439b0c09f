/** Scores one filled form: criterion subtotals, total and rating, exactly as the sheet computes them. */
import { bandFor } from '../regime/load';
import type { RatingBand, Regime } from '../regime/types';
import type { GroupTemplate } from '../template/types';
import type { LogicCheck } from '../template/figure-types';
import { checkEntry, countedHundredths, type EntryProblem } from './rules';
import type { FigureValue } from './figure-value';
import { figureProblems, type FigureProblem } from './figure-problems';
import { checkOutcome, readFigures, rulePoints, type CheckOutcome, type FigureInputs } from './rule-points';

export type FormInputs = Record<string /* sub code */, { score: unknown; evidence: unknown }>;

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
  problems: EntryProblem[];
  /** Format 2: every declared figure as read, and the outcome of every logic check (in template order). */
  figureValues: Map<string, FigureValue>;
  checks: { check: LogicCheck; outcome: CheckOutcome }[];
  /** Points (hundredths) of each computed sub-criterion, by code (empty for a format-1 form). */
  computedPoints: Record<string, number>;
  /** Blank or invalid figures and failed checks, in Vietnamese (empty for a format-1 form). */
  figureProblems: FigureProblem[];
}

/**
 * Subtotal = sum of the counted points (the sheet's ROUND(SUM(..),2) is exact here), total = sum of subtotals,
 * band from the total. A code missing from the inputs is a blank entry.
 */
export function scoreForm(regime: Regime, group: GroupTemplate, inputs: FormInputs, figureInputs: FigureInputs = {}): FormScore {
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
        problems.push(...checkEntry(sub, computed / 100, input?.evidence).filter((p) => p.field === 'evidence'));
        continue;
      }
      points += countedHundredths(input?.score, sub.capHundredths);
      problems.push(...checkEntry(sub, input?.score, input?.evidence));
    }
    return { number: c.number, title: c.title, capHundredths: c.capHundredths, pointsHundredths: points };
  });
  const totalHundredths = criteria.reduce((s, c) => s + c.pointsHundredths, 0);
  const checks = (group.checks ?? []).map((check) => ({ check, outcome: checkOutcome(check, figureValues) }));
  return {
    criteria,
    totalHundredths,
    band: bandFor(regime, totalHundredths),
    problems,
    figureValues,
    checks,
    computedPoints,
    figureProblems: figureProblems(group, figureValues, checks),
  };
}
