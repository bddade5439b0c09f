/**
 * The row phases of a merge, as the consolidation shows them: the words of the log (sheet “Nhật ký”),
 * the conflicts and the warnings about deleted rows, and the cells a new row starts with.
 */
import { mergeSubmissions } from '../../../../src/core/consolidation/merge';
import { readConsolidationState } from '../../../../src/core/consolidation/read-state';
import { buildConsolidationWorkbook } from '../../../../src/core/consolidation/sheets/workbook';
import { emptyState, type ConsolidationState, type StateRow } from '../../../../src/core/consolidation/state';
import { agencyOf, regime, roster, subsOf, template, YEAR } from '../../../support/consolidation/forms';
import { returnedFromSpec } from '../../../support/consolidation/returned';
import { submission } from '../../../support/consolidation/submissions';

const start = () => emptyState(YEAR, template.regimeId, template.id, template.version);
const NOW = '2026-11-25T02:00:00Z';
const LATER = '2026-11-26T02:00:00Z';
const LATEST = '2026-11-27T02:00:00Z';
const a = agencyOf('so', 0);
const [first, second, third] = subsOf(a.group).map((s) => s.code) as [string, string, string];
const early = submission(
  a,
  { [first]: 1, [second]: 2, [third]: 0.25 },
  'a-som.xlsx',
  '2026-11-10T00:00:00Z',
  '1'.repeat(64),
);

/** The state as the next merge sees it: written to the workbook and read back. */
function throughWorkbook(state: ConsolidationState): ConsolidationState {
  const { spec } = buildConsolidationWorkbook(state, template, regime, roster);
  const read = readConsolidationState(returnedFromSpec(spec, 'xep-hang.xlsx'), regime);
  if (!read.ok) throw new Error(read.message);
  return read.state;
}

/** What an appraiser typed into the data sheet, by sub-criterion code. */
function appraised(state: ConsolidationState, edits: Record<string, Partial<StateRow>>): ConsolidationState {
  return throughWorkbook({
    ...state,
    rows: state.rows.map((r) =>
      r.agencyCode === a.code && edits[r.subCode] ? { ...r, ...edits[r.subCode] } : r,
    ),
  });
}

describe('rows of a merge', () => {
  test('a new row holds the self-score and evidence, with no appraised score and no reason', () => {
    const rows = mergeSubmissions(start(), [early], template, NOW).state.rows;
    expect(rows).toHaveLength(subsOf(a.group).length);
    expect(rows.find((r) => r.subCode === second)).toEqual({
      agencyCode: a.code,
      subCode: second,
      self: 2,
      evidence: `MC ${second} a-som.xlsx`,
      appraised: null,
      reason: '',
    });
    expect(rows.every((r) => r.appraised === null && r.reason === '')).toBe(true);
  });

  test('an appraised score typed in the workbook is logged in words: old → new, then the reason if any', () => {
    const merged = mergeSubmissions(start(), [early], template, NOW).state;
    const edited = appraised(merged, {
      [first]: { appraised: 0.5, reason: 'Chưa có quy chế' },
      [second]: { appraised: 1.25 },
    });
    const logged = mergeSubmissions(edited, [], template, LATER).added.filter(
      (e) => e.kind === 'appraisal-changed',
    );
    expect(logged.map((e) => [e.subCode, e.fileName, e.note])).toEqual([
      [first, '', `Điểm thẩm định tiêu chí ${first} của ${a.code}: (trống) → 0,5. Lý do: Chưa có quy chế`],
      [second, '', `Điểm thẩm định tiêu chí ${second} của ${a.code}: (trống) → 1,25`],
    ]);
  });

  test('a newer file logs each changed self-score, and a conflict in words where one was appraised', () => {
    const merged = mergeSubmissions(start(), [early], template, NOW).state;
    const edited = appraised(merged, {
      [first]: { appraised: 0.5, reason: 'Thiếu minh chứng' },
      [second]: { appraised: 1.5, reason: 'Kiểm tra thực tế' },
    });
    // The newer form: 1st score left as empty text (a pasted "" value), 2nd typed as text, 3rd unchanged.
    const late = submission(
      a,
      { [first]: '', [second]: '7,5', [third]: 0.25 },
      'a-muon.xlsx',
      '2026-11-12T00:00:00Z',
      '2'.repeat(64),
    );
    const m = mergeSubmissions(edited, [late], template, LATER);
    const words = (subCode: string, from: string, to: string, kept: string) =>
      `Đơn vị ${a.code}, tiêu chí ${subCode}: điểm tự chấm đổi từ ${from} thành ${to} (tệp “a-muon.xlsx”) trong khi đã có điểm thẩm định ${kept}; giữ điểm thẩm định, đề nghị thẩm định lại.`;
    expect(m.conflicts.map((c) => c.message)).toEqual([
      words(first, '1', '(trống)', '0,5'),
      words(second, '2', '“7,5”', '1,5'),
    ]);
    expect(
      m.added
        .filter((e) => e.kind === 'self-changed' || e.kind === 'conflict')
        .map((e) => [e.kind, e.subCode, e.oldValue, e.newValue, e.fileName, e.note]),
    ).toEqual([
      ['self-changed', first, 1, '', 'a-muon.xlsx', 'Điểm tự chấm thay theo tệp mới.'],
      ['conflict', first, 1, '', 'a-muon.xlsx', words(first, '1', '(trống)', '0,5')],
      ['self-changed', second, 2, '7,5', 'a-muon.xlsx', 'Điểm tự chấm thay theo tệp mới.'],
      ['conflict', second, 2, '7,5', 'a-muon.xlsx', words(second, '2', '“7,5”', '1,5')],
    ]);
  });

  test('an appraised cell holding only spaces is blank: a changed self-score under it is no conflict', () => {
    const merged = mergeSubmissions(start(), [early], template, NOW).state;
    const edited = appraised(merged, { [first]: { appraised: '  ' } });
    expect(edited.rows.find((r) => r.subCode === first)?.appraised).toBe('  ');
    const late = submission(a, { [first]: 2 }, 'a-muon.xlsx', '2026-11-12T00:00:00Z', '2'.repeat(64));
    const m = mergeSubmissions(edited, [late], template, LATER);
    expect(m.conflicts).toEqual([]);
    expect(m.added.filter((e) => e.subCode === first).map((e) => e.kind)).toEqual(['self-changed']);
  });

  test('rows deleted from the data sheet are named in one warning, and each is logged when restored', () => {
    const merged = mergeSubmissions(start(), [early], template, NOW).state;
    const deleted = throughWorkbook({
      ...merged,
      rows: merged.rows.filter((r) => r.subCode !== first && r.subCode !== second),
    });
    const noFiles = mergeSubmissions(deleted, [], template, LATER);
    expect(noFiles.missingRows).toEqual([
      `Đơn vị ${a.code}: trang dữ liệu thiếu dòng tiêu chí ${first}, ${second} (đã bị xóa); các tiêu chí này đang tính 0 điểm. Hãy tổng hợp lại tệp “a-som.xlsx” để khôi phục.`,
    ]);
    const again = mergeSubmissions(throughWorkbook(noFiles.state), [early], template, LATEST);
    expect(
      again.added
        .filter((e) => e.kind === 'self-changed')
        .map((e) => [e.subCode, e.oldValue, e.newValue, e.fileName, e.note]),
    ).toEqual([
      [first, null, 1, 'a-som.xlsx', 'Khôi phục dòng đã bị xóa khỏi trang dữ liệu.'],
      [second, null, 2, 'a-som.xlsx', 'Khôi phục dòng đã bị xóa khỏi trang dữ liệu.'],
    ]);
  });
});
