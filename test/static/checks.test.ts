/**
 * Types, lint and formatting are part of `npm test`, so CI rejects a change that breaks the
 * dependency rule (docs/architecture.md), strict typing or the house format even when every
 * behaviour test passes.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** Runs a tool of node_modules with this Node; its output and whether it succeeded. */
function run(tool: string, args: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [path.join(root, 'node_modules', tool), ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

const tsc = 'typescript/bin/tsc';

describe('static checks', () => {
  jest.setTimeout(300_000);

  it('type-checks the whole project under strict settings', () => {
    const result = run(tsc, ['-p', 'tsconfig.json']);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('type-checks the pure core without DOM, Node or Office typings', () => {
    const result = run(tsc, ['-p', 'tsconfig.core.json']);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('type-checks the benchmark, its JavaScript entry points included', () => {
    const result = run(tsc, ['-p', 'bench/tsconfig.json']);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('passes lint, including the boundary rules and the promise and hooks rules', () => {
    const result = run('eslint/bin/eslint.js', ['.', '--max-warnings', '0']);
    expect(result.output.trim()).toBe('');
    expect(result.ok).toBe(true);
  });

  it('keeps every file in the house format (npm run format; exceptions in .prettierignore)', () => {
    const result = run('prettier/bin/prettier.cjs', ['--check', '.', '--log-level', 'warn']);
    expect(result.output.trim()).toBe('');
    expect(result.ok).toBe(true);
  });
});
