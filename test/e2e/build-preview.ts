/** Builds the browser preview (or the add-in's own page) with the project's webpack config into a fresh folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

export function buildPreview(target: 'preview' | 'taskpane' = 'preview'): string {
  const outDir = mkdtempSync(path.join(tmpdir(), `xhcntt-${target}-`));
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/webpack-cli/bin/cli.js'),
      '--mode',
      'development',
      ...(target === 'preview' ? ['--env', 'preview'] : []),
      '--env',
      `outDir=${outDir}`,
      '--devtool',
      'false',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
