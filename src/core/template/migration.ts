/**
 * Moving a filled form of an older template version into the re-issued one (same id, higher version).
 * An entry moves only when its sub-criterion (or figure) kept its code and meaning; every other entry is
 * listed with the reason, so the agency re-enters it knowingly (the old sheet itself is kept, renamed).
 */
import { formatPoints } from '../numbers/hundredths';
import type { FormInputs } from '../scoring/score';
import type { FigureInputs } from '../scoring/rule-points';
import { nameKey } from '../text/normalize';
import type { Figure } from './figure-types';
import type { GroupTemplate, SubCriterion } from './types';
import { subCriteriaOf } from './load';

export interface KeptEntry {
  code: string;
  /** The typed self-score, or null for a computed sub-criterion (its points follow from the figures). */
  score: unknown;
  evidence: unknown;
}

export interface KeptFigure {
  key: string;
  value: unknown;
  /** The figure's evidence (MC_SL_*), when one was typed and the new version still asks for it. */
  evidence?: unknown;
}

/** Entries of the old form outside its table: figure evidence (MC_SL_*) and who fills the form. */
export interface OtherEntries {
  figureEvidence?: Record<string, unknown>;
  agencyCode?: unknown;
  agencyName?: unknown;
}

/** The agency typed into the old form (code and name cells), moved as typed. */
export interface KeptAgency {
  code: unknown;
  name: unknown;
}

export interface DroppedItem {
  /** Sub-criterion code, or the figure's label. */
  what: string;
  /** Vietnamese, e.g. `điểm tối đa đổi từ 2 thành 1,5`. */
  reason: string;
}

export interface MigrationPlan {
  kept: KeptEntry[];
  keptFigures: KeptFigure[];
  /** Absent when the old form names no agency. */
  agency?: KeptAgency;
  dropped: DroppedItem[];
}

const blank = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const sameText = (a: string, b: string): boolean => nameKey(a) === nameKey(b);
const ruleOf = (s: SubCriterion): string => JSON.stringify(s.rule ?? { kind: 'manual' });
const figureShape = (f: Figure): string =>
  JSON.stringify([f.type, f.unit ?? '', f.min ?? null, f.max ?? null, f.options ?? [], f.partly ?? false]);

/** Why a sub-criterion's entry cannot move to the new version, or null when its meaning is unchanged. */
function subChange(old: SubCriterion, now: SubCriterion | undefined): string | null {
  if (now === undefined) return 'không còn trong phiên bản mới';
  if (now.capHundredths !== old.capHundredths)
    return `điểm tối đa đổi từ ${formatPoints(old.capHundredths)} thành ${formatPoints(now.capHundredths)}`;
  if (!sameText(now.title, old.title)) return `nội dung đổi thành “${now.title}”`;
  if (ruleOf(now) !== ruleOf(old))
    return now.rule === undefined
      ? 'nay tự chấm điểm'
      : 'nay tính điểm từ số liệu (nhập số liệu ở mục Số liệu)';
  return null;
}

function figureChange(old: Figure, now: Figure | undefined): string | null {
  if (now === undefined) return 'không còn trong phiên bản mới';
  if (!sameText(now.label, old.label)) return `nội dung đổi thành “${now.label}”`;
  if (figureShape(now) !== figureShape(old)) return 'đổi kiểu, đơn vị, giới hạn hoặc danh sách lựa chọn';
  return null;
}

/**
 * The plan for one group: (old group, new group, the old form's entries and figures) → entries kept and entries
 * dropped with reasons. Blank entries are neither kept nor listed: there is nothing to lose.
 */
export function planMigration(
  oldGroup: GroupTemplate,
  newGroup: GroupTemplate,
  inputs: FormInputs,
  figures: FigureInputs = {},
  other: OtherEntries = {},
): MigrationPlan {
  const plan: MigrationPlan = { kept: [], keptFigures: [], dropped: [] };
  const newSubs = new Map(subCriteriaOf(newGroup).map((s) => [s.code, s]));
  for (const old of subCriteriaOf(oldGroup)) {
    const input = inputs[old.code];
    const computed = old.rule !== undefined && old.rule.kind !== 'manual';
    const score = computed ? null : input?.score;
    if (input === undefined || (blank(score) && blank(input.evidence))) continue;
    const change = subChange(old, newSubs.get(old.code));
    if (change === null)
      plan.kept.push({ code: old.code, score: blank(score) ? null : score, evidence: input.evidence });
    else plan.dropped.push({ what: `Tiêu chí ${old.code}`, reason: change });
  }
  const newFigures = new Map((newGroup.figures ?? []).map((f) => [f.key, f]));
  for (const old of oldGroup.figures ?? []) {
    const value = figures[old.key];
    const evidence = other.figureEvidence?.[old.key];
    if (blank(value) && blank(evidence)) continue;
    const now = newFigures.get(old.key);
    const change = figureChange(old, now);
    if (change !== null) {
      plan.dropped.push({ what: `Số liệu “${old.label}”`, reason: change });
      continue;
    }
    const kept: KeptFigure = { key: old.key, value: blank(value) ? null : value };
    if (!blank(evidence)) {
      if (now?.evidenceRequired) kept.evidence = evidence;
      else
        plan.dropped.push({
          what: `Minh chứng số liệu “${old.label}”`,
          reason: 'phiên bản mới không còn ô minh chứng cho số liệu này',
        });
    }
    plan.keptFigures.push(kept);
  }
  if (!blank(other.agencyCode) || !blank(other.agencyName))
    plan.agency = { code: other.agencyCode ?? null, name: other.agencyName ?? null };
  return plan;
}
