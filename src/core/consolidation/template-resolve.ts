/**
 * Which template a returned form was made from. The current version of a known template is used
 * as is. An older version is accepted (with a warning) only when its embedded template JSON still
 * has, for the form's group, exactly the current sub-criteria codes and caps, so every score maps
 * one to one; otherwise it is rejected and the agency must re-enter its data in the current form.
 */
import type { Regime } from '../regime/types';
import type { GroupTemplate, SubCriterion, SurveyTemplate } from '../template/types';
import { groupTemplate, parseTemplate, subCriteriaOf } from '../template/load';
import { parseWholeText } from '../numbers/decimal-text';
import type { ProblemParams, SubmissionParams, VersionChange } from '../problems/params';
import { META_KEYS } from '../sheet/metadata';
import { problem, type SubmissionProblem } from './problem';

export interface ResolvedTemplate {
  /** The template the form was written from (the embedded one for an older version). */
  formTemplate: SurveyTemplate;
  /** The current template and its group (the consolidation's columns). */
  current: SurveyTemplate;
  group: GroupTemplate;
  /** The group whose rules score the form: the current one, or the issued self-scored one (see below). */
  scoringGroup: GroupTemplate;
}

export type TemplateResolution =
  | { ok: true; resolved: ResolvedTemplate; problems: SubmissionProblem[] }
  | { ok: false; problems: SubmissionProblem[] };

/** Differences of codes, caps, rules and figures between two versions of a group, as data; empty when they match. */
export function structureDifferences(older: GroupTemplate, current: GroupTemplate): VersionChange[] {
  const diffs: VersionChange[] = [];
  const oldSubs = new Map(older.criteria.flatMap((c) => c.subCriteria).map((s) => [s.code, s]));
  const newSubs = new Map(current.criteria.flatMap((c) => c.subCriteria).map((s) => [s.code, s]));
  for (const [code, s] of newSubs) {
    const o = oldSubs.get(code);
    if (!o) diffs.push({ change: 'sub-added', code });
    else if (o.capHundredths !== s.capHundredths)
      diffs.push({ change: 'sub-cap', code, oldHundredths: o.capHundredths, newHundredths: s.capHundredths });
    // Points are recomputed with the current rule from the form's figures: both must be the same.
    else if (JSON.stringify(o.rule ?? null) !== JSON.stringify(s.rule ?? null))
      diffs.push({ change: 'sub-rule', code });
  }
  const figureList = (g: GroupTemplate): string =>
    JSON.stringify((g.figures ?? []).map((f) => [f.key, f.type, f.min, f.max, f.options, f.partly]));
  if (figureList(older) !== figureList(current)) diffs.push({ change: 'figures' });
  for (const code of oldSubs.keys()) if (!newSubs.has(code)) diffs.push({ change: 'sub-removed', code });
  return diffs;
}

const isComputed = (s: SubCriterion): boolean => s.rule !== undefined && s.rule.kind !== 'manual';

/**
 * The codes a self-scored (format-1) older group scores by hand where the current group computes them from
 * figures, when that is the only difference (same codes, same caps); null otherwise. Such a form still merges:
 * its self-scores follow the same guidance, and the appraisers are told which ones to check.
 */
export function selfScoredWhereComputed(older: GroupTemplate, current: GroupTemplate): string[] | null {
  const oldSubs = subCriteriaOf(older);
  const newSubs = new Map(subCriteriaOf(current).map((s) => [s.code, s]));
  if ((older.figures ?? []).length > 0 || oldSubs.some(isComputed) || oldSubs.length !== newSubs.size)
    return null;
  const codes: string[] = [];
  for (const o of oldSubs) {
    const n = newSubs.get(o.code);
    if (n === undefined || n.capHundredths !== o.capHundredths) return null;
    if (isComputed(n)) codes.push(o.code);
  }
  // Nothing computed now (e.g. figures only added for their checks): another change, not this one.
  return codes.length > 0 ? codes : null;
}

export function resolveTemplate(
  fileName: string,
  meta: Record<string, string>,
  regime: Regime,
  knownTemplates: readonly SurveyTemplate[],
): TemplateResolution {
  // Template id and version live in the hidden metadata: the message names the file, not a sheet the user cannot see.
  const refuse = <C extends keyof SubmissionParams>(
    code: C,
    params: ProblemParams[C],
  ): TemplateResolution => ({
    ok: false,
    problems: [problem(code, 'error', fileName, {}, params)],
  });
  const templateId = (meta[META_KEYS.templateId] ?? '').trim();
  const groupId = (meta[META_KEYS.group] ?? '').trim();
  const version = parseWholeText(meta[META_KEYS.templateVersion]);
  const current = knownTemplates.find((t) => t.id === templateId);
  if (!current) return refuse('template-unknown', { templateId, known: knownTemplates.map((t) => t.id) });
  if (meta[META_KEYS.regimeId] !== undefined && meta[META_KEYS.regimeId]?.trim() !== current.regimeId)
    return refuse('regime-mismatch', { found: meta[META_KEYS.regimeId] ?? '', expected: current.regimeId });
  const group = groupTemplate(current, groupId);
  if (!group || !regime.groups.some((g) => g.id === groupId))
    return refuse('group-unknown', { groupId, in: 'template' });
  if (version === null || version > current.version)
    return refuse('template-newer-version', {
      found: meta[META_KEYS.templateVersion] ?? '',
      current: current.version,
    });
  if (version === current.version)
    return {
      ok: true,
      resolved: { formTemplate: current, current, group, scoringGroup: group },
      problems: [],
    };
  return resolveOlderVersion(fileName, meta, regime, { current, group, version });
}

/** An older version of the current template: judged by the template the form carries in its metadata. */
function resolveOlderVersion(
  fileName: string,
  meta: Record<string, string>,
  regime: Regime,
  { current, group, version }: { current: SurveyTemplate; group: GroupTemplate; version: number },
): TemplateResolution {
  const outdated = (changes: VersionChange[]): TemplateResolution => ({
    ok: false,
    problems: [
      problem('template-outdated', 'error', fileName, {}, { version, current: current.version, changes }),
    ],
  });
  const olderVersion = (selfScored?: string[]): SubmissionProblem =>
    problem(
      'template-older-version',
      'warning',
      fileName,
      {},
      {
        version,
        current: current.version,
        ...(selfScored !== undefined ? { selfScored } : {}),
      },
    );
  let embedded: SurveyTemplate | null = null;
  try {
    const parsed = parseTemplate(JSON.parse(meta[META_KEYS.templateJson] ?? ''), regime);
    if (parsed.ok) embedded = parsed.template;
  } catch {
    embedded = null;
  }
  if (!embedded || embedded.id !== current.id || embedded.version !== version)
    return outdated([{ change: 'embedded-unreadable' }]);
  const oldGroup = groupTemplate(embedded, group.groupId);
  if (!oldGroup) return outdated([{ change: 'embedded-group-missing', groupId: group.groupId }]);
  const diffs = structureDifferences(oldGroup, group);
  const selfScored = selfScoredWhereComputed(oldGroup, group); // null when nothing differs
  if (selfScored !== null) {
    return {
      ok: true,
      resolved: { formTemplate: embedded, current, group, scoringGroup: oldGroup },
      problems: [olderVersion(selfScored)],
    };
  }
  if (diffs.length > 0) return outdated(diffs.slice(0, 5));
  return {
    ok: true,
    resolved: { formTemplate: embedded, current, group, scoringGroup: group },
    problems: [olderVersion()],
  };
}
