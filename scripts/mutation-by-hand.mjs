#!/usr/bin/env node
// Applies the mutants a Stryker run planned for one source file, one at a time, runs the given test files
// against each, and restores the source: so a run stopped for time, or a survivor after a new test, can be
// finished or checked without Stryker. Reads the plan its event-recorder wrote (stryker.chunk.config.mjs).
//
//   node scripts/mutation-by-hand.mjs --events reports/mutation/events-<run> --file src/core/x.ts [options] <tests…>
//
// --ids 3,17      only these mutants          --list          print the plan, apply nothing
// --skip-tested   leave out mutants the run already recorded as killed, timed out or not compiling
// Prints one line per mutant: id, line, mutator, original → replacement, then COMPILE-ERROR (`tsc -p <--tsconfig>`
// fails: not counted, as in Stryker), KILLED (a test failed), TIMEOUT (the tests ran over --timeout seconds:
// detected, as Stryker's Timeout, but worth re-running with --ids on a loaded machine) or SURVIVED.
// The type check is incremental (its build info in the system's temporary folder), a few seconds each.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts, positionals: tests } = parseArgs({
  allowPositionals: true,
  options: {
    events: { type: 'string' },
    file: { type: 'string' },
    ids: { type: 'string' },
    list: { type: 'boolean', default: false },
    'skip-tested': { type: 'boolean', default: false },
    tsconfig: { type: 'string', default: 'tsconfig.core.json' },
    timeout: { type: 'string', default: '120' },
  },
});
if (!opts.events || !opts.file || (!opts.list && tests.length === 0)) {
  console.error(
    'Usage: node scripts/mutation-by-hand.mjs --events <folder> --file <src/…ts> [--ids 1,2] [--list] [--skip-tested] <test files…>',
  );
  process.exit(2);
}

const planFile = readdirSync(opts.events).find((n) => n.endsWith('-onMutationTestingPlanReady.json'));
if (!planFile)
  throw new Error(`No Stryker plan in ${opts.events}: was the run made with stryker.chunk.config.mjs?`);
const plan = JSON.parse(readFileSync(join(opts.events, planFile), 'utf8')).mutantPlans.map((p) => p.mutant);
const wanted = opts.ids ? new Set(opts.ids.split(',')) : null;
const mutants = plan.filter((m) => m.fileName.endsWith(opts.file) && (!wanted || wanted.has(String(m.id))));

const recorded = new Map();
if (opts['skip-tested']) {
  for (const name of readdirSync(opts.events).filter((n) => n.endsWith('-onMutantTested.json'))) {
    const m = JSON.parse(readFileSync(join(opts.events, name), 'utf8'));
    recorded.set(String(m.id), m.status);
  }
}
const DETECTED = new Set(['Killed', 'Timeout', 'CompileError', 'RuntimeError']);

const path = resolve(opts.file);
const original = readFileSync(path, 'utf8');
const lineStarts = [0];
for (const line of original.split('\n')) lineStarts.push(lineStarts[lineStarts.length - 1] + line.length + 1);
// The plan's positions are 0-based lines and columns.
const offset = (pos) => lineStarts[pos.line] + pos.column;

const restore = () => writeFileSync(path, original);
// Without a handler node would die at once on Ctrl-C, leaving the mutant in the source.
process.on('SIGINT', () => {
  restore();
  process.exit(130);
});
/** Runs a node script to its end; Ctrl-C reaches the child too, so an interrupted child stops the whole run with
 * the source restored (the loop is synchronous: a SIGINT handler would never get its turn). */
const runs = (args, options = {}) => {
  const result = spawnSync(process.execPath, args, { stdio: 'ignore', ...options });
  if (result.signal === 'SIGINT') {
    restore();
    process.exit(130);
  }
  return result;
};
const succeeds = (result) => result.status === 0;

const jest = resolve('node_modules/jest/bin/jest.js');
// 'pass', 'fail' or 'timeout': a timeout counts as detected, as in Stryker, but is named apart so that one made
// on a loaded machine can be re-run with --ids before it is trusted.
const testOutcome = () => {
  const result = runs([jest, '--config', 'jest.mutate.config.js', '--silent', '--bail', '-i', ...tests], {
    timeout: Number(opts.timeout) * 1000,
    killSignal: 'SIGKILL',
  });
  if (result.error?.code === 'ETIMEDOUT') return 'timeout';
  return succeeds(result) ? 'pass' : 'fail';
};
const buildInfo = join(
  tmpdir(),
  `mutation-by-hand-${basename(process.cwd())}-${basename(opts.tsconfig)}.tsbuildinfo`,
);
const compiles = () =>
  succeeds(
    runs([
      resolve('node_modules/typescript/bin/tsc'),
      '--noEmit',
      '--incremental',
      '--tsBuildInfoFile',
      buildInfo,
      '-p',
      opts.tsconfig,
    ]),
  );

if (!opts.list && !(compiles() && testOutcome() === 'pass')) {
  console.error(
    `The source does not compile or the tests fail without any mutant: fix that first (${tests.join(' ')})`,
  );
  process.exit(1);
}

const oneLine = (text) => text.replace(/\s+/g, ' ').slice(0, 70);
try {
  for (const m of mutants) {
    const [from, to] = [offset(m.location.start), offset(m.location.end)];
    const shown = `${m.id} L${m.location.start.line + 1} ${m.mutatorName}: ${oneLine(original.slice(from, to))} → ${oneLine(m.replacement)}`;
    const status = recorded.get(String(m.id));
    if (opts.list || DETECTED.has(status)) {
      console.log(status ? `${shown} RUN:${status}` : shown);
      continue;
    }
    writeFileSync(path, original.slice(0, from) + m.replacement + original.slice(to));
    const outcome = compiles() ? testOutcome() : 'compile-error';
    const verdict = {
      'compile-error': 'COMPILE-ERROR',
      fail: 'KILLED',
      timeout: 'TIMEOUT',
      pass: 'SURVIVED',
    }[outcome];
    restore();
    console.log(`${shown} ${verdict}`);
  }
} finally {
  restore();
}
