/** The built-in regime and default template, and one agency of each group from the sample roster. */
import { builtInRegime } from '../../../src/core/regime/load';
import { sampleRoster } from '../../../src/core/roster/roster';
import type { Agency } from '../../../src/core/roster/types';
import { builtInTemplate } from '../../../src/core/template/load';

export const regime = builtInRegime;
export const template = builtInTemplate(2026, 1, regime);
export const groupIds = regime.groups.map((g) => g.id);

export function agencyOf(groupId: string): Agency {
  const agency = sampleRoster.find((a) => a.group === groupId);
  if (!agency) throw new Error(`no agency of group ${groupId} in the sample roster`);
  return agency;
}
