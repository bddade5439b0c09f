/**
 * A returned form's inputs, read through their defined names: the score and evidence cell of each
 * sub-criterion, what the scoring reads of them, and the entries the merge keeps.
 */
import type { ReturnedWorkbook } from '../returned/types';
import type { FormInputs } from '../scoring/score';
import { evidenceName, scoreName } from '../sheet/names';
import type { GroupTemplate, SubCriterion } from '../template/types';
import { cleanText } from '../text/normalize';
import { nameIndex, namedCell, rawValue, type NamedCell } from './form-cells';
import type { SubmittedEntry } from './submission';

export interface InputNames {
  subs: readonly SubCriterion[];
  /** The defined names of each sub-criterion's score and evidence cells, in `subs` order. */
  scoreNames: readonly string[];
  evidenceNames: readonly string[];
  /** Codes of the sub-criteria whose points a rule computes from figures. */
  computedCodes: readonly string[];
}

// Every file of a group asks for the same names: listed once per group (templates are not changed once loaded).
const inputNames = new WeakMap<GroupTemplate, InputNames>();

export function inputNamesOf(group: GroupTemplate): InputNames {
  let names = inputNames.get(group);
  if (names === undefined) {
    const subs = group.criteria.flatMap((c) => c.subCriteria);
    names = {
      subs,
      scoreNames: subs.map((s) => scoreName(s.code)),
      evidenceNames: subs.map((s) => evidenceName(s.code)),
      computedCodes: subs.filter((s) => s.rule !== undefined && s.rule.kind !== 'manual').map((s) => s.code),
    };
    inputNames.set(group, names);
  }
  return names;
}

export type NameIndex = ReturnType<typeof nameIndex>;

/** A self-score or figure as the state keeps it: booleans as Excel shows them. */
export function selfValue(raw: unknown): number | string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return String(raw);
}

export interface InputCells {
  subs: readonly SubCriterion[];
  scoreCells: Map<string, NamedCell>;
  evidenceCells: Map<string, NamedCell>;
  /** The names of the inputs the workbook does not define. */
  missing: string[];
}

/** The score and evidence cell of each sub-criterion, through their defined names. */
export function readInputCells(wb: ReturnedWorkbook, index: NameIndex, group: GroupTemplate): InputCells {
  const { subs, scoreNames, evidenceNames } = inputNamesOf(group);
  const cells: InputCells = { subs, scoreCells: new Map(), evidenceCells: new Map(), missing: [] };
  subs.forEach((sub, i) => {
    const sName = scoreNames[i] as string;
    const eName = evidenceNames[i] as string;
    const s = namedCell(wb, index, sName);
    const e = namedCell(wb, index, eName);
    if (s) cells.scoreCells.set(sub.code, s);
    else cells.missing.push(sName);
    if (e) cells.evidenceCells.set(sub.code, e);
    else cells.missing.push(eName);
  });
  return cells;
}

/** What the scoring reads of each sub-criterion: the values and formulas of its score and evidence cells. */
export function formInputs({ subs, scoreCells, evidenceCells }: InputCells): FormInputs {
  const inputs: FormInputs = {};
  for (const sub of subs) {
    // A computed sub-criterion's score cell holds the template's formula by design (the fingerprint vouches for it); its points come from the figures.
    const computed = sub.rule !== undefined && sub.rule.kind !== 'manual';
    const s = computed ? undefined : scoreCells.get(sub.code)?.cell;
    const e = evidenceCells.get(sub.code)?.cell;
    inputs[sub.code] = {
      score: rawValue(s),
      evidence: rawValue(e),
      scoreFormula: s?.formula,
      evidenceFormula: e?.formula,
    };
  }
  return inputs;
}

/** The entries the merge takes: self-scores as typed (computed points for computed ones) and evidence text. */
export function submittedEntries(
  subs: readonly SubCriterion[],
  inputs: FormInputs,
  computedPoints: Readonly<Record<string, number>>,
): Record<string, SubmittedEntry> {
  const entries: Record<string, SubmittedEntry> = {};
  for (const sub of subs) {
    const input = inputs[sub.code];
    const computed = computedPoints[sub.code];
    // A score computed by a formula never enters the tables: its stored result is only quoted in the problem.
    const self =
      computed !== undefined
        ? computed / 100
        : input?.scoreFormula === undefined
          ? selfValue(input?.score)
          : null;
    const evidence = input?.evidence;
    entries[sub.code] = {
      self,
      evidence: cleanText(evidence === null || evidence === undefined ? '' : String(evidence)),
    };
  }
  return entries;
}
