/**
 * Format 2 across engines: forms written by the CLI's writer, figures filled through their SL_ names by
 * openpyxl, recalculated by LibreOffice Calc; every computed point, subtotal, total and rating read back
 * through the names equals the core. One fill process, one soffice run, one read-back, like the v1 check.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { scoreForm, type FormInputs } from '../../src/core/scoring/score';
import { rulePoints } from '../../src/core/scoring/rule-points';
import { figureName, scoreName, criterionName } from '../../src/core/sheet/names';
import { buildSurveyWorkbook } from '../../src/core/sheet/survey';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { builtInRegime } from '../../src/core/regime/load';
import { format2Template } from '../support/format2-template';
import { figuresArbitrary } from '../support/sheet/figure-entries';
import { readBackHundredths } from '../support/cross-engine/decision-rules';
import {
  fillByNames,
  IN_CI,
  missingTools,
  readByNames,
  recalcWithLibreOffice,
  type FillJob,
  type NameValues,
} from '../support/cross-engine/tools';

const missing = missingTools();
const template = format2Template();
const group = template.groups.find((g) => g.groupId === 'so');
if (!group) throw new Error('group missing');
const subs = group.criteria.flatMap((c) => c.subCriteria);
const manualScore = (code: string): number => (code.startsWith('2.') ? 3 : 1);

const edges: Record<string, unknown>[] = [
  {
    so_cbcc: 20,
    so_cb_co_may: 19,
    so_may_tinh: 8,
    so_may_lan: 1,
    ket_noi_tsl: 'Một phần',
    ty_le_luu_tru: 70,
    so_cuoc_hop: 3,
    muc_dich_vu: 'Toàn trình',
  },
  {
    so_cbcc: 0,
    so_cb_co_may: 0,
    so_may_tinh: 16,
    so_may_lan: 1,
    ket_noi_tsl: 'có',
    ty_le_luu_tru: 89.99,
    so_cuoc_hop: 5,
    muc_dich_vu: 'Một phần',
  },
  {
    so_cbcc: 10,
    so_cb_co_may: 12,
    so_may_tinh: 3,
    so_may_lan: 1,
    ket_noi_tsl: 'Không',
    ty_le_luu_tru: 90,
    so_cuoc_hop: 1000,
    muc_dich_vu: 'x',
  },
];
const fills = [
  ...edges,
  ...fc.sample(figuresArbitrary(group.figures ?? []), { numRuns: 21, seed: 4289 }),
].map((figures, i) => ({
  id: `sl-${i}`,
  // openpyxl writes what JSON carries: booleans, numbers, text; null leaves the cell blank.
  figures: Object.fromEntries(
    Object.entries(figures).map(([k, v]) => [
      k,
      v === undefined ? null : (v as number | string | boolean | null),
    ]),
  ),
}));

if (missing && !IN_CI) {
  // Stated reason, visible in the test report: this check needs LibreOffice and python3-openpyxl.
  describe.skip(`LibreOffice format-2 check SKIPPED: ${missing}`, () => {
    test('needs LibreOffice and openpyxl', () => undefined);
  });
} else {
  describe('format-2 forms filled by openpyxl and recalculated by LibreOffice match the core', () => {
    let dir = '';
    let results: Record<string, NameValues> = {};
    const outFile = (id: string): string => path.join(dir, 'recalc', `${id}.xlsx`);

    beforeAll(async () => {
      if (missing) throw new Error(`CI=true but the cross-engine tools are missing: ${missing}`);
      dir = mkdtempSync(path.join(os.tmpdir(), 'xhcntt-figures-'));
      const blank = path.join(dir, 'blank.xlsx');
      writeFileSync(
        blank,
        await writeWorkbook(buildSurveyWorkbook({ regime: builtInRegime, template, groupId: 'so' }).spec),
      );
      const jobs: FillJob[] = fills.map((f) => ({
        source: blank,
        target: path.join(dir, `${f.id}.xlsx`),
        fills: {
          ...Object.fromEntries(Object.entries(f.figures).map(([k, v]) => [figureName(k), v])),
          ...Object.fromEntries(
            subs.filter((s) => s.rule === undefined).map((s) => [scoreName(s.code), manualScore(s.code)]),
          ),
        },
      }));
      const jobsFile = path.join(dir, 'jobs.json');
      writeFileSync(jobsFile, JSON.stringify(jobs));
      fillByNames(jobsFile);
      recalcWithLibreOffice(
        path.join(dir, 'recalc'),
        jobs.map((j) => j.target),
      );
      results = readByNames(fills.map((f) => outFile(f.id)));
    }, 600_000);

    afterAll(() => {
      if (dir && !process.env.XHCNTT_KEEP_CROSS) rmSync(dir, { recursive: true, force: true });
    });

    test('every computed point, subtotal, total and rating agrees', () => {
      const report: string[] = [];
      for (const f of fills) {
        const got = results[outFile(f.id)];
        const inputs: FormInputs = Object.fromEntries(
          subs.map((s) => [
            s.code,
            { score: s.rule === undefined ? manualScore(s.code) : null, evidence: null },
          ]),
        );
        const core = scoreForm(builtInRegime, group, inputs, f.figures);
        const diffs: string[] = [];
        const compare = (name: string, hundredths: number): void => {
          const actual = readBackHundredths(got?.[name]);
          if (actual !== BigInt(hundredths))
            diffs.push(`${name}: LibreOffice ${String(actual)}, core ${hundredths}`);
        };
        for (const s of subs) {
          if (s.rule !== undefined && s.rule.kind !== 'manual')
            compare(
              scoreName(s.code),
              rulePoints(s.rule, s.capHundredths, core.figureValues).pointsHundredths,
            );
        }
        for (const c of core.criteria) compare(criterionName(c.number), c.pointsHundredths);
        compare('TONG_DIEM', core.totalHundredths);
        const rating =
          typeof got?.['XEP_LOAI'] === 'string' ? got['XEP_LOAI'].normalize('NFC') : got?.['XEP_LOAI'];
        if (rating !== core.band.label)
          diffs.push(`XEP_LOAI: ${JSON.stringify(rating)} vs ${core.band.label}`);
        if (diffs.length > 0)
          report.push(`${f.id}: ${diffs.join('; ')} (figures ${JSON.stringify(f.figures)})`);
      }
      expect(report).toEqual([]);
    });
  });
}
