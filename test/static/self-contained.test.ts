/**
 * A fresh clone must test and build with nothing beside it: no test, script, build step or config
 * may read a path outside the checkout (as the manifest test once read a sibling "shared" folder).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const UP = '..';

/** Folders and root files whose code runs in tests, scripts or builds. */
const SCANNED = /^(src|test|scripts|bench|\.ci|bin)\/|^[^/]+\.(js|mjs|cjs|ts|json|sh)$/;
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|sh|py|html)$|^\.ci\/run$/;

/** Each way a file's text can name a place outside `root` when it sits at `file` (relative). */
export function pathsOutside(file: string, text: string): string[] {
  const found: string[] = [];
  const dir = path.posix.dirname(file);
  // Relative literals ('../x', "../../x"), imports included: resolved from the file's folder.
  for (const m of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)) {
    const rel = m[1] ?? '';
    if (path.posix.normalize(path.posix.join(dir, rel)).startsWith(`${UP}/`)) found.push(rel);
  }
  // path.join/resolve(base, '..', '..', …): from the checkout root no step up stays inside; from
  // __dirname only as many as the file is deep.
  for (const m of text.matchAll(/path\.(?:join|resolve)\(\s*([\w.]+)((?:\s*,\s*['"][^'"]*['"])+)/g)) {
    const base = m[1] ?? '';
    const parts = [...(m[2] ?? '').matchAll(/['"]([^'"]*)['"]/g)].map((p) => p[1] ?? '');
    const from =
      base === '__dirname' || base === 'import.meta.dirname'
        ? dir
        : base === 'root' || base === 'ROOT'
          ? '.'
          : null;
    if (from === null) continue;
    if (path.posix.normalize(path.posix.join(from, ...parts)).startsWith(UP)) found.push(m[0]);
  }
  // A sibling folder of the checkout, named outright.
  for (const m of text.matchAll(/\.\.[/\\]shared\b|['"]\/work\//g)) found.push(m[0]);
  return found;
}

function trackedFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return out
    .split('\n')
    .filter(
      (f) =>
        f !== '' &&
        SCANNED.test(f) &&
        TEXT.test(f) &&
        !f.startsWith('test/fixtures/') &&
        fs.existsSync(path.join(root, f)),
    );
}

describe('the checkout stands on its own', () => {
  it('finds the escapes it is meant to catch', () => {
    expect(
      pathsOutside(
        'test/build/manifest.test.ts',
        `const d = path.resolve(root, '${UP}', 'shared', 'office-manifest-xsd');`,
      ),
    ).not.toEqual([]);
    expect(
      pathsOutside('scripts/x.mjs', `const d = path.join(__dirname, '..', '${UP}', 'shared');`),
    ).not.toEqual([]);
    expect(pathsOutside('test/a.test.ts', `import x from '../../other/x';`)).toEqual(['../../other/x']);
    expect(pathsOutside('test/a.test.ts', `fs.readFileSync('${UP}/shared/DOMAIN.md')`)).not.toEqual([]);
    expect(
      pathsOutside(
        'test/core/a.test.ts',
        `import x from '../../src/core/x'; path.join(__dirname, '..', '..', 'manifest.xml')`,
      ),
    ).toEqual([]);
  });

  it('has no test, script, build step or config reading outside the checkout', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const escapes = files.flatMap((f) =>
      pathsOutside(f, fs.readFileSync(path.join(root, f), 'utf8')).map((p) => `${f}: ${p}`),
    );
    expect(escapes).toEqual([]);
  });

  it('keeps the manifest schemas inside the repository with their provenance and licence', () => {
    const dir = path.join(root, 'third_party', 'office-manifest-xsd');
    expect(fs.existsSync(path.join(dir, 'OfficeAppManifestV1_1.xsd'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')).toMatch(/## Provenance[\s\S]*## Licence/);
  });
});
