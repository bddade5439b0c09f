/**
 * Checks one returned workbook against the year, the templates, the roster and its own
 * fingerprint, and recomputes its scores from the inputs. Everything is found through the
 * metadata and the defined names; nothing is trusted from cached formula results.
 */
import type { ReturnedWorkbook } from '../returned/types';
import { findGroup } from '../regime/load';
import { scoreForm, type FormInputs } from '../scoring/score';
import { placed } from '../problems/messages';
import { hasFingerprint } from '../sheet/fingerprint-match';
import { META_KEYS } from '../sheet/metadata';
import {
  AGENCY_CODE_NAME,
  AGENCY_NAME_NAME,
  evidenceName,
  GROUP_NAME,
  scoreName,
  TOTAL_NAME,
  YEAR_NAME,
} from '../sheet/names';
import { parseWholeText } from '../numbers/decimal-text';
import { findAgencyByCode, matchAgencyByName } from '../roster/roster';
import { cleanText } from '../text/normalize';
import { resolveAgency } from './agency-resolve';
import type { CheckContext } from './check-context';
import { nameIndex, namedCell, rawValue, textValue, type NamedCell } from './form-cells';
import { findMetadata } from './form-metadata';
import { workbookKind } from './workbook-kind';
import { fromWorded, problem, type SubmissionProblem } from './problem';
import { checkStoredResults } from './stored-results';
import { describeStructureChange } from './structure-diff';
import { figureWarnings, readFigureCells } from './figure-check';
import { groupTemplate } from '../template/load';
import type { GroupTemplate, SubCriterion } from '../template/types';
import { outcomeOf, type Submission, type SubmissionFile, type SubmittedEntry } from './submission';
import { resolveTemplate } from './template-resolve';

function rejected(
  file: SubmissionFile,
  problems: SubmissionProblem[],
  agencyCode: string | null = null,
): Submission {
  return { ...file, outcome: 'rejected', problems, agencyCode, data: null };
}

interface InputNames {
  subs: readonly SubCriterion[];
  /** The defined names of each sub-criterion's score and evidence cells, in `subs` order. */
  scoreNames: readonly string[];
  evidenceNames: readonly string[];
  /** Codes of the sub-criteria whose points a rule computes from figures. */
  computedCodes: readonly string[];
}

// Every file of a group asks for the same names: listed once per group (templates are not changed once loaded).
const inputNames = new WeakMap<GroupTemplate, InputNames>();

function inputNamesOf(group: GroupTemplate): InputNames {
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

function selfValue(raw: unknown): number | string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return String(raw);
}

export function checkSubmission(file: SubmissionFile, wb: ReturnedWorkbook, ctx: CheckContext): Submission {
  const f = file.fileName;
  const found = findMetadata(wb);
  const kind = workbookKind(found?.meta);
  if (!found || kind === 'other') {
    return rejected(file, [problem('not-a-survey', 'error', f, {}, {})]);
  }
  const meta = found.meta;
  if (kind === 'consolidation') {
    return rejected(file, [problem('consolidation-workbook', 'error', f, {}, {})]);
  }
  const problems: SubmissionProblem[] = [];
  for (const key of found.disagreeing) {
    problems.push(problem('metadata-mismatch', 'warning', f, {}, { key }));
  }
  const index = nameIndex(wb);
  // A form refused before its entries are read still names who sent it, so the register does not call the agency "not submitted".
  const refuse = (all: SubmissionProblem[]): Submission =>
    rejected(file, all, senderOf(wb, index, meta, ctx));
  const visible = (name: string) => {
    const at = namedCell(wb, index, name);
    return at ? { sheet: at.sheet, cell: at.address, name } : {};
  };

  const year = parseWholeText(meta[META_KEYS.year]);
  if (year !== ctx.year) {
    return refuse([
      ...problems,
      problem('wrong-year', 'error', f, visible(YEAR_NAME), {
        found: meta[META_KEYS.year] ?? null,
        year: ctx.year,
      }),
    ]);
  }
  const resolution = resolveTemplate(f, meta, ctx.regime, ctx.templates);
  problems.push(...resolution.problems);
  if (!resolution.ok) return refuse(problems);
  // A self-scored older form is scored by its own (manual) rules; see resolveTemplate.
  const { scoringGroup: group, formTemplate } = resolution.resolved;
  const regimeGroup = findGroup(ctx.regime, group.groupId);
  if (!regimeGroup)
    return refuse([
      ...problems,
      problem('group-unknown', 'error', f, visible(GROUP_NAME), { groupId: group.groupId, in: 'regime' }),
    ]);

  // Every input of the group must be reachable through its defined name.
  const { subs, scoreNames, evidenceNames } = inputNamesOf(group);
  const missing: string[] = [];
  const scoreCells = new Map<string, NamedCell>();
  const evidenceCells = new Map<string, NamedCell>();
  subs.forEach((sub, i) => {
    const sName = scoreNames[i] as string;
    const eName = evidenceNames[i] as string;
    const s = namedCell(wb, index, sName);
    const e = namedCell(wb, index, eName);
    if (s) scoreCells.set(sub.code, s);
    else missing.push(sName);
    if (e) evidenceCells.set(sub.code, e);
    else missing.push(eName);
  });
  const figures = readFigureCells(wb, index, group);
  missing.push(...figures.missing);
  if (missing.length > 0) {
    return refuse([...problems, problem('name-missing', 'error', f, {}, { names: missing })]);
  }
  const formSheet = namedCell(wb, index, TOTAL_NAME)?.sheet ?? [...scoreCells.values()][0]?.sheet ?? '';

  const stored = (meta[META_KEYS.fingerprint] ?? '').trim();
  // Computed points are locked formulas of the form as issued: part of its structure.
  const issuedGroup = groupTemplate(formTemplate, group.groupId) ?? group;
  const computedCodes = inputNamesOf(issuedGroup).computedCodes;
  if (!hasFingerprint(wb, formSheet, computedCodes, stored)) {
    const details = describeStructureChange(wb, formSheet, ctx.regime, formTemplate, group.groupId);
    const first = details[0];
    const place =
      first !== undefined && 'cell' in first ? { sheet: formSheet, cell: first.cell } : { sheet: formSheet };
    const changes = details.slice(0, 5);
    problems.push(problem('structure-changed', 'error', f, place, { changes }));
  }

  // Header cells: year and group written in the sheet should agree with the metadata.
  const yearCell = namedCell(wb, index, YEAR_NAME);
  if (
    yearCell &&
    yearCell.cell?.value !== null &&
    yearCell.cell !== undefined &&
    String(rawValue(yearCell.cell)).trim() !== String(ctx.year)
  ) {
    problems.push(
      problem(
        'year-cell-mismatch',
        'warning',
        f,
        { sheet: yearCell.sheet, cell: yearCell.address, name: YEAR_NAME },
        { found: textValue(yearCell.cell), year: ctx.year },
      ),
    );
  }
  const groupCell = namedCell(wb, index, GROUP_NAME);
  if (
    groupCell &&
    groupCell.cell?.value !== null &&
    groupCell.cell !== undefined &&
    cleanText(textValue(groupCell.cell)) !== group.groupId
  ) {
    problems.push(
      problem(
        'group-cell-mismatch',
        'warning',
        f,
        { sheet: groupCell.sheet, cell: groupCell.address, name: GROUP_NAME },
        { found: textValue(groupCell.cell), groupId: group.groupId },
      ),
    );
  }

  const codeCell = namedCell(wb, index, AGENCY_CODE_NAME);
  const nameCell = namedCell(wb, index, AGENCY_NAME_NAME);
  const agencyResult = resolveAgency(
    f,
    {
      code: cleanText(textValue(codeCell?.cell)),
      name: cleanText(textValue(nameCell?.cell)),
      prefilledCode: meta[META_KEYS.agencyCode] ?? '',
      codePlace: codeCell
        ? { sheet: codeCell.sheet, cell: codeCell.address, name: AGENCY_CODE_NAME }
        : { sheet: formSheet },
      namePlace: nameCell
        ? { sheet: nameCell.sheet, cell: nameCell.address, name: AGENCY_NAME_NAME }
        : { sheet: formSheet },
    },
    ctx.roster,
    regimeGroup,
    (id) => findGroup(ctx.regime, id),
  );
  problems.push(...agencyResult.problems);
  const agency = agencyResult.agency;

  // Recompute from the inputs, checking each entry once (in scoreForm); entry problems are warnings: the counting rule already clamps them.
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
  // Each entry is checked once, by the scoring itself; its problems are placed at the cells read.
  const score = scoreForm(ctx.regime, group, inputs, figures.inputs);
  for (const p of score.problems) {
    const at = (p.field === 'score' ? scoreCells : evidenceCells).get(p.subCode);
    const place = at ? { sheet: at.sheet, cell: at.address, name: at.name } : { sheet: formSheet };
    problems.push(fromWorded(placed(p, { file: f, ...place }, 'warning')));
  }
  const entries: Record<string, SubmittedEntry> = {};
  for (const sub of subs) {
    const input = inputs[sub.code];
    const computed = score.computedPoints[sub.code];
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
  problems.push(...figureWarnings(f, figures, score, formSheet));
  problems.push(...checkStoredResults(wb, index, score));

  const outcome = outcomeOf(problems);
  if (outcome === 'rejected' || !agency) return rejected(file, problems, agency?.code ?? null);
  return {
    ...file,
    outcome,
    problems,
    agencyCode: agency.code,
    data: {
      agency,
      groupId: group.groupId,
      templateVersion: formTemplate.version,
      entries,
      ...((group.figures ?? []).length > 0 ? { figures: figureRecord(figures.inputs) } : {}),
      score,
    },
  };
}

/** Figures as the state keeps them: booleans as Excel shows them, like self-scores. */
function figureRecord(inputs: Record<string, unknown>): Record<string, number | string | null> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, selfValue(v)]));
}

/** The roster agency a form names (code cell, name cell, then the code it was issued for), or null. */
function senderOf(
  wb: ReturnedWorkbook,
  index: ReturnType<typeof nameIndex>,
  meta: Record<string, string>,
  ctx: CheckContext,
): string | null {
  const code = cleanText(textValue(namedCell(wb, index, AGENCY_CODE_NAME)?.cell));
  const name = cleanText(textValue(namedCell(wb, index, AGENCY_NAME_NAME)?.cell));
  const agency =
    (code !== '' ? findAgencyByCode(ctx.roster, code) : undefined) ??
    (name !== '' ? matchAgencyByName(ctx.roster, name) : undefined) ??
    findAgencyByCode(ctx.roster, (meta[META_KEYS.agencyCode] ?? '').trim());
  return agency?.code ?? null;
}
