/**
 * The dependency rule is enforced by lint, not by convention: these cases prove the rules fire.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

// ESLint's flat config is ESM, which Jest's module sandbox cannot load: lint in a child process.
async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', file],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const results = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (results[0]?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture boundaries', () => {
  jest.setTimeout(60_000);

  it.each([
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n", 'xlsx library'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'file system'],
    ["import React from 'react';\nexport const x = React;\n", 'UI library'],
    ["import { renderWorkbookSpec } from '../office/render-spec';\nexport const x = renderWorkbookSpec;\n", 'Office adapter'],
  ])('rejects an effect import in the pure core (%#: %s)', async (code) => {
    expect(await ruleIdsFor('src/core/scoring/example.ts', code)).toContain('no-restricted-imports');
  });

  it('rejects DOM and Office globals in the pure core', async () => {
    const ids = await ruleIdsFor('src/core/scoring/example.ts', 'export const x = [document.title, Excel.run];\n');
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(2);
  });

  it('accepts plain computation in the core', async () => {
    expect(await ruleIdsFor('src/core/scoring/example.ts', 'export const double = (n: number): number => n * 2;\n')).toEqual([]);
  });

  it('rejects the xlsx writer inside the Office adapter and the test double inside the task pane', async () => {
    expect(await ruleIdsFor('src/office/example.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await ruleIdsFor('src/taskpane/example.ts', "import { createExcelDouble } from '../excel-double';\nexport const x = createExcelDouble;\n"),
    ).toContain('no-restricted-imports');
  });

  it('keeps Office.js and the Office adapter out of the appraisers\' page, which runs in any browser', async () => {
    expect(
      await ruleIdsFor('src/appraisal/example.ts', "import { mergeIntoWorkbook } from '../office/consolidation-workbook';\nexport const x = mergeIntoWorkbook;\n"),
    ).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/appraisal/example.ts', 'export const x = Office.context;\n')).toContain('no-restricted-globals');
    expect(
      await ruleIdsFor('src/appraisal/example.ts', "import { writeWorkbook } from '../xlsx/write-workbook';\nexport const x = writeWorkbook;\n"),
    ).toEqual([]);
  });

  it('keeps the Word documents free of the file system and the Office adapter, over the core', async () => {
    expect(await ruleIdsFor('src/docx/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/docx/example.ts', "import { renderWorkbookSpec } from '../office/render-spec';\nexport const x = renderWorkbookSpec;\n")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('src/docx/example.ts', "import { points2 } from '../core/documents/format';\nexport const x = points2;\n")).toEqual([]);
  });

  it('rejects a sync inside a loop in the Office adapter', async () => {
    const code =
      'export async function f(context: Excel.RequestContext): Promise<void> {\n  for (let i = 0; i < 3; i++) {\n    await context.sync();\n  }\n}\n';
    expect(await ruleIdsFor('src/office/example.ts', code)).toContain('office-addins/no-context-sync-in-loop');
  });
});
