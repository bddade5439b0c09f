/**
 * `npm run bench`: generates N (default 1,000) filled returned survey workbooks, consolidates them
 * with the product's reader and merge, and compares, in the same run and on the same bytes, with
 * (a) ExcelJS's full workbook load and (b) the floor: inflating and decoding only the parts the
 * reader needs. Prints files per second, peak memory and the target check. Never fails on timing.
 */
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { sha256 as nobleSha256 } from '@noble/hashes/sha256';
import { inflateRawSync } from 'zlib';
import { nodeInflateRaw, nodeSha256 } from '../src/cli/returned-file';
import { consolidate } from '../src/core/consolidation/consolidate';
import type { Submission } from '../src/core/consolidation/submission';
import { builtInRegime } from '../src/core/regime/load';
import type { GroupId } from '../src/core/regime/types';
import type { Agency } from '../src/core/roster/types';
import { builtInTemplate, groupTemplate } from '../src/core/template/load';
import { intakeFile, type ReturnedFileAccess } from '../src/xlsx/intake';
import { DEFAULT_READ_LIMITS, readReturnedWorkbook } from '../src/xlsx/read-workbook';
import { readZipDirectory } from '../src/xlsx/reader/zip-directory';
import { baseWorkbook, type BaseWorkbook } from './base-workbook';
import { fillVariant } from './fill-variant';
import { measureInterleaved, type PhaseResult } from './measure';

interface BenchFile {
  name: string;
  bytes: Uint8Array;
  readerParts: Set<string>;
}

const YEAR = 2026;
/** Files per block of the interleaved measurement (see measure.ts). */
const BLOCK = 25;
const OUT_DIR = join(__dirname, '..', 'bench-output', 'returned');

function parseArgs(argv: string[]): { n: number; keepFiles: boolean } {
  let n = Number(process.env.BENCH_N ?? 1000);
  let keepFiles = process.env.BENCH_KEEP === '1';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--n') n = Number(argv[++i]);
    else if (a.startsWith('--n=')) n = Number(a.slice(4));
    else if (a === '--keep') keepFiles = true;
  }
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got ${n}`);
  return { n, keepFiles };
}

function benchRoster(n: number): Agency[] {
  return Array.from({ length: n }, (_, i): Agency => {
    const group: GroupId = i % 2 === 0 ? 'so' : 'huyen';
    const k = String(i + 1).padStart(4, '0');
    return group === 'so'
      ? { code: `BENCH-SO-${k}`, name: `Sở thử nghiệm số ${i + 1}`, group }
      : { code: `BENCH-H-${k}`, name: `Huyện thử nghiệm số ${i + 1}`, group };
  });
}

const fmt = (x: number, digits = 1): string => x.toFixed(digits);

function line(r: PhaseResult): string {
  const perSecond = r.files / (r.ms / 1000);
  return `  ${r.label.padEnd(52)} ${fmt(r.ms, 0).padStart(8)} ms  ${fmt(perSecond, 0).padStart(7)} files/s  ${fmt(r.ms / r.files, 3).padStart(8)} ms/file  peak RSS ${fmt(r.peakRssMb, 0).padStart(5)} MB  peak heapUsed ${fmt(r.peakHeapMb, 0).padStart(5)} MB`;
}

export async function main(argv: string[]): Promise<void> {
  const { n, keepFiles } = parseArgs(argv);
  const template = builtInTemplate(YEAR, 1);
  const roster = benchRoster(n);
  console.log(
    `xep-hang-cntt benchmark: ${n} filled returned workbooks, Node ${process.version}, gc ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'exposed' : 'not exposed'}`,
  );

  // 1. Generate: one empty form per group with the project's writer, then filled variants by patching its XML.
  const t0 = performance.now();
  const bases = new Map<GroupId, BaseWorkbook>([
    ['so', await baseWorkbook(template, 'so')],
    ['huyen', await baseWorkbook(template, 'huyen')],
  ]);
  const files: BenchFile[] = roster.map((agency, i) => {
    const base = bases.get(agency.group);
    const group = groupTemplate(template, agency.group);
    if (!base || !group) throw new Error(`no group ${agency.group} in the template`);
    return {
      name: `${agency.code.toLowerCase()}.xlsx`,
      bytes: fillVariant(base, group, agency, i + 1),
      readerParts: new Set(base.readerParts),
    };
  });
  const totalBytes = files.reduce((s, f) => s + f.bytes.length, 0);
  console.log(
    `generated in ${fmt((performance.now() - t0) / 1000, 1)} s: ${n} files, ${fmt(totalBytes / n / 1024, 1)} KB each on average`,
  );
  if (keepFiles) {
    rmSync(OUT_DIR, { recursive: true, force: true });
    mkdirSync(OUT_DIR, { recursive: true });
    for (const f of files) writeFileSync(join(OUT_DIR, f.name), f.bytes);
    console.log(`files kept in ${OUT_DIR}`);
  }

  const ctx = { year: YEAR, regime: builtInRegime, templates: [template], roster };
  const decoder = new TextDecoder();
  let sink = 0;
  // The floor inflates with node:zlib, as the CLI's reader does (the zip directory read with the reader's own code).
  const floor = (f: BenchFile): void => {
    const view = new DataView(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
    for (const entry of readZipDirectory(f.bytes).entries.values()) {
      if (!f.readerParts.has(entry.name)) continue;
      const at = entry.localHeaderOffset;
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      const data = f.bytes.subarray(start, start + entry.compressedSize);
      sink += decoder.decode(entry.method === 8 ? inflateRawSync(data) : data).length;
    }
  };
  // As the CLI does (src/cli/commands/consolidate.ts): hash the file with node:crypto, timed within
  // the phase, and hand the hash and node:zlib's inflate to the reader. The task pane hashes with
  // @noble/hashes and inflates with fflate instead (see README).
  const read = (f: BenchFile): void => {
    const outcome = readReturnedWorkbook(f.bytes, f.name, DEFAULT_READ_LIMITS, {
      sha256: nodeSha256(f.bytes),
      inflateRaw: nodeInflateRaw,
    });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    sink += outcome.workbook.names.length;
  };
  let submissions: Submission[] = [];
  // Through the CLI's own intake (size check, read, hash, read the workbook, check), the file already in memory.
  const inMemory = (f: BenchFile): ReturnedFileAccess => ({
    fileName: f.name,
    stat: () => Promise.resolve({ size: f.bytes.length, receivedAt: '2026-11-15T08:00:00Z' }),
    read: () => Promise.resolve(f.bytes),
    failure: String,
  });
  const check = async (f: BenchFile): Promise<void> => {
    submissions.push(await intakeFile(inMemory(f), nodeSha256, ctx, { inflateRaw: nodeInflateRaw }));
  };
  let run: ReturnType<typeof consolidate> | null = null;
  let mergeMs = 0;
  let mergeCpuMs = 0;
  const merge = (): void => {
    const c = process.cpuUsage();
    const t = performance.now();
    run = consolidate({
      previous: null,
      submissions,
      template,
      regime: builtInRegime,
      roster,
      now: '2026-12-01T08:00:00Z',
    });
    mergeMs = performance.now() - t;
    const u = process.cpuUsage(c);
    mergeCpuMs = (u.user + u.system) / 1000;
  };
  const exceljs = async (f: BenchFile): Promise<void> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) as ArrayBuffer,
    );
    sink += wb.worksheets.length;
  };

  // Warm-up (JIT) on a few files, not measured: every phase's code, the merge of the warm-up files included
  // (a merge runs once per batch, so unwarmed it would be timed in the interpreter; its cold time is printed).
  const warm = files.slice(0, Math.min(50, n));
  for (const f of warm) {
    floor(f);
    read(f);
    await check(f);
    await exceljs(f);
  }
  merge();
  const coldMergeMs = mergeMs;
  submissions = [];

  const results = await measureInterleaved(
    files,
    [
      { label: '(b) floor: inflate (zlib) + decode reader parts', perFile: floor },
      { label: 'reader: sha256 + readReturnedWorkbook, as the CLI', perFile: read },
      { label: 'consolidation: intake (read + check) + merge', perFile: check, finish: merge },
      { label: '(a) ExcelJS: Workbook().xlsx.load', perFile: exceljs },
    ],
    BLOCK,
  );
  const [floorR, readerR, consR, exceljsR] = results as [PhaseResult, PhaseResult, PhaseResult, PhaseResult];

  console.log(`\nphases (same files, same process, interleaved in blocks of ${BLOCK}):`);
  for (const r of results) console.log(line(r));

  // The task pane hashes in the browser with @noble/hashes, not node:crypto: print what that adds.
  const hashFiles = files.slice(0, Math.min(n, 200));
  const tHash = performance.now();
  for (const f of hashFiles) sink += nobleSha256(f.bytes).length;
  const nobleMs = (performance.now() - tHash) / hashFiles.length;
  const tNode = performance.now();
  for (const f of hashFiles) sink += nodeSha256(f.bytes).length;
  const nodeMs = (performance.now() - tNode) / hashFiles.length;
  console.log(
    `  (SHA-256 of a file: node:crypto ${fmt(nodeMs, 3)} ms, @noble/hashes ${fmt(nobleMs, 3)} ms, as the task pane does)`,
  );

  console.log(
    `  (of the consolidation, the merge of all files: ${fmt(mergeMs, 0)} ms, ${fmt(mergeMs / n, 3)} ms/file, CPU ${fmt(mergeCpuMs / n, 3)} ms/file; the first merge in the process, of the ${warm.length} warm-up files: ${fmt(coldMergeMs, 0)} ms)`,
  );
  const finished = run as ReturnType<typeof consolidate> | null;
  const outcomes = new Map<string, number>();
  for (const s of submissions) outcomes.set(s.outcome, (outcomes.get(s.outcome) ?? 0) + 1);
  console.log(
    `\nconsolidation: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}; ${finished ? finished.tables.map((t) => `Bảng ${t.tableNumber}: ${t.rows.length} rows`).join(', ') : 'no run'}`,
  );

  const speedup = (r: PhaseResult) => exceljsR.ms / r.ms;
  const overFloor = (r: PhaseResult) => r.ms / floorR.ms;
  const cpuSpeedup = (r: PhaseResult) => exceljsR.cpuMs / r.cpuMs;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log('\nratios:');
  console.log(`  ExcelJS load / reader          = ${fmt(speedup(readerR), 2)}x faster`);
  console.log(`  ExcelJS load / consolidation   = ${fmt(speedup(consR), 2)}x faster`);
  console.log(`  reader / floor                 = ${fmt(overFloor(readerR), 2)}x the floor`);
  console.log(`  consolidation / floor          = ${fmt(overFloor(consR), 2)}x the floor`);
  console.log(
    `  in CPU time (ms/file: reader ${fmt(readerR.cpuMs / n, 3)}, consolidation ${fmt(consR.cpuMs / n, 3)}, ExcelJS ${fmt(exceljsR.cpuMs / n, 3)}): ExcelJS load / reader = ${fmt(cpuSpeedup(readerR), 2)}x, ExcelJS load / consolidation = ${fmt(cpuSpeedup(consR), 2)}x`,
  );
  // The baselines are readers (ExcelJS's load; the floor of unzipping what the reader needs), so the
  // target compares them with the reader.
  console.log('\ntarget check (reader vs the two baselines):');
  console.log(
    `  >= 5x faster than ExcelJS full load: ${fmt(speedup(readerR), 2)}x  ${verdict(speedup(readerR) >= 5)}`,
  );
  console.log(
    `  within 3x of the floor:              ${fmt(overFloor(readerR), 2)}x  ${verdict(overFloor(readerR) <= 3)}`,
  );
  // Issue 9's target: the whole merge (read, check, merge) against ExcelJS's load alone, in wall and CPU time.
  console.log('\ntarget check (whole consolidation vs ExcelJS load):');
  console.log(
    `  >= 3x faster than ExcelJS full load: ${fmt(speedup(consR), 2)}x  ${verdict(speedup(consR) >= 3)} (CPU time ${fmt(cpuSpeedup(consR), 2)}x  ${verdict(cpuSpeedup(consR) >= 3)})`,
  );
  const merged = results.reduce((s, r) => Math.max(s, r.peakRssMb), 0);
  console.log(
    `\npeak memory of the whole run: RSS ${fmt(merged, 0)} MB (timings are not checked by npm test; see bench/README.md)`,
  );
  if (sink < 0) console.log(sink);
}
