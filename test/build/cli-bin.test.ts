/**
 * The installed command: npm links bin/xep-hang-cntt.js as node_modules/.bin/xep-hang-cntt (no
 * extension), and `npx xep-hang-cntt` runs it from there. It must run the CLI, not exit silently.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const bin = path.resolve(__dirname, '../../bin/xep-hang-cntt.js');

function run(command: string, args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync(process.execPath, [command, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out, err: '' };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}

describe('the installed xep-hang-cntt command', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [
      require.resolve('typescript/bin/tsc'),
      '-p',
      path.resolve(__dirname, '../../tsconfig.cli.json'),
    ]);
  }, 120000);

  it('prints the roster when run through a link without the .js extension, as npm installs it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-bin-'));
    const link = path.join(dir, 'xep-hang-cntt');
    symlinkSync(bin, link);
    const r = run(link, ['roster']);
    expect(r.code).toBe(0);
    const roster = JSON.parse(r.out) as { code: string }[];
    expect(roster.length).toBeGreaterThan(40);
  });

  it('exits non-zero with a Vietnamese message for an unknown command', () => {
    const r = run(bin, ['xep-hang']);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/Lỗi/);
  });
});
