/**
 * The programs the cross-engine tests drive: LibreOffice (soffice) and Debian's python3 with
 * openpyxl (the pyenv python3 on PATH has no openpyxl, so /usr/bin/python3 is called explicitly).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
export const PYTHON = process.env.XHCNTT_PYTHON ?? '/usr/bin/python3';
const SCRIPTS = path.join(REPO, 'scripts/cross');

export const INSTALL_HINT =
  'apt-get install -y --no-install-recommends libreoffice-calc-nogui python3-openpyxl';

/** Why the tools cannot run here, or null when they can. */
export function missingTools(): string | null {
  const missing: string[] = [];
  const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  if (soffice.status !== 0) missing.push('soffice (LibreOffice) is not installed');
  const py = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' });
  if (py.status !== 0) missing.push(`${PYTHON} cannot import openpyxl`);
  return missing.length === 0 ? null : `${missing.join('; ')} — install with: ${INSTALL_HINT}`;
}

/** CI sets CI=true; there a missing tool is a failure, never a skip. */
export const IN_CI = Boolean(process.env.CI) && process.env.CI !== 'false';

function run(file: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = {}): string {
  try {
    return execFileSync(file, args, {
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...env },
    });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(
      `${path.basename(file)} ${args.slice(0, 3).join(' ')} … failed: ${err.message}\n${err.stderr ?? ''}`,
    );
  }
}

export interface FillJob {
  source: string;
  target: string;
  fills: Record<string, number | string | boolean | null>;
}

/** Fills many workbooks through their defined names in one openpyxl process. */
export function fillByNames(jobsFile: string): void {
  run(PYTHON, [path.join(SCRIPTS, 'fill_by_names.py'), '--jobs', jobsFile], 120_000);
}

/** Recalculates and re-saves all files in one LibreOffice run; outputs keep their base names. */
export function recalcWithLibreOffice(
  outDir: string,
  files: string[],
  format: 'xlsx' | 'xls' = 'xlsx',
): void {
  run('sh', [path.join(SCRIPTS, 'recalc.sh'), outDir, ...files], 600_000, { FORMAT: format });
}

/** Any `--convert-to` filter (e.g. a CSV of sheet 2), same private-profile guarantees as above. */
export function convertWithLibreOffice(outDir: string, files: string[], filter: string): void {
  run('sh', [path.join(SCRIPTS, 'recalc.sh'), outDir, ...files], 600_000, { FILTER: filter });
}

export type NameValues = Record<string, number | string | boolean | null>;

/** Cached values of every single-cell workbook-level defined name, per file (openpyxl, data_only). */
export function readByNames(files: string[]): Record<string, NameValues> {
  const out = run(PYTHON, [path.join(SCRIPTS, 'read_by_names.py'), ...files], 120_000);
  return JSON.parse(out) as Record<string, NameValues>;
}

export interface CellsJob {
  /** Workbook to edit; null writes a new one with only the listed sheets. */
  source: string | null;
  target: string;
  sheets: Record<string, Record<string, number | string | boolean | null>>;
}

/** Writes cells with openpyxl (edits or new workbooks), many files in one process. */
export function writeCells(jobsFile: string): void {
  run(PYTHON, [path.join(SCRIPTS, 'write_cells.py'), '--jobs', jobsFile], 120_000);
}
