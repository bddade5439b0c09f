import { buildDocumentModel } from '../../../src/core/documents/model';
import { points2, percent2 } from '../../../src/core/documents/format';
import { divideRounded } from '../../../src/core/numbers/hundredths';
import {
  previousFromReportJson,
  previousFromTables,
  type PreviousResults,
} from '../../../src/core/documents/previous';
import { defaultCommendationRule } from '../../../src/core/documents/settings';
import { rankingTables } from '../../../src/core/consolidation/tables';
import type { ConsolidationState, StateRow } from '../../../src/core/consolidation/state';
import { builtInRegime } from '../../../src/core/regime/load';
import { sampleRoster } from '../../../src/core/roster/roster';
import { builtInTemplate } from '../../../src/core/template/load';
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { emptyState } from '../../../src/core/consolidation/state';
import { figureName } from '../../../src/core/sheet/names';
import { FORMAT2_VALID_FIGURES, format2Template } from '../../support/format2-template';
import { agencyOf, ctx, filledForm } from '../../support/consolidation/forms';
import { fileInfo, setNamed } from '../../support/consolidation/returned';

const regime = builtInRegime;
const template = builtInTemplate(2026, 1, regime);
const so = sampleRoster.filter((a) => a.group === 'so');
const huyen = sampleRoster.filter((a) => a.group === 'huyen');
const subs = (group: string) =>
  (template.groups.find((g) => g.groupId === group)?.criteria ?? []).flatMap((c) => c.subCriteria);
const [A, B, C, D] = [so[0], so[1], so[2], so[3]].map((a) => {
  if (!a) throw new Error('roster');
  return a;
}) as [(typeof so)[0], (typeof so)[0], (typeof so)[0], (typeof so)[0]];
const H = huyen[0] as (typeof so)[0];

/** Rows of one agency: `self` per sub-criterion code (default 0) and optional appraisals. */
function rows(
  code: string,
  group: string,
  self: (sub: { code: string; cap: number }) => number | string | null,
  appraised: Record<string, [number, string]> = {},
): StateRow[] {
  return subs(group).map((s) => ({
    agencyCode: code,
    subCode: s.code,
    self: self({ code: s.code, cap: s.capHundredths / 100 }),
    evidence: '',
    appraised: appraised[s.code]?.[0] ?? null,
    reason: appraised[s.code]?.[1] ?? '',
  }));
}

const source = (code: string, name: string, groupId: string, late: boolean) => ({
  agencyCode: code,
  agencyName: name,
  groupId,
  fileName: `${code}.xlsx`,
  sha256: code,
  receivedAt: '2026-11-15T02:00:00.000Z',
  late,
  problems: [],
});

// A: every sub-criterion at its cap (100). B: only 1.1 self 2 (its cap), appraised down to 1,5. C: only 1.1 self 0,01.
// H (district): 1.1 self 1,25 and text elsewhere, which counts 0.
const state: ConsolidationState = {
  year: 2026,
  regimeId: regime.id,
  templateId: template.id,
  templateVersion: template.version,
  rows: [
    ...rows(A.code, 'so', (s) => s.cap),
    ...rows(B.code, 'so', (s) => (s.code === '1.1' ? 2 : 0), {
      '1.1': [1.5, 'Tỷ lệ máy tính tính lại theo danh sách cán bộ'],
      '1.2': [0, 'Không đổi'],
    }),
    ...rows(C.code, 'so', (s) => (s.code === '1.1' ? 0.01 : 0)),
    ...rows(H.code, 'huyen', (s) => (s.code === '1.1' ? 1.25 : 'có')),
  ],
  sources: [
    source(A.code, A.name, 'so', false),
    source(B.code, B.name, 'so', true),
    source(C.code, C.name, 'so', false),
    source(H.code, H.name, 'huyen', false),
  ],
  files: [
    {
      fileName: 'd.xlsx',
      sha256: 'd',
      receivedAt: '2026-11-15T02:00:00.000Z',
      status: 'rejected',
      agencyCode: D.code,
      problems: ['sai mẫu'],
    },
  ],
  audit: [],
};

const model = buildDocumentModel({
  state,
  template,
  regime,
  roster: sampleRoster,
  previous: null,
  commendation: defaultCommendationRule(regime),
});
const soGroup = model.groups.find((g) => g.groupId === 'so');
if (!soGroup) throw new Error('so');

describe('document model', () => {
  test('counts returns per agency of the roster: on time, late, missing (rejected-only among them)', () => {
    expect(soGroup.returns).toEqual({
      surveyed: so.length,
      onTime: 2,
      late: 1,
      missing: so.length - 3,
      rejectedOnly: 1,
    });
    expect(model.returns).toEqual({
      surveyed: sampleRoster.length,
      onTime: 3,
      late: 1,
      missing: sampleRoster.length - 4,
      rejectedOnly: 1,
    });
  });

  test('ranks on appraised scores and counts agencies per band', () => {
    expect(soGroup.rows.map((r) => [r.code, r.totalHundredths, r.rank])).toEqual([
      [A.code, 10000, 1],
      [B.code, 150, 2],
      [C.code, 1, 3],
    ]);
    expect(soGroup.bandCounts.map((b) => [b.label, b.count])).toEqual([
      ['Tốt', 1],
      ['Khá', 0],
      ['Trung bình', 0],
      ['Yếu', 2],
    ]);
    expect(soGroup.highest.map((r) => r.code)).toEqual([A.code]);
    expect(soGroup.lowest.map((r) => r.code)).toEqual([C.code]);
  });

  test('averages and attainment are exact and rounded half away from zero once', () => {
    // (10000 + 150 + 1) / 3 = 3383.67 hundredths -> 33,84.
    expect(soGroup.averageTotalHundredths).toBe(3384);
    const c1 = soGroup.criteria[0];
    // Criterion 1 (cap 8): 800 + 150 + 1 = 951 hundredths over 3 agencies: 3,17 average; 951 / 2400 = 39,625 % -> 39,63 %.
    expect(c1 && [c1.averageHundredths, c1.attainmentHundredths]).toEqual([317, 3963]);
    expect(c1 && percent2(c1.attainmentHundredths ?? 0)).toBe('39,63 %');
    const c2 = soGroup.criteria[1];
    expect(c2 && [c2.averageHundredths, c2.attainmentHundredths]).toEqual([
      divideRounded(3500, 3),
      divideRounded(3500 * 10000, 3 * 3500),
    ]);
  });

  test('counts only appraisals that changed the counted points, and lists them in the letter with the reason', () => {
    expect(model.appraisal).toEqual({
      changedScores: 1,
      agencies: 1,
      raisedHundredths: 0,
      loweredHundredths: 50,
    });
    const letter = model.letters.find((l) => l.code === B.code);
    expect(letter?.changes).toEqual([
      {
        subCode: '1.1',
        subTitle: subs('so')[0]?.title,
        capHundredths: 200,
        selfHundredths: 200,
        appraisedHundredths: 150,
        reason: 'Tỷ lệ máy tính tính lại theo danh sách cán bộ',
      },
    ]);
  });

  test('sums what appraisal raised and lowered over every agency of every group', () => {
    const capH = subs('huyen')[0]?.capHundredths ?? 0;
    const raised = buildDocumentModel({
      state: {
        ...state,
        rows: state.rows.map((r) =>
          r.agencyCode === H.code && r.subCode === '1.1'
            ? { ...r, appraised: capH / 100, reason: 'Đủ minh chứng' }
            : r,
        ),
      },
      template,
      regime,
      roster: sampleRoster,
      previous: null,
      commendation: defaultCommendationRule(regime),
    });
    // H's 1.1 goes from its self-score 1,25 up to the cap; B's stays lowered by 0,5.
    expect(capH).toBeGreaterThan(125);
    expect(raised.appraisal).toEqual({
      changedScores: 2,
      agencies: 2,
      raisedHundredths: capH - 125,
      loweredHundredths: 50,
    });
  });

  test('a letter shows points per criterion against cap and group average, and the sub-criteria that lost most', () => {
    const letter = model.letters.find((l) => l.code === C.code);
    expect(
      letter?.criteria.map((c) => [
        c.number,
        c.pointsHundredths,
        c.capHundredths,
        c.groupAverageHundredths,
        c.lastYearHundredths,
      ])[0],
    ).toEqual([1, 1, 800, 317, null]);
    // C lost the whole cap everywhere but 1.1: the biggest caps of the template come first, ties by code.
    const expected = subs('so')
      .map((s) => ({ code: s.code, lost: s.code === '1.1' ? s.capHundredths - 1 : s.capHundredths }))
      .sort((a, b) => b.lost - a.lost)
      .slice(0, 3);
    expect(letter?.lostMost.map((l) => [l.code, l.lostHundredths])).toEqual(
      expected.map((e) => [e.code, e.lost]),
    );
    expect(model.letters.find((l) => l.code === A.code)?.lostMost).toEqual([]);
  });

  test('text scores count 0 like the sheet', () => {
    const h = model.groups.find((g) => g.groupId === 'huyen');
    expect(h?.rows.map((r) => r.totalHundredths)).toEqual([125]);
  });

  test('commendation by default: every agency of the top band, in rank order, stated in words', () => {
    expect(model.commendation.entries.map((e) => e.row.code)).toEqual([A.code]);
    expect(model.commendation.ruleText).toBe('các cơ quan, đơn vị xếp loại Tốt, theo thứ tự xếp hạng');
    const wider = buildDocumentModel({
      state,
      template,
      regime,
      roster: sampleRoster,
      previous: null,
      commendation: { bandIds: ['tot', 'yeu'], maxPerGroup: 2 },
    });
    expect(wider.commendation.entries.map((e) => e.row.code)).toEqual([A.code, B.code, H.code]);
    expect(wider.commendation.ruleText).toBe(
      'các cơ quan, đơn vị xếp loại Tốt, Yếu, theo thứ tự xếp hạng, tối đa 2 đơn vị mỗi bảng',
    );
  });

  test('year over year: change of total and rank, “mới” for an agency without a result last year', () => {
    // Last year: C first (93), A second (90), B absent; H ranked in the same group.
    const lastState: ConsolidationState = {
      ...state,
      year: 2025,
      rows: [
        ...rows(C.code, 'so', (s) => (s.code.startsWith('5.') ? 0 : s.cap)),
        ...rows(A.code, 'so', (s) => (s.code.startsWith('6.') ? 0 : s.cap)),
        ...rows(H.code, 'huyen', () => 0),
      ],
      sources: [
        source(C.code, C.name, 'so', false),
        source(A.code, A.name, 'so', false),
        source(H.code, H.name, 'huyen', false),
      ],
    };
    const previous = previousFromTables(2025, rankingTables(lastState, template, regime));
    const yoy = buildDocumentModel({
      state,
      template,
      regime,
      roster: sampleRoster,
      previous,
      commendation: defaultCommendationRule(regime),
    });
    const g = yoy.groups.find((x) => x.groupId === 'so');
    expect(g?.rows.map((r) => [r.code, r.rankChange, r.totalChangeHundredths])).toEqual([
      [A.code, '↑1', 1000],
      [B.code, 'mới', null],
      [C.code, '↓2', 1 - 9300],
    ]);
    expect(yoy.groups.find((x) => x.groupId === 'huyen')?.rows[0]?.rankChange).toBe('=');
    expect(yoy.letters.find((l) => l.code === A.code)?.criteria.map((c) => c.lastYearHundredths)).toEqual([
      800, 3500, 2500, 1500, 700, 0,
    ]);
    expect(yoy.previousYear).toBe(2025);
    // Without a previous year the column stays empty.
    expect(model.groups[0]?.rows[0]?.rankChange).toBe('');
  });

  test('last year can come from the JSON report of consolidate; a wrong file is refused by name', () => {
    const json = {
      product: 'xep-hang-cntt',
      kind: 'consolidation-report',
      year: 2025,
      tables: [
        {
          group: 'so',
          tableNumber: 1,
          rows: [
            {
              rank: 3,
              code: A.code,
              name: A.name,
              criteria: [8, 35, 25, 15, 7, 0.1],
              total: 90.1,
              rating: 'Tốt',
            },
          ],
        },
      ],
    };
    const read = previousFromReportJson(json, 'bao-cao-2025.json');
    expect(read.ok && read.previous.agencies.get(A.code)).toEqual({
      groupId: 'so',
      rank: 3,
      totalHundredths: 9010,
      criteriaHundredths: [800, 3500, 2500, 1500, 700, 10],
    });
    const bad = previousFromReportJson({ tables: [] }, 'x.json');
    expect(bad).toEqual({
      ok: false,
      message: 'Tệp năm trước “x.json”: không phải báo cáo JSON của lệnh consolidate.',
    });
  });
});

describe('document model: edges a reader of the documents would see', () => {
  const build = (
    over: Partial<ConsolidationState>,
    roster = sampleRoster,
    previous: PreviousResults | null = null,
  ) =>
    buildDocumentModel({
      state: { ...state, ...over },
      template,
      regime,
      roster,
      previous,
      commendation: defaultCommendationRule(regime),
    });
  const file = (agencyCode: string | null, status: 'rejected' | 'duplicate' | 'replaced') => ({
    fileName: `${agencyCode ?? 'khong-ro'}-${status}.xlsx`,
    sha256: `${agencyCode ?? ''}${status}`,
    receivedAt: '2026-11-15T02:00:00.000Z',
    status,
    agencyCode,
    problems: [],
  });

  test('only rejected files make a missing agency “rejected only”; a duplicate, a replaced or an unidentified file does not', () => {
    const m = build({ files: [file(D.code, 'duplicate'), file(C.code, 'replaced'), file(null, 'rejected')] });
    // C still has its current source: a replaced file of it changes nothing either.
    expect(m.groups.find((g) => g.groupId === 'so')?.returns).toEqual({
      surveyed: so.length,
      onTime: 2,
      late: 1,
      missing: so.length - 3,
      rejectedOnly: 0,
    });
  });

  test('an agency that returned a form but is not in the roster is still counted as surveyed', () => {
    const m = build(
      {},
      sampleRoster.filter((a) => a.code !== A.code),
    );
    expect(m.groups.find((g) => g.groupId === 'so')?.returns).toEqual({
      surveyed: so.length,
      onTime: 2,
      late: 1,
      missing: so.length - 3,
      rejectedOnly: 1,
    });
  });

  test('each group carries the regime’s name for it', () => {
    expect(model.groups.map((g) => [g.groupId, g.groupName, g.tableNumber])).toEqual(
      regime.groups.map((g) => [g.id, g.name, g.tableNumber]),
    );
  });

  test('a group where nobody is ranked has no average, highest or lowest, and no letter', () => {
    const m = build({
      rows: state.rows.filter((r) => r.agencyCode !== H.code),
      sources: state.sources.filter((s) => s.agencyCode !== H.code),
    });
    const h = m.groups.find((g) => g.groupId === 'huyen');
    expect(h && [h.rows, h.averageTotalHundredths, h.highest, h.lowest]).toEqual([[], null, [], []]);
    expect(h?.criteria.map((c) => c.averageHundredths)).toEqual(h?.criteria.map(() => null));
    expect(m.letters.map((l) => l.code)).toEqual([A.code, B.code, C.code]);
  });

  test('what a sub-criterion lost is its cap minus the points it kept', () => {
    // A keeps every cap but 2.1 (cap 8), where it has 2,5: 5,5 lost, the most of all.
    const m = build({
      rows: state.rows.map((r) => (r.agencyCode === A.code && r.subCode === '2.1' ? { ...r, self: 2.5 } : r)),
    });
    expect(m.letters.find((l) => l.code === A.code)?.lostMost).toEqual([
      {
        code: '2.1',
        title: subs('so').find((x) => x.code === '2.1')?.title,
        capHundredths: 800,
        pointsHundredths: 250,
        lostHundredths: 550,
      },
    ]);
  });

  test('a letter is read against its own group’s sub-criteria and caps', () => {
    // H (district) has points only in 1.1; what it lost most follows the district's caps (2.1 is 6 there, 8 for a sở).
    const expected = subs('huyen')
      .map((x) => ({ code: x.code, lost: x.code === '1.1' ? x.capHundredths - 125 : x.capHundredths }))
      .sort((a, b) => b.lost - a.lost)
      .slice(0, 3);
    const letter = model.letters.find((l) => l.code === H.code);
    expect(letter?.lostMost.map((l) => [l.code, l.lostHundredths])).toEqual(
      expected.map((e) => [e.code, e.lost]),
    );
    expect(letter?.criteria).toHaveLength(7);
  });

  test('last year’s result in another group is no comparison: no previous rank, total change or criteria', () => {
    const previous: PreviousResults = {
      year: 2025,
      agencies: new Map([
        // A was ranked with the districts; six criteria, as a sở has, so only the group tells them apart.
        [
          A.code,
          {
            groupId: 'huyen',
            rank: 1,
            totalHundredths: 9000,
            criteriaHundredths: [800, 3500, 2500, 1500, 700, 0],
          },
        ],
        // B in the same group, but last year's template had seven criteria: its criteria are not comparable.
        [
          B.code,
          {
            groupId: 'so',
            rank: 1,
            totalHundredths: 5000,
            criteriaHundredths: [100, 200, 300, 400, 500, 600, 700],
          },
        ],
        [
          C.code,
          { groupId: 'so', rank: 2, totalHundredths: 1000, criteriaHundredths: [100, 200, 300, 400, 0, 0] },
        ],
      ]),
    };
    const m = build({}, sampleRoster, previous);
    expect(
      m.groups
        .find((g) => g.groupId === 'so')
        ?.rows.map((r) => [
          r.code,
          r.previousRank,
          r.previousTotalHundredths,
          r.rankChange,
          r.totalChangeHundredths,
        ]),
    ).toEqual([
      [A.code, null, null, 'mới', null],
      [B.code, 1, 5000, '↓1', 150 - 5000],
      [C.code, 2, 1000, '↓1', 1 - 1000],
    ]);
    const lastYear = (code: string) =>
      m.letters.find((l) => l.code === code)?.criteria.map((c) => c.lastYearHundredths);
    expect(lastYear(A.code)).toEqual([null, null, null, null, null, null]);
    expect(lastYear(B.code)).toEqual([null, null, null, null, null, null]);
    expect(lastYear(C.code)).toEqual([100, 200, 300, 400, 0, 0]);
  });
});

describe('document model: a figure the appraisers corrected', () => {
  const f2 = format2Template();
  const agency = agencyOf('so', 0);
  const merged = () => {
    const wb = filledForm({ agency, template: f2, fileName: 'so.xlsx' });
    for (const [key, value] of Object.entries(FORMAT2_VALID_FIGURES))
      setNamed(wb, figureName(key), value as never);
    const sub = checkSubmission(
      fileInfo('so.xlsx', '2026-11-15T03:00:00Z', 'a'.repeat(64)),
      wb,
      ctx({ templates: [f2] }),
    );
    return mergeSubmissions(
      emptyState(2026, f2.regimeId, f2.id, f2.version),
      [sub],
      f2,
      '2026-11-25T02:00:00Z',
    ).state;
  };
  const appraise = (st: ConsolidationState, key: string, appraised: number | string, reason: string) => ({
    ...st,
    figures: (st.figures ?? []).map((f) => (f.key === key ? { ...f, appraised, reason } : f)),
  });
  const modelOf = (st: ConsolidationState) =>
    buildDocumentModel({
      state: st,
      template: f2,
      regime,
      roster: sampleRoster,
      previous: null,
      commendation: defaultCommendationRule(regime),
    });
  const label = (key: string) =>
    f2.groups.find((g) => g.groupId === 'so')?.figures?.find((f) => f.key === key)?.label;

  test('the letter lists the computed score it changed, with the figure and its reason, and the report counts it', () => {
    // “Số máy tính” 120 → 95: 1.2 (computers per staff) goes from 1,13 to 1,42, as the consolidation's sheet shows.
    const m = modelOf(appraise(merged(), 'so_may_tinh', 95, 'Kiểm kê lại'));
    const letter = m.letters.find((l) => l.code === agency.code);
    expect(letter?.criteria[0]?.pointsHundredths).toBe(692);
    expect(letter?.changes).toEqual([
      {
        subCode: '1.2',
        subTitle: subs('so').find((x) => x.code === '1.2')?.title,
        capHundredths: 150,
        selfHundredths: 113,
        appraisedHundredths: 142,
        reason: `Số liệu “${label('so_may_tinh')}” được thẩm định lại: Kiểm kê lại`,
      },
    ]);
    expect(m.appraisal).toEqual({
      changedScores: 1,
      agencies: 1,
      raisedHundredths: 29,
      loweredHundredths: 0,
    });
  });

  test('an appraised figure that leaves the points as they were, or without a reason, is stated as such', () => {
    expect(modelOf(appraise(merged(), 'so_may_tinh', 120, 'Đúng')).letters[0]?.changes).toEqual([]);
    const m = modelOf(appraise(merged(), 'so_may_tinh', 95, ' '));
    expect(m.letters[0]?.changes.map((c) => [c.subCode, c.reason])).toEqual([
      ['1.2', `Số liệu “${label('so_may_tinh')}” được thẩm định lại`],
    ]);
  });

  test('both figures of a ratio appraised: both are named, in the order of the form', () => {
    const st = appraise(appraise(merged(), 'so_may_tinh', 100, 'Kiểm kê lại'), 'so_may_lan', 60, 'Đo lại');
    expect(
      modelOf(st).letters[0]?.changes.map((c) => [
        c.subCode,
        c.selfHundredths,
        c.appraisedHundredths,
        c.reason,
      ]),
    ).toEqual([
      [
        '1.2',
        113,
        90,
        `Số liệu “${label('so_may_tinh')}” được thẩm định lại: Kiểm kê lại; Số liệu “${label('so_may_lan')}” được thẩm định lại: Đo lại`,
      ],
    ]);
  });

  test('each changed score names only the figures it is computed from', () => {
    // “Tổng số cán bộ” 40 → 50 lowers 1.1 (staff with a computer), “Số máy tính” 120 → 95 raises 1.2.
    const st = appraise(
      appraise(merged(), 'so_may_tinh', 95, 'Kiểm kê lại'),
      'so_cbcc',
      50,
      'Tính cả hợp đồng',
    );
    expect(modelOf(st).letters[0]?.changes.map((c) => [c.subCode, c.reason])).toEqual([
      ['1.1', `Số liệu “${label('so_cbcc')}” được thẩm định lại: Tính cả hợp đồng`],
      ['1.2', `Số liệu “${label('so_may_tinh')}” được thẩm định lại: Kiểm kê lại`],
    ]);
  });

  test('every corrected figure of an agency counts, whichever comes first in the stored list', () => {
    // Each figure in turn is the only one corrected: its sub-criterion is listed with that figure's name.
    const cases: [string, number | string, string][] = [
      ['ket_noi_tsl', 'Không', '1.3'],
      ['so_cuoc_hop', 0, '1.5'],
      ['so_may_lan', 60, '1.2'],
    ];
    for (const [key, value, subCode] of cases) {
      const changes = modelOf(appraise(merged(), key, value, 'Xác minh lại')).letters[0]?.changes ?? [];
      expect(changes.map((c) => [c.subCode, c.reason])).toEqual([
        [subCode, `Số liệu “${label(key)}” được thẩm định lại: Xác minh lại`],
      ]);
    }
  });

  test('a stored score that differs from what the figures give is no appraisal: nothing is listed', () => {
    // As when the form computed 1.2 under an earlier version of the rule; a text in the appraised cell is no score.
    const st = merged();
    const m = modelOf({
      ...st,
      rows: st.rows.map((r) => (r.subCode === '1.2' ? { ...r, self: 1, appraised: 'xem lại' } : r)),
    });
    expect(m.letters[0]?.criteria[0]?.pointsHundredths).toBe(663);
    expect([m.letters[0]?.changes, m.appraisal.changedScores]).toEqual([[], 0]);
  });

  test('an appraised score overrides the figures: its own reason is given', () => {
    const st = appraise(merged(), 'so_may_tinh', 95, 'Kiểm kê lại');
    const m = modelOf({
      ...st,
      rows: st.rows.map((r) =>
        r.subCode === '1.2' ? { ...r, appraised: 1, reason: 'Máy cũ không tính' } : r,
      ),
    });
    expect(
      m.letters[0]?.changes.map((c) => [c.subCode, c.selfHundredths, c.appraisedHundredths, c.reason]),
    ).toEqual([['1.2', 113, 100, 'Máy cũ không tính']]);
  });
});

describe('document number format', () => {
  test('Vietnamese decimal comma with two decimals, whatever the locale', () => {
    expect([points2(8550), points2(5), points2(0), points2(-105), points2(10000)]).toEqual([
      '85,50',
      '0,05',
      '0,00',
      '-1,05',
      '100,00',
    ]);
    expect([divideRounded(5, 2), divideRounded(-5, 2), divideRounded(4, 3), divideRounded(0, 7)]).toEqual([
      3, -3, 1, 0,
    ]);
  });
});
