/**
 * Profiling aid: generates the bench's files and reads them in a loop with the reader only, so
 * `node --cpu-prof bench/profile-reader.js` shows where the reader's time goes. Not run by npm test.
 */
import { createHash } from 'crypto';
import type { GroupId } from '../src/core/regime/types';
import { builtInTemplate, groupTemplate } from '../src/core/template/load';
import { nodeInflateRaw } from '../src/cli/returned-file';
import { readReturnedWorkbook } from '../src/xlsx/read-workbook';
import { baseWorkbook } from './base-workbook';
import { fillVariant } from './fill-variant';

export async function main(argv: string[]): Promise<void> {
  const n = Number(argv[0] ?? 200);
  const rounds = Number(argv[1] ?? 20);
  const template = builtInTemplate(2026, 1);
  const files: Uint8Array[] = [];
  for (const group of ['so', 'huyen'] as GroupId[]) {
    const base = await baseWorkbook(template, group);
    const g = groupTemplate(template, group);
    if (!g) throw new Error(group);
    for (let i = 0; i < n / 2; i++)
      files.push(fillVariant(base, g, { code: `B-${i}`, name: `Đơn vị ${i}`, group }, i + 1));
  }
  let sink = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const f of files) {
      // Hashed and inflated as the CLI and the bench do (node:crypto, node:zlib).
      const o = readReturnedWorkbook(f, 'x.xlsx', undefined, {
        sha256: createHash('sha256').update(f).digest('hex'),
        inflateRaw: nodeInflateRaw,
      });
      if (!o.ok) throw new Error(o.problem.message);
      sink += o.workbook.names.length;
    }
  }
  const ms = performance.now() - t0;
  console.log(`${(ms / (rounds * files.length)).toFixed(3)} ms/file (${sink})`);
}
