/**
 * What counts after appraisal, exactly as the data sheet's formulas compute it:
 * - a figure: the appraised figure unless it is blank (Excel's LEN(TRIM(x))=0), else the submitted one;
 * - a sub-criterion: the appraised score when it is a real number (counted: rounded, clamped); else, for a
 *   computed one whose figures all have rows, its rule over the effective figures; else the self-score, counted.
 */
import { countedHundredths } from '../scoring/rules';
import { readFigures, rulePoints } from '../scoring/rule-points';
import type { FigureValue } from '../scoring/figure-value';
import { ruleFigures } from '../template/figure-types';
import type { GroupTemplate, SubCriterion } from '../template/types';
import type { ConsolidationState, FigureRow, StateRow } from './state';

/** Blank as Excel's LEN(TRIM(x))=0 sees it: nothing, or spaces only. */
export function isBlankCell(v: FigureRow['value']): boolean {
  return v === null || (typeof v === 'string' && v.replace(/ +/g, '') === '');
}

export function effectiveFigure(f: Pick<FigureRow, 'value' | 'appraised'>): number | string {
  if (!isBlankCell(f.appraised)) return f.appraised ?? '';
  return isBlankCell(f.value) ? '' : (f.value ?? '');
}

/** An agency's effective figures, read against the group's declarations; `present` = keys that have a row. */
export interface AgencyFigures {
  values: Map<string, FigureValue>;
  present: Set<string>;
}

export function agencyFigures(rows: readonly FigureRow[], group: GroupTemplate | undefined): AgencyFigures {
  const inputs = Object.fromEntries(rows.map((f) => [f.key, effectiveFigure(f)]));
  return { values: readFigures(group?.figures ?? [], inputs), present: new Set(rows.map((f) => f.key)) };
}

/** Whether a sub-criterion's points come from figure rows of the data sheet (else from its stored score). */
export function computedFromFigures(sub: SubCriterion, present: ReadonlySet<string>): boolean {
  const rule = sub.rule;
  return rule !== undefined && rule.kind !== 'manual' && ruleFigures(rule).every((k) => present.has(k));
}

export function effectivePoints(
  row: Pick<StateRow, 'self' | 'appraised'>,
  sub: SubCriterion,
  figures: AgencyFigures,
): number {
  if (typeof row.appraised === 'number') return countedHundredths(row.appraised, sub.capHundredths);
  const rule = sub.rule;
  if (rule !== undefined && rule.kind !== 'manual' && computedFromFigures(sub, figures.present))
    return rulePoints(rule, sub.capHundredths, figures.values).pointsHundredths;
  return countedHundredths(row.self, sub.capHundredths);
}

/** Each agency's effective figures, read once per agency: `(agencyCode, groupId)` → its figures. */
export function agencyFiguresOf(
  state: Pick<ConsolidationState, 'figures'>,
  groups: readonly GroupTemplate[],
): (agencyCode: string, groupId: string) => AgencyFigures {
  const byAgency = new Map<string, FigureRow[]>();
  for (const f of state.figures ?? []) {
    const list = byAgency.get(f.agencyCode);
    if (list) list.push(f);
    else byAgency.set(f.agencyCode, [f]);
  }
  const cache = new Map<string, AgencyFigures>();
  return (agencyCode, groupId) => {
    let figures = cache.get(agencyCode);
    if (!figures) {
      figures = agencyFigures(
        byAgency.get(agencyCode) ?? [],
        groups.find((g) => g.groupId === groupId),
      );
      cache.set(agencyCode, figures);
    }
    return figures;
  };
}

/** Effective points of every agency's sub-criteria: `(agencyCode, groupId, sub)` → hundredths (0 without a row). */
export function effectivePointsOf(
  state: Pick<ConsolidationState, 'rows' | 'figures'>,
  groups: readonly GroupTemplate[],
): (agencyCode: string, groupId: string, sub: SubCriterion) => number {
  // By agency, then code: no key string to build and hash for each of the thousands of look-ups.
  const rows = new Map<string, Map<string, StateRow>>();
  for (const r of state.rows) {
    const ofAgency = rows.get(r.agencyCode);
    if (ofAgency) ofAgency.set(r.subCode, r);
    else rows.set(r.agencyCode, new Map([[r.subCode, r]]));
  }
  const figuresOf = agencyFiguresOf(state, groups);
  return (agencyCode, groupId, sub) => {
    const row = rows.get(agencyCode)?.get(sub.code);
    return row ? effectivePoints(row, sub, figuresOf(agencyCode, groupId)) : 0;
  };
}
