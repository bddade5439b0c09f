#!/usr/bin/env node
// Plants each realistic bug of a catalogue in the source, one at a time, runs its tests and restores the source:
// the bugs Stryker's operators do not make (a formula string's comparison or reference, a sort key, a reversed
// sign), checked the way a reviewer would plant them. Not part of `npm test`: each bug runs whole test folders.
//
//   npm run plant-bugs -- [--only id,id] [--list] [--catalogue scripts/planted-bugs.json]
//
// Each bug: `edits` (an exact text found once in a file, and what replaces it), `narrow` tests run first and
// `tests` run when the narrow ones pass. Prints CAUGHT (a test failed), SURVIVED, COMPILE-ERROR (the bug does not
// type-check: fix the entry) or STALE (the text is no longer in the file once: update the entry), then the count.
// Exits 1 when a bug survived or an entry is stale, so the catalogue cannot rot unnoticed.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    catalogue: { type: 'string', default: 'scripts/planted-bugs.json' },
    only: { type: 'string' },
    list: { type: 'boolean', default: false },
  },
});

const catalogue = JSON.parse(readFileSync(opts.catalogue, 'utf8'));
const wanted = opts.only ? new Set(opts.only.split(',')) : null;
const bugs = catalogue.bugs.filter((b) => !wanted || wanted.has(b.id));
if (opts.list) {
  for (const b of bugs) console.log(`${b.id}: ${b.what}`);
  process.exit(0);
}

// The source must be as committed: the run rewrites files and restores them from what it read.
const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' });
if (dirty.status !== 0 || dirty.stdout.trim() !== '') {
  console.error('src/ has uncommitted changes (or this is not a git checkout): commit or stash them first.');
  process.exit(2);
}

const originals = new Map();
const restore = () => {
  for (const [file, text] of originals) writeFileSync(file, text);
  originals.clear();
};
/** Runs a node script to its end; an interrupted child stops the whole run with the source restored. */
const runs = (args) => {
  const result = spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, CI: 'true' } });
  if (result.signal === 'SIGINT' || result.signal === 'SIGTERM') {
    restore();
    process.exit(130);
  }
  return result.status === 0;
};
const buildInfo = join(tmpdir(), `planted-bugs-${basename(process.cwd())}.tsbuildinfo`);
const compiles = () =>
  runs([
    resolve('node_modules/typescript/bin/tsc'),
    '--noEmit',
    '--incremental',
    '--tsBuildInfoFile',
    buildInfo,
    '-p',
    'tsconfig.json',
  ]);
const testsPass = (tests) => runs([resolve('node_modules/jest/bin/jest.js'), '--silent', '--bail', ...tests]);

/** Applies a bug's edits; false when one of its texts is not found exactly once. */
function plant(bug) {
  for (const { file, find, replace } of bug.edits) {
    if (!originals.has(file)) originals.set(file, readFileSync(file, 'utf8'));
    const current = readFileSync(file, 'utf8');
    if (current.split(find).length !== 2) return false;
    writeFileSync(
      file,
      current.replace(find, () => replace),
    );
  }
  return true;
}

const counts = { CAUGHT: 0, SURVIVED: 0, 'COMPILE-ERROR': 0, STALE: 0 };
try {
  for (const bug of bugs) {
    let verdict;
    if (!plant(bug)) verdict = 'STALE';
    else if (!compiles()) verdict = 'COMPILE-ERROR';
    else verdict = (!bug.narrow || testsPass(bug.narrow)) && testsPass(bug.tests) ? 'SURVIVED' : 'CAUGHT';
    restore();
    counts[verdict]++;
    console.log(`${verdict.padEnd(13)} ${bug.id}: ${bug.what}`);
  }
} finally {
  restore();
}
const valid = counts.CAUGHT + counts.SURVIVED;
console.log(
  `Caught ${counts.CAUGHT} of ${valid} planted bugs (${valid ? ((100 * counts.CAUGHT) / valid).toFixed(1) : '–'} %)` +
    (counts.STALE ? `; ${counts.STALE} stale entries` : '') +
    (counts['COMPILE-ERROR'] ? `; ${counts['COMPILE-ERROR']} that do not compile` : ''),
);
process.exit(counts.SURVIVED || counts.STALE || counts['COMPILE-ERROR'] ? 1 : 0);
