/**
 * `test/` mirrors `src/`: a newcomer finds the tests of `src/core/scoring` in `test/core/scoring`.
 * Cross-cutting kinds keep their own names; helpers live under `test/support`.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const KINDS = ['browser', 'build', 'cross-engine', 'fixtures', 'static', 'support'];

const dirs = (dir: string): string[] =>
  readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory());

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Folders of `test/` (or of `test/core`) that neither mirror a source folder nor name a kind. */
export function strayFolders(testDirs: string[], srcDirs: string[], kinds: string[]): string[] {
  return testDirs.filter((d) => !srcDirs.includes(d) && !kinds.includes(d));
}

describe('the test folders mirror the source folders', () => {
  it('finds a folder named for neither', () => {
    expect(strayFolders(['core', 'xlsx-read', 'browser'], ['core', 'xlsx'], KINDS)).toEqual(['xlsx-read']);
  });

  it('has a test/ folder only for a src/ folder or a kind of test', () => {
    expect(strayFolders(dirs(path.join(root, 'test')), dirs(path.join(root, 'src')), KINDS)).toEqual([]);
  });

  it('has a test/core folder only for a src/core folder, and no core test outside one', () => {
    const core = path.join(root, 'test/core');
    expect(strayFolders(dirs(core), dirs(path.join(root, 'src/core')), [])).toEqual([]);
    expect(readdirSync(core).filter((name) => !statSync(path.join(core, name)).isDirectory())).toEqual([]);
  });

  it('keeps helpers (files that are not tests) under test/support', () => {
    const helpers = filesUnder(path.join(root, 'test'))
      .map((p) => path.relative(root, p).split(path.sep).join('/'))
      .filter((p) => !/\.test\.tsx?$/.test(p))
      .filter((p) => !p.startsWith('test/support/') && !p.startsWith('test/fixtures/'));
    expect(helpers).toEqual([]);
  });
});
