// Mutation testing of the core and the returned-workbook reader: `npm run mutate` (see README,
// "Mutation testing"). Not part of `npm test`: a full run takes long on a small machine.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutate.config.js', enableFindRelatedTests: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: ['src/core/**/*.ts', 'src/xlsx/reader/**/*.ts', 'src/xlsx/read-workbook.ts'],
  // Only the tests that reach a mutant run for it. A mutant also reached outside any test (module-level constants,
  // fixtures built at `describe` scope) runs every related test: ignoring those left true survivors unmeasured
  // and made false ones (stryker.equivalent.md), so they cost time but are kept.
  coverageAnalysis: 'perTest',
  ignoreStatic: false,
  // The machine is shared and loaded: a slow covering test must not pass for a timeout (a kill).
  timeoutFactor: 6,
  timeoutMS: 30000,
  // Reruns test only the mutants whose code or covering tests changed since the last run.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  // The machine is shared: two test processes at most (override with --concurrency).
  concurrency: 2,
  // The first full test run, with per-test coverage, is slow on a busy machine.
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  disableTypeChecks: '{src,test}/**/*.{ts,tsx}',
  ignorePatterns: ['dist', 'coverage', 'test-artifacts', 'bench-output', 'reports', '.stryker-tmp'],
};
