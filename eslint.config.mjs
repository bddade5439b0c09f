// Lint rules, including the dependency rule of docs/architecture.md: the pure core imports
// nothing with effects, and each adapter folder imports only what its edge needs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const officeRules = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins['office-addins']);

// Import patterns of our own folders: the folder and everything under it, for each name.
const ownFolders = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);
const OFFICE_JS = ['office-js', '@microsoft/office-js'];
const UI = ['react', 'react-dom', '@fluentui/*'];
const UI_ELSEWHERE = { group: UI, message: 'UI lives in src/taskpane.' };

/** A folder's import boundary: importing any of `patterns` from `files` is an error; `rules` adds others. */
const boundary = (files, patterns, rules = {}) => ({
  files,
  rules: { ...rules, 'no-restricted-imports': ['error', { patterns }] },
});

const effectModules = [
  {
    group: [...OFFICE_JS, '@microsoft/office-js/*'],
    message: 'The core is pure: Office.js lives in src/office.',
  },
  {
    group: ['exceljs', 'fflate', 'saxes', 'jszip', 'xlsx'],
    message: 'The core is pure: xlsx file I/O lives in src/xlsx.',
  },
  {
    group: [
      'fs',
      'fs/*',
      'node:*',
      'path',
      'os',
      'child_process',
      'crypto',
      'stream',
      'zlib',
      'worker_threads',
    ],
    message: 'The core is pure: no file system or Node APIs.',
  },
  {
    group: [...UI, 'react-dom/*'],
    message: 'The core is pure: UI lives in src/taskpane.',
  },
  {
    group: ownFolders('office', 'xlsx', 'taskpane', 'cli', 'excel-double', 'preview'),
    message: 'The core depends on nothing outside src/core.',
  },
];

// The ExcelJS-based modules of src/xlsx; the browser-safe reader (read-workbook, reader/) is allowed.
// roster-xlsx is reached only through roster-file's lazy import(), so ExcelJS stays out of the pane's bundle.
const EXCELJS_MODULES = ['exceljs', 'write-workbook', 'write-consolidation', 'criteria-xlsx', 'roster-xlsx'];
// The one seam from the pane to the writer (the standalone survey file): a dynamic import() only, its own chunk.
const LAZY_WRITER_SEAM = 'survey-xlsx';
const xlsxWriterModules = [
  ...EXCELJS_MODULES.map((m) => `**/xlsx/${m}`),
  '**/xlsx/exceljs/**',
  `**/xlsx/${LAZY_WRITER_SEAM}`,
];
// no-restricted-imports does not see import(): this bars a dynamic import of ExcelJS or any writer module but the seam.
const lazyWriterImport = {
  selector: `ImportExpression[source.value=/(^|\\/xlsx\\/)(${EXCELJS_MODULES.join('|')})(\\/|$)/]`,
  message: `The task pane reaches the ExcelJS writer only through import() of src/xlsx/${LAZY_WRITER_SEAM}.`,
};

// Type-aware promise rules where code awaits Office.js, files or React events: every folder of src/ (new
// ones too) but the core, which is synchronous.
export const promiseChecked = { files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts'], ignores: ['src/core/**'] };

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-artifacts/**',
      'bench-output/**',
      'reports/**',
      '.stryker-tmp/**',
      '**/*.js',
      '!eslint.config.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  boundary(['src/core/**/*.ts'], effectModules, {
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'localStorage',
        'fetch',
        'Office',
        'Excel',
        'OfficeExtension',
        'process',
        'require',
        'Buffer',
        'setTimeout',
        'console',
      ].map((name) => ({ name, message: 'The core is pure: effects belong to an adapter.' })),
    ],
  }),
  boundary(
    ['src/xlsx/**/*.ts'],
    [
      { group: OFFICE_JS, message: 'Office.js lives in src/office.' },
      UI_ELSEWHERE,
      {
        group: ownFolders('office', 'taskpane', 'cli', 'excel-double', 'preview'),
        message: 'src/xlsx depends only on src/core.',
      },
    ],
  ),
  // The Word documents: the docx library over the core, in Node (CLI) and in the browser (task pane).
  boundary(
    ['src/docx/**/*.ts'],
    [
      {
        group: [...OFFICE_JS, 'exceljs', 'fs', 'fs/*', 'node:*', 'path', 'os'],
        message: 'src/docx runs in the task pane too: no Office.js, file system or xlsx writer.',
      },
      UI_ELSEWHERE,
      {
        group: ownFolders('office', 'xlsx', 'taskpane', 'cli', 'excel-double', 'preview'),
        message: 'src/docx depends only on src/core.',
      },
    ],
  ),
  {
    ...boundary(
      ['src/office/**/*.ts'],
      [
        {
          group: ['exceljs', 'fs', 'node:*', 'path'],
          message: 'src/office runs in the task pane: no file system or xlsx writer.',
        },
        UI_ELSEWHERE,
        {
          group: ownFolders('xlsx', 'taskpane', 'cli', 'excel-double', 'preview'),
          message: 'src/office depends only on src/core.',
        },
      ],
      {
        ...Object.fromEntries(
          Object.entries(officeRules.rules).filter(([k]) => k.startsWith('office-addins/')),
        ),
        'office-addins/no-context-sync-in-loop': 'error',
      },
    ),
    plugins: { 'office-addins': officeRules.plugins['office-addins'] },
  },
  boundary(
    ['src/taskpane/**/*.{ts,tsx}'],
    [
      { group: ['exceljs', 'fs', 'node:*', 'path'], message: 'The task pane runs in a browser.' },
      {
        group: xlsxWriterModules,
        message: `The task pane renders through src/office; the ExcelJS writer is fetched only by import() of src/xlsx/${LAZY_WRITER_SEAM}.`,
      },
      {
        group: ownFolders('cli', 'excel-double', 'preview'),
        message: 'The production task pane never ships the test double.',
      },
    ],
    { 'no-restricted-syntax': ['error', lazyWriterImport] },
  ),
  // The appraisers' page: a plain web page over the core, the xlsx reader and writer, and pane components.
  boundary(
    ['src/appraisal/**/*.{ts,tsx}'],
    [
      {
        group: [...OFFICE_JS, 'fs', 'node:*', 'path'],
        message: "The appraisers' page runs in any browser, without Office.",
      },
      {
        group: [...ownFolders('office', 'cli', 'excel-double', 'preview'), '**/services-impl'],
        message: "The appraisers' page uses src/core, src/xlsx and pane components only.",
      },
    ],
    {
      'no-restricted-globals': [
        'error',
        ...['Office', 'Excel', 'OfficeExtension'].map((name) => ({
          name,
          message: "No Office.js on the appraisers' page.",
        })),
      ],
    },
  ),
  boundary(
    ['src/cli/**/*.ts'],
    [
      { group: [...OFFICE_JS, ...UI], message: 'The CLI runs in Node.' },
      {
        group: ownFolders('office', 'taskpane', 'excel-double', 'preview'),
        message: 'The CLI wires src/core and src/xlsx only.',
      },
    ],
    { 'no-console': 'off' },
  ),
  boundary(
    ['src/excel-double/**/*.ts'],
    [
      {
        group: [...OFFICE_JS, '@microsoft/office-js/*'],
        message: 'The double replaces Office.js; it never loads it.',
      },
      {
        group: ['exceljs', 'fflate', 'saxes', 'fs', 'fs/*', 'node:*', 'path', 'os', 'child_process'],
        message: 'The double runs in the browser preview: no file system or xlsx library.',
      },
      { group: [...UI, 'react-dom/*'], message: 'UI lives in src/preview and src/taskpane.' },
      {
        group: ownFolders('office', 'xlsx', 'taskpane', 'cli', 'preview'),
        message:
          'src/excel-double depends only on src/core and HyperFormula: it stands in for Excel, not for our adapters.',
      },
    ],
  ),
  boundary(
    ['src/preview/**/*.{ts,tsx}'],
    [
      {
        group: ['exceljs', 'fs', 'fs/*', 'node:*', 'path', 'os', 'child_process'],
        message: 'The preview runs in a browser.',
      },
      {
        group: xlsxWriterModules,
        message: 'The preview hosts the task pane, which never ships the ExcelJS writer.',
      },
      { group: ownFolders('cli'), message: 'The CLI runs in Node; the preview in a browser.' },
    ],
  ),
  {
    // The rules of hooks (and the React Compiler's checks) for every component and hook.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/preview/**/*.{ts,tsx}', 'src/appraisal/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // A promise nobody awaits loses its error; so does an async function where a void callback is expected.
    ...promiseChecked,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // Build and check scripts run in Node.
    files: ['scripts/**/*.mjs', 'test/support/*.mjs', 'eslint.config.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
