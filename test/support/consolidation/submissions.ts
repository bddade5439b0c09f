/** Checked submissions built directly (no workbook), for merge properties. */
import type { Agency } from '../../../src/core/roster/types';
import { scoreForm } from '../../../src/core/scoring/score';
import type { Submission } from '../../../src/core/consolidation/submission';
import { regime, subsOf, template } from './forms';

export function submission(
  agency: Agency,
  selfs: Record<string, number | string | null>,
  fileName: string,
  receivedAt: string,
  sha256: string,
): Submission {
  const group = template.groups.find((g) => g.groupId === agency.group);
  if (!group) throw new Error(agency.group);
  const entries: Submission['data'] extends infer D ? (D extends { entries: infer E } ? E : never) : never =
    {};
  const inputs: Record<string, { score: unknown; evidence: unknown }> = {};
  for (const sub of subsOf(agency.group)) {
    const self = selfs[sub.code] ?? null;
    entries[sub.code] = { self, evidence: `MC ${sub.code} ${fileName}` };
    inputs[sub.code] = { score: self, evidence: entries[sub.code]?.evidence };
  }
  return {
    fileName,
    sha256,
    byteLength: 100,
    receivedAt,
    outcome: 'accepted',
    problems: [],
    agencyCode: agency.code,
    data: {
      agency,
      groupId: agency.group,
      templateVersion: template.version,
      entries,
      score: scoreForm(regime, group, inputs),
    },
  };
}
