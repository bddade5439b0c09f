/**
 * Jest for mutation runs (`npm run mutate`): only the fast suites that exercise src/core and the
 * reader. Browser, LibreOffice, CLI-process, build, lint and Office-adapter suites are left out:
 * they are slow (the adapter's 300-agency budget test alone passes 3 minutes when instrumented) and
 * test the edges, not the mutated code.
 */
const base = require('./jest.config.js');

// Property tests draw fewer cases under mutation (test/support/property-runs.ts): the score is a lower bound.
process.env.MUTATION_RUN = '1';

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  reporters: ['default'],
  // Stryker runs only the tests related to the mutated file (findRelatedTests): jest must see src/ to follow
  // imports from a test through files it does not import directly.
  roots: ['<rootDir>/test', '<rootDir>/src'],
  // MUTATE_TESTS narrows a focused run to some test paths (a regular expression), e.g. 'test/core/'.
  ...(process.env.MUTATE_TESTS
    ? { testMatch: undefined, testRegex: `(${process.env.MUTATE_TESTS}).*\\.test\\.tsx?$` }
    : {}),
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/browser/',
    '<rootDir>/test/static/',
    '<rootDir>/test/build/',
    '<rootDir>/test/cli/',
    '<rootDir>/test/preview/',
    '<rootDir>/test/office/',
    // The pane's state hooks (jsdom, one environment per file): they test the edges, not the mutated code.
    '<rootDir>/test/taskpane/[^/]+/',
    '<rootDir>/test/appraisal/',
    'libreoffice',
    '<rootDir>/test/cross-engine/recalc-harness',
  ],
};
