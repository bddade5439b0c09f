// Reads the mutants of one Stryker run, by file: from its JSON report (mutation-testing-report-schema), or
// from the folder its event-recorder writes (one file per tested mutant), also while that run is still going
// or after it was stopped. Paths are the repository's (src/…), as in the JSON report.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `{ [path]: { source, mutants } }` of a report file or an events folder. */
export function reportFiles(path) {
  if (!statSync(path).isDirectory()) return JSON.parse(readFileSync(path, 'utf8')).files;
  const files = {};
  for (const name of readdirSync(path).filter((n) => n.endsWith('-onMutantTested.json'))) {
    const mutant = JSON.parse(readFileSync(join(path, name), 'utf8'));
    // The recorder stores absolute paths of the worktree the run was in; keep the part from src/ on.
    const file = mutant.fileName.slice(mutant.fileName.lastIndexOf('/src/') + 1);
    files[file] ??= { source: readFileSync(mutant.fileName, 'utf8'), mutants: [] };
    files[file].mutants.push(mutant);
  }
  return files;
}
