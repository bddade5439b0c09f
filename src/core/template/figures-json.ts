/** Format 2 in the file (points and percentages as decimals) and in the model (integer hundredths). */
import { fromHundredths, toHundredths } from '../numbers/hundredths';
import { cleanText } from '../text/normalize';
import type { CheckKind, CheckSeverity, Figure, LogicCheck, RuleKind, ScoringRule } from './figure-types';

/** A figure as the file writes it: the model's fields and units, with `evidenceRequired` optional (false). */
export type FigureJson = Omit<Figure, 'evidenceRequired'> & { evidenceRequired?: boolean };

export interface RuleJson {
  kind: RuleKind;
  figure?: string;
  partial?: number;
  numerator?: string;
  denominator?: string;
  fullFrom?: number;
  zeroBelow?: number;
  tiers?: { from: number; points: number }[];
  perUnit?: number;
  options?: { option: string; points: number }[];
}

export interface CheckJson {
  kind: CheckKind;
  a?: string;
  b?: string;
  c?: string;
  min?: number;
  max?: number;
  message: string;
  severity: CheckSeverity;
}

const opt = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } =>
  (v === undefined ? {} : { [key]: v }) as { [P in K]?: V };
const h = (v: number | undefined): number | undefined => (v === undefined ? undefined : toHundredths(v));
const d = (v: number | undefined): number | undefined => (v === undefined ? undefined : fromHundredths(v));

export function figureFromJson(f: FigureJson): Figure {
  const unit = f.unit === undefined ? '' : cleanText(f.unit);
  return {
    key: f.key,
    label: cleanText(f.label),
    type: f.type,
    ...(unit !== '' ? { unit } : {}),
    ...opt('min', f.min),
    ...opt('max', f.max),
    ...opt('options', f.options?.map(cleanText)),
    ...(f.partly === true ? { partly: true } : {}),
    evidenceRequired: f.evidenceRequired ?? false,
  };
}

export function figureToJson(f: Figure): FigureJson {
  return {
    key: f.key,
    label: f.label,
    type: f.type,
    ...opt('unit', f.unit),
    ...opt('min', f.min),
    ...opt('max', f.max),
    ...opt('options', f.options),
    ...(f.partly === true ? { partly: true } : {}),
    evidenceRequired: f.evidenceRequired,
  };
}

/** The model of a rule that passed validation (its kind's required fields are present). */
export function ruleFromJson(r: RuleJson): ScoringRule {
  const figure = r.figure ?? '';
  switch (r.kind) {
    case 'manual':
      return { kind: 'manual' };
    case 'yesno':
      return { kind: 'yesno', figure, ...opt('partialHundredths', h(r.partial)) };
    case 'ratio':
      return {
        kind: 'ratio',
        numerator: r.numerator ?? '',
        denominator: r.denominator ?? '',
        ...opt('fullFromHundredths', h(r.fullFrom)),
        ...opt('zeroBelowHundredths', h(r.zeroBelow)),
      };
    case 'tiers':
      return {
        kind: 'tiers',
        figure,
        tiers: (r.tiers ?? []).map((t) => ({ from: t.from, pointsHundredths: toHundredths(t.points) })),
      };
    case 'count':
      return { kind: 'count', figure, perUnitHundredths: toHundredths(r.perUnit ?? 0) };
    case 'choice':
      return {
        kind: 'choice',
        figure,
        options: (r.options ?? []).map((o) => ({
          option: cleanText(o.option),
          pointsHundredths: toHundredths(o.points),
        })),
      };
  }
}

export function ruleToJson(r: ScoringRule): RuleJson {
  switch (r.kind) {
    case 'manual':
      return { kind: 'manual' };
    case 'yesno':
      return { kind: 'yesno', figure: r.figure, ...opt('partial', d(r.partialHundredths)) };
    case 'ratio':
      return {
        kind: 'ratio',
        numerator: r.numerator,
        denominator: r.denominator,
        ...opt('fullFrom', d(r.fullFromHundredths)),
        ...opt('zeroBelow', d(r.zeroBelowHundredths)),
      };
    case 'tiers':
      return {
        kind: 'tiers',
        figure: r.figure,
        tiers: r.tiers.map((t) => ({ from: t.from, points: fromHundredths(t.pointsHundredths) })),
      };
    case 'count':
      return { kind: 'count', figure: r.figure, perUnit: fromHundredths(r.perUnitHundredths) };
    case 'choice':
      return {
        kind: 'choice',
        figure: r.figure,
        options: r.options.map((o) => ({ option: o.option, points: fromHundredths(o.pointsHundredths) })),
      };
  }
}

export function checkFromJson(c: CheckJson): LogicCheck {
  const base = { message: cleanText(c.message), severity: c.severity };
  const a = c.a ?? '';
  const b = c.b ?? '';
  switch (c.kind) {
    case 'le':
    case 'ge':
    case 'requiredWhen':
      return { ...base, kind: c.kind, a, b };
    case 'sum':
      return { ...base, kind: 'sum', a, b, c: c.c ?? '' };
    case 'within':
      return { ...base, kind: 'within', a, ...opt('min', c.min), ...opt('max', c.max) };
  }
}

export function checkToJson(c: LogicCheck): CheckJson {
  switch (c.kind) {
    case 'sum':
      return { kind: c.kind, a: c.a, b: c.b, c: c.c, message: c.message, severity: c.severity };
    case 'within':
      return {
        kind: c.kind,
        a: c.a,
        ...opt('min', c.min),
        ...opt('max', c.max),
        message: c.message,
        severity: c.severity,
      };
    default:
      return { kind: c.kind, a: c.a, b: c.b, message: c.message, severity: c.severity };
  }
}
