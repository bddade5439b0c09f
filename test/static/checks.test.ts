/**
 * Types and lint are part of `npm test`, so CI rejects a change that breaks the dependency rule
 * (docs/architecture.md) or strict typing even when every behaviour test passes.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function run(cmd: string, args: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('static checks', () => {
  jest.setTimeout(300_000);

  it('type-checks the whole project under strict settings', () => {
    const result = run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('type-checks the pure core without DOM, Node or Office typings', () => {
    const result = run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.core.json']);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('passes lint, including the boundary rules of the core and the adapters', () => {
    const result = run(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings', '0']);
    expect(result.output.trim()).toBe('');
    expect(result.ok).toBe(true);
  });
});
