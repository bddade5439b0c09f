/**
 * The fixed sets of the criteria workbook as its drop-downs show them, and the way back from a cell to
 * the JSON value: the Vietnamese label or the JSON id, in any case, spacing or Unicode form.
 */
import {
  CHECK_KIND_LABELS,
  FIGURE_TYPE_LABELS,
  NO,
  RULE_KIND_LABELS,
  SEVERITY_LABELS,
  YES,
} from '../template/figure-types';
import { groupName } from '../regime/load';
import type { Regime } from '../regime/types';
import { nameKey } from '../text/normalize';

/** A fixed set: each JSON id with the label a person picks. */
export interface LabelledSet<T extends string> {
  ids: readonly T[];
  label: (id: T) => string;
}

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function fromRecord<T extends string>(labels: Record<T, string>): LabelledSet<T> {
  return { ids: Object.keys(labels) as T[], label: (id) => capitalise(labels[id]) };
}

export const RULE_KIND_SET = fromRecord(RULE_KIND_LABELS);
export const FIGURE_TYPE_SET = fromRecord(FIGURE_TYPE_LABELS);
export const CHECK_KIND_SET = fromRecord(CHECK_KIND_LABELS);
export const SEVERITY_SET = fromRecord(SEVERITY_LABELS);

/**
 * The regime's groups, shown by their Vietnamese names (“Sở, ban, ngành cấp tỉnh”); the ids (so, huyen) that
 * earlier workbooks hold still read.
 */
export function groupSet(regime: Regime): LabelledSet<string> {
  return {
    ids: regime.groups.map((g) => g.id),
    label: (id) => groupName(regime, id),
  };
}

/** The items of a drop-down, in the set's order. */
export function listItems<T extends string>(set: LabelledSet<T>): string[] {
  return set.ids.map(set.label);
}

/** The id a cell's text stands for (label or id), or null when it is neither. */
export function idOf<T extends string>(set: LabelledSet<T>, text: string): T | null {
  const key = nameKey(text);
  return set.ids.find((id) => nameKey(id) === key || nameKey(set.label(id)) === key) ?? null;
}

/** Yes/no cells: “Có” / “Không” (also true/false as another program may write them). */
export function yesNoOf(value: string | number | boolean): boolean | null {
  if (typeof value === 'boolean') return value;
  const key = nameKey(String(value));
  if (key === nameKey(YES) || key === 'true' || key === 'x') return true;
  if (key === nameKey(NO) || key === 'false') return false;
  return null;
}

export const YES_NO_ITEMS = [YES, NO];
