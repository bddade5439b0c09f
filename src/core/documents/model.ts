/**
 * Everything the December documents state, computed exactly from the consolidation: returns,
 * results per rating band, averages and attainment per criterion, highest and lowest, appraisal
 * changes, the commendation proposal, year-over-year changes, and one letter per ranked agency.
 * Points stay integer hundredths; averages are rounded half away from zero once, at the end.
 */
import { rankingTables, type RankingTable, type TableRow } from '../consolidation/tables';
import { effectivePointsOf } from '../consolidation/effective';
import {
  compareSubCodes,
  rowKey,
  type ConsolidationState,
  type FigureRow,
  type StateRow,
} from '../consolidation/state';
import type { Regime } from '../regime/types';
import type { Agency } from '../roster/types';
import { countedHundredths } from '../scoring/rules';
import type { SubCriterion, SurveyTemplate } from '../template/types';
import { tableFigures } from '../consolidation/table-figures';
import { divideRounded } from '../numbers/hundredths';
import { rankChangeLabel, type PreviousResults } from './previous';
import { describeCommendationRule, type CommendationRule } from './settings';
import { figureAppraisalReason } from './figure-appraisal';

export interface Returns {
  /** Agencies asked to return the form (the roster, plus any ranked agency not in it). */
  surveyed: number;
  onTime: number;
  late: number;
  /** No usable file: nothing arrived, or every file was rejected. */
  missing: number;
  /** Of the missing, those whose only files were rejected. */
  rejectedOnly: number;
}

export interface RankedRow extends TableRow {
  /** Last year's rank and total in the same group; null when unknown or new. */
  previousRank: number | null;
  previousTotalHundredths: number | null;
  /** `↑2`, `↓1`, `=`, `mới`; empty when no previous year was given. */
  rankChange: string;
  totalChangeHundredths: number | null;
}

export interface CriterionSummary {
  number: number;
  title: string;
  capHundredths: number;
  /** Average points over the ranked agencies; null when none is ranked. */
  averageHundredths: number | null;
  /** Average attainment in hundredths of a percent (sum of points / (agencies × cap)). */
  attainmentHundredths: number | null;
}

export interface GroupSummary {
  groupId: string;
  groupName: string;
  tableNumber: number;
  title: string;
  returns: Returns;
  rows: RankedRow[];
  bandCounts: { bandId: string; label: string; count: number }[];
  averageTotalHundredths: number | null;
  criteria: CriterionSummary[];
  /** Every agency at the highest (lowest) total; empty when none is ranked. */
  highest: RankedRow[];
  lowest: RankedRow[];
}

export interface ScoreChange {
  subCode: string;
  subTitle: string;
  capHundredths: number;
  selfHundredths: number;
  appraisedHundredths: number;
  reason: string;
}

export interface LetterCriterion {
  number: number;
  title: string;
  capHundredths: number;
  pointsHundredths: number;
  groupAverageHundredths: number | null;
  lastYearHundredths: number | null;
}

export interface AgencyLetter {
  code: string;
  name: string;
  groupId: string;
  groupName: string;
  tableNumber: number;
  rankedInGroup: number;
  row: RankedRow;
  criteria: LetterCriterion[];
  /** The sub-criteria where it lost the most points (cap − points), most first; at most three. */
  lostMost: {
    code: string;
    title: string;
    capHundredths: number;
    pointsHundredths: number;
    lostHundredths: number;
  }[];
  changes: ScoreChange[];
}

export interface Commendation {
  rule: CommendationRule;
  /** The rule in words, as the documents state it. */
  ruleText: string;
  entries: { groupId: string; tableNumber: number; row: RankedRow }[];
}

export interface DocumentModel {
  year: number;
  regime: Pick<Regime, 'legalBasis' | 'appraiser' | 'province'>;
  previousYear: number | null;
  returns: Returns;
  groups: GroupSummary[];
  appraisal: { changedScores: number; agencies: number; raisedHundredths: number; loweredHundredths: number };
  commendation: Commendation;
  letters: AgencyLetter[];
}

function returnsOf(state: ConsolidationState, agencies: readonly { code: string }[]): Returns {
  const sources = new Map(state.sources.map((s) => [s.agencyCode, s]));
  const rejected = new Set(
    state.files.filter((f) => f.status === 'rejected' && f.agencyCode !== null).map((f) => f.agencyCode),
  );
  const r: Returns = { surveyed: agencies.length, onTime: 0, late: 0, missing: 0, rejectedOnly: 0 };
  for (const a of agencies) {
    const s = sources.get(a.code);
    if (s) {
      if (s.late) r.late++;
      else r.onTime++;
    } else {
      r.missing++;
      if (rejected.has(a.code)) r.rejectedOnly++;
    }
  }
  return r;
}

function withPrevious(table: RankingTable, previous: PreviousResults | null): RankedRow[] {
  return table.rows.map((row) => {
    const p = previous?.agencies.get(row.code);
    const same = p !== undefined && p.groupId === table.groupId;
    return {
      ...row,
      criteriaHundredths: [...row.criteriaHundredths],
      previousRank: same ? p.rank : null,
      previousTotalHundredths: same ? p.totalHundredths : null,
      rankChange: previous === null ? '' : rankChangeLabel(p, table.groupId, row.rank),
      totalChangeHundredths: same ? row.totalHundredths - p.totalHundredths : null,
    };
  });
}

function summarise(table: RankingTable, rows: RankedRow[], regime: Regime, returns: Returns): GroupSummary {
  const group = regime.groups.find((g) => g.id === table.groupId);
  const n = rows.length;
  const totals = rows.map((r) => r.totalHundredths);
  const max = n > 0 ? Math.max(...totals) : null;
  const min = n > 0 ? Math.min(...totals) : null;
  return {
    groupId: table.groupId,
    groupName: group?.name ?? table.groupId,
    tableNumber: table.tableNumber,
    title: table.title,
    returns,
    rows,
    ...tableFigures(table.criteria, rows, regime),
    averageTotalHundredths:
      n > 0
        ? divideRounded(
            totals.reduce((a, b) => a + b, 0),
            n,
          )
        : null,
    highest: rows.filter((r) => r.totalHundredths === max),
    lowest: rows.filter((r) => r.totalHundredths === min),
  };
}

function commendationOf(
  groups: readonly GroupSummary[],
  rule: CommendationRule,
  regime: Regime,
): Commendation {
  const labels = new Set(rule.bandIds.map((id) => regime.bands.find((b) => b.id === id)?.label));
  const entries = groups.flatMap((g) => {
    const chosen = g.rows.filter((r) => labels.has(r.rating));
    const limited = rule.maxPerGroup === null ? chosen : chosen.slice(0, rule.maxPerGroup);
    return limited.map((row) => ({ groupId: g.groupId, tableNumber: g.tableNumber, row }));
  });
  return { rule, ruleText: describeCommendationRule(rule, regime), entries };
}

/** A sub-criterion of one agency: its state row (if any), the points that count after appraisal, and why appraisal changed them. */
interface SubScore {
  sub: SubCriterion;
  row: StateRow | undefined;
  pointsHundredths: number;
  /** The appraised score's reason, or the appraised figures its points are computed from; null when not appraised. */
  appraisalReason: string | null;
}

/** One agency's letter: its criteria beside the group's average and last year, where it lost most, what appraisal changed. */
function letterOf(
  g: GroupSummary,
  row: GroupSummary['rows'][number],
  scores: readonly SubScore[],
  previous: PreviousResults | null,
): AgencyLetter {
  const changes: ScoreChange[] = [];
  const lost: AgencyLetter['lostMost'] = [];
  for (const { sub, row: sr, pointsHundredths: points, appraisalReason } of scores) {
    if (points < sub.capHundredths)
      lost.push({
        code: sub.code,
        title: sub.title,
        capHundredths: sub.capHundredths,
        pointsHundredths: points,
        lostHundredths: sub.capHundredths - points,
      });
    if (sr && appraisalReason !== null) {
      const self = countedHundredths(sr.self, sub.capHundredths);
      if (self !== points)
        changes.push({
          subCode: sub.code,
          subTitle: sub.title,
          capHundredths: sub.capHundredths,
          selfHundredths: self,
          appraisedHundredths: points,
          reason: appraisalReason,
        });
    }
  }
  lost.sort((a, b) => b.lostHundredths - a.lostHundredths || compareSubCodes(a.code, b.code));
  const last = previous?.agencies.get(row.code);
  const lastCriteria =
    last && last.groupId === g.groupId && last.criteriaHundredths.length === g.criteria.length
      ? last.criteriaHundredths
      : null;
  return {
    code: row.code,
    name: row.name,
    groupId: g.groupId,
    groupName: g.groupName,
    tableNumber: g.tableNumber,
    rankedInGroup: g.rows.length,
    row,
    criteria: g.criteria.map((c, i) => ({
      number: c.number,
      title: c.title,
      capHundredths: c.capHundredths,
      pointsHundredths: row.criteriaHundredths[i] ?? 0,
      groupAverageHundredths: c.averageHundredths,
      lastYearHundredths: lastCriteria ? (lastCriteria[i] ?? null) : null,
    })),
    lostMost: lost.slice(0, 3),
    changes,
  };
}

/** What appraisal changed over all letters: scores changed, agencies concerned, points raised and lowered. */
function appraisalSummary(letters: readonly AgencyLetter[]): DocumentModel['appraisal'] {
  const changes = letters.flatMap((l) => l.changes);
  const moved = (c: ScoreChange) => c.appraisedHundredths - c.selfHundredths;
  return {
    changedScores: changes.length,
    agencies: new Set(letters.filter((l) => l.changes.length > 0).map((l) => l.code)).size,
    raisedHundredths: changes.reduce((a, c) => a + Math.max(0, moved(c)), 0),
    loweredHundredths: changes.reduce((a, c) => a + Math.max(0, -moved(c)), 0),
  };
}

export function buildDocumentModel(opts: {
  state: ConsolidationState;
  template: SurveyTemplate;
  regime: Regime;
  /** The roster the consolidation used: who was asked to return the form. */
  roster: readonly Agency[];
  previous: PreviousResults | null;
  commendation: CommendationRule;
}): DocumentModel {
  const { state, template, regime, previous } = opts;
  const tables = rankingTables(state, template, regime);
  const stateRows = new Map(state.rows.map((r) => [rowKey(r.agencyCode, r.subCode), r]));
  const pointsOf = effectivePointsOf(state, template.groups);
  const rosterCodes = new Set(opts.roster.map((a) => a.code));
  const everyone = [
    ...opts.roster.map((a) => ({ code: a.code, group: a.group })),
    ...state.sources
      .filter((s) => !rosterCodes.has(s.agencyCode))
      .map((s) => ({ code: s.agencyCode, group: s.groupId })),
  ];

  const groups = tables.map((t) =>
    summarise(
      t,
      withPrevious(t, previous),
      regime,
      returnsOf(
        state,
        everyone.filter((a) => a.group === t.groupId),
      ),
    ),
  );

  const figureRows = new Map<string, FigureRow[]>();
  for (const f of state.figures ?? []) {
    const list = figureRows.get(f.agencyCode);
    if (list) list.push(f);
    else figureRows.set(f.agencyCode, [f]);
  }
  const letters = groups.flatMap((g) => {
    const groupTemplate = template.groups.find((x) => x.groupId === g.groupId);
    const subs = (groupTemplate?.criteria ?? []).flatMap((c) => c.subCriteria);
    const scoresOf = (code: string): SubScore[] =>
      subs.map((sub) => {
        const row = stateRows.get(rowKey(code, sub.code));
        // An appraised score overrides the figures (as in effective.ts): its own reason then.
        const appraisalReason =
          row && typeof row.appraised === 'number'
            ? row.reason
            : figureAppraisalReason(sub, figureRows.get(code) ?? [], groupTemplate?.figures ?? []);
        return { sub, row, pointsHundredths: pointsOf(code, g.groupId, sub), appraisalReason };
      });
    return g.rows.map((row) => letterOf(g, row, scoresOf(row.code), previous));
  });

  const total = groups.reduce<Returns>(
    (a, g) => ({
      surveyed: a.surveyed + g.returns.surveyed,
      onTime: a.onTime + g.returns.onTime,
      late: a.late + g.returns.late,
      missing: a.missing + g.returns.missing,
      rejectedOnly: a.rejectedOnly + g.returns.rejectedOnly,
    }),
    { surveyed: 0, onTime: 0, late: 0, missing: 0, rejectedOnly: 0 },
  );
  return {
    year: state.year,
    regime: { legalBasis: regime.legalBasis, appraiser: regime.appraiser, province: regime.province },
    previousYear: previous?.year ?? null,
    returns: total,
    groups,
    appraisal: appraisalSummary(letters),
    commendation: commendationOf(groups, opts.commendation, regime),
    letters,
  };
}
