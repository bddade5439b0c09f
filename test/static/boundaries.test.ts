/**
 * The dependency rule and the coding habits are enforced by lint, not by convention: these cases
 * prove each rule fires (and that allowed code passes).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

interface Snippet {
  file: string;
  code: string;
}

const exportIt = (name: string): string => `export const x = ${name};\n`;
const importFrom = (name: string, from: string): string => `import { ${name} } from '${from}';\n`;

const snippets = {
  coreExcelJs: {
    file: 'src/core/scoring/example.ts',
    code: "import ExcelJS from 'exceljs';\n" + exportIt('ExcelJS'),
  },
  coreFs: {
    file: 'src/core/scoring/example.ts',
    code: importFrom('readFileSync', 'node:fs') + exportIt('readFileSync'),
  },
  coreReact: {
    file: 'src/core/scoring/example.ts',
    code: "import React from 'react';\n" + exportIt('React'),
  },
  coreOffice: {
    file: 'src/core/scoring/example.ts',
    code: importFrom('renderWorkbookSpec', '../office/render-spec') + exportIt('renderWorkbookSpec'),
  },
  coreGlobals: {
    file: 'src/core/scoring/example.ts',
    code: 'export const x = [document.title, Excel.run];\n',
  },
  corePlain: {
    file: 'src/core/scoring/example.ts',
    code: 'export const double = (n: number): number => n * 2;\n',
  },
  officeExcelJs: {
    file: 'src/office/example.ts',
    code: "import ExcelJS from 'exceljs';\n" + exportIt('ExcelJS'),
  },
  officeSyncInLoop: {
    file: 'src/office/example.ts',
    code: 'export async function f(context: Excel.RequestContext): Promise<void> {\n  for (let i = 0; i < 3; i++) {\n    await context.sync();\n  }\n}\n',
  },
  officeFloatingSync: {
    file: 'src/office/example.ts',
    code: 'export function f(context: Excel.RequestContext): void {\n  context.sync();\n}\n',
  },
  officeAwaitedSync: {
    file: 'src/office/example.ts',
    code: 'export async function f(context: Excel.RequestContext): Promise<void> {\n  await context.sync();\n}\n',
  },
  paneDouble: {
    file: 'src/taskpane/example.ts',
    code: importFrom('createExcelDouble', '../excel-double') + exportIt('createExcelDouble'),
  },
  paneWriter: {
    file: 'src/taskpane/consolidation/example.ts',
    code:
      importFrom('writeWorkbook', '../../xlsx/write-workbook') +
      importFrom('renderSheet', '../../xlsx/exceljs/render-sheet') +
      importFrom('readRosterXlsx', '../../xlsx/roster-xlsx') +
      importFrom('consolidateToXlsx', '../../xlsx/write-consolidation') +
      importFrom('criteriaWorkbookXlsx', '../../xlsx/criteria-xlsx') +
      importFrom('surveyToXlsx', '../../xlsx/survey-xlsx') +
      'export const x = [writeWorkbook, renderSheet, readRosterXlsx, consolidateToXlsx, criteriaWorkbookXlsx, surveyToXlsx];\n',
  },
  paneLazySeam: {
    file: 'src/taskpane/survey/example.ts',
    code: "export const load = () => import('../../xlsx/survey-xlsx');\n",
  },
  paneLazyWriter: {
    file: 'src/taskpane/survey/example.ts',
    code:
      "export const a = () => import('../../xlsx/write-workbook');\n" +
      "export const b = () => import('../../xlsx/exceljs/render-sheet');\n" +
      "export const c = () => import('exceljs');\n" +
      "export const d = () => import('../../xlsx/write-consolidation');\n",
  },
  paneReader: {
    file: 'src/taskpane/consolidation/example.ts',
    code:
      importFrom('readReturnedWorkbook', '../../xlsx/read-workbook') +
      importFrom('loadRosterFile', '../../xlsx/roster-file') +
      'export const x = [readReturnedWorkbook, loadRosterFile];\n',
  },
  paneConditionalHook: {
    file: 'src/taskpane/example.tsx',
    code:
      "import { useState } from 'react';\nexport function Field(props: { shown: boolean }): JSX.Element | null {\n" +
      "  if (!props.shown) return null;\n  const [text] = useState('');\n  return <span>{text}</span>;\n}\n",
  },
  paneAsyncClick: {
    file: 'src/taskpane/example.tsx',
    code:
      'export function Go(props: { go: () => Promise<void> }): JSX.Element {\n' +
      '  return <button onClick={async () => props.go()}>Đi</button>;\n}\n',
  },
  paneVoidedClick: {
    file: 'src/taskpane/example.tsx',
    code:
      'export function Go(props: { go: () => Promise<void> }): JSX.Element {\n' +
      '  return <button onClick={() => void props.go().catch(console.error)}>Đi</button>;\n}\n',
  },
  previewHookDeps: {
    file: 'src/preview/example.tsx',
    code:
      "import { useEffect } from 'react';\nexport function Title(props: { title: string }): null {\n" +
      '  useEffect(() => {\n    document.title = props.title;\n  }, []);\n  return null;\n}\n',
  },
  previewWriter: {
    file: 'src/preview/example.ts',
    code:
      "import ExcelJS from 'exceljs';\n" +
      importFrom('writeWorkbook', '../xlsx/write-workbook') +
      importFrom('main', '../cli/main') +
      'export const x = [ExcelJS, writeWorkbook, main];\n',
  },
  previewHost: {
    file: 'src/preview/example.ts',
    code:
      importFrom('mountTaskPane', '../taskpane/mount') +
      importFrom('createExcelDouble', '../excel-double') +
      'export const x = [mountTaskPane, createExcelDouble];\n',
  },
  doubleAdapters: {
    file: 'src/excel-double/example.ts',
    code:
      importFrom('renderWorkbookSpec', '../office/render-spec') +
      importFrom('readReturnedWorkbook', '../xlsx/read-workbook') +
      importFrom('mountTaskPane', '../taskpane/mount') +
      "import type { PreviewWorkbook } from '../preview/preview-workbook';\n" +
      "import React from 'react';\n" +
      "import ExcelJS from 'exceljs';\n" +
      'export const x = [renderWorkbookSpec, readReturnedWorkbook, mountTaskPane, React, ExcelJS] as unknown as PreviewWorkbook[];\n',
  },
  doubleCore: {
    file: 'src/excel-double/example.ts',
    code:
      importFrom('parseRange', '../core/sheet/a1') +
      "import { HyperFormula } from 'hyperformula';\n" +
      'export const x = [parseRange, HyperFormula];\n',
  },
  appraisalOffice: {
    file: 'src/appraisal/example.ts',
    code: importFrom('mergeIntoWorkbook', '../office/consolidation-workbook') + exportIt('mergeIntoWorkbook'),
  },
  appraisalOfficeGlobal: {
    file: 'src/appraisal/example.ts',
    code: 'export const x = Office.context;\n',
  },
  appraisalWriter: {
    file: 'src/appraisal/example.ts',
    code: importFrom('writeWorkbook', '../xlsx/write-workbook') + exportIt('writeWorkbook'),
  },
  docxFs: {
    file: 'src/docx/example.ts',
    code: importFrom('readFileSync', 'node:fs') + exportIt('readFileSync'),
  },
  docxOffice: {
    file: 'src/docx/example.ts',
    code: importFrom('renderWorkbookSpec', '../office/render-spec') + exportIt('renderWorkbookSpec'),
  },
  docxCore: {
    file: 'src/docx/example.ts',
    code: importFrom('points2', '../core/documents/format') + exportIt('points2'),
  },
} satisfies Record<string, Snippet>;

type Name = keyof typeof snippets;
let reports: Record<Name, { rule: string; line: number }[]>;

beforeAll(() => {
  // ESLint's flat config is ESM, which Jest's module sandbox cannot load: lint in a child process.
  const names = Object.keys(snippets) as Name[];
  const run = spawnSync(process.execPath, [path.join(root, 'test/support/lint-snippets.mjs')], {
    cwd: root,
    input: JSON.stringify(names.map((n) => snippets[n])),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`lint-snippets failed: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as { rule: string; line: number }[][];
  reports = Object.fromEntries(names.map((n, i) => [n, results[i] ?? []])) as typeof reports;
}, 300_000);

const ruleIds = (name: Name): string[] => reports[name].map((r) => r.rule);
const count = (ids: string[], rule: string): number => ids.filter((id) => id === rule).length;
/** The lines of a snippet a rule reported, each once. */
const linesOf = (name: Name, rule: string): number[] => [
  ...new Set(reports[name].filter((r) => r.rule === rule).map((r) => r.line)),
];

describe('architecture boundaries', () => {
  it.each<Name>(['coreExcelJs', 'coreFs', 'coreReact', 'coreOffice'])(
    'rejects an effect import in the pure core (%s)',
    (name) => {
      expect(ruleIds(name)).toContain('no-restricted-imports');
    },
  );

  it('rejects DOM and Office globals in the pure core', () => {
    expect(count(ruleIds('coreGlobals'), 'no-restricted-globals')).toBe(2);
  });

  it('accepts plain computation in the core', () => {
    expect(ruleIds('corePlain')).toEqual([]);
  });

  it('rejects the xlsx writer inside the Office adapter and the test double inside the task pane', () => {
    expect(ruleIds('officeExcelJs')).toContain('no-restricted-imports');
    expect(ruleIds('paneDouble')).toContain('no-restricted-imports');
  });

  it('bars the task pane from every ExcelJS module of src/xlsx, not only from the package', () => {
    expect(linesOf('paneWriter', 'no-restricted-imports')).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lets the task pane fetch the survey writer by import() alone, and no other ExcelJS module that way', () => {
    expect(ruleIds('paneLazySeam')).toEqual([]);
    expect(linesOf('paneLazyWriter', 'no-restricted-syntax')).toEqual([1, 2, 3, 4]);
  });

  it('lets the task pane use the browser-safe reader and the roster loader', () => {
    expect(ruleIds('paneReader')).toEqual([]);
  });

  it('bars the preview from ExcelJS, the xlsx writer and the CLI, and lets it host the pane on the double', () => {
    expect(linesOf('previewWriter', 'no-restricted-imports')).toEqual([1, 2, 3]);
    expect(ruleIds('previewHost')).toEqual([]);
  });

  it('keeps the test double on the core and HyperFormula alone', () => {
    expect(linesOf('doubleAdapters', 'no-restricted-imports')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ruleIds('doubleCore')).toEqual([]);
  });

  it("keeps Office.js and the Office adapter out of the appraisers' page, which runs in any browser", () => {
    expect(ruleIds('appraisalOffice')).toContain('no-restricted-imports');
    expect(ruleIds('appraisalOfficeGlobal')).toContain('no-restricted-globals');
    expect(ruleIds('appraisalWriter')).toEqual([]);
  });

  it('keeps the Word documents free of the file system and the Office adapter, over the core', () => {
    expect(ruleIds('docxFs')).toContain('no-restricted-imports');
    expect(ruleIds('docxOffice')).toContain('no-restricted-imports');
    expect(ruleIds('docxCore')).toEqual([]);
  });

  it('rejects a sync inside a loop in the Office adapter', () => {
    expect(ruleIds('officeSyncInLoop')).toContain('office-addins/no-context-sync-in-loop');
  });
});

describe('enforced habits', () => {
  it('rejects a promise nobody awaits in the Office adapter, and accepts an awaited one', () => {
    expect(ruleIds('officeFloatingSync')).toContain('@typescript-eslint/no-floating-promises');
    expect(ruleIds('officeAwaitedSync')).toEqual([]);
  });

  it('rejects an async handler where React expects a void one, and accepts a handled promise', () => {
    expect(ruleIds('paneAsyncClick')).toContain('@typescript-eslint/no-misused-promises');
    expect(ruleIds('paneVoidedClick')).toEqual([]);
  });

  it('applies the rules of hooks in the task pane and the preview', () => {
    expect(ruleIds('paneConditionalHook')).toContain('react-hooks/rules-of-hooks');
    expect(ruleIds('previewHookDeps')).toContain('react-hooks/exhaustive-deps');
  });
});
