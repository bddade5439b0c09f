// Mutation testing of src/core alone (`npm run mutate:core`): the TypeScript checker then type-checks
// only the core (tsconfig.core.json), several times faster per mutant than the whole project.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/core/**/*.ts'],
  tsconfigFile: 'tsconfig.core.json',
};
