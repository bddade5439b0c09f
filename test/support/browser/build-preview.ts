/** Builds the browser preview (or the add-in's own page) with the project's webpack config into a fresh folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

/** `templatesDir`: the folder of published templates to build in (the project's templates/ by default). */
export function buildPreview(target: 'preview' | 'taskpane' = 'preview', templatesDir?: string): string {
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
      ...(templatesDir ? ['--env', `templatesDir=${templatesDir}`] : []),
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
