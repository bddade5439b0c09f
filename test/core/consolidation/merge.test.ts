import fc from 'fast-check';
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { readConsolidationState } from '../../../src/core/consolidation/read-state';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState, rowKey, type ConsolidationState } from '../../../src/core/consolidation/state';
import type { Submission } from '../../../src/core/consolidation/submission';
import type { Agency } from '../../../src/core/roster/types';
import { agencyOf, regime, roster, subsOf, template, YEAR } from '../../support/consolidation/forms';
import { returnedFromSpec } from '../../support/consolidation/returned';
import { submission } from '../../support/consolidation/submissions';
import { propertyRuns } from '../../support/property-runs';

const start = () => emptyState(YEAR, template.regimeId, template.id, template.version);
const NOW = '2026-11-25T02:00:00Z';
const LATER = '2026-11-26T02:00:00Z';
const LATEST = '2026-11-27T02:00:00Z';
const agencies: Agency[] = [
  agencyOf('so', 0),
  agencyOf('so', 1),
  agencyOf('so', 2),
  agencyOf('huyen', 0),
  agencyOf('huyen', 1),
];

/** A self-score as agencies type it: a number with up to 2 decimals (sometimes over the cap), text, or blank. */
const selfArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 4000 }).map((h) => h / 100) },
  { weight: 1, arbitrary: fc.constantFrom<number | string | null>(null, '7,5', -1) },
);

const fileArb = fc.record({
  agency: fc.constantFrom(...agencies),
  day: fc.integer({ min: 1, max: 25 }),
  seed: fc.integer({ min: 0, max: 1_000_000 }),
  selfs: fc.array(selfArb, { minLength: 40, maxLength: 40 }),
});

function toSubmission(
  f: { agency: Agency; day: number; seed: number; selfs: (number | string | null)[] },
  i: number,
): Submission {
  const selfs: Record<string, number | string | null> = {};
  subsOf(f.agency.group).forEach((s, k) => (selfs[s.code] = f.selfs[k] ?? null));
  const sha = `${f.seed.toString(16)}-${i}`.padEnd(64, 'a');
  return submission(
    f.agency,
    selfs,
    `tep-${i}-${f.seed}.xlsx`,
    `2026-11-${String(f.day).padStart(2, '0')}T01:00:00Z`,
    sha,
  );
}

/** What the appraisers typed into the workbook, applied to the state read back from it. */
function appraise(
  state: ConsolidationState,
  marks: { pick: number; value: number | null; reason: string }[],
): ConsolidationState {
  const rows = state.rows.map((r) => ({ ...r }));
  for (const m of marks) {
    const row = rows[m.pick % Math.max(rows.length, 1)];
    if (row) {
      row.appraised = m.value;
      row.reason = m.reason;
    }
  }
  return { ...state, rows };
}

function throughWorkbook(state: ConsolidationState): ConsolidationState {
  const { spec } = buildConsolidationWorkbook(state, template, regime, roster);
  const read = readConsolidationState(returnedFromSpec(spec, 'xep-hang.xlsx'), regime);
  if (!read.ok) throw new Error(read.message);
  return read.state;
}

const markArb = fc.array(
  fc.record({
    pick: fc.nat(),
    value: fc.option(
      fc.integer({ min: 0, max: 800 }).map((h) => h / 100),
      { nil: null },
    ),
    reason: fc.constantFrom('', 'Thiếu minh chứng', 'Kiểm tra thực tế'),
  }),
  { maxLength: 15 },
);

describe('safe re-merge', () => {
  test('merging the same files again changes nothing, also after a round trip through the workbook', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { minLength: 1, maxLength: 8 }), (files) => {
        const subs = files.map(toSubmission);
        const first = mergeSubmissions(start(), subs, template, NOW);
        const again = mergeSubmissions(throughWorkbook(first.state), subs, template, LATER);
        expect(again.state).toEqual(first.state);
        expect(again.added).toEqual([]);
        expect(again.files.every((f) => f.action === 'unchanged')).toBe(true);
      }),
      { numRuns: propertyRuns(25) },
    );
  });

  test('the workbook gives back exactly the state it was written from', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { minLength: 1, maxLength: 6 }), markArb, (files, marks) => {
        const merged = mergeSubmissions(start(), files.map(toSubmission), template, NOW).state;
        const appraised = appraise(merged, marks);
        expect(throughWorkbook(appraised)).toEqual(appraised);
      }),
      { numRuns: propertyRuns(20) },
    );
  });

  test('newer files replace self-scores but never appraised scores or reasons; conflicts are exactly the changed appraised rows', () => {
    fc.assert(
      fc.property(
        fc.array(fileArb, { minLength: 1, maxLength: 5 }),
        markArb,
        fc.array(selfArb, { minLength: 40, maxLength: 40 }),
        (files, marks, newer) => {
          const subs = files.map(toSubmission);
          const first = mergeSubmissions(start(), subs, template, NOW);
          const appraised = throughWorkbook(appraise(first.state, marks));
          // Every agency that sent something sends a newer file.
          const updates = first.state.sources.map((s, i) => {
            const agency = agencies.find((a) => a.code === s.agencyCode) as Agency;
            return toSubmission({ agency, day: 28, seed: 999_000 + i, selfs: newer }, 100 + i);
          });
          const second = mergeSubmissions(appraised, updates, template, LATER);
          const before = new Map(appraised.rows.map((r) => [rowKey(r.agencyCode, r.subCode), r]));
          const expectedConflicts: string[] = [];
          for (const row of second.state.rows) {
            const old = before.get(rowKey(row.agencyCode, row.subCode));
            if (!old) continue;
            expect(row.appraised).toEqual(old.appraised);
            expect(row.reason).toEqual(old.reason);
            const update = updates.find((u) => u.agencyCode === row.agencyCode);
            expect(row.self).toEqual(update?.data?.entries[row.subCode]?.self ?? null);
            const changed = (old.self ?? '') !== (row.self ?? '');
            if (changed && old.appraised !== null)
              expectedConflicts.push(rowKey(row.agencyCode, row.subCode));
          }
          expect(second.conflicts.map((c) => rowKey(c.agencyCode, c.subCode)).sort()).toEqual(
            expectedConflicts.sort(),
          );
          // Nothing silently dropped: every earlier row and source is still there.
          expect(second.state.rows.length).toBe(appraised.rows.length);
          for (const s of appraised.sources) {
            expect(second.state.files.some((f) => f.sha256 === s.sha256 && f.status === 'replaced')).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: propertyRuns(20) },
    );
  });

  test('appraised-score edits in the workbook are logged once, old → new', () => {
    const a = agencies[0] as Agency;
    const first = mergeSubmissions(
      start(),
      [toSubmission({ agency: a, day: 3, seed: 1, selfs: [] }, 0)],
      template,
      NOW,
    );
    const code = subsOf(a.group)[1]?.code ?? '';
    const edited = throughWorkbook({
      ...first.state,
      rows: first.state.rows.map((r) =>
        r.subCode === code ? { ...r, appraised: 0.5, reason: 'Chưa có quy chế' } : r,
      ),
    });
    const second = mergeSubmissions(edited, [], template, LATER);
    const logged = second.added.filter((e) => e.kind === 'appraisal-changed');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ agencyCode: a.code, subCode: code, oldValue: null, newValue: 0.5 });
    expect(logged[0]?.note).toContain('Chưa có quy chế');
    const third = mergeSubmissions(throughWorkbook(second.state), [], template, '2026-11-27T02:00:00Z');
    expect(third.added).toEqual([]);
    // Changing it again logs 0.5 → 1.
    const again = throughWorkbook({
      ...third.state,
      rows: third.state.rows.map((r) =>
        r.subCode === code && r.agencyCode === a.code ? { ...r, appraised: 1 } : r,
      ),
    });
    const fourth = mergeSubmissions(again, [], template, '2026-11-28T02:00:00Z');
    expect(
      fourth.added.filter((e) => e.kind === 'appraisal-changed').map((e) => [e.oldValue, e.newValue]),
    ).toEqual([[0.5, 1]]);
  });
});

describe('rows deleted from the data sheet', () => {
  test("are reported, and restored when the agency's file is given again, keeping other rows' appraisals", () => {
    const a = agencies[2] as Agency;
    const file = toSubmission(
      { agency: a, day: 3, seed: 7, selfs: Array.from({ length: 40 }, (_, k) => (k % 5) / 2) },
      0,
    );
    const first = mergeSubmissions(start(), [file], template, NOW);
    const [gone, kept] = subsOf(a.group).map((s) => s.code);
    const edited = throughWorkbook({
      ...first.state,
      rows: first.state.rows
        .filter((r) => r.subCode !== gone)
        .map((r) => (r.subCode === kept ? { ...r, appraised: 0.25, reason: 'Thẩm định' } : r)),
    });
    const noFiles = mergeSubmissions(edited, [], template, LATER);
    expect(noFiles.missingRows).toHaveLength(1);
    expect(noFiles.missingRows[0]).toContain(`${gone}`);
    const again = mergeSubmissions(throughWorkbook(noFiles.state), [file], template, '2026-11-27T00:00:00Z');
    expect(again.files[0]).toMatchObject({
      action: 'applied',
      note: 'Khôi phục 1 dòng đã bị xóa khỏi trang dữ liệu.',
    });
    expect(again.missingRows).toEqual([]);
    expect(again.state.rows.find((r) => r.subCode === gone)?.self).toBe(file.data?.entries[gone ?? '']?.self);
    expect(again.state.rows.find((r) => r.subCode === kept)).toMatchObject({
      appraised: 0.25,
      reason: 'Thẩm định',
    });
  });
});

describe('duplicates', () => {
  test('of two files from one agency the one received later is used, whatever the order given', () => {
    const a = agencies[3] as Agency;
    const early = submission(a, { '1.1': 1 }, 'b-som.xlsx', '2026-11-10T00:00:00Z', 'e'.repeat(64));
    const late = submission(a, { '1.1': 2 }, 'a-muon.xlsx', '2026-11-12T00:00:00Z', 'd'.repeat(64));
    for (const order of [
      [early, late],
      [late, early],
    ]) {
      const m = mergeSubmissions(start(), order, template, NOW);
      expect(m.state.sources.map((s) => s.fileName)).toEqual(['a-muon.xlsx']);
      expect(m.state.files).toEqual([
        expect.objectContaining({ fileName: 'b-som.xlsx', status: 'duplicate', agencyCode: a.code }),
      ]);
      expect(m.state.rows.find((r) => r.subCode === '1.1')?.self).toBe(2);
    }
  });

  test('a file identical to another of the same run is kept in the register as a duplicate naming its twin', () => {
    const a = agencies[3] as Agency;
    const sha = 'f'.repeat(64);
    const first = submission(a, { '1.1': 1 }, 'a-phieu.xlsx', '2026-11-10T00:00:00Z', sha);
    const copy = submission(a, { '1.1': 1 }, 'b-ban-sao.xlsx', '2026-11-10T00:00:00Z', sha);
    const m = mergeSubmissions(start(), [copy, first], template, NOW);
    expect(m.state.sources.map((s) => s.fileName)).toEqual(['a-phieu.xlsx']);
    // The register's "Vấn đề" column is what tells the appraiser why the copy was not used.
    expect(m.state.files).toEqual([
      expect.objectContaining({
        fileName: 'b-ban-sao.xlsx',
        status: 'duplicate',
        problems: ['Nội dung trùng hệt tệp “a-phieu.xlsx” trong cùng lần tổng hợp.'],
      }),
    ]);
  });

  test('equal receipt times: the first file name wins', () => {
    const a = agencies[3] as Agency;
    const x = submission(a, {}, 'x.xlsx', '2026-11-10T00:00:00Z', '1'.repeat(64));
    const y = submission(a, {}, 'y.xlsx', '2026-11-10T00:00:00Z', '2'.repeat(64));
    expect(mergeSubmissions(start(), [y, x], template, NOW).state.sources[0]?.fileName).toBe('x.xlsx');
  });

  test('equal receipt times and file names: the smaller SHA-256 wins, whatever the order given', () => {
    const a = agencies[3] as Agency;
    const x = submission(a, { '1.1': 1 }, 'phieu.xlsx', '2026-11-10T00:00:00Z', 'b'.repeat(64));
    const y = submission(a, { '1.1': 2 }, 'phieu.xlsx', '2026-11-10T00:00:00Z', 'a'.repeat(64));
    for (const order of [
      [x, y],
      [y, x],
    ])
      expect(
        mergeSubmissions(start(), order, template, NOW).state.rows.find((r) => r.subCode === '1.1')?.self,
      ).toBe(2);
  });

  test('an older file merged after a newer one is kept as a duplicate and changes nothing', () => {
    const a = agencies[1] as Agency;
    const newer = submission(a, { '1.1': 2 }, 'moi.xlsx', '2026-11-12T00:00:00Z', '3'.repeat(64));
    const older = submission(a, { '1.1': 1 }, 'cu.xlsx', '2026-11-10T00:00:00Z', '4'.repeat(64));
    const first = mergeSubmissions(start(), [newer], template, NOW);
    const second = mergeSubmissions(first.state, [older], template, LATER);
    expect(second.state.rows).toEqual(first.state.rows);
    expect(second.files).toEqual([expect.objectContaining({ fileName: 'cu.xlsx', action: 'duplicate' })]);
  });

  test('a file received after the deadline is late', () => {
    const a = agencies[0] as Agency;
    const m = mergeSubmissions(
      start(),
      [submission(a, {}, 'muon.xlsx', `${template.returnBy}T17:00:01Z`, '5'.repeat(64))],
      template,
      NOW,
    );
    expect(m.state.sources[0]?.late).toBe(true);
    const onTime = mergeSubmissions(
      start(),
      [submission(a, {}, 'dung-han.xlsx', `${template.returnBy}T16:59:59Z`, '6'.repeat(64))],
      template,
      NOW,
    );
    expect(onTime.state.sources[0]?.late).toBe(false);
  });
});

describe('the log and the register say what each merge did', () => {
  const [a, b] = [agencies[0], agencies[3]] as [Agency, Agency];
  const aEarly = submission(a, { '1.1': 1 }, 'a-som.xlsx', '2026-11-10T00:00:00Z', '1'.repeat(64));
  const aLate = submission(a, { '1.1': 2 }, 'a-muon.xlsx', '2026-11-12T00:00:00Z', '2'.repeat(64));
  const bFile = submission(b, {}, 'b.xlsx', '2026-11-11T00:00:00Z', '3'.repeat(64));
  const refused: Submission = {
    ...bFile,
    fileName: 'hong.xlsx',
    sha256: '4'.repeat(64),
    outcome: 'rejected',
    data: null,
  };
  const codes = [a.code, b.code].sort();

  test('a first merge: one line for the run counting each outcome, then each agency in code order', () => {
    const m = mergeSubmissions(start(), [bFile, refused, aLate, aEarly], template, NOW);
    expect(m.added.map((e) => [e.kind, e.agencyCode, e.subCode, e.fileName, e.note])).toEqual([
      [
        'merge-run',
        '',
        '',
        '',
        'Hợp nhất 4 tệp: 2 được dùng, 1 bị từ chối, 1 trùng, 0 đã có từ trước; 0 xung đột.',
      ],
      ...codes.map((code) => [
        'file-applied',
        code,
        '',
        code === a.code ? 'a-muon.xlsx' : 'b.xlsx',
        'Tổng hợp lần đầu số liệu của đơn vị.',
      ]),
    ]);
    expect(m.added.every((e) => e.at === NOW)).toBe(true);
    expect(m.state.sources.map((s) => s.agencyCode)).toEqual(codes);
  });

  test('a merge of refused files only is logged too', () => {
    expect(mergeSubmissions(start(), [refused], template, NOW).added.map((e) => e.note)).toEqual([
      'Hợp nhất 1 tệp: 0 được dùng, 1 bị từ chối, 0 trùng, 0 đã có từ trước; 0 xung đột.',
    ]);
  });

  test('agencies are kept in code order, whichever merge brought them', () => {
    const three = [agencies[0], agencies[1], agencies[3]] as Agency[];
    let state = start();
    for (const [i, agency] of [...three].sort((x, y) => (x.code < y.code ? 1 : -1)).entries())
      state = mergeSubmissions(
        state,
        [submission(agency, {}, `${i}.xlsx`, NOW, String(i).repeat(64))],
        template,
        NOW,
      ).state;
    expect(state.sources.map((s) => s.agencyCode)).toEqual(three.map((x) => x.code).sort());
  });

  test('the consolidation takes the version of the newest template merged into it', () => {
    const v1 = { ...start(), templateVersion: 1 };
    expect(mergeSubmissions(v1, [], { ...template, version: 2 }, NOW).state.templateVersion).toBe(2);
    const v3 = { ...start(), templateVersion: 3 };
    expect(mergeSubmissions(v3, [], { ...template, version: 2 }, NOW).state.templateVersion).toBe(3);
  });

  test('a re-merge: a newer file replaces the current one, a file seen before changes nothing', () => {
    const first = mergeSubmissions(start(), [aEarly, bFile], template, NOW);
    const again = mergeSubmissions(first.state, [bFile, aLate], template, LATER);
    expect(again.files).toEqual([
      expect.objectContaining({
        fileName: 'b.xlsx',
        action: 'unchanged',
        note: 'Nội dung trùng với tệp “b.xlsx” đã tổng hợp trước đây; không thay đổi gì.',
      }),
      expect.objectContaining({ fileName: 'a-muon.xlsx', action: 'applied', note: '' }),
    ]);
    expect(again.added.map((e) => [e.kind, e.note])).toEqual([
      ['merge-run', 'Hợp nhất 2 tệp: 1 được dùng, 0 bị từ chối, 0 trùng, 1 đã có từ trước; 0 xung đột.'],
      ['self-changed', expect.any(String)],
      // Every row changes: its evidence names the file it came from.
      ['file-applied', `Thay tệp “a-som.xlsx” bằng tệp mới; ${subsOf(a.group).length} dòng thay đổi.`],
    ]);
    expect(again.state.files).toContainEqual(
      expect.objectContaining({
        fileName: 'a-som.xlsx',
        status: 'replaced',
        problems: ['Được thay bằng tệp mới hơn “a-muon.xlsx”.'],
      }),
    );
    // Nothing new at all (the replaced file sent again under another name, too): nothing is logged.
    const resent = { ...aEarly, fileName: 'a-som (1).xlsx' };
    const third = mergeSubmissions(again.state, [aLate, resent], template, LATEST);
    expect(third.added).toEqual([]);
    expect(third.files).toContainEqual(
      expect.objectContaining({
        fileName: 'a-som (1).xlsx',
        action: 'unchanged',
        note: 'Nội dung trùng với tệp “a-som.xlsx” đã tổng hợp trước đây; không thay đổi gì.',
      }),
    );
  });
});
