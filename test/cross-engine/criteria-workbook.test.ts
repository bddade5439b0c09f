/**
 * The criteria workbook across programs: written by the project and re-saved (recalculated) by LibreOffice it
 * reads back the same, and LibreOffice's own cap check agrees; written from scratch by openpyxl with mistakes,
 * it yields the validator's problems on the cells that hold them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCriteriaWorkbook } from '../../src/core/criteria/build';
import {
  CHECKS_SHEET,
  FIRST_DATA_ROW,
  FIGURES_SHEET,
  INFO_SHEET,
  SUBS_SHEET,
  SUB_COLUMNS,
  columnOf,
} from '../../src/core/criteria/layout';
import { parseCriteriaWorkbook } from '../../src/core/criteria/parse';
import { builtInRegime } from '../../src/core/regime/load';
import { cellAddress } from '../../src/core/sheet/a1';
import type { CellValue } from '../../src/core/sheet/spec';
import { templateToJson } from '../../src/core/template/load';
import { gridOfCells, readCriteriaFile } from '../../src/xlsx/criteria-file';
import { criteriaWorkbookXlsx } from '../../src/xlsx/criteria-xlsx';
import { readReturnedWorkbook } from '../../src/xlsx/read-workbook';
import { format2Template } from '../support/format2-template';
import { shippedTemplates } from '../support/shipped-templates';
import { specGrid } from '../support/spec-grid';
import {
  IN_CI,
  missingTools,
  recalcWithLibreOffice,
  writeCells,
  type CellsJob,
} from '../support/cross-engine/tools';

const regime = builtInRegime;
const missing = missingTools();
const templates = shippedTemplates();
const STATUS_COL = columnOf(SUB_COLUMNS, 'capStatus');

/** Cells of a grid as openpyxl writes them (A1 → value), blanks left out. */
function cellsOf(rows: readonly (readonly CellValue[])[]): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== '') cells[cellAddress(r + 1, c + 1)] = v;
    }),
  );
  return cells;
}

if (missing && !IN_CI) {
  describe.skip(`LibreOffice / openpyxl criteria workbook check SKIPPED: ${missing}`, () => {
    test('needs LibreOffice and openpyxl', () => undefined);
  });
} else {
  describe('criteria workbooks in LibreOffice and openpyxl', () => {
    let dir = '';
    const template = format2Template();
    const grid = specGrid(buildCriteriaWorkbook({ regime, template }));
    const so = regime.groups.find((g) => g.id === 'so')?.name;
    const subRow = (code: string): number =>
      (grid[SUBS_SHEET] ?? []).findIndex((r) => r[0] === so && r[2] === code) + 1;
    const at = (sheet: string, row: number, col: number): { sheet: string; row: number; col: number } => ({
      sheet,
      row,
      col,
    });
    // Mistakes of many kinds the validator knows, each with the cell it must be reported on.
    const mistakes: { sheet: string; row: number; col: number; value: CellValue; code: string }[] = [
      { sheet: SUBS_SHEET, row: subRow('2.2'), col: 3, value: '2.1', code: 'duplicate-code' },
      { sheet: SUBS_SHEET, row: subRow('3.1'), col: 3, value: '3-1', code: 'code-malformed' },
      { sheet: SUBS_SHEET, row: subRow('4.1'), col: 4, value: null, code: 'title-empty' },
      { sheet: SUBS_SHEET, row: subRow('1.4'), col: 13, value: '90: 0,5\n70: 1', code: 'tiers-order' },
      { sheet: SUBS_SHEET, row: subRow('1.5'), col: 7, value: 'khong_co', code: 'rule-figure-unknown' },
      { sheet: SUBS_SHEET, row: subRow('1.3'), col: 11, value: 2, code: 'rule-points-over-cap' },
      { sheet: SUBS_SHEET, row: subRow('2.3'), col: 5, value: 'hai', code: 'schema' },
      { sheet: FIGURES_SHEET, row: 3, col: 2, value: 'Sai-Ma', code: 'figure-key-malformed' },
      { sheet: FIGURES_SHEET, row: 4, col: 4, value: 'Màu sắc', code: 'criteria-list' },
      { sheet: CHECKS_SHEET, row: 3, col: 8, value: null, code: 'check-message-empty' },
      { sheet: INFO_SHEET, row: 9, col: 2, value: '01/01/2026', code: 'date-order' },
      { sheet: INFO_SHEET, row: 5, col: 2, value: 1999, code: 'year-range' },
    ];
    const expectedCapRow = subRow('1.6');

    beforeAll(async () => {
      if (missing) throw new Error(`CI=true but the cross-engine tools are missing: ${missing}`);
      dir = mkdtempSync(path.join(os.tmpdir(), 'xhcntt-criteria-'));
      const files = await Promise.all(
        templates.map(async ([, t], i) => {
          const file = path.join(dir, `bo-tieu-chi-${i}.xlsx`);
          writeFileSync(file, await criteriaWorkbookXlsx(regime, t));
          return file;
        }),
      );
      const sheets: CellsJob['sheets'] = Object.fromEntries(
        [INFO_SHEET, SUBS_SHEET, FIGURES_SHEET, CHECKS_SHEET].map((s) => [s, cellsOf(grid[s] ?? [])]),
      );
      for (const m of mistakes) (sheets[m.sheet] ??= {})[cellAddress(m.row, m.col)] = m.value;
      const jobs: CellsJob[] = [
        // An edit of the project's own file: 1.2 loses half a point, so criterion 1 no longer adds up.
        {
          source: files[templates.length - 1] ?? '',
          target: path.join(dir, 'edited.xlsx'),
          sheets: { [SUBS_SHEET]: { [cellAddress(subRow('1.2'), 5)]: 1 } },
        },
        { source: null, target: path.join(dir, 'by-hand.xlsx'), sheets },
      ];
      writeFileSync(path.join(dir, 'jobs.json'), JSON.stringify(jobs));
      writeCells(path.join(dir, 'jobs.json'));
      recalcWithLibreOffice(path.join(dir, 'lo'), [...files, path.join(dir, 'edited.xlsx')]);
    }, 600_000);

    afterAll(() => {
      if (dir && !process.env.XHCNTT_KEEP_CROSS) rmSync(dir, { recursive: true, force: true });
    });

    const read = (file: string) =>
      readCriteriaFile(new Uint8Array(readFileSync(path.join(dir, file))), file, regime);
    const statuses = (file: string): CellValue[] => {
      const r = readReturnedWorkbook(new Uint8Array(readFileSync(path.join(dir, file))), file, undefined, {
        sheets: [SUBS_SHEET],
      });
      if (!r.ok) throw new Error(r.problem.message);
      return gridOfCells(r.workbook.cells[SUBS_SHEET] ?? {})
        .slice(FIRST_DATA_ROW - 1)
        .map((row) => row[STATUS_COL - 1] ?? null);
    };

    test.each(templates.map(([name], i) => [name, i] as const))(
      '%s: re-saved by LibreOffice, reads back the same; every criterion “Đủ”',
      (_name, i) => {
        const r = read(`lo/bo-tieu-chi-${i}.xlsx`);
        if (!r.ok)
          throw new Error('fileProblem' in r ? r.fileProblem : r.problems.map((p) => p.message).join('\n'));
        expect(templateToJson(r.template)).toEqual(templateToJson(templates[i]?.[1] ?? template));
        const s = statuses(`lo/bo-tieu-chi-${i}.xlsx`).filter((v) => v !== null && v !== '');
        const criteria = templates[i]?.[1].groups.reduce((n, g) => n + g.criteria.length, 0);
        expect(s).toEqual(Array.from({ length: criteria ?? 0 }, () => 'Đủ'));
      },
    );

    test('edited by openpyxl and recalculated by LibreOffice: the sheet and the reader both show the short criterion', () => {
      expect(statuses('lo/edited.xlsx')[expectedCapRow - FIRST_DATA_ROW]).toBe('Chưa đủ');
      const r = read('lo/edited.xlsx');
      const problems = r.ok || 'fileProblem' in r ? [] : r.problems;
      expect(problems.map((p) => [p.code, p.at])).toEqual([['cap-sum', at(SUBS_SHEET, expectedCapRow, 5)]]);
    });

    test('written from scratch by openpyxl with mistakes: each one is reported on its cell, as in memory', () => {
      const r = read('by-hand.xlsx');
      const problems = r.ok || 'fileProblem' in r ? [] : r.problems;
      for (const m of mistakes)
        expect(problems.map((p) => [p.code, p.at])).toContainEqual([m.code, at(m.sheet, m.row, m.col)]);
      let edited = grid;
      for (const m of mistakes) {
        const rows = (edited[m.sheet] ?? []).map((row) => [...row]);
        const line = (rows[m.row - 1] ??= []);
        line[m.col - 1] = m.value;
        edited = { ...edited, [m.sheet]: rows };
      }
      const inMemory = parseCriteriaWorkbook(edited, regime);
      expect(problems.map((p) => p.message)).toEqual(
        inMemory.ok ? [] : inMemory.problems.map((p) => p.message),
      );
    });
  });
}
