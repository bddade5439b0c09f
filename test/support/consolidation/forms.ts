/** Survey forms of the built-in 2026 template, as hand-built ReturnedWorkbook objects. */
import { builtInRegime } from '../../../src/core/regime/load';
import { sampleRoster } from '../../../src/core/roster/roster';
import type { Agency } from '../../../src/core/roster/types';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import { AGENCY_CODE_NAME, AGENCY_NAME_NAME, evidenceName, scoreName } from '../../../src/core/sheet/names';
import { builtInTemplate } from '../../../src/core/template/load';
import type { SubCriterion, SurveyTemplate } from '../../../src/core/template/types';
import type { CheckContext } from '../../../src/core/consolidation/check-context';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { returnedFromSpec, setNamed } from './returned';

export const regime = builtInRegime;
export const YEAR = 2026;
export const template: SurveyTemplate = builtInTemplate(YEAR, 1, regime);
export const roster: Agency[] = sampleRoster;

export function ctx(over: Partial<CheckContext> = {}): CheckContext {
  return { year: YEAR, regime, templates: [template], roster, ...over };
}

export function agencyOf(group: string, index = 0): Agency {
  const a = roster.filter((x) => x.group === group)[index];
  if (!a) throw new Error(`no agency ${index} in ${group}`);
  return a;
}

export function subsOf(groupId: string, t: SurveyTemplate = template): SubCriterion[] {
  const g = t.groups.find((x) => x.groupId === groupId);
  if (!g) throw new Error(groupId);
  return g.criteria.flatMap((c) => c.subCriteria);
}

export interface FormOptions {
  agency: Agency;
  fileName?: string;
  /** Score per sub code (raw cell value); missing codes get their cap's half, in hundredths. */
  scores?: Record<string, unknown>;
  /** Fill the agency cells (default true) or leave the form's prefill only. */
  writeAgency?: boolean;
  agencyName?: string;
  agencyCode?: string;
  template?: SurveyTemplate;
  prefill?: boolean;
}

/** Half of the cap, rounded down to hundredths: a valid, exact default entry. */
export function halfCap(sub: SubCriterion): number {
  return Math.floor(sub.capHundredths / 2) / 100;
}

export function filledForm(opts: FormOptions): ReturnedWorkbook {
  const t = opts.template ?? template;
  const { spec } = buildSurveyWorkbook({
    regime,
    template: t,
    groupId: opts.agency.group,
    ...(opts.prefill ? { agency: opts.agency } : {}),
  });
  const wb = returnedFromSpec(spec, opts.fileName ?? `${opts.agency.code.toLowerCase()}.xlsx`);
  for (const sub of subsOf(opts.agency.group, t)) {
    // A computed sub-criterion's score cell is the form's locked formula: an agency cannot fill it.
    if (sub.rule !== undefined && sub.rule.kind !== 'manual') {
      setNamed(wb, evidenceName(sub.code), `Văn bản số ${sub.code}/QĐ`);
      continue;
    }
    const raw = opts.scores && sub.code in opts.scores ? opts.scores[sub.code] : halfCap(sub);
    setNamed(wb, scoreName(sub.code), raw as never);
    setNamed(wb, evidenceName(sub.code), `Văn bản số ${sub.code}/QĐ`);
  }
  if (opts.writeAgency !== false) {
    setNamed(wb, AGENCY_CODE_NAME, opts.agencyCode ?? opts.agency.code);
    setNamed(wb, AGENCY_NAME_NAME, opts.agencyName ?? opts.agency.name);
  }
  return wb;
}
