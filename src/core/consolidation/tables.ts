/**
 * The two ranking tables computed by the core, exactly as the sheet formulas compute them: per row
 * the effective points (`effective.ts`: the appraised score if it is a number, else the points computed
 * from the effective figures or the self-score, counted with the survey's rule); criterion points and
 * totals summed in hundredths; rating and competition rank on the rounded total.
 */
import type { Regime } from '../regime/types';
import type { SurveyTemplate } from '../template/types';
import { bandFor, tableTitle } from '../regime/load';
import { rankAgencies } from '../ranking/rank';
import { effectivePointsOf } from './effective';
import type { ConsolidationState } from './state';

export interface TableRow {
  code: string;
  name: string;
  /** Points per criterion, in the group's criterion order. */
  criteriaHundredths: number[];
  totalHundredths: number;
  rating: string;
  rank: number;
}

export interface RankingTable {
  groupId: string;
  tableNumber: number;
  title: string;
  criteria: { number: number; title: string; capHundredths: number }[];
  /** Sorted by total (highest first), ties in rankAgencies' order. */
  rows: TableRow[];
}

export function rankingTables(
  state: ConsolidationState,
  template: SurveyTemplate,
  regime: Regime,
): RankingTable[] {
  const points = effectivePointsOf(state, template.groups);
  const groups = [...regime.groups].sort((a, b) => a.tableNumber - b.tableNumber);
  return groups.map((group) => {
    const gt = template.groups.find((g) => g.groupId === group.id);
    const criteria = gt?.criteria ?? [];
    const scored = state.sources
      .filter((s) => s.groupId === group.id)
      .map((s) => {
        const criteriaHundredths = criteria.map((c) =>
          c.subCriteria.reduce((sum, sub) => sum + points(s.agencyCode, group.id, sub), 0),
        );
        const totalHundredths = criteriaHundredths.reduce((a, b) => a + b, 0);
        return {
          code: s.agencyCode,
          name: s.agencyName,
          criteriaHundredths,
          totalHundredths,
          rating: bandFor(regime, totalHundredths).label,
        };
      });
    return {
      groupId: group.id,
      tableNumber: group.tableNumber,
      title: tableTitle(group, state.year),
      criteria: criteria.map((c) => ({ number: c.number, title: c.title, capHundredths: c.capHundredths })),
      rows: rankAgencies(scored),
    };
  });
}
