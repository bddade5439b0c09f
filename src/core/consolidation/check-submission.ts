/**
 * Checks one returned workbook against the year, the templates, the roster and its own
 * fingerprint, and recomputes its scores from the inputs. Everything is found through the
 * metadata and the defined names; nothing is trusted from cached formula results.
 */
import type { ReadCell, ReturnedWorkbook } from '../returned/types';
import { findGroup } from '../regime/load';
import { scoreForm } from '../scoring/score';
import { placed } from '../problems/messages';
import { hasFingerprint } from '../sheet/fingerprint-match';
import { META_KEYS } from '../sheet/metadata';
import { AGENCY_CODE_NAME, AGENCY_NAME_NAME, GROUP_NAME, TOTAL_NAME, YEAR_NAME } from '../sheet/names';
import { parseWholeText } from '../numbers/decimal-text';
import { findAgencyByCode, matchAgencyByName } from '../roster/roster';
import { cleanText } from '../text/normalize';
import { resolveAgency } from './agency-resolve';
import type { CheckContext } from './check-context';
import { nameIndex, namedCell, rawValue, textValue, type NamedCell } from './form-cells';
import { findMetadata } from './form-metadata';
import { workbookKind } from './workbook-kind';
import { fromWorded, problem, type Place, type SubmissionProblem } from './problem';
import { checkStoredResults } from './stored-results';
import { describeStructureChange } from './structure-diff';
import { figureWarnings, readFigureCells } from './figure-check';
import { groupTemplate } from '../template/load';
import { outcomeOf, type Submission, type SubmissionFile } from './submission';
import { resolveTemplate } from './template-resolve';
import {
  formInputs,
  inputNamesOf,
  readInputCells,
  selfValue,
  submittedEntries,
  type NameIndex,
} from './form-inputs';

function rejected(
  file: SubmissionFile,
  problems: SubmissionProblem[],
  agencyCode: string | null = null,
): Submission {
  return { ...file, outcome: 'rejected', problems, agencyCode, data: null };
}

/** Where a named cell is, as problems name it. */
function placeOf(at: NamedCell | null): Place {
  return at ? { sheet: at.sheet, cell: at.address, name: at.name } : {};
}

/** The year and group written in the header should agree with the metadata (the metadata decides). */
function headerCellWarnings(
  wb: ReturnedWorkbook,
  index: NameIndex,
  f: string,
  year: number,
  groupId: string,
): SubmissionProblem[] {
  const filled = (name: string): (NamedCell & { cell: ReadCell }) | null => {
    const at = namedCell(wb, index, name);
    return at?.cell !== undefined && at.cell.value !== null ? { ...at, cell: at.cell } : null;
  };
  const problems: SubmissionProblem[] = [];
  const yearCell = filled(YEAR_NAME);
  if (yearCell && String(rawValue(yearCell.cell)).trim() !== String(year))
    problems.push(
      problem('year-cell-mismatch', 'warning', f, placeOf(yearCell), {
        found: textValue(yearCell.cell),
        year,
      }),
    );
  const groupCell = filled(GROUP_NAME);
  if (groupCell && cleanText(textValue(groupCell.cell)) !== groupId)
    problems.push(
      problem('group-cell-mismatch', 'warning', f, placeOf(groupCell), {
        found: textValue(groupCell.cell),
        groupId,
      }),
    );
  return problems;
}

/** Checks one returned workbook: what it is, its year, template, structure, header, agency and entries. */
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
  const visible = (name: string): Place => placeOf(namedCell(wb, index, name));

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
  const cells = readInputCells(wb, index, group);
  const figures = readFigureCells(wb, index, group);
  const missing = [...cells.missing, ...figures.missing];
  if (missing.length > 0) {
    return refuse([...problems, problem('name-missing', 'error', f, {}, { names: missing })]);
  }
  const formSheet = namedCell(wb, index, TOTAL_NAME)?.sheet ?? [...cells.scoreCells.values()][0]?.sheet ?? '';
  const sheetOnly: Place = { sheet: formSheet };

  // Computed points are locked formulas of the form as issued: part of its structure.
  const issuedGroup = groupTemplate(formTemplate, group.groupId) ?? group;
  const stored = (meta[META_KEYS.fingerprint] ?? '').trim();
  if (!hasFingerprint(wb, formSheet, inputNamesOf(issuedGroup).computedCodes, stored)) {
    const details = describeStructureChange(wb, formSheet, ctx.regime, formTemplate, group.groupId);
    const first = details[0];
    const place = first !== undefined && 'cell' in first ? { sheet: formSheet, cell: first.cell } : sheetOnly;
    problems.push(problem('structure-changed', 'error', f, place, { changes: details.slice(0, 5) }));
  }
  problems.push(...headerCellWarnings(wb, index, f, ctx.year, group.groupId));

  const codeCell = namedCell(wb, index, AGENCY_CODE_NAME);
  const nameCell = namedCell(wb, index, AGENCY_NAME_NAME);
  const agencyResult = resolveAgency(
    f,
    {
      code: cleanText(textValue(codeCell?.cell)),
      name: cleanText(textValue(nameCell?.cell)),
      prefilledCode: meta[META_KEYS.agencyCode] ?? '',
      codePlace: codeCell ? placeOf(codeCell) : sheetOnly,
      namePlace: nameCell ? placeOf(nameCell) : sheetOnly,
    },
    ctx.roster,
    regimeGroup,
    (id) => findGroup(ctx.regime, id),
  );
  problems.push(...agencyResult.problems);
  const agency = agencyResult.agency;

  // Recompute from the inputs. Each entry is checked once, by the scoring itself; its problems are warnings
  // (the counting rule already clamps them), placed at the cells read.
  const inputs = formInputs(cells);
  const score = scoreForm(ctx.regime, group, inputs, figures.inputs);
  for (const p of score.problems) {
    const at = (p.field === 'score' ? cells.scoreCells : cells.evidenceCells).get(p.subCode);
    problems.push(fromWorded(placed(p, { file: f, ...(at ? placeOf(at) : sheetOnly) }, 'warning')));
  }
  const entries = submittedEntries(cells.subs, inputs, score.computedPoints);
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
  index: NameIndex,
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
