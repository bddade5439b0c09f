/**
 * Value rules of a template file, checked against the regime. Works on the raw JSON defensively so that it can
 * run even when the schema found problems: every item whose types are right is checked, nothing stops early.
 */
import { hasAtMostTwoDecimals, toHundredths } from '../numbers/hundredths';
import { findGroup } from '../regime/load';
import type { AgencyGroup, Regime } from '../regime/types';
import type { TemplateItem } from '../problems/where';
import { cleanText, nameKey } from '../text/normalize';
import { groupPath, groupRef, isObject, reportInto, type Report, type TemplateProblem } from './problem';
import { figureProblems, usesFormat2, type GroupFiguresInput } from './validate-figures';

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

const CODE_PATTERN = /^([1-9]\d*)\.([1-9]\d*)$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(s: string): boolean {
  const m = DATE_PATTERN.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function checkTop(json: Record<string, unknown>, regime: Regime, report: Report): void {
  const { regimeId, year, dataAsOf, returnBy } = json;
  if (typeof regimeId === 'string' && regimeId !== regime.id) {
    report(
      'template-regime-mismatch',
      { path: 'regimeId' },
      { found: regimeId, expected: regime.id, legalBasis: regime.legalBasis },
    );
  }
  if (typeof year === 'number' && Number.isInteger(year) && (year < YEAR_MIN || year > YEAR_MAX)) {
    report('year-range', { path: 'year' }, { year, min: YEAR_MIN, max: YEAR_MAX });
  }
  for (const [key, value] of [
    ['dataAsOf', dataAsOf],
    ['returnBy', returnBy],
  ] as const) {
    if (typeof value === 'string' && !validDate(value))
      report('date-invalid', { path: key }, { field: key, text: value });
  }
  if (
    typeof dataAsOf === 'string' &&
    typeof returnBy === 'string' &&
    validDate(dataAsOf) &&
    validDate(returnBy) &&
    returnBy < dataAsOf
  ) {
    report('date-order', { path: 'returnBy' }, { dataAsOf, returnBy });
  }
}

type CriterionItem = Extract<TemplateItem, { kind: 'criterion' }>;

function checkSubCriteria(
  subs: unknown[],
  criterionNumber: number,
  capHundredths: number,
  base: string,
  criterionItem: CriterionItem,
  seenCodes: Map<string, { criterion: number; index: number }>,
  report: Report,
  collected: GroupFiguresInput['subs'],
): void {
  let sum = 0;
  let allCapsKnown = true;
  subs.forEach((sub, i) => {
    const path = `${base}.subCriteria[${i}]`;
    if (!isObject(sub)) {
      allCapsKnown = false;
      return;
    }
    const code = typeof sub['code'] === 'string' ? cleanText(sub['code']) : null;
    const item: TemplateItem = {
      kind: 'sub-criterion',
      group: criterionItem.group,
      index: i,
      ...(code !== null ? { code } : { criterion: criterionNumber }),
    };
    const at = { path, item };
    if (code !== null) {
      const m = CODE_PATTERN.exec(code);
      if (!m) {
        report('code-malformed', at, { code, criterion: criterionNumber, index: i + 1 });
      } else if (Number(m[1]) !== criterionNumber) {
        report('code-prefix', at, { code, criterion: criterionNumber });
      }
      const first = seenCodes.get(code);
      if (first !== undefined) report('duplicate-code', at, { code, first });
      else seenCodes.set(code, { criterion: criterionNumber, index: i + 1 });
    }
    if (typeof sub['title'] === 'string' && cleanText(sub['title']) === '') {
      report('title-empty', at, {});
    }
    const cap = sub['cap'];
    const usable = typeof cap === 'number' && Number.isFinite(cap) && cap > 0 && hasAtMostTwoDecimals(cap);
    collected.push({ sub, path, item, capHundredths: usable ? toHundredths(cap) : null });
    if (typeof cap !== 'number' || !Number.isFinite(cap)) {
      allCapsKnown = false;
    } else if (cap <= 0) {
      report('cap-not-positive', at, { cap });
      allCapsKnown = false;
    } else if (!hasAtMostTwoDecimals(cap)) {
      report('cap-decimals', at, { cap });
      allCapsKnown = false;
    } else {
      sum += toHundredths(cap);
    }
  });
  const at = { path: `${base}.subCriteria`, item: criterionItem };
  if (subs.length === 0) {
    report('no-subcriteria', at, {});
  } else if (allCapsKnown && sum !== capHundredths) {
    report('cap-sum', at, { sumHundredths: sum, capHundredths });
  }
}

function checkGroup(
  group: Record<string, unknown>,
  index: number,
  regimeGroup: AgencyGroup,
  report: Report,
): void {
  const base = groupPath(group, index);
  const ref = { id: regimeGroup.id, name: regimeGroup.name };
  if (!Array.isArray(group['criteria'])) return;
  const seenNumbers = new Set<number>();
  const seenCodes = new Map<string, { criterion: number; index: number }>();
  const subs: GroupFiguresInput['subs'] = [];
  group['criteria'].forEach((criterion: unknown, i) => {
    const path = `${base}.criteria[${i}]`;
    if (!isObject(criterion) || typeof criterion['number'] !== 'number') return;
    const n = criterion['number'];
    const item: CriterionItem = { kind: 'criterion', group: ref, number: n, index: i };
    const at = { path, item };
    const regimeCriterion = regimeGroup.criteria.find((c) => c.number === n);
    if (seenNumbers.has(n)) {
      report('criterion-duplicate', at, {});
      return;
    }
    seenNumbers.add(n);
    if (!regimeCriterion) {
      report('criterion-extra', at, { groupId: regimeGroup.id, count: regimeGroup.criteria.length });
      return;
    }
    const cap = criterion['cap'];
    if (
      typeof cap === 'number' &&
      (!Number.isFinite(cap) ||
        !hasAtMostTwoDecimals(cap) ||
        toHundredths(cap) !== regimeCriterion.capHundredths)
    ) {
      report('criterion-cap', at, { cap, expectedHundredths: regimeCriterion.capHundredths });
    }
    const title = criterion['title'];
    if (
      typeof title === 'string' &&
      title.trim() !== '' &&
      nameKey(title) !== nameKey(regimeCriterion.title)
    ) {
      report('criterion-title', at, { title: cleanText(title), expected: regimeCriterion.title });
    }
    if (Array.isArray(criterion['subCriteria'])) {
      checkSubCriteria(
        criterion['subCriteria'],
        n,
        regimeCriterion.capHundredths,
        path,
        item,
        seenCodes,
        report,
        subs,
      );
    }
  });
  figureProblems({ group, base, ref, subs }, report);
  for (const c of regimeGroup.criteria) {
    if (!seenNumbers.has(c.number))
      report(
        'criterion-missing',
        { path: `${base}.criteria` },
        { number: c.number, title: c.title, group: ref },
      );
  }
}

/** Every value problem of a template file against the regime (none when it is usable). */
export function semanticProblems(json: unknown, regime: Regime): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const report = reportInto(problems);
  if (!isObject(json)) return problems;
  checkTop(json, regime, report);
  if (json['formatVersion'] !== 2 && usesFormat2(json)) {
    report('format-version', { path: 'formatVersion' }, {});
  }
  if (!Array.isArray(json['groups'])) return problems;
  const seenGroups = new Set<string>();
  json['groups'].forEach((group: unknown, i) => {
    if (!isObject(group) || typeof group['groupId'] !== 'string') return;
    const id = group['groupId'];
    const path = groupPath(group, i);
    const regimeGroup = findGroup(regime, id);
    if (seenGroups.has(id)) {
      report('group-duplicate', { path, item: { kind: 'group', group: groupRef(group, i, regime) } }, {});
      return;
    }
    seenGroups.add(id);
    if (!regimeGroup) {
      const known = regime.groups.map((g) => g.id);
      report('group-unknown', { path }, { groupId: id, in: 'regime', known });
      return;
    }
    checkGroup(group, i, regimeGroup, report);
  });
  for (const g of regime.groups) {
    if (!seenGroups.has(g.id)) report('group-missing', { path: 'groups' }, { groupId: g.id, name: g.name });
  }
  return problems;
}
