/**
 * Formulas of format-2 forms: a figure's status, a computed sub-criterion's points, a logic check's status.
 * They mirror the core (scoring/figure-value.ts, scoring/rule-points.ts) exactly, with functions Excel 2010 and
 * LibreOffice share. Products stay integers below 2^53 so that every engine computes them exactly.
 */
import { figureBounds, figureOptions } from '../../scoring/figure-value';
import { PARTLY, YES, type Figure, type LogicCheck, type ScoringRule } from '../../template/figure-types';
import { isRealNumber, pointsConstant } from './formulas';
import { CHECK_STATUS, COMPUTED_STATUS, FIGURE_STATUS, STATUS } from './status';

export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Where a figure is on the form: its input cell and its status cell. */
export interface FigureCells {
  figure: Figure;
  valueCell: string;
  statusCell: string;
}

const okTest = (cells: FigureCells): string => `${cells.statusCell}=${quoted(FIGURE_STATUS.ok)}`;

/** The status word of a figure, in the order of `readFigure`. */
export function figureStatusFormula(f: Figure, x: string): string {
  const blankOr = (otherwise: string): string =>
    `IF(LEN(TRIM(${x}))=0,${quoted(FIGURE_STATUS.blank)},${otherwise})`;
  if (f.type === 'yesno' || f.type === 'choice') {
    const any = figureOptions(f).map((o) => `TRIM(${x})=${quoted(o)}`);
    const listed = `IF(${any.length === 1 ? any[0] : `OR(${any.join(',')})`},${quoted(FIGURE_STATUS.ok)},${quoted(FIGURE_STATUS.notInList)})`;
    return `IF(ISERROR(${x}),${quoted(FIGURE_STATUS.notInList)},${blankOr(listed)})`;
  }
  if (f.type === 'text')
    return `IF(ISERROR(${x}),${quoted(FIGURE_STATUS.ok)},${blankOr(quoted(FIGURE_STATUS.ok))})`;
  const { min, max } = figureBounds(f);
  let numeric = quoted(FIGURE_STATUS.ok);
  if (f.type === 'percent' || f.type === 'decimal')
    numeric = `IF(ROUND(${x},2)<>${x},${quoted(FIGURE_STATUS.tooManyDecimals)},${numeric})`;
  const outside = [
    ...(min !== undefined ? [`${x}<${min}`] : []),
    ...(max !== undefined ? [`${x}>${max}`] : []),
  ];
  if (outside.length > 0)
    numeric = `IF(${outside.length === 1 ? outside[0] : `OR(${outside.join(',')})`},${quoted(FIGURE_STATUS.outOfBounds)},${numeric})`;
  if (f.type === 'integer' || f.type === 'date')
    numeric = `IF(INT(${x})<>${x},${quoted(FIGURE_STATUS.notWhole)},${numeric})`;
  return `IF(ISERROR(${x}),${quoted(FIGURE_STATUS.notNumber)},IF(${isRealNumber(x)},${numeric},${blankOr(quoted(FIGURE_STATUS.notNumber))}))`;
}

/** The figures' cells a rule reads, in the order of `ruleFigures`. */
function cellsOf(keys: string[], figures: ReadonlyMap<string, FigureCells>): FigureCells[] {
  return keys.map((k) => {
    const cells = figures.get(k);
    if (!cells) throw new RangeError(`figure "${k}" is not on the form`);
    return cells;
  });
}

/** Nested IFs choosing points by the first matching test, else 0. */
function firstMatch(cases: { test: string; hundredths: number }[]): string {
  return cases.reduceRight(
    (otherwise, c) => `IF(${c.test},${pointsConstant(c.hundredths)},${otherwise})`,
    '0',
  );
}

/** Points of a computed sub-criterion; 0 unless every figure it reads is valid (as `rulePoints`). */
export function rulePointsFormula(
  rule: Exclude<ScoringRule, { kind: 'manual' }>,
  capHundredths: number,
  figures: ReadonlyMap<string, FigureCells>,
): string {
  const cap = pointsConstant(capHundredths);
  const keys = rule.kind === 'ratio' ? [rule.numerator, rule.denominator] : [rule.figure];
  const cells = cellsOf(keys, figures);
  const x = cells[0]?.valueCell ?? '';
  let points: string;
  switch (rule.kind) {
    case 'yesno':
      points = firstMatch([
        { test: `TRIM(${x})=${quoted(YES)}`, hundredths: capHundredths },
        ...(rule.partialHundredths !== undefined
          ? [{ test: `TRIM(${x})=${quoted(PARTLY)}`, hundredths: rule.partialHundredths }]
          : []),
      ]);
      break;
    case 'choice':
      points = firstMatch(
        rule.options.map((o) => ({
          test: `TRIM(${x})=${quoted(o.option)}`,
          hundredths: Math.min(o.pointsHundredths, capHundredths),
        })),
      );
      break;
    case 'tiers':
      points = firstMatch(
        [...rule.tiers]
          .reverse()
          .map((t) => ({ test: `${x}>=${t.from}`, hundredths: Math.min(t.pointsHundredths, capHundredths) })),
      );
      break;
    case 'count':
      // count × points-per-unit in hundredths is an exact integer; one division gives the nearest double.
      points = `MIN(${cap},${x}*${rule.perUnitHundredths}/100)`;
      break;
    case 'ratio': {
      const d = cells[1]?.valueCell ?? '';
      // Rounded from the quotient of two exact integers: a half is exactly representable, anything else is far from one.
      let value = `MIN(${cap},ROUND(${x}*${capHundredths}/${d},0)/100)`;
      if (rule.zeroBelowHundredths !== undefined)
        value = `IF(${x}*10000<${rule.zeroBelowHundredths}*${d},0,${value})`;
      if (rule.fullFromHundredths !== undefined)
        value = `IF(${x}*10000>=${rule.fullFromHundredths}*${d},${cap},${value})`;
      points = `IF(${d}=0,0,${value})`;
      break;
    }
  }
  const valid = cells.length === 1 ? okTest(cells[0] as FigureCells) : `AND(${cells.map(okTest).join(',')})`;
  return `IF(${valid},${points},0)`;
}

/** Status of a computed row: its figures, a zero denominator, then the evidence, as for a typed score. */
export function computedStatusFormula(
  rule: Exclude<ScoringRule, { kind: 'manual' }>,
  figures: ReadonlyMap<string, FigureCells>,
  pointsCell: string,
  evidenceCell: string,
  evidenceRequired: boolean,
): string {
  const cells = cellsOf(rule.kind === 'ratio' ? [rule.numerator, rule.denominator] : [rule.figure], figures);
  let ok = evidenceRequired
    ? `IF(AND(ROUND(${pointsCell},2)>0,LEN(TRIM(${evidenceCell}))=0),${quoted(STATUS.evidenceMissing)},${quoted(STATUS.ok)})`
    : quoted(STATUS.ok);
  if (rule.kind === 'ratio')
    ok = `IF(${cells[1]?.valueCell ?? ''}=0,${quoted(COMPUTED_STATUS.zeroDenominator)},${ok})`;
  const valid = cells.length === 1 ? okTest(cells[0] as FigureCells) : `AND(${cells.map(okTest).join(',')})`;
  return `IF(${valid},${ok},${quoted(COMPUTED_STATUS.figuresInvalid)})`;
}

/** Status of a logic check, as `checkOutcome`: incomplete until the figures it compares are valid. */
export function checkStatusFormula(check: LogicCheck, figures: ReadonlyMap<string, FigureCells>): string {
  const fail = quoted(check.severity === 'error' ? CHECK_STATUS.failError : CHECK_STATUS.failWarning);
  const pass = quoted(CHECK_STATUS.pass);
  const verdict = (test: string): string => `IF(${test},${pass},${fail})`;
  const [a, b, c] = cellsOf(
    check.kind === 'sum'
      ? [check.a, check.b, check.c]
      : check.kind === 'within'
        ? [check.a]
        : [check.a, check.b],
    figures,
  ) as [FigureCells, FigureCells | undefined, FigureCells | undefined];
  if (check.kind === 'requiredWhen') {
    const given = (f: FigureCells): string => `${f.statusCell}<>${quoted(FIGURE_STATUS.blank)}`;
    return verdict(`OR(NOT(${given(b as FigureCells)}),${given(a)})`);
  }
  const operands = [a, b, c].filter((f): f is FigureCells => f !== undefined);
  const ready = operands.length === 1 ? okTest(a) : `AND(${operands.map(okTest).join(',')})`;
  let test: string;
  switch (check.kind) {
    case 'le':
      test = `${a.valueCell}<=${b?.valueCell ?? ''}`;
      break;
    case 'ge':
      test = `${a.valueCell}>=${b?.valueCell ?? ''}`;
      break;
    case 'sum':
      // At most 2 decimals each: the difference rounds to exactly 0 when a = b + c.
      test = `ROUND(${a.valueCell}-${b?.valueCell ?? ''}-${c?.valueCell ?? ''},2)=0`;
      break;
    case 'within': {
      const parts = [
        ...(check.min !== undefined ? [`${a.valueCell}>=${check.min}`] : []),
        ...(check.max !== undefined ? [`${a.valueCell}<=${check.max}`] : []),
      ];
      test = parts.length === 1 ? (parts[0] ?? 'TRUE') : `AND(${parts.join(',')})`;
      break;
    }
  }
  return `IF(${ready},${verdict(test)},${quoted(CHECK_STATUS.incomplete)})`;
}
