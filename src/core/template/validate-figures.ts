/**
 * Value rules of format 2 inside one group: figures, the scoring rule of each sub-criterion, logic checks.
 * Defensive like validate.ts: works on raw JSON, checks every item whose types are right, never stops early.
 */
import { hasAtMostTwoDecimals, toHundredths } from '../numbers/hundredths';
import { cleanText } from '../text/normalize';
import {
  CHECK_FIELDS,
  NUMERIC_FIGURE_TYPES,
  RULE_FIELDS,
  fieldNames,
  optionKey,
  type CheckKind,
  type FigureType,
  type RuleKind,
} from './figure-types';
import type { RulePoints } from '../problems/params';
import type { GroupRef, TemplateItem } from '../problems/where';
import { isObject, type Report, type TemplateWhere } from './problem';

type Obj = Record<string, unknown>;

/** Longest in-cell list Excel's data validation accepts. */
export const LIST_MAX_CHARS = 255;

export const FIGURE_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** Figure types each rule field reads. */
const RULE_FIGURE_TYPES: Record<Exclude<RuleKind, 'manual'>, readonly FigureType[]> = {
  yesno: ['yesno'],
  ratio: ['integer'],
  tiers: NUMERIC_FIGURE_TYPES,
  count: ['integer'],
  choice: ['choice'],
};

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

interface FigureInfo {
  type: FigureType;
  options: string[];
  partly: boolean;
}

/** Fields a kind requires that are missing, and fields of other kinds that are present. */
function checkKindFields(
  item: Obj,
  fields: readonly string[],
  allFields: Record<string, readonly string[]>,
  at: TemplateWhere,
  prefix: 'rule' | 'check',
  report: Report,
): void {
  const own = fieldNames(fields);
  const kind = String(item['kind']);
  for (const f of own) {
    if (f.required && item[f.name] === undefined)
      report(`${prefix}-field-missing`, { ...at, field: f.name }, { field: f.name, kind });
  }
  const ownNames = new Set(own.map((f) => f.name));
  const others = new Set(Object.values(allFields).flatMap((l) => fieldNames(l).map((f) => f.name)));
  for (const key of Object.keys(item)) {
    if (others.has(key) && !ownNames.has(key))
      report(`${prefix}-field-extra`, { ...at, field: key }, { field: key, kind });
  }
}

function checkFigures(
  figures: unknown[],
  base: string,
  group: GroupRef,
  report: Report,
): Map<string, FigureInfo> {
  const known = new Map<string, FigureInfo>();
  figures.forEach((f, i) => {
    const path = `${base}.figures[${i}]`;
    if (!isObject(f) || typeof f['key'] !== 'string' || typeof f['type'] !== 'string') return;
    const key = f['key'];
    const type = f['type'] as FigureType;
    const at: TemplateWhere = { path, item: { kind: 'figure', group, key, index: i } };
    if (!FIGURE_KEY_PATTERN.test(key)) report('figure-key-malformed', at, {});
    if (known.has(key)) report('figure-duplicate', at, {});
    if (typeof f['label'] === 'string' && cleanText(f['label']) === '') report('figure-label-empty', at, {});
    const options = Array.isArray(f['options'])
      ? f['options'].filter((o): o is string => typeof o === 'string').map(cleanText)
      : [];
    if (type === 'choice') {
      if (options.length === 0) report('figure-options', at, { issue: 'missing' });
      const seen = new Set<string>();
      for (const o of options) {
        if (o === '') report('figure-options', at, { issue: 'blank' });
        else if (o.includes(',')) report('figure-options', at, { issue: 'comma', option: o });
        else if (seen.has(optionKey(o))) report('figure-options', at, { issue: 'duplicate', option: o });
        seen.add(optionKey(o));
      }
      // Excel keeps an in-cell list of at most 255 characters (the options joined by commas).
      const length = options.join(',').length;
      if (length > LIST_MAX_CHARS)
        report('figure-options', at, { issue: 'too-long', length, max: LIST_MAX_CHARS });
    } else if (f['options'] !== undefined) {
      report('figure-options', at, { issue: 'not-choice' });
    }
    if (f['partly'] !== undefined && type !== 'yesno') report('figure-partly', at, {});
    const { min, max } = f;
    const numeric = NUMERIC_FIGURE_TYPES.includes(type);
    if ((min !== undefined || max !== undefined) && !numeric) {
      report('figure-bounds', at, { issue: 'not-numeric', type });
    } else if (numeric) {
      for (const [field, v] of [
        ['min', min],
        ['max', max],
      ] as const) {
        if (!isNumber(v)) continue;
        const atField = { ...at, field };
        if (type === 'integer' && (!Number.isInteger(v) || v < 0))
          report('figure-bounds', atField, { issue: 'not-whole', field, value: v });
        if (type === 'percent' && (v < 0 || v > 100))
          report('figure-bounds', atField, { issue: 'not-percent', field, value: v });
        if (type !== 'integer' && !hasAtMostTwoDecimals(v))
          report('figure-bounds', atField, { issue: 'decimals', field, value: v });
      }
      if (isNumber(min) && isNumber(max) && min > max)
        report('figure-bounds', at, { issue: 'min-over-max', min, max });
    }
    if (!known.has(key)) known.set(key, { type, options, partly: f['partly'] === true });
  });
  return known;
}

/** The column of each kind of points (the criteria workbook places the problem there). */
const POINTS_FIELD: Record<RulePoints['of'], string> = {
  partial: 'partial',
  'per-unit': 'perUnit',
  tier: 'tiers',
  option: 'options',
};

/** Checks a points value of a rule: ≥ 0, at most 2 decimals, not above the cap. */
function checkPoints(
  v: unknown,
  capHundredths: number | null,
  points: RulePoints,
  at: TemplateWhere,
  report: Report,
): void {
  if (!isNumber(v)) return;
  const where = { ...at, field: POINTS_FIELD[points.of] };
  if (v < 0) report('rule-points', where, { issue: 'negative', points, value: v });
  else if (!hasAtMostTwoDecimals(v)) report('rule-points', where, { issue: 'decimals', points, value: v });
  else if (capHundredths !== null && toHundredths(v) > capHundredths)
    report('rule-points-over-cap', where, { points, value: v, capHundredths });
}

function checkRule(
  rule: Obj,
  capHundredths: number | null,
  figures: Map<string, FigureInfo>,
  used: Set<string>,
  at: TemplateWhere,
  report: Report,
): void {
  const kind = rule['kind'] as RuleKind;
  if (!(kind in RULE_FIELDS)) return;
  checkKindFields(rule, RULE_FIELDS[kind], RULE_FIELDS, at, 'rule', report);
  if (kind === 'manual') return;
  const allowed = RULE_FIGURE_TYPES[kind];
  const figureFields = kind === 'ratio' ? ['numerator', 'denominator'] : ['figure'];
  const infos: (FigureInfo | undefined)[] = [];
  for (const field of figureFields) {
    const key = rule[field];
    if (typeof key !== 'string') continue;
    used.add(key);
    const info = figures.get(key);
    infos.push(info);
    if (!info) report('rule-figure-unknown', { ...at, field }, { key, field });
    else if (!allowed.includes(info.type))
      report('rule-figure-type', { ...at, field }, { kind, allowed: [...allowed], key, type: info.type });
  }
  const info = infos[0];
  if (kind === 'yesno') {
    checkPoints(rule['partial'], capHundredths, { of: 'partial' }, at, report);
    if (rule['partial'] !== undefined && info && info.type === 'yesno' && !info.partly)
      report('rule-partial', at, { figure: String(rule['figure']) });
  } else if (kind === 'ratio') {
    const { fullFrom, zeroBelow } = rule;
    for (const [field, v] of [
      ['fullFrom', fullFrom],
      ['zeroBelow', zeroBelow],
    ] as const) {
      if (isNumber(v) && (v < 0 || v > 100 || !hasAtMostTwoDecimals(v)))
        report('ratio-thresholds', { ...at, field }, { issue: 'range', field, value: v });
    }
    if (isNumber(fullFrom) && isNumber(zeroBelow) && zeroBelow >= fullFrom)
      report('ratio-thresholds', at, { issue: 'order', zeroBelow, fullFrom });
    if (rule['numerator'] === rule['denominator'] && typeof rule['numerator'] === 'string')
      report('ratio-same-figure', at, {});
  } else if (kind === 'count') {
    checkPoints(rule['perUnit'], capHundredths, { of: 'per-unit' }, at, report);
    if (isNumber(rule['perUnit']) && rule['perUnit'] === 0)
      report('rule-points', { ...at, field: 'perUnit' }, { issue: 'zero', points: { of: 'per-unit' } });
  } else if (kind === 'tiers' && Array.isArray(rule['tiers'])) {
    let previous: number | null = null;
    rule['tiers'].forEach((t: unknown, i) => {
      if (!isObject(t)) return;
      checkPoints(t['points'], capHundredths, { of: 'tier', tier: i + 1 }, at, report);
      const from = t['from'];
      if (!isNumber(from)) return;
      if (!hasAtMostTwoDecimals(from)) report('tiers-threshold', at, { value: from, tier: i + 1 });
      if (previous !== null && from <= previous)
        report('tiers-order', at, { value: from, tier: i + 1, previous });
      previous = from;
    });
  } else if (kind === 'choice' && Array.isArray(rule['options'])) {
    const seen = new Set<string>();
    rule['options'].forEach((o: unknown) => {
      if (!isObject(o) || typeof o['option'] !== 'string') return;
      const option = cleanText(o['option']);
      checkPoints(o['points'], capHundredths, { of: 'option', option }, at, report);
      if (seen.has(optionKey(option))) report('choice-option-duplicate', at, { option });
      seen.add(optionKey(option));
      if (info && info.type === 'choice' && !info.options.some((x) => optionKey(x) === optionKey(option)))
        report('choice-option-unknown', at, { option, figure: String(rule['figure']) });
    });
  }
}

function checkCheck(
  check: Obj,
  figures: Map<string, FigureInfo>,
  used: Set<string>,
  at: TemplateWhere,
  report: Report,
): void {
  const kind = check['kind'] as CheckKind;
  if (!(kind in CHECK_FIELDS)) return;
  checkKindFields(check, CHECK_FIELDS[kind], CHECK_FIELDS, at, 'check', report);
  if (typeof check['message'] === 'string' && cleanText(check['message']) === '')
    report('check-message-empty', at, {});
  for (const field of ['a', 'b', 'c'] as const) {
    const key = check[field];
    if (typeof key !== 'string' || !fieldNames(CHECK_FIELDS[kind]).some((f) => f.name === field)) continue;
    used.add(key);
    const info = figures.get(key);
    if (!info) report('check-figure-unknown', { ...at, field }, { key, field });
    else if (kind !== 'requiredWhen' && !NUMERIC_FIGURE_TYPES.includes(info.type))
      report('check-figure-type', { ...at, field }, { kind, key, type: info.type });
  }
  if (kind === 'within') {
    const { min, max } = check;
    if (min === undefined && max === undefined) report('check-bounds', at, { issue: 'none' });
    if (isNumber(min) && isNumber(max) && min > max)
      report('check-bounds', at, { issue: 'min-over-max', min, max });
  }
}

export interface GroupFiguresInput {
  group: Obj;
  base: string;
  ref: GroupRef;
  /** Sub-criteria of the group with their path, item and cap (null when the cap is unusable). */
  subs: { sub: Obj; path: string; item: TemplateItem; capHundredths: number | null }[];
}

/** Every format-2 problem of one group. */
export function figureProblems({ group, base, ref, subs }: GroupFiguresInput, report: Report): void {
  const rawFigures = Array.isArray(group['figures']) ? group['figures'] : [];
  const figures = checkFigures(rawFigures, base, ref, report);
  const used = new Set<string>();
  for (const { sub, path, item, capHundredths } of subs) {
    const rule = sub['rule'];
    if (!isObject(rule)) continue;
    checkRule(rule, capHundredths, figures, used, { path: `${path}.rule`, item }, report);
  }
  const rawChecks = Array.isArray(group['checks']) ? group['checks'] : [];
  rawChecks.forEach((c: unknown, i) => {
    if (isObject(c))
      checkCheck(
        c,
        figures,
        used,
        { path: `${base}.checks[${i}]`, item: { kind: 'check', group: ref, index: i } },
        report,
      );
  });
  rawFigures.forEach((f: unknown, i) => {
    if (isObject(f) && typeof f['key'] === 'string' && !used.has(f['key']))
      report(
        'figure-unused',
        { path: `${base}.figures[${i}]`, item: { kind: 'figure', group: ref, key: f['key'], index: i } },
        {},
      );
  });
}

/** True when a template file uses anything of format 2 (figures, checks, a rule other than manual). */
export function usesFormat2(json: Obj): boolean {
  const groups = Array.isArray(json['groups']) ? json['groups'] : [];
  return groups.some((g: unknown) => {
    if (!isObject(g)) return false;
    if (
      (Array.isArray(g['figures']) && g['figures'].length > 0) ||
      (Array.isArray(g['checks']) && g['checks'].length > 0)
    )
      return true;
    const criteria = Array.isArray(g['criteria']) ? g['criteria'] : [];
    return criteria.some(
      (c: unknown) =>
        isObject(c) &&
        Array.isArray(c['subCriteria']) &&
        c['subCriteria'].some(
          (s: unknown) => isObject(s) && isObject(s['rule']) && s['rule']['kind'] !== 'manual',
        ),
    );
  });
}
