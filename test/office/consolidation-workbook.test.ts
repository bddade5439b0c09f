/**
 * The consolidation written into the open workbook through Office.js, against the Excel double:
 * tables that compute in the sheet, the round-trip budget, safe re-merge with appraisers' edits,
 * and refusals that leave the workbook exactly as it was.
 */
import { CHART_SHEET } from '../../src/core/consolidation/sheets/chart-sheet';
import {
  AUDIT_SHEET,
  DATA_COLUMNS,
  DATA_SHEET,
  REGISTER_SHEET,
} from '../../src/core/consolidation/sheets/layout';
import type { Submission } from '../../src/core/consolidation/submission';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import type { Agency } from '../../src/core/roster/types';
import { cellAddress } from '../../src/core/sheet/a1';
import { META_SHEET } from '../../src/core/sheet/metadata';
import { buildSurveyWorkbook } from '../../src/core/sheet/survey/build';
import { builtInTemplate } from '../../src/core/template/load';
import type { SurveyTemplate } from '../../src/core/template/types';
import { createExcelDouble, installExcelDouble, type ExcelDouble } from '../../src/excel-double';
import {
  findConsolidation,
  mergeIntoWorkbook,
  type WorkbookMergeResult,
} from '../../src/office/consolidation-workbook';
import { findSurvey, insertSurvey } from '../../src/office/survey-workbook';
import { subsOf } from '../support/consolidation/forms';
import {
  competitionRanks,
  dataRow,
  fileSubmission,
  formSubmission,
  madeUpRoster,
  seededScores,
  sheetTable,
  snapshot,
} from '../support/office/consolidation';

jest.setTimeout(180_000);

const regime = builtInRegime;
const template = builtInTemplate(2026, 1, regime);
const NOW = '2026-11-25T02:00:00Z';
const LATER = '2026-11-26T02:00:00Z';
const LATEST = '2026-11-27T02:00:00Z';

function setup(initialSheets = ['Sheet1']): ExcelDouble {
  return installExcelDouble(globalThis, createExcelDouble({ initialSheets }));
}

async function merge(
  d: ExcelDouble,
  submissions: readonly Submission[],
  opts: { now?: string; roster?: readonly Agency[]; template?: SurveyTemplate } = {},
) {
  d.resetStats();
  const result = await mergeIntoWorkbook({
    submissions,
    template: opts.template ?? template,
    regime,
    roster: opts.roster ?? sampleRoster,
    now: opts.now ?? NOW,
  });
  return { result, syncs: d.syncCount() };
}

function ok(result: WorkbookMergeResult): Extract<WorkbookMergeResult, { ok: true }> {
  if (!result.ok) throw new Error(result.message);
  return result;
}

const tableSheet = (n: number) => `Bảng ${n}`;
const criteriaOf = (group: string) => template.groups.find((g) => g.groupId === group)?.criteria.length ?? 0;

/** The 47 agencies of the sample roster, each from a real filled .xlsx, received on 15/11. */
let roster47: Submission[] = [];
beforeAll(async () => {
  roster47 = [];
  for (const [i, agency] of sampleRoster.entries()) {
    roster47.push(
      await fileSubmission({
        agency,
        scores: seededScores(subsOf(agency.group), i),
        receivedAt: '2026-11-15T03:00:00Z',
      }),
    );
  }
});

describe('first merge of the sample roster (47 real files)', () => {
  let d: ExcelDouble;
  let result: Extract<WorkbookMergeResult, { ok: true }>;
  let syncs = 0;
  beforeAll(async () => {
    d = setup();
    const r = await merge(d, roster47);
    result = ok(r.result);
    syncs = r.syncs;
  });

  it('writes Bảng 1, Bảng 2, the charts, data, register and audit sheets beside the user’s sheet, in at most 3 syncs', () => {
    expect(d.sheetNames()).toEqual([
      'Sheet1',
      'Bảng 1',
      'Bảng 2',
      CHART_SHEET,
      DATA_SHEET,
      REGISTER_SHEET,
      AUDIT_SHEET,
      META_SHEET,
    ]);
    expect(d.sheet(META_SHEET).visibility).toBe('VeryHidden');
    expect(syncs).toBeLessThanOrEqual(3);
    expect(result.syncs).toBe(syncs);
    expect(result.created).toBe(true);
    expect(d.activeSheet()).toBe('Bảng 1');
  });

  it('computes in the sheet the totals of the agencies’ own forms, their bands and competition ranks', () => {
    expect(roster47.every((s) => s.outcome !== 'rejected')).toBe(true);
    for (const group of regime.groups) {
      const subs = roster47.filter((s) => s.data?.groupId === group.id);
      const rows = sheetTable(d, tableSheet(group.tableNumber), criteriaOf(group.id));
      expect(rows).toHaveLength(subs.length);
      const formTotal = new Map(subs.map((s) => [s.data?.agency.code, s.data?.score.totalHundredths ?? -1]));
      const totals = rows.map((r) => Math.round(Number(r.total) * 100));
      expect(totals).toEqual(rows.map((r) => formTotal.get(String(r.code))));
      // Sorted by total, ranked 1, 2, 2, 4 on the rounded totals, banded by the decision's thresholds.
      expect([...totals].sort((a, b) => b - a)).toEqual(totals);
      expect(rows.map((r) => r.rank)).toEqual(competitionRanks(totals));
      for (const r of rows) {
        const t = Number(r.total);
        expect(r.rating).toBe(t >= 85 ? 'Tốt' : t >= 70 ? 'Khá' : t >= 50 ? 'Trung bình' : 'Yếu');
      }
      expect(rows.map((r) => r.index)).toEqual(rows.map((_, i) => i + 1));
    }
  });

  it('shows exactly the core’s tables: per-criterion points, totals, ratings and ranks', () => {
    for (const table of result.run.tables) {
      const rows = sheetTable(d, tableSheet(table.tableNumber), table.criteria.length);
      expect(
        rows.map((r) => ({
          code: r.code,
          name: r.name,
          criteria: r.criteria,
          total: r.total,
          rating: r.rating,
          rank: r.rank,
        })),
      ).toEqual(
        table.rows.map((r) => ({
          code: r.code,
          name: r.name,
          criteria: r.criteriaHundredths.map((h) => h / 100),
          total: r.totalHundredths / 100,
          rating: r.rating,
          rank: r.rank,
        })),
      );
    }
  });

  it('prints Bảng 1 and Bảng 2 on A4 landscape with their header rows repeated and page numbers', () => {
    for (const name of ['Bảng 1', 'Bảng 2']) {
      const layout = d.sheet(name).pageLayout;
      expect([layout.paperSize, layout.orientation]).toEqual(['A4', 'Landscape']);
      expect(layout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
      expect(layout.centerFooter).toContain('Trang &P/&N');
    }
  });

  it('is found by findConsolidation in one sync', async () => {
    d.resetStats();
    expect(await findConsolidation()).toEqual({
      year: 2026,
      templateId: template.id,
      templateVersion: template.version,
      agencies: 47,
      roster: { origin: { kind: 'builtin' }, agencies: sampleRoster },
    });
    expect(d.syncCount()).toBe(1);
  });
});

describe('round trips', () => {
  it('finds no consolidation in a new workbook', async () => {
    const d = setup();
    expect(await findConsolidation()).toBeNull();
    expect(d.syncCount()).toBe(1);
  });

  it.each([3, 300])('keeps to 3 syncs with %i agencies, first merge and re-merge', async (n) => {
    const roster = madeUpRoster(n);
    const subs = roster.map((a, i) => formSubmission(a, seededScores(subsOf(a.group), i), roster));
    const d = setup();
    const first = await merge(d, subs, { roster });
    expect(ok(first.result).run.tables.reduce((k, t) => k + t.rows.length, 0)).toBe(n);
    expect(first.syncs).toBeLessThanOrEqual(3);
    const again = await merge(d, [], { roster, now: LATER });
    ok(again.result);
    expect(again.syncs).toBeLessThanOrEqual(3);
    for (const s of d.stats.syncs) expect(s.payloadChars).toBeLessThan(d.settings.maxPayloadChars);
    expect(await findConsolidation()).toMatchObject({ agencies: n });
  });
});

describe('the roster stored with the tables', () => {
  const origin = { kind: 'file', fileName: 'don-vi.csv' } as const;
  const own: Agency[] = [
    { code: 'SO-TU-PHAP', name: 'Sở Tư pháp', group: 'so', aliases: ['STP', 'Sở Tư Pháp tỉnh Thanh Hoá'] },
    ...madeUpRoster(400),
  ];

  it('is written by the merge (≤ 3 syncs) and given by findConsolidation in one sync', async () => {
    const d = setup();
    const subs = own.slice(0, 5).map((a, i) => formSubmission(a, seededScores(subsOf(a.group), i), own));
    d.resetStats();
    const first = await mergeIntoWorkbook({
      submissions: subs,
      template,
      regime,
      roster: own,
      rosterOrigin: origin,
      now: NOW,
    });
    expect(ok(first).run.roster).toEqual({ origin, agencies: own });
    expect(d.syncCount()).toBeLessThanOrEqual(3);
    d.resetStats();
    expect(await findConsolidation()).toEqual({
      year: 2026,
      templateId: template.id,
      templateVersion: template.version,
      agencies: 5,
      roster: { origin, agencies: own },
    });
    expect(d.syncCount()).toBe(1);
  });

  it('is replaced by another roster on the next re-sort, which logs the change (≤ 3 syncs)', async () => {
    const d = setup();
    const subs = own.slice(0, 5).map((a, i) => formSubmission(a, seededScores(subsOf(a.group), i), own));
    ok(
      await mergeIntoWorkbook({
        submissions: subs,
        template,
        regime,
        roster: own,
        rosterOrigin: origin,
        now: NOW,
      }),
    );
    const fewer = own.slice(0, 200);
    d.resetStats();
    const resort = ok(
      await mergeIntoWorkbook({
        submissions: [],
        template,
        regime,
        roster: fewer,
        rosterOrigin: { kind: 'file', fileName: 'don-vi-2.csv' },
        now: LATER,
      }),
    );
    expect(d.syncCount()).toBeLessThanOrEqual(3);
    expect(resort.run.rosterChange?.removed).toHaveLength(201);
    const kinds = Array.from({ length: 20 }, (_, i) => d.value(AUDIT_SHEET, cellAddress(i + 1, 2)));
    expect(kinds).toContain('Đổi danh sách đơn vị');
    expect(await findConsolidation()).toMatchObject({
      roster: { origin: { kind: 'file', fileName: 'don-vi-2.csv' }, agencies: fewer },
    });
  });
});

describe('safe re-merge', () => {
  const so = sampleRoster.filter((a) => a.group === 'so').slice(0, 4);
  let files: Submission[] = [];
  beforeAll(async () => {
    files = [];
    for (const [i, agency] of so.entries())
      files.push(
        await fileSubmission({
          agency,
          scores: seededScores(subsOf('so'), i + 20),
          receivedAt: '2026-11-15T03:00:00Z',
        }),
      );
  });

  /** The agency ranked first in Bảng 1 loses points on one sub-criterion, typed by an appraiser. */
  async function appraiseTop(d: ExcelDouble) {
    const before = sheetTable(d, 'Bảng 1', criteriaOf('so'));
    const top = before[0];
    if (!top) throw new Error('empty table');
    const code = String(top.code);
    const sub = subsOf('so').find(
      (s) => Number(d.value(DATA_SHEET, cellAddress(dataRow(d, code, s.code), DATA_COLUMNS.self))) >= 3,
    );
    if (!sub) throw new Error('no sub-criterion to appraise');
    const row = dataRow(d, code, sub.code);
    const self = Number(d.value(DATA_SHEET, cellAddress(row, DATA_COLUMNS.self)));
    expect(d.user.type(DATA_SHEET, cellAddress(row, DATA_COLUMNS.appraised), '0').accepted).toBe(true);
    expect(
      d.user.type(DATA_SHEET, cellAddress(row, DATA_COLUMNS.reason), 'Không có minh chứng').accepted,
    ).toBe(true);
    return { code, sub: sub.code, row, self, before };
  }

  it('keeps an appraiser’s score and reason, logs old → new, re-ranks; the same files again change nothing', async () => {
    const d = setup();
    ok((await merge(d, files)).result);
    const edit = await appraiseTop(d);
    // The sheet recomputes at once: the agency's total falls by its self-score on that row.
    const live = sheetTable(d, 'Bảng 1', criteriaOf('so')).find((r) => r.code === edit.code);
    expect(Math.round(Number(live?.total) * 100)).toBe(
      Math.round((Number(edit.before[0]?.total) - edit.self) * 100),
    );

    const again = await merge(d, files, { now: LATER });
    expect(again.syncs).toBeLessThanOrEqual(3);
    const run = ok(again.result).run;
    expect(run.merge.files.every((f) => f.action === 'unchanged')).toBe(true);
    const row = dataRow(d, edit.code, edit.sub);
    expect(d.value(DATA_SHEET, cellAddress(row, DATA_COLUMNS.appraised))).toBe(0);
    expect(d.value(DATA_SHEET, cellAddress(row, DATA_COLUMNS.reason))).toBe('Không có minh chứng');
    // The audit sheet records the change with its old (blank) and new value.
    const audit = d.model.hf.getSheetValues(d.sheet(AUDIT_SHEET).hfId) as unknown[][];
    const logged = audit.find(
      (r) => r.includes('Đổi điểm thẩm định') && r.includes(edit.code) && r.includes(edit.sub),
    );
    expect(logged).toBeDefined();
    expect(logged?.[5]).toBe(0);
    expect(String(logged?.[7])).toContain('(trống) → 0');
    // Re-sorted: the appraised agency is no longer first, and the sheet's ranks agree with its totals.
    const after = sheetTable(d, 'Bảng 1', criteriaOf('so'));
    const totals = after.map((r) => Math.round(Number(r.total) * 100));
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(after.map((r) => r.rank)).toEqual(competitionRanks(totals));
    expect(after.find((r) => r.code === edit.code)?.rank).toBeGreaterThan(1);

    const settled = snapshot(d);
    const third = await merge(d, files, { now: LATEST });
    ok(third.result);
    expect(snapshot(d)).toEqual(settled);
    // "Cập nhật xếp hạng" (no files) on a settled workbook changes nothing either.
    ok((await merge(d, [], { now: LATEST })).result);
    expect(snapshot(d)).toEqual(settled);
  });

  it('takes an agency’s newer file for its self-scores, keeps the appraised score and reports the conflict', async () => {
    const d = setup();
    ok((await merge(d, files)).result);
    const edit = await appraiseTop(d);
    const agency = so.find((a) => a.code === edit.code) as Agency;
    const newer = seededScores(subsOf('so'), 77);
    newer[edit.sub] = edit.self - 1;
    const file = await fileSubmission({
      agency,
      scores: newer,
      receivedAt: '2026-11-18T03:00:00Z',
      fileName: `${agency.code.toLowerCase()}-bo-sung.xlsx`,
    });
    const r = ok((await merge(d, [file], { now: LATER })).result);
    const row = dataRow(d, edit.code, edit.sub);
    expect(d.value(DATA_SHEET, cellAddress(row, DATA_COLUMNS.self))).toBe(edit.self - 1);
    expect(d.value(DATA_SHEET, cellAddress(row, DATA_COLUMNS.appraised))).toBe(0);
    expect(d.value(DATA_SHEET, cellAddress(row, DATA_COLUMNS.reason))).toBe('Không có minh chứng');
    expect(r.run.merge.conflicts).toEqual([
      expect.objectContaining({ agencyCode: edit.code, subCode: edit.sub, appraised: 0 }),
    ]);
    const other = subsOf('so').find((s) => s.code !== edit.sub);
    if (other)
      expect(d.value(DATA_SHEET, cellAddress(dataRow(d, edit.code, other.code), DATA_COLUMNS.self))).toBe(
        newer[other.code],
      );
    const audit = d.model.hf.getSheetValues(d.sheet(AUDIT_SHEET).hfId) as unknown[][];
    expect(audit.some((x) => x.includes('Xung đột') && x.includes(edit.code))).toBe(true);
    const register = d.model.hf.getSheetValues(d.sheet(REGISTER_SHEET).hfId) as unknown[][];
    expect(
      register.some((x) => x.includes(`${agency.code.toLowerCase()}.xlsx`) && x.includes('Đã được thay thế')),
    ).toBe(true);
  });
});

describe('refusals leave the workbook as it was', () => {
  async function consolidated(): Promise<ExcelDouble> {
    const d = setup();
    const subs = sampleRoster
      .slice(0, 3)
      .map((a, i) => formSubmission(a, seededScores(subsOf(a.group), i), sampleRoster));
    ok((await merge(d, subs)).result);
    return d;
  }

  async function expectRefused(d: ExcelDouble, pattern: RegExp, opts: Parameters<typeof merge>[2] = {}) {
    const before = snapshot(d);
    const { result, syncs } = await merge(
      d,
      [
        formSubmission(
          sampleRoster[5] as Agency,
          seededScores(subsOf((sampleRoster[5] as Agency).group), 5),
          sampleRoster,
        ),
      ],
      opts,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(pattern);
    expect(syncs).toBe(1);
    expect(snapshot(d)).toEqual(before);
  }

  it('refuses a consolidation whose data header was edited, naming the sheet and cell', async () => {
    const d = await consolidated();
    await d.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(DATA_SHEET).protection.unprotect();
      await context.sync();
    });
    const header = cellAddress(4, DATA_COLUMNS.sub);
    expect(d.user.type(DATA_SHEET, header, 'Mã TC').accepted).toBe(true);
    await expectRefused(d, new RegExp(`“${DATA_SHEET}”, ô ${header}`));
  });

  it('refuses tables whose metadata sheet and properties were removed', async () => {
    const d = await consolidated();
    await d.Excel.run(async (context) => {
      const meta = context.workbook.worksheets.getItem(META_SHEET);
      meta.visibility = 'Hidden';
      meta.delete();
      context.workbook.properties.custom.deleteAll();
      await context.sync();
    });
    await expectRefused(d, /không phải bảng tổng hợp do công cụ/);
  });

  it('refuses to merge 2026 files into a 2025 consolidation', async () => {
    const d = setup();
    const t2025 = builtInTemplate(2025, 1, regime);
    const agency = sampleRoster[0] as Agency;
    const old = await fileSubmission({
      agency,
      scores: seededScores(subsOf(agency.group, t2025), 1),
      receivedAt: '2025-11-15T03:00:00Z',
      template: t2025,
    });
    ok((await merge(d, [old], { template: t2025, now: '2025-11-25T02:00:00Z' })).result);
    await expectRefused(d, /năm 2025.*không phải năm 2026/);
  });

  it('refuses a workbook whose structure is protected', async () => {
    const d = await consolidated();
    await d.Excel.run(async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    await expectRefused(d, /bảo vệ cấu trúc/);
  });
});

describe('sheets that are not the consolidation’s', () => {
  it('never overwrites the user’s own “Bảng 1”', async () => {
    const d = setup(['Bảng 1']);
    d.user.type('Bảng 1', 'A1', 'Bảng tự lập của tôi');
    const before = snapshot(d);
    const { result } = await merge(d, roster47.slice(0, 3));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/“Bảng 1” không phải do công cụ/);
    expect(snapshot(d)).toEqual(before);
  });

  it('keeps the user’s sheets and a copied form sheet untouched through merges and re-merges', async () => {
    const d = setup(['Sheet1', 'Phiếu']);
    d.user.paste('Sheet1', 'A1', [['Ghi chú của tổ thẩm định', 42]]);
    d.user.paste('Phiếu', 'D12', [[7.5]]);
    ok((await merge(d, roster47.slice(0, 5))).result);
    ok((await merge(d, roster47.slice(5, 8), { now: LATER })).result);
    expect(d.value('Sheet1', 'A1')).toBe('Ghi chú của tổ thẩm định');
    expect(d.value('Sheet1', 'B1')).toBe(42);
    expect(d.value('Phiếu', 'D12')).toBe(7.5);
    expect(d.sheetNames().slice(0, 2)).toEqual(['Sheet1', 'Phiếu']);
    expect(d.sheetNames().filter((s) => s.includes('(cũ'))).toEqual([]);
    expect(await findConsolidation()).toMatchObject({ agencies: 8 });
  });

  it('does not write into a workbook that holds a survey form (they share the hidden metadata sheet)', async () => {
    const d = setup();
    const { spec } = buildSurveyWorkbook({
      regime,
      template,
      groupId: 'so',
      agency: sampleRoster[0] as Agency,
    });
    await insertSurvey(spec, 'create');
    d.user.paste('Phiếu', 'A1', [['x']]);
    const before = snapshot(d);
    const { result } = await merge(d, roster47.slice(0, 3));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/phiếu thu thập số liệu.*sổ tính mới/);
    expect(snapshot(d)).toEqual(before);
    expect(await findConsolidation()).toBeNull();
  });

  it('is not taken for a survey, and inserting a survey into it is refused with nothing written', async () => {
    const d = setup();
    ok((await merge(d, roster47.slice(0, 3))).result);
    await expect(findSurvey()).resolves.toBeNull();
    const before = snapshot(d);
    const { spec } = buildSurveyWorkbook({
      regime,
      template,
      groupId: 'so',
      agency: sampleRoster[0] as Agency,
    });
    for (const mode of ['create', 'replace'] as const) {
      await expect(insertSurvey(spec, mode)).rejects.toThrow(/bảng tổng hợp.*sổ tính mới/);
    }
    expect(snapshot(d)).toEqual(before);
    expect(await findConsolidation()).toMatchObject({ agencies: 3 });
  });
});
