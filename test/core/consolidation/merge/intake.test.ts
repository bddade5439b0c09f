/**
 * How a merge sorts the files it is given before choosing: byte-identical files, files seen in an earlier
 * merge, and the agency's current file given again, as the register and the run's results name them.
 */
import { mergeSubmissions } from '../../../../src/core/consolidation/merge';
import { readConsolidationState } from '../../../../src/core/consolidation/read-state';
import { buildConsolidationWorkbook } from '../../../../src/core/consolidation/sheets/workbook';
import { emptyState, type ConsolidationState } from '../../../../src/core/consolidation/state';
import { agencyOf, regime, roster, subsOf, template, YEAR } from '../../../support/consolidation/forms';
import { returnedFromSpec } from '../../../support/consolidation/returned';
import { submission } from '../../../support/consolidation/submissions';

const start = () => emptyState(YEAR, template.regimeId, template.id, template.version);
const NOW = '2026-11-25T02:00:00Z';
const LATER = '2026-11-26T02:00:00Z';
const LATEST = '2026-11-27T02:00:00Z';
const a = agencyOf('so', 0);
const [first] = subsOf(a.group).map((s) => s.code) as [string];

function throughWorkbook(state: ConsolidationState): ConsolidationState {
  const { spec } = buildConsolidationWorkbook(state, template, regime, roster);
  const read = readConsolidationState(returnedFromSpec(spec, 'xep-hang.xlsx'), regime);
  if (!read.ok) throw new Error(read.message);
  return read.state;
}

const file = submission(a, { [first]: 1 }, 'b-phieu.xlsx', '2026-11-10T00:00:00Z', '1'.repeat(64));
const copy = { ...file, fileName: 'a-phieu.xlsx' };

describe('files given to a merge', () => {
  test('of two byte-identical files the one whose name sorts first is used, the other is its twin', () => {
    for (const order of [
      [file, copy],
      [copy, file],
    ]) {
      const m = mergeSubmissions(start(), order, template, NOW);
      expect(m.state.sources.map((s) => s.fileName)).toEqual(['a-phieu.xlsx']);
      expect(m.files.map((f) => [f.fileName, f.action, f.note])).toEqual([
        ['b-phieu.xlsx', 'duplicate', 'Nội dung trùng hệt tệp “a-phieu.xlsx” trong cùng lần tổng hợp.'],
        ['a-phieu.xlsx', 'applied', ''],
      ]);
    }
  });

  test('the same content sent again names the file that was used, not its twin in the register', () => {
    const m = mergeSubmissions(start(), [file, copy], template, NOW);
    const again = mergeSubmissions(
      throughWorkbook(m.state),
      [{ ...file, fileName: 'c-phieu.xlsx' }],
      template,
      LATER,
    );
    expect(again.files).toEqual([
      expect.objectContaining({
        fileName: 'c-phieu.xlsx',
        action: 'unchanged',
        note: 'Nội dung trùng với tệp “a-phieu.xlsx” đã tổng hợp trước đây; không thay đổi gì.',
      }),
    ]);
  });

  test('a replaced file given again restores no deleted row: only the current file does', () => {
    const newer = submission(a, { [first]: 2 }, 'moi.xlsx', '2026-11-12T00:00:00Z', '2'.repeat(64));
    const replaced = mergeSubmissions(
      mergeSubmissions(start(), [file], template, NOW).state,
      [newer],
      template,
      LATER,
    ).state;
    const deleted = throughWorkbook({ ...replaced, rows: replaced.rows.filter((r) => r.subCode !== first) });
    const old = mergeSubmissions(deleted, [file], template, LATEST);
    expect(old.files).toEqual([
      expect.objectContaining({
        fileName: 'b-phieu.xlsx',
        action: 'unchanged',
        note: 'Nội dung trùng với tệp “b-phieu.xlsx” đã tổng hợp trước đây; không thay đổi gì.',
      }),
    ]);
    expect(old.state.rows.some((r) => r.subCode === first)).toBe(false);
    expect(old.missingRows).toHaveLength(1);
    const current = mergeSubmissions(deleted, [newer], template, LATEST);
    expect(current.state.rows.find((r) => r.subCode === first)?.self).toBe(2);
  });
});
