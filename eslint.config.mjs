// Lint rules, including the dependency rule of docs/architecture.md: the pure core imports
// nothing with effects, and each adapter folder imports only what its edge needs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const officeRules = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins['office-addins']);

const effectModules = [
  {
    group: ['office-js', '@microsoft/office-js', '@microsoft/office-js/*'],
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
    group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*'],
    message: 'The core is pure: UI lives in src/taskpane.',
  },
  {
    group: [
      '**/office',
      '**/office/**',
      '**/xlsx',
      '**/xlsx/**',
      '**/taskpane',
      '**/taskpane/**',
      '**/cli',
      '**/cli/**',
      '**/excel-double',
      '**/excel-double/**',
      '**/preview',
      '**/preview/**',
    ],
    message: 'The core depends on nothing outside src/core.',
  },
];

// The ExcelJS-based modules of src/xlsx; the browser-safe reader (read-workbook, reader/) is allowed.
// roster-xlsx is reached only through roster-file's lazy import(), so ExcelJS stays out of the pane's bundle.
const xlsxWriterModules = [
  '**/xlsx/exceljs',
  '**/xlsx/exceljs/**',
  '**/xlsx/write-workbook',
  '**/xlsx/roster-xlsx',
];

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
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: effectModules }],
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
    },
  },
  {
    files: ['src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['office-js', '@microsoft/office-js'], message: 'Office.js lives in src/office.' },
            { group: ['react', 'react-dom', '@fluentui/*'], message: 'UI lives in src/taskpane.' },
            {
              group: [
                '**/office',
                '**/office/**',
                '**/taskpane',
                '**/taskpane/**',
                '**/cli',
                '**/cli/**',
                '**/excel-double',
                '**/excel-double/**',
                '**/preview',
                '**/preview/**',
              ],
              message: 'src/xlsx depends only on src/core.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Word documents: the docx library over the core, in Node (CLI) and in the browser (task pane).
    files: ['src/docx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['office-js', '@microsoft/office-js', 'exceljs', 'fs', 'fs/*', 'node:*', 'path', 'os'],
              message: 'src/docx runs in the task pane too: no Office.js, file system or xlsx writer.',
            },
            { group: ['react', 'react-dom', '@fluentui/*'], message: 'UI lives in src/taskpane.' },
            {
              group: [
                '**/office',
                '**/office/**',
                '**/xlsx',
                '**/xlsx/**',
                '**/taskpane',
                '**/taskpane/**',
                '**/cli',
                '**/cli/**',
                '**/excel-double',
                '**/excel-double/**',
                '**/preview',
                '**/preview/**',
              ],
              message: 'src/docx depends only on src/core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/office/**/*.ts'],
    plugins: { 'office-addins': officeRules.plugins['office-addins'] },
    rules: {
      ...Object.fromEntries(
        Object.entries(officeRules.rules).filter(([k]) => k.startsWith('office-addins/')),
      ),
      'office-addins/no-context-sync-in-loop': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['exceljs', 'fs', 'node:*', 'path'],
              message: 'src/office runs in the task pane: no file system or xlsx writer.',
            },
            { group: ['react', 'react-dom', '@fluentui/*'], message: 'UI lives in src/taskpane.' },
            {
              group: [
                '**/xlsx',
                '**/xlsx/**',
                '**/taskpane',
                '**/taskpane/**',
                '**/cli',
                '**/cli/**',
                '**/excel-double',
                '**/excel-double/**',
                '**/preview',
                '**/preview/**',
              ],
              message: 'src/office depends only on src/core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['exceljs', 'fs', 'node:*', 'path'], message: 'The task pane runs in a browser.' },
            {
              group: xlsxWriterModules,
              message: 'The task pane never ships the ExcelJS writer: it renders through src/office.',
            },
            {
              group: [
                '**/cli',
                '**/cli/**',
                '**/excel-double',
                '**/excel-double/**',
                '**/preview',
                '**/preview/**',
              ],
              message: 'The production task pane never ships the test double.',
            },
          ],
        },
      ],
    },
  },
  {
    // The appraisers' page: a plain web page over the core, the xlsx reader and writer, and pane components.
    files: ['src/appraisal/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['office-js', '@microsoft/office-js', 'fs', 'node:*', 'path'],
              message: "The appraisers' page runs in any browser, without Office.",
            },
            {
              group: [
                '**/office',
                '**/office/**',
                '**/cli',
                '**/cli/**',
                '**/excel-double',
                '**/excel-double/**',
                '**/preview',
                '**/preview/**',
                '**/services-impl',
              ],
              message: "The appraisers' page uses src/core, src/xlsx and pane components only.",
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['Office', 'Excel', 'OfficeExtension'].map((name) => ({
          name,
          message: "No Office.js on the appraisers' page.",
        })),
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-console': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['office-js', '@microsoft/office-js', 'react', 'react-dom', '@fluentui/*'],
              message: 'The CLI runs in Node.',
            },
            {
              group: [
                '**/office',
                '**/office/**',
                '**/taskpane',
                '**/taskpane/**',
                '**/excel-double',
                '**/excel-double/**',
                '**/preview',
                '**/preview/**',
              ],
              message: 'The CLI wires src/core and src/xlsx only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/excel-double/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['office-js', '@microsoft/office-js', '@microsoft/office-js/*'],
              message: 'The double replaces Office.js; it never loads it.',
            },
            {
              group: ['exceljs', 'fflate', 'saxes', 'fs', 'fs/*', 'node:*', 'path', 'os', 'child_process'],
              message: 'The double runs in the browser preview: no file system or xlsx library.',
            },
            {
              group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*'],
              message: 'UI lives in src/preview and src/taskpane.',
            },
            {
              group: [
                '**/office',
                '**/office/**',
                '**/xlsx',
                '**/xlsx/**',
                '**/taskpane',
                '**/taskpane/**',
                '**/cli',
                '**/cli/**',
                '**/preview',
                '**/preview/**',
              ],
              message:
                'src/excel-double depends only on src/core and HyperFormula: it stands in for Excel, not for our adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/preview/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['exceljs', 'fs', 'fs/*', 'node:*', 'path', 'os', 'child_process'],
              message: 'The preview runs in a browser.',
            },
            {
              group: xlsxWriterModules,
              message: 'The preview hosts the task pane, which never ships the ExcelJS writer.',
            },
            { group: ['**/cli', '**/cli/**'], message: 'The CLI runs in Node; the preview in a browser.' },
          ],
        },
      ],
    },
  },
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
