/**
 * Timing and memory of the benchmark's phases. The machine may be shared (CI, other jobs), so the
 * phases run interleaved in blocks, in rotating order: a burst of load hits every phase alike and
 * the ratios stay fair. Memory is sampled after every file (the loops are synchronous, a timer could not).
 */

export interface Phase<T> {
  label: string;
  perFile: (file: T) => void | Promise<void>;
  /** Work done once after all files (e.g. the merge); timed into the phase. */
  finish?: () => void;
}

export interface PhaseResult {
  label: string;
  files: number;
  ms: number;
  /**
   * CPU time of the process (all its threads: GC helpers, ExcelJS's inflate) over the same intervals. On a
   * shared machine it leaves out the time other processes held the cores, so its ratios vary less.
   */
  cpuMs: number;
  /** Highest process RSS seen right after a file of this phase. */
  peakRssMb: number;
  /** Highest V8 heapUsed seen right after a file of this phase. */
  peakHeapMb: number;
}

const MB = 1024 * 1024;

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * A full mark-compact between blocks, so no phase pays for another's garbage. Plain `gc()` is also
 * memory-reducing: it throws away optimised code, so every block would start cold in the
 * interpreter (measured: the reader's first files after it ran 10-25x slower), which a real batch
 * of files never does and which hurts JavaScript-heavy phases far more than the floor.
 */
export function collectGarbage(): void {
  const gc = (
    globalThis as { gc?: (options?: { type: 'major' | 'minor'; execution: 'sync' | 'async' }) => void }
  ).gc;
  if (gc) gc({ type: 'major', execution: 'sync' });
}

export async function measureInterleaved<T>(
  files: readonly T[],
  phases: readonly Phase<T>[],
  blockSize: number,
): Promise<PhaseResult[]> {
  const results = phases.map((p): PhaseResult => ({
    label: p.label,
    files: files.length,
    ms: 0,
    cpuMs: 0,
    peakRssMb: 0,
    peakHeapMb: 0,
  }));
  const blocks = Math.ceil(files.length / blockSize);
  for (let b = 0; b < blocks; b++) {
    const block = files.slice(b * blockSize, (b + 1) * blockSize);
    for (let k = 0; k < phases.length; k++) {
      const index = (b + k) % phases.length;
      const phase = phases[index] as Phase<T>;
      const result = results[index] as PhaseResult;
      collectGarbage();
      const c0 = cpuNow();
      const t0 = performance.now();
      for (const file of block) {
        const r = phase.perFile(file);
        if (r instanceof Promise) await r;
        const m = process.memoryUsage();
        result.peakRssMb = Math.max(result.peakRssMb, m.rss / MB);
        result.peakHeapMb = Math.max(result.peakHeapMb, m.heapUsed / MB);
      }
      result.ms += performance.now() - t0;
      result.cpuMs += cpuNow() - c0;
    }
  }
  phases.forEach((phase, i) => {
    if (!phase.finish) return;
    const result = results[i] as PhaseResult;
    // Like every block, the finishing step starts without other phases' garbage.
    collectGarbage();
    const c0 = cpuNow();
    const t0 = performance.now();
    phase.finish();
    result.ms += performance.now() - t0;
    result.cpuMs += cpuNow() - c0;
    const m = process.memoryUsage();
    result.peakRssMb = Math.max(result.peakRssMb, m.rss / MB);
    result.peakHeapMb = Math.max(result.peakHeapMb, m.heapUsed / MB);
  });
  return results;
}
