/**
 * The points of a computed sub-criterion, exactly, in integer hundredths, clamped to [0, cap].
 * The form's points formulas (sheet/survey/figure-formulas.ts) compute the same numbers.
 */
import { roundedQuotient, toHundredths } from '../numbers/hundredths';
import {
  optionKey,
  ruleFigures,
  type Figure,
  type LogicCheck,
  type ScoringRule,
} from '../template/figure-types';
import { readFigure, type FigureOk, type FigureValue } from './figure-value';

export type FigureInputs = Record<string /* figure key */, unknown>;

/** Every declared figure of a group read from its raw cell value (a key missing from the inputs is blank). */
export function readFigures(figures: readonly Figure[], inputs: FigureInputs): Map<string, FigureValue> {
  return new Map(figures.map((f) => [f.key, readFigure(f, inputs[f.key])]));
}

const clamp = (h: number, capHundredths: number): number => Math.max(0, Math.min(h, capHundredths));

export interface RulePoints {
  pointsHundredths: number;
  /** False when a figure the rule reads is blank or invalid: the rule then gives 0. */
  figuresValid: boolean;
  /** A ratio whose denominator is 0 scores nothing and is flagged. */
  zeroDenominator: boolean;
}

/** Points of a non-manual rule from the figures' values. */
export function rulePoints(
  rule: Exclude<ScoringRule, { kind: 'manual' }>,
  capHundredths: number,
  values: ReadonlyMap<string, FigureValue>,
): RulePoints {
  const read = ruleFigures(rule).map((k) => values.get(k));
  if (!read.every((v): v is FigureOk => v?.ok === true))
    return { pointsHundredths: 0, figuresValid: false, zeroDenominator: false };
  const result = (h: number, zeroDenominator = false): RulePoints => ({
    pointsHundredths: clamp(h, capHundredths),
    figuresValid: true,
    zeroDenominator,
  });
  const first = read[0];
  switch (rule.kind) {
    case 'yesno': {
      const key = optionKey(first?.option ?? '');
      if (key === optionKey('Có')) return result(capHundredths);
      if (key === optionKey('Một phần')) return result(rule.partialHundredths ?? 0);
      return result(0);
    }
    case 'choice': {
      const key = optionKey(first?.option ?? '');
      return result(rule.options.find((o) => optionKey(o.option) === key)?.pointsHundredths ?? 0);
    }
    case 'tiers': {
      const x = first?.number ?? 0;
      let points = 0;
      for (const t of rule.tiers) if (x >= t.from) points = t.pointsHundredths;
      return result(points);
    }
    case 'count':
      return result((first?.number ?? 0) * rule.perUnitHundredths);
    case 'ratio': {
      const n = BigInt(first?.number ?? 0);
      const d = BigInt(read[1]?.number ?? 0);
      if (d === 0n) return result(0, true);
      // Percentages are hundredths of a percent: n/d ≥ p/10 000 ⇔ n × 10 000 ≥ p × d, all integers.
      if (rule.fullFromHundredths !== undefined && n * 10000n >= BigInt(rule.fullFromHundredths) * d)
        return result(capHundredths);
      if (rule.zeroBelowHundredths !== undefined && n * 10000n < BigInt(rule.zeroBelowHundredths) * d)
        return result(0);
      return result(Number(roundedQuotient(n * BigInt(capHundredths), d)));
    }
  }
}

export type CheckOutcome = 'pass' | 'fail' | 'incomplete';

/** A logic check over the figures: incomplete when a figure it compares is blank or invalid. */
export function checkOutcome(check: LogicCheck, values: ReadonlyMap<string, FigureValue>): CheckOutcome {
  const numberOf = (key: string): number | undefined => {
    const v = values.get(key);
    return v?.ok === true ? v.number : undefined;
  };
  const verdict = (ok: boolean): CheckOutcome => (ok ? 'pass' : 'fail');
  switch (check.kind) {
    case 'requiredWhen': {
      const given = (key: string): boolean => {
        const v = values.get(key);
        return v !== undefined && (v.ok || v.code !== 'blank');
      };
      return verdict(!given(check.b) || given(check.a));
    }
    case 'within': {
      const a = numberOf(check.a);
      if (a === undefined) return 'incomplete';
      return verdict(
        (check.min === undefined || a >= check.min) && (check.max === undefined || a <= check.max),
      );
    }
    case 'le':
    case 'ge': {
      const a = numberOf(check.a);
      const b = numberOf(check.b);
      if (a === undefined || b === undefined) return 'incomplete';
      return verdict(check.kind === 'le' ? a <= b : a >= b);
    }
    case 'sum': {
      const [a, b, c] = [numberOf(check.a), numberOf(check.b), numberOf(check.c)];
      if (a === undefined || b === undefined || c === undefined) return 'incomplete';
      // Figures have at most 2 decimals: compare in exact hundredths, as the sheet's ROUND(a-b-c,2)=0 does.
      const h = (x: number): bigint => BigInt(toHundredths(x));
      return verdict(h(a) === h(b) + h(c));
    }
  }
}
