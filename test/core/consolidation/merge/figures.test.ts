/**
 * The figure phases of a merge (format-2 templates), as the consolidation shows them: which figure rows an
 * agency gets, what they start with, and the words of the log (sheet “Nhật ký”) and of the conflicts.
 */
import { checkSubmission } from '../../../../src/core/consolidation/check-submission';
import { mergeSubmissions } from '../../../../src/core/consolidation/merge';
import { readConsolidationState } from '../../../../src/core/consolidation/read-state';
import { buildConsolidationWorkbook } from '../../../../src/core/consolidation/sheets/workbook';
import {
  emptyState,
  type ConsolidationState,
  type FigureRow,
} from '../../../../src/core/consolidation/state';
import type { Agency } from '../../../../src/core/roster/types';
import { figureName } from '../../../../src/core/sheet/names';
import { builtInTemplate } from '../../../../src/core/template/load';
import type { SurveyTemplate } from '../../../../src/core/template/types';
import { agencyOf, ctx, filledForm, regime, roster, YEAR } from '../../../support/consolidation/forms';
import { fileInfo, returnedFromSpec, setNamed } from '../../../support/consolidation/returned';
import { FORMAT2_VALID_FIGURES, format2Template } from '../../../support/format2-template';

const template = format2Template();
const NOW = '2026-11-25T02:00:00Z';
const LATER = '2026-11-26T02:00:00Z';
const LATEST = '2026-11-27T02:00:00Z';
const good = FORMAT2_VALID_FIGURES;
const so = agencyOf('so', 0);

function returned(
  agency: Agency,
  figures: Record<string, unknown>,
  fileName: string,
  receivedAt = '2026-11-15T03:00:00Z',
  t: SurveyTemplate = template,
) {
  const wb = filledForm({ agency, template: t, fileName });
  for (const [key, value] of Object.entries(figures)) setNamed(wb, figureName(key), value as never);
  return checkSubmission(
    fileInfo(fileName, receivedAt, `${fileName}-${JSON.stringify(figures)}`.padEnd(64, '0').slice(0, 64)),
    wb,
    ctx({ templates: [t] }),
  );
}

const start = (t: SurveyTemplate = template) => emptyState(YEAR, t.regimeId, t.id, t.version);

function throughWorkbook(state: ConsolidationState, t: SurveyTemplate = template): ConsolidationState {
  const { spec } = buildConsolidationWorkbook(state, t, regime, roster);
  const read = readConsolidationState(returnedFromSpec(spec, 'xep-hang.xlsx'), regime);
  if (!read.ok) throw new Error(read.message);
  return read.state;
}

/** What an appraiser typed into the data sheet, by figure key, read back as the next merge sees it. */
function appraised(state: ConsolidationState, edits: Record<string, Partial<FigureRow>>): ConsolidationState {
  return throughWorkbook({
    ...state,
    figures: (state.figures ?? []).map((f) =>
      f.agencyCode === so.code && edits[f.key] ? { ...f, ...edits[f.key] } : f,
    ),
  });
}

const first = () => mergeSubmissions(start(), [returned(so, good, 'so.xlsx')], template, NOW);

describe('figures of a merge', () => {
  test('an agency gets a row for each figure of its own group, with no appraised figure and no reason', () => {
    // The built-in version 2 lists other figures for a district than for a department.
    const v2 = builtInTemplate(YEAR, 2, regime);
    const huyen = agencyOf('huyen', 0);
    const sub = returned(huyen, {}, 'huyen.xlsx', undefined, v2);
    const figures = mergeSubmissions(start(v2), [sub], v2, NOW).state.figures ?? [];
    const own = v2.groups.find((g) => g.groupId === 'huyen')?.figures ?? [];
    expect(figures.map((f) => f.key).sort()).toEqual(own.map((f) => f.key).sort());
    expect(figures.map((f) => f.key)).toContain('hop_xa');
  });

  test('a first merge adds each figure as reported, not appraised, and logs only the file', () => {
    const m = first();
    expect(m.state.figures?.find((f) => f.key === 'so_may_tinh')).toEqual({
      agencyCode: so.code,
      key: 'so_may_tinh',
      value: 120,
      appraised: null,
      reason: '',
    });
    expect(m.state.figures?.every((f) => f.appraised === null && f.reason === '')).toBe(true);
    expect(m.added.map((e) => e.kind)).toEqual(['merge-run', 'file-applied']);
  });

  test('an appraised figure typed in the workbook is logged once, in words: old → new, then the reason if any', () => {
    const edited = appraised(first().state, {
      so_may_tinh: { appraised: 95, reason: 'Kiểm tra thực tế' },
      ket_noi_tsl: { appraised: 'Không' },
    });
    const m = mergeSubmissions(edited, [], template, LATER);
    expect(
      m.added.filter((e) => e.kind === 'appraisal-changed').map((e) => [e.subCode, e.fileName, e.note]),
    ).toEqual([
      ['SL_ket_noi_tsl', '', `Số liệu thẩm định SL_ket_noi_tsl của ${so.code}: (trống) → “Không”`],
      [
        'SL_so_may_tinh',
        '',
        `Số liệu thẩm định SL_so_may_tinh của ${so.code}: (trống) → 95. Lý do: Kiểm tra thực tế`,
      ],
    ]);
    // Known from the log now: the next merge has nothing to add.
    expect(mergeSubmissions(throughWorkbook(m.state), [], template, LATEST).added).toEqual([]);
  });

  test('a newer file logs each changed figure, and a conflict in words where it was appraised', () => {
    const edited = appraised(first().state, { so_may_tinh: { appraised: 95, reason: 'Kiểm tra thực tế' } });
    const newer = returned(
      so,
      { ...good, so_may_tinh: 110, so_cuoc_hop: 3 },
      'so-moi.xlsx',
      '2026-11-16T03:00:00Z',
    );
    const m = mergeSubmissions(edited, [newer], template, LATER);
    const message = `Đơn vị ${so.code}, số liệu SL_so_may_tinh: đơn vị báo cáo đổi từ 120 thành 110 (tệp “so-moi.xlsx”) trong khi đã có số liệu thẩm định 95; giữ số liệu thẩm định, đề nghị thẩm định lại.`;
    expect(m.conflicts.map((c) => c.message)).toEqual([message]);
    expect(
      m.added
        .filter((e) => e.subCode.startsWith('SL_') && e.kind !== 'appraisal-changed')
        .map((e) => [e.kind, e.subCode, e.oldValue, e.newValue, e.fileName, e.note]),
    ).toEqual([
      ['self-changed', 'SL_so_may_tinh', 120, 110, 'so-moi.xlsx', 'Số liệu thay theo tệp mới.'],
      ['conflict', 'SL_so_may_tinh', 120, 110, 'so-moi.xlsx', message],
      ['self-changed', 'SL_so_cuoc_hop', 2, 3, 'so-moi.xlsx', 'Số liệu thay theo tệp mới.'],
    ]);
    // The appraised figure (95) was logged by that merge: neither the figure's new value nor the conflict
    // makes the next merge log it again.
    expect(mergeSubmissions(throughWorkbook(m.state), [], template, LATEST).added).toEqual([]);
  });
  test('an appraised figure of spaces only is blank, as the sheet counts it: a new value under it is no conflict', () => {
    const edited = appraised(first().state, { so_may_tinh: { appraised: '   ' } });
    expect(edited.figures?.find((f) => f.key === 'so_may_tinh')?.appraised).toBe('   ');
    const newer = returned(so, { ...good, so_may_tinh: 110 }, 'so-moi.xlsx', '2026-11-16T03:00:00Z');
    const m = mergeSubmissions(edited, [newer], template, LATER);
    expect(m.conflicts).toEqual([]);
    expect(m.added.filter((e) => e.subCode === 'SL_so_may_tinh').map((e) => e.kind)).toEqual([
      'self-changed',
    ]);
  });
});
