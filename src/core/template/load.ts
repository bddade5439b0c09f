/**
 * Loading, the built-in default, and writing back of a year's survey template (format: docs/template-format.md).
 * Caps are decimals in the file and integer hundredths in the model.
 */
import { fromHundredths, toHundredths } from '../numbers/hundredths';
import { builtInRegime, findGroup } from '../regime/load';
import type { Regime } from '../regime/types';
import { cleanText } from '../text/normalize';
import type { CriterionTemplate, GroupTemplate, SubCriterion, SurveyTemplate } from './types';
import type { TemplateProblem } from './problem';
import { schemaProblems } from './schema-problems';
import { semanticProblems } from './validate';
import defaultTemplateJson from './default-template.json';
import defaultTemplateV1Json from './default-template-v1.json';
import {
  checkFromJson,
  checkToJson,
  figureFromJson,
  figureToJson,
  ruleFromJson,
  ruleToJson,
  type CheckJson,
  type FigureJson,
  type RuleJson,
} from './figures-json';

export type { TemplateProblem } from './problem';

export type TemplateResult =
  { ok: true; template: SurveyTemplate } | { ok: false; problems: TemplateProblem[] };

/** The file form, as the schema guarantees it once there are no problems. */
export interface SubCriterionJson {
  code: string;
  title: string;
  cap: number;
  guidance?: string;
  evidenceRequired?: boolean;
  rule?: RuleJson;
}
export interface CriterionJson {
  number: number;
  title?: string;
  cap: number;
  subCriteria: SubCriterionJson[];
}
export interface GroupJson {
  groupId: string;
  criteria: CriterionJson[];
  figures?: FigureJson[];
  checks?: CheckJson[];
}
export interface TemplateJson {
  /** The editor's schema link; allowed and ignored. */
  $schema?: string;
  id: string;
  regimeId: string;
  year: number;
  version: number;
  formatVersion?: 1 | 2;
  dataAsOf: string;
  returnBy: string;
  groups: GroupJson[];
}

function buildSub(s: SubCriterionJson, criterionNumber: number, index: number): SubCriterion {
  const guidance = s.guidance === undefined ? '' : cleanText(s.guidance);
  return {
    code: cleanText(s.code),
    criterionNumber,
    index,
    title: cleanText(s.title),
    capHundredths: toHundredths(s.cap),
    ...(guidance !== '' ? { guidance } : {}),
    evidenceRequired: s.evidenceRequired ?? false,
    // A manual rule is the default: format-1 models stay exactly as they were.
    ...(s.rule !== undefined && s.rule.kind !== 'manual' ? { rule: ruleFromJson(s.rule) } : {}),
  };
}

/** Builds the model from a file that passed every check; groups and criteria follow the regime's order. */
function build(json: TemplateJson, regime: Regime): SurveyTemplate {
  const groups = regime.groups.map((rg): GroupTemplate => {
    const file = json.groups.find((g) => g.groupId === rg.id);
    const criteria = rg.criteria.map((rc): CriterionTemplate => {
      const fc = file?.criteria.find((c) => c.number === rc.number);
      const subCriteria = (fc?.subCriteria ?? []).map((s, i) => buildSub(s, rc.number, i + 1));
      return { number: rc.number, title: rc.title, capHundredths: rc.capHundredths, subCriteria };
    });
    const figures = (file?.figures ?? []).map(figureFromJson);
    const checks = (file?.checks ?? []).map(checkFromJson);
    return {
      groupId: rg.id,
      groupName: rg.name,
      criteria,
      ...(figures.length > 0 ? { figures } : {}),
      ...(checks.length > 0 ? { checks } : {}),
    };
  });
  return {
    id: cleanText(json.id),
    regimeId: json.regimeId,
    year: json.year,
    version: json.version,
    ...(json.formatVersion === 2 ? { formatVersion: 2 as const } : {}),
    dataAsOf: json.dataAsOf,
    returnBy: json.returnBy,
    groups,
  };
}

/** Checks a template file (schema, then every value rule against the regime) and returns the model or EVERY problem. */
export function parseTemplate(json: unknown, regime: Regime): TemplateResult {
  const problems = [...schemaProblems(json, regime), ...semanticProblems(json, regime)];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, template: build(json as TemplateJson, regime) };
}

/**
 * The built-in templates, newest version first: version 2 computes points from figures (format 2); version 1,
 * the self-scored form issued first, stays known so that forms filled from it still check, merge and migrate.
 */
const BUILT_IN_JSON: readonly TemplateJson[] = [
  defaultTemplateJson as TemplateJson,
  defaultTemplateV1Json as TemplateJson,
];

/** Stamps a built-in file with the requested year (inside its id and dates) and parses it, or throws in Vietnamese. */
function stampBuiltIn(base: TemplateJson, year: number, regime: Regime): SurveyTemplate {
  const stamp = (s: string, at: RegExp): string => s.replace(at, String(year));
  const json: TemplateJson = {
    ...base,
    id: stamp(base.id, /\d{4}$/),
    year,
    dataAsOf: stamp(base.dataAsOf, /^\d{4}/),
    returnBy: stamp(base.returnBy, /^\d{4}/),
  };
  const result = parseTemplate(json, regime);
  if (!result.ok) {
    throw new Error(
      `Không dùng được bộ tiêu chí mặc định cho năm ${year}:\n- ${result.problems.map((p) => p.message).join('\n- ')}`,
    );
  }
  return result.template;
}

/** Every built-in template (same id, one per version) stamped with the year, newest version first. */
export function builtInTemplates(year: number, regime: Regime = builtInRegime): SurveyTemplate[] {
  return BUILT_IN_JSON.map((json) => stampBuiltIn(json, year, regime));
}

/** One built-in version (throws when there is none of that number). */
export function builtInTemplate(
  year: number,
  version: number,
  regime: Regime = builtInRegime,
): SurveyTemplate {
  const json = BUILT_IN_JSON.find((j) => j.version === version);
  if (json === undefined) throw new Error(`Không có bộ tiêu chí mặc định phiên bản ${version}.`);
  return stampBuiltIn(json, year, regime);
}

/**
 * The built-in default template (its newest version), stamped with the requested year: the year inside its id
 * and dates is replaced. Throws with a Vietnamese message when the year or the regime does not fit it.
 */
export function defaultTemplate(year: number, regime: Regime = builtInRegime): SurveyTemplate {
  return stampBuiltIn(defaultTemplateJson as TemplateJson, year, regime);
}

/** The documented file form of a template (caps as decimals); parseTemplate(templateToJson(t)) gives t back. */
export function templateToJson(t: SurveyTemplate): TemplateJson {
  return {
    id: t.id,
    regimeId: t.regimeId,
    year: t.year,
    version: t.version,
    ...(t.formatVersion === 2 ? { formatVersion: 2 as const } : {}),
    dataAsOf: t.dataAsOf,
    returnBy: t.returnBy,
    groups: t.groups.map((g) => ({
      groupId: g.groupId,
      ...(g.figures !== undefined ? { figures: g.figures.map(figureToJson) } : {}),
      ...(g.checks !== undefined ? { checks: g.checks.map(checkToJson) } : {}),
      criteria: g.criteria.map((c) => ({
        number: c.number,
        title: c.title,
        cap: fromHundredths(c.capHundredths),
        subCriteria: c.subCriteria.map((s) => ({
          code: s.code,
          title: s.title,
          cap: fromHundredths(s.capHundredths),
          ...(s.guidance !== undefined ? { guidance: s.guidance } : {}),
          evidenceRequired: s.evidenceRequired,
          ...(s.rule !== undefined ? { rule: ruleToJson(s.rule) } : {}),
        })),
      })),
    })),
  };
}

export function groupTemplate(t: SurveyTemplate, groupId: string): GroupTemplate | undefined {
  return t.groups.find((g) => g.groupId === groupId);
}

/** Every sub-criterion of a group in form order. */
export function subCriteriaOf(group: GroupTemplate): SubCriterion[] {
  return group.criteria.flatMap((c) => c.subCriteria);
}

/** True when the template's groups are the regime's (useful before building sheets from a stored template). */
export function templateFitsRegime(t: SurveyTemplate, regime: Regime): boolean {
  return t.regimeId === regime.id && t.groups.every((g) => findGroup(regime, g.groupId) !== undefined);
}
