/** Writes the blank survey workbooks of the built-in regime and default template with the project's writer. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtInRegime } from '../../../src/core/regime/load';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import { builtInTemplate } from '../../../src/core/template/load';
import type { GroupTemplate } from '../../../src/core/template/types';
import { writeWorkbook } from '../../../src/xlsx/write-workbook';
import type { OracleGroup } from './decision-rules';
import type { FillSub } from './fills';

export const YEAR = 2026;
export const GROUPS = ['so', 'huyen'] as const;

export function groupTemplateOf(groupId: string): GroupTemplate {
  const group = builtInTemplate(YEAR, 1, builtInRegime).groups.find((g) => g.groupId === groupId);
  if (!group) throw new Error(`default template has no group ${groupId}`);
  return group;
}

/** Caps are data (the template the Sở issues); the rules applied to them live in decision-rules.ts. */
export function oracleGroup(group: GroupTemplate): OracleGroup {
  return {
    criteria: group.criteria.map((c) => ({
      number: c.number,
      subs: c.subCriteria.map((s) => ({ code: s.code, capHundredths: BigInt(s.capHundredths) })),
    })),
  };
}

export function fillSubs(group: GroupTemplate): FillSub[] {
  return group.criteria.flatMap((c) =>
    c.subCriteria.map((s) => ({ code: s.code, capHundredths: s.capHundredths })),
  );
}

/** The public contract's names, spelled out here rather than taken from src/core/sheet/names.ts. */
export const scoreNameOf = (code: string): string => `TC_${code.replace('.', '_')}`;
export const evidenceNameOf = (code: string): string => `MC_${code.replace('.', '_')}`;
export const criterionNameOf = (n: number): string => `TC_${n}`;

export async function writeBlankSurvey(dir: string, groupId: string): Promise<string> {
  const template = builtInTemplate(YEAR, 1, builtInRegime);
  const { spec } = buildSurveyWorkbook({ regime: builtInRegime, template, groupId });
  const file = path.join(dir, `blank-${groupId}.xlsx`);
  writeFileSync(file, await writeWorkbook(spec));
  return file;
}
