#!/usr/bin/env node
// Lists the surviving and uncovered mutants of a Stryker JSON report (mutation-testing-report-schema):
// file:line, mutator, status, original code → replacement. The original is cut from the source the
// report stored, so a survivor can be found again after the file's lines have moved.
// Usage: node scripts/mutation-survivors.mjs reports/mutation/<run>.json [more.json …]
// A folder written by Stryker's event-recorder (reports/mutation/events-<run>) works too, also while
// its run is still going or after it was stopped: each tested mutant is one file there.
import { reportFiles } from './mutation-report.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: node scripts/mutation-survivors.mjs <report.json> [more.json …]');
  process.exit(2);
}

/** The text between two 1-based {line, column} positions of `source`. */
const cut = (source, start, end) => {
  const lines = source.split('\n').slice(start.line - 1, end.line);
  if (lines.length === 1) return lines[0].slice(start.column - 1, end.column - 1);
  lines[0] = lines[0].slice(start.column - 1);
  lines[lines.length - 1] = lines[lines.length - 1].slice(0, end.column - 1);
  return lines.join('\n');
};
const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
const short = (text) => (text.length > 100 ? `${text.slice(0, 97)}...` : text);

let count = 0;
for (const reportFile of files) {
  const report = { files: reportFiles(reportFile) };
  for (const [path, file] of Object.entries(report.files)) {
    const left = file.mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .sort((a, b) => a.location.start.line - b.location.start.line);
    for (const m of left) {
      const { start, end } = m.location;
      const original = short(oneLine(cut(file.source, start, end)));
      const replacement = short(oneLine(m.replacement ?? ''));
      console.log(
        `${path}:${start.line}:${start.column}\t${m.mutatorName}\t${m.status}\t${original} → ${replacement}`,
      );
      count += 1;
    }
  }
}
console.log(`${count} surviving or uncovered mutants`);
