/**
 * Profiling aid: generates the bench's files, reads them once, then checks and merges them in a loop,
 * so `node --cpu-prof bench/profile-check.js` shows where the time after reading goes. Not run by npm test.
 */
import { createHash } from 'crypto';
import { checkSubmission } from '../src/core/consolidation/check-submission';
import { consolidate } from '../src/core/consolidation/consolidate';
import type { Submission } from '../src/core/consolidation/submission';
import { builtInRegime } from '../src/core/regime/load';
import type { GroupId } from '../src/core/regime/types';
import type { Agency } from '../src/core/roster/types';
import type { ReturnedWorkbook } from '../src/core/returned/types';
import { builtInTemplate, groupTemplate } from '../src/core/template/load';
import { nodeInflateRaw } from '../src/cli/returned-file';
import { readReturnedWorkbook } from '../src/xlsx/read-workbook';
import { baseWorkbook } from './base-workbook';
import { fillVariant } from './fill-variant';

export async function main(argv: string[]): Promise<void> {
  const n = Number(argv[0] ?? 200);
  const rounds = Number(argv[1] ?? 10);
  const template = builtInTemplate(2026, 1); // as the bench (consolidate-bench.ts)
  const roster: Agency[] = [];
  const read: { name: string; sha256: string; bytes: number; wb: ReturnedWorkbook }[] = [];
  for (const group of ['so', 'huyen'] as GroupId[]) {
    const base = await baseWorkbook(template, group);
    const g = groupTemplate(template, group);
    if (!g) throw new Error(group);
    for (let i = 0; i < n / 2; i++) {
      const agency: Agency = { code: `B-${group}-${i}`, name: `Đơn vị ${group} ${i}`, group };
      roster.push(agency);
      const bytes = fillVariant(base, g, agency, i + 1);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const o = readReturnedWorkbook(bytes, 'x.xlsx', undefined, { sha256, inflateRaw: nodeInflateRaw });
      if (!o.ok) throw new Error(o.problem.message);
      read.push({ name: `${agency.code}.xlsx`, sha256, bytes: bytes.length, wb: o.workbook });
    }
  }
  const ctx = { year: 2026, regime: builtInRegime, templates: [template], roster };
  let checkMs = 0;
  let mergeMs = 0;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const submissions: Submission[] = read.map((f) =>
      checkSubmission(
        { fileName: f.name, sha256: f.sha256, byteLength: f.bytes, receivedAt: '2026-11-15T08:00:00Z' },
        f.wb,
        ctx,
      ),
    );
    const t1 = performance.now();
    const run = consolidate({
      previous: null,
      submissions,
      template,
      regime: builtInRegime,
      roster,
      now: '2026-12-01T08:00:00Z',
    });
    const t2 = performance.now();
    checkMs += t1 - t0;
    mergeMs += t2 - t1;
    sink += run.tables.length + submissions.filter((s) => s.outcome === 'rejected').length;
  }
  const per = rounds * read.length;
  console.log(
    `check ${(checkMs / per).toFixed(3)} ms/file, merge ${(mergeMs / per).toFixed(3)} ms/file (${sink})`,
  );
}
