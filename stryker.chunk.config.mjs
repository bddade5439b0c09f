// A named part of the core (`CHUNK=<name>`), measured on its own with its own incremental file and a JSON
// report that `scripts/mutation-score.mjs` adds up with the others (the whole core takes hours here):
// CHUNK=state MUTATE_TESTS='test/core/' npx stryker run stryker.chunk.config.mjs --concurrency 3 --mutate '<files>'
import base from './stryker.core.config.mjs';
import process from 'node:process';

const chunk = process.env.CHUNK;
if (!chunk) throw new Error('Set CHUNK to the name of the part measured, e.g. CHUNK=state');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  // TSCONFIG=tsconfig.reader.json for the xlsx reader, which the core's tsconfig leaves out.
  ...(process.env.TSCONFIG ? { tsconfigFile: process.env.TSCONFIG } : {}),
  incrementalFile: `reports/mutation/inc-${chunk}.json`,
  // event-recorder writes each tested mutant to its own file as soon as it is known, so a run stopped for
  // time still lists its survivors (`node scripts/mutation-survivors.mjs reports/mutation/events-<name>`).
  reporters: ['clear-text', 'progress', 'json', 'html', 'event-recorder'],
  eventReporter: { baseDir: `reports/mutation/events-${chunk}` },
  jsonReporter: { fileName: `reports/mutation/${chunk}.json` },
  htmlReporter: { fileName: `reports/mutation/${chunk}.html` },
};
