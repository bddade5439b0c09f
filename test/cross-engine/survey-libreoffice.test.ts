/**
 * Cross-engine check: forms filled through the defined names by another program (ExcelJS), then
 * recalculated by LibreOffice Calc, give exactly the core's subtotals, total and rating.
 * Booleans are left out of these fills: a TRUE written into the score cell's 0.00 format is, for
 * LibreOffice (which has no boolean type), the number 1; Excel and the core count it as no score.
 * Needs `soffice` (libreoffice-calc-nogui, installed by scripts/setup.sh).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parseRange } from '../../src/core/sheet/a1';
import { scoreForm, shownRating, type FormInputs } from '../../src/core/scoring/score';
import { FORM_SHEET, buildSurveyWorkbook } from '../../src/core/sheet/survey';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { fillArbitrary } from '../support/sheet/entries';
import { groupIds, regime, template } from '../support/sheet/fixtures';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const FILLS_PER_GROUP = 12;

// Skipped only on a developer machine without LibreOffice; in CI (scripts/setup.sh installs it) a
// missing soffice fails the tests instead of skipping them.
(hasSoffice || process.env.CI ? describe : describe.skip)(
  'survey workbook recalculated by LibreOffice',
  () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-lo-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each(groupIds)(
      'agrees with the core on random fills of group %s',
      async (groupId) => {
        const group = template.groups.find((g) => g.groupId === groupId);
        if (!group) throw new Error('group missing');
        const { spec, layout } = buildSurveyWorkbook({ regime, template, groupId });
        const blank = await writeWorkbook(spec);
        const fills = fc.sample(fillArbitrary(layout.rows, { booleans: false }), {
          numRuns: FILLS_PER_GROUP,
          seed: 4289,
        });
        const files: string[] = [];
        for (const [i, fill] of fills.entries()) {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(Buffer.from(blank) as unknown as ArrayBuffer);
          layout.rows.forEach((r, j) => {
            const [c, n] = r.code.split('.');
            for (const [name, value] of [
              [`TC_${c}_${n}`, fill[j]?.score],
              [`MC_${c}_${n}`, fill[j]?.evidence],
            ] as const) {
              const target = wb.definedNames.getRanges(name).ranges[0] ?? '';
              const address = target.slice(target.lastIndexOf('!') + 1).replace(/\$/g, '');
              wb.getWorksheet(FORM_SHEET)!.getCell(address).value = (value ?? null) as ExcelJS.CellValue;
            }
          });
          const file = path.join(dir, `${groupId}-${i}.xlsx`);
          writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
          files.push(file);
        }
        // Sheet 2 is the form; raw values, not as shown, so numbers come back exact.
        const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2';
        // recalc.sh runs soffice with a private profile, so parallel test files cannot collide.
        const outDir = path.join(dir, `out-${groupId}`);
        const recalc = path.join(__dirname, '../../scripts/cross/recalc.sh');
        execFileSync('sh', [recalc, outDir, ...files], {
          stdio: 'pipe',
          timeout: 170_000,
          env: { ...process.env, FILTER: filter },
        });
        fills.forEach((fill, i) => {
          // With a sheet chosen, LibreOffice names the output `<file>-<sheet>.csv`.
          const csvName = readdirSync(outDir).find(
            (f) => f.normalize('NFC') === `${groupId}-${i}-${FORM_SHEET}.csv`,
          );
          const csv = readFileSync(path.join(outDir, csvName ?? `${groupId}-${i}.csv`), 'utf8');
          const grid = Papa.parse<string[]>(csv, { skipEmptyLines: false }).data;
          const at = (address: string) => {
            const r = parseRange(address);
            return grid[r.row - 1]?.[r.col - 1];
          };
          const inputs: FormInputs = {};
          layout.rows.forEach((r, j) => {
            inputs[r.code] = { score: fill[j]?.score ?? null, evidence: fill[j]?.evidence ?? null };
          });
          const core = scoreForm(regime, group, inputs);
          const sheet = {
            criteria: layout.criterionRows.map((c) => Number(at(c.subtotalCell))),
            total: Number(at(layout.totalCell)),
            rating: at(layout.ratingCell),
          };
          expect([i, sheet]).toEqual([
            i,
            {
              criteria: core.criteria.map((c) => c.pointsHundredths / 100),
              total: core.totalHundredths / 100,
              rating: shownRating(core),
            },
          ]);
        });
      },
      180_000,
    );
  },
);
