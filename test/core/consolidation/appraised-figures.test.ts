/**
 * Format 2 on the consolidation: the data sheet holds each agency's figures with an appraised figure and a
 * reason beside each; the points of the sub-criteria computed from a figure, the totals and Bảng 1/2 follow
 * an appraised figure in the sheet (HyperFormula here) exactly as the core computes them, and a re-merge
 * keeps every appraised figure and reason.
 */
import fc from 'fast-check';
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import { unexplainedAppraisals } from '../../../src/core/consolidation/appraisal-checks';
import { consolidate } from '../../../src/core/consolidation/consolidate';
import { effectivePointsOf } from '../../../src/core/consolidation/effective';
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { readConsolidationState } from '../../../src/core/consolidation/read-state';
import {
  DATA_COLUMNS,
  DATA_SHEET,
  HEADER_ROW,
  TABLE_FIRST_ROW,
} from '../../../src/core/consolidation/sheets/layout';
import { tableColumns } from '../../../src/core/consolidation/sheets/ranking-sheet';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState, type ConsolidationState } from '../../../src/core/consolidation/state';
import type { Submission } from '../../../src/core/consolidation/submission';
import { nonPortableFunctions } from '../../../src/core/sheet/portable-functions';
import { figureName } from '../../../src/core/sheet/names';
import type { Agency } from '../../../src/core/roster/types';
import { FORMAT2_VALID_FIGURES, format2Template } from '../../support/format2-template';
import { evaluateSpec } from '../../support/consolidation/evaluate';
import { agencyOf, ctx, filledForm, regime, roster, subsOf, YEAR } from '../../support/consolidation/forms';
import { fileInfo, returnedFromSpec, setNamed } from '../../support/consolidation/returned';
import { propertyRuns } from '../../support/property-runs';

const template = format2Template();
const NOW = '2026-11-25T02:00:00Z';
const LATER = '2026-11-27T02:00:00Z';
const good = FORMAT2_VALID_FIGURES;
type Figures = Record<string, unknown>;

function returned(agency: Agency, figures: Figures, fileName: string, receivedAt = '2026-11-15T03:00:00Z') {
  const wb = filledForm({ agency, template, fileName });
  for (const [key, value] of Object.entries(figures)) setNamed(wb, figureName(key), value as never);
  return checkSubmission(
    fileInfo(fileName, receivedAt, `${fileName}-${JSON.stringify(figures)}`.padEnd(64, '0').slice(0, 64)),
    wb,
    ctx({ templates: [template] }),
  );
}

const start = () => emptyState(YEAR, template.regimeId, template.id, template.version);
const merge = (prev: ConsolidationState, subs: Submission[], now = NOW) =>
  mergeSubmissions(prev, subs, template, now).state;

function throughWorkbook(state: ConsolidationState): ConsolidationState {
  const { spec } = buildConsolidationWorkbook(state, template, regime, roster);
  const read = readConsolidationState(returnedFromSpec(spec, 'xep-hang.xlsx'), regime);
  if (!read.ok) throw new Error(read.message);
  return read.state;
}

function appraiseFigure(
  state: ConsolidationState,
  code: string,
  key: string,
  appraised: unknown,
  reason = '',
) {
  return {
    ...state,
    figures: (state.figures ?? []).map((f) =>
      f.agencyCode === code && f.key === key ? { ...f, appraised: appraised as never, reason } : f,
    ),
  };
}

/** Every number of Bảng 1/2 and every effective score of the data sheet, as the sheet computes them, equal the core's. */
function expectSheetAgrees(state: ConsolidationState): void {
  const { spec, tables } = buildConsolidationWorkbook(state, template, regime, roster);
  const { value } = evaluateSpec(spec);
  for (const table of tables) {
    const cols = tableColumns(table.criteria.length);
    table.rows.forEach((r, i) => {
      const row = TABLE_FIRST_ROW + i;
      r.criteriaHundredths.forEach((h, k) =>
        expect(value(`Bảng ${table.tableNumber}`, row, cols.firstCriterion + k)).toBe(h / 100),
      );
      expect(value(`Bảng ${table.tableNumber}`, row, cols.total)).toBe(r.totalHundredths / 100);
      expect(value(`Bảng ${table.tableNumber}`, row, cols.rating)).toBe(r.rating);
      expect(value(`Bảng ${table.tableNumber}`, row, cols.rank)).toBe(r.rank);
    });
  }
  const points = effectivePointsOf(state, template.groups);
  const groupOf = new Map(state.sources.map((s) => [s.agencyCode, s.groupId]));
  for (let row = HEADER_ROW + 1; value(DATA_SHEET, row, DATA_COLUMNS.code) !== null; row++) {
    const code = String(value(DATA_SHEET, row, DATA_COLUMNS.code));
    const subCode = String(value(DATA_SHEET, row, DATA_COLUMNS.sub));
    const sub = subsOf(groupOf.get(code) ?? '', template).find((s) => s.code === subCode);
    if (!sub) continue; // a figure's row
    const eff = value(DATA_SHEET, row, DATA_COLUMNS.effective) as number;
    expect([code, subCode, Math.round(eff * 100)]).toEqual([
      code,
      subCode,
      points(code, groupOf.get(code) ?? '', sub),
    ]);
  }
}

const so = agencyOf('so', 0);
const so2 = agencyOf('so', 1);
const huyen = agencyOf('huyen', 0);

describe('appraised figures on the consolidation', () => {
  const merged = () => merge(start(), [returned(so, good, 'so.xlsx'), returned(huyen, {}, 'huyen.xlsx')]);

  it('lists every figure of a format-2 agency on the data sheet, named SL_<key>, before its sub-criteria', () => {
    const { spec } = buildConsolidationWorkbook(merged(), template, regime, roster);
    const data = spec.sheets.find((s) => s.name === DATA_SHEET);
    const subsColumn = (data?.cells ?? [])
      .filter((c) => c.col === DATA_COLUMNS.sub && c.row > HEADER_ROW)
      .map((c) => String(c.value));
    const mine = subsColumn.slice(0, 9 + subsOf('so', template).length);
    expect(mine.slice(0, 9)).toEqual(Object.keys(good).map(figureName));
    expect(mine[9]).toBe('1.1');
    const self = data?.cells.find((c) => c.col === DATA_COLUMNS.self && c.row === HEADER_ROW + 3);
    expect(self?.value).toBe(120);
  });

  it('an appraiser corrects “số máy tính” from 120 to 95: 1.2 and the totals follow, in the sheet and in the core', () => {
    const before = merged();
    const after = appraiseFigure(before, so.code, 'so_may_tinh', 95, 'Kiểm tra thực tế');
    const table = (s: ConsolidationState) =>
      consolidate({ previous: s, submissions: [], template, regime, roster, now: LATER }).tables;
    const row = (s: ConsolidationState) => table(s)[0]?.rows.find((r) => r.code === so.code);
    // 90/120 × 1,5 = 1,125 → 1,13; 90/95 × 1,5 = 1,421… → 1,42.
    expect((row(after)?.criteriaHundredths[0] ?? 0) - (row(before)?.criteriaHundredths[0] ?? 0)).toBe(
      142 - 113,
    );
    expectSheetAgrees(after);
  });

  it('an appraised score still wins over the points computed from figures', () => {
    const s = merged();
    const rows = s.rows.map((r) =>
      r.agencyCode === so.code && r.subCode === '1.2' ? { ...r, appraised: 0.2 } : r,
    );
    const state = appraiseFigure({ ...s, rows }, so.code, 'so_may_tinh', 95, 'x');
    const points = effectivePointsOf(state, template.groups);
    expect(points(so.code, 'so', subsOf('so', template)[1] as never)).toBe(20);
    expectSheetAgrees(state);
  });

  it('a re-merge keeps every appraised figure and reason; a newer figure under one is a conflict', () => {
    const appraised = throughWorkbook(
      appraiseFigure(merged(), so.code, 'so_may_tinh', 95, 'Kiểm tra thực tế'),
    );
    const f = appraised.figures?.find((x) => x.agencyCode === so.code && x.key === 'so_may_tinh');
    expect(f).toEqual({
      agencyCode: so.code,
      key: 'so_may_tinh',
      value: 120,
      appraised: 95,
      reason: 'Kiểm tra thực tế',
    });
    const newer = returned(
      so,
      { ...good, so_may_tinh: 110, so_cbcc: 41 },
      'so-moi.xlsx',
      '2026-11-16T03:00:00Z',
    );
    const result = mergeSubmissions(appraised, [newer], template, LATER);
    const figures = result.state.figures ?? [];
    expect(figures.find((x) => x.agencyCode === so.code && x.key === 'so_may_tinh')).toEqual({
      agencyCode: so.code,
      key: 'so_may_tinh',
      value: 110,
      appraised: 95,
      reason: 'Kiểm tra thực tế',
    });
    expect(figures.find((x) => x.agencyCode === so.code && x.key === 'so_cbcc')?.value).toBe(41);
    expect(result.conflicts.map((c) => c.subCode)).toEqual(['SL_so_may_tinh']);
    expect(throughWorkbook(result.state)).toEqual(result.state);
    // The edit was logged once, old → new, by the merge that found it.
    const logged = result.added.filter((e) => e.kind === 'appraisal-changed');
    expect(logged.map((e) => [e.subCode, e.oldValue, e.newValue])).toEqual([['SL_so_may_tinh', null, 95]]);
  });

  it('a newer file counts its changed figures among the changed rows it logs', () => {
    const first = mergeSubmissions(start(), [returned(so, good, 'so.xlsx')], template, NOW);
    const newer = returned(so, { ...good, so_cuoc_hop: 3 }, 'so-moi.xlsx', '2026-11-16T03:00:00Z');
    const result = mergeSubmissions(first.state, [newer], template, LATER);
    const changes = result.added.filter((e) => e.kind === 'self-changed');
    // The figure itself, and each sub-criterion whose points it changes.
    expect(changes.map((e) => e.subCode)).toContain('SL_so_cuoc_hop');
    expect(result.added.find((e) => e.kind === 'file-applied')?.note).toBe(
      `Thay tệp “so.xlsx” bằng tệp mới; ${changes.length} dòng thay đổi.`,
    );
  });

  it('the current file given again restores a deleted figure row, and only that', () => {
    const file = returned(so, good, 'so.xlsx');
    const first = mergeSubmissions(start(), [file], template, NOW);
    expect(mergeSubmissions(first.state, [file], template, LATER).files).toEqual([
      expect.objectContaining({ action: 'unchanged' }),
    ]);
    const deleted = {
      ...first.state,
      figures: (first.state.figures ?? []).filter((f) => !(f.agencyCode === so.code && f.key === 'so_cbcc')),
    };
    const again = mergeSubmissions(deleted, [file], template, LATER);
    expect(again.files).toEqual([
      expect.objectContaining({ action: 'applied', note: 'Khôi phục 1 dòng đã bị xóa khỏi trang dữ liệu.' }),
    ]);
    expect(again.state.figures).toEqual(first.state.figures);
    expect(again.added.filter((e) => e.kind === 'self-changed').map((e) => [e.subCode, e.note])).toEqual([
      ['SL_so_cbcc', 'Khôi phục dòng số liệu đã bị xóa khỏi trang dữ liệu.'],
    ]);
  });

  it('words an appraised figure without a reason as typed: every decimal after a comma, no thousands dot', () => {
    const state = appraiseFigure(
      appraiseFigure(merged(), so.code, 'so_may_tinh', 12500, ''),
      so.code,
      'so_cbcc',
      0.123456,
      '',
    );
    expect(unexplainedAppraisals(state).map((u) => /thẩm định (\S+) nhưng/.exec(u.text)?.[1])).toEqual([
      '0,123456',
      '12500',
    ]);
    // A text typed as the appraised figure is quoted as typed.
    const typed = appraiseFigure(merged(), so.code, 'so_may_tinh', 'khoảng 40', '');
    expect(unexplainedAppraisals(typed).map((u) => u.text)).toEqual([
      'số liệu SL_so_may_tinh có số liệu thẩm định “khoảng 40” nhưng chưa ghi lý do (cột “Lý do điều chỉnh”, trang “Dữ liệu”).',
    ]);
  });

  it('an appraised figure without a reason is listed in the run, the JSON report and the register', () => {
    const state = appraiseFigure(
      appraiseFigure(merged(), so.code, 'so_may_tinh', 95, '  '),
      so.code,
      'so_cbcc',
      41,
      'Theo danh sách lương',
    );
    const run = consolidate({ previous: state, submissions: [], template, regime, roster, now: LATER });
    expect(run.unexplained.map((u) => [u.agencyCode, u.subCode])).toEqual([[so.code, 'SL_so_may_tinh']]);
    expect(run.unexplained[0]?.text).toBe(
      'số liệu SL_so_may_tinh có số liệu thẩm định 95 nhưng chưa ghi lý do (cột “Lý do điều chỉnh”, trang “Dữ liệu”).',
    );
    expect(run.report.appraisalsWithoutReason.map((u) => u.subCode)).toEqual(['SL_so_may_tinh']);
    const row = run.report.register.find((r) => r.agencyCode === so.code);
    expect(row?.problems.filter((p) => p.includes('chưa ghi lý do'))).toHaveLength(1);
    // The register's note is derived on every write, never read back as the file's own problem.
    const again = consolidate({
      previous: throughWorkbook(state),
      submissions: [],
      template,
      regime,
      roster,
      now: LATER,
    });
    expect(again.report.register.find((r) => r.agencyCode === so.code)?.problems).toEqual(row?.problems);
  });

  it('every formula uses only functions Excel 2010 and LibreOffice share', () => {
    const { spec } = buildConsolidationWorkbook(merged(), template, regime, roster);
    const formulas = spec.sheets.flatMap((s) => s.cells.flatMap((c) => (c.formula ? [c.formula] : [])));
    expect(formulas.flatMap(nonPortableFunctions)).toEqual([]);
  });

  it('whatever figures are reported and appraised, the sheet computes what the core computes', () => {
    const count = fc.oneof(fc.nat({ max: 60 }), fc.constantFrom<unknown>(null, '', 'nhiều', 2.5, -1, '  '));
    const yesno = fc.constantFrom<unknown>('Có', 'Không', 'Một phần', ' có ', 'x', null, 1);
    const percent = fc.oneof(
      fc.integer({ min: 0, max: 10000 }).map((h) => h / 100),
      fc.constantFrom<unknown>(100.5, 50.125, null),
    );
    const choice = fc.constantFrom<unknown>('Toàn trình', 'Một phần', 'Chưa cung cấp', 'khác', null);
    const figuresArb = fc.record({
      so_cbcc: count,
      so_cb_co_may: count,
      so_may_tinh: count,
      so_may_lan: count,
      so_may_khong_lan: count,
      ket_noi_tsl: yesno,
      ty_le_luu_tru: percent,
      so_cuoc_hop: count,
      muc_dich_vu: choice,
    });
    const appraisedArb = fc.array(
      fc.record({
        key: fc.constantFrom(...Object.keys(good)),
        value: fc.oneof(count, yesno, percent, choice),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(figuresArb, figuresArb, appraisedArb, (a, b, marks) => {
        const subs = [returned(so, a, 'a.xlsx'), returned(so2, b, 'b.xlsx')].filter((s) => s.data);
        let state = merge(start(), subs);
        marks.forEach((m, i) => {
          state = appraiseFigure(state, i % 2 === 0 ? so.code : so2.code, m.key, m.value);
        });
        expectSheetAgrees(throughWorkbook(state));
      }),
      { numRuns: propertyRuns(25) },
    );
  });
});
