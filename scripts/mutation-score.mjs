#!/usr/bin/env node
// Adds up Stryker JSON reports (mutation-testing-report-schema) of runs over parts of the code into one
// score per folder and in total. A file found in several reports counts once, from the last report named.
// Usage: node scripts/mutation-score.mjs reports/mutation/a.json [b.json …]; an event-recorder folder
// (reports/mutation/events-<run>) counts the mutants its run has tested so far.
import { reportFiles } from './mutation-report.mjs';
import { dirname } from 'node:path';

const reports = process.argv.slice(2);
if (reports.length === 0) {
  console.error('Usage: node scripts/mutation-score.mjs <report.json> [more.json …]');
  process.exit(2);
}

const byFile = new Map();
for (const report of reports) {
  for (const [path, file] of Object.entries(reportFiles(report))) {
    byFile.set(path, file.mutants);
  }
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const empty = () => ({ files: 0, detected: 0, survived: 0, noCoverage: 0, invalid: 0 });
const add = (sum, mutants) => {
  sum.files += 1;
  for (const m of mutants) {
    if (DETECTED.has(m.status)) sum.detected += 1;
    else if (m.status === 'Survived') sum.survived += 1;
    else if (m.status === 'NoCoverage') sum.noCoverage += 1;
    else if (!UNDETECTED.has(m.status)) sum.invalid += 1; // CompileError, RuntimeError, Ignored
  }
};
const score = (s) => {
  const valid = s.detected + s.survived + s.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * s.detected) / valid).toFixed(1)} %`;
};

const folders = new Map();
const total = empty();
for (const [path, mutants] of [...byFile].sort()) {
  const folder = dirname(path);
  if (!folders.has(folder)) folders.set(folder, empty());
  add(folders.get(folder), mutants);
  add(total, mutants);
}

const row = (name, s) =>
  `| ${name} | ${s.files} | ${s.detected + s.survived + s.noCoverage} | ${s.detected} | ${s.survived} + ${s.noCoverage} | ${score(s)} |`;
console.log('| Folder | Files | Valid mutants | Killed or timed out | Survived + no coverage | Score |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [folder, s] of folders) console.log(row(`\`${folder}\``, s));
console.log(row('**all**', total));
console.log(
  `(${total.invalid} mutants not counted: rejected by the type checker, runtime errors or ignored)`,
);
