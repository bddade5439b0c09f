/**
 * Whatever an appraiser leaves in an "Điểm thẩm định" cell (a number, text, TRUE/FALSE, an error),
 * the sheet formulas (data sheet, Bảng 1/2) and the core reading the saved workbook back count the
 * same points: a real number is rounded and clamped, anything else leaves the self-score in force.
 */
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
import { emptyState } from '../../../src/core/consolidation/state';
import { rankingTables } from '../../../src/core/consolidation/tables';
import { cellAddress } from '../../../src/core/sheet/a1';
import { invalidateRangeCache } from '../../../src/excel-double/sumifs';
import type { ReadCell } from '../../../src/core/returned/types';
import { fillToTotal } from '../../support/consolidation/band-edges';
import { evaluateSpec } from '../../support/consolidation/evaluate';
import { agencyOf, regime, roster, subsOf, template, YEAR } from '../../support/consolidation/forms';
import { returnedFromSpec } from '../../support/consolidation/returned';
import { submission } from '../../support/consolidation/submissions';

const NOW = '2026-11-25T02:00:00Z';
const agencies = [agencyOf('so', 0), agencyOf('huyen', 0)];
/** The edited row (each agency's first sub-criterion) holds half its cap, so any number typed over it changes the total. */
function selfScores(group: string): Record<string, number> {
  const subs = subsOf(group);
  const first = subs[0];
  if (!first) throw new Error(group);
  const rest = fillToTotal(subs.slice(1), 7000);
  return { ...rest, [first.code]: Math.floor(first.capHundredths / 2) / 100 };
}
const SELF_TOTAL = (group: string) =>
  Math.round(Object.values(selfScores(group)).reduce((a, b) => a + b * 100, 0));

/** One kind of entry: what the spreadsheet engine holds, and what the xlsx reader gives back for it. */
interface Entry {
  what: string;
  engine: string | number | boolean;
  read: ReadCell;
  /** Whether the appraised entry replaces the self-score (it is a real number). */
  counts: boolean;
}

const ENTRIES: Entry[] = [
  { what: 'TRUE', engine: true, read: { value: true }, counts: false },
  { what: 'FALSE', engine: false, read: { value: false }, counts: false },
  { what: 'text that looks like a number', engine: "'5", read: { value: '5' }, counts: false },
  { what: 'text with a decimal comma', engine: "'0,5", read: { value: '0,5' }, counts: false },
  { what: 'a word', engine: "'không", read: { value: 'không' }, counts: false },
  { what: '#N/A', engine: '=NA()', read: { value: null, error: '#N/A' }, counts: false },
  { what: '#DIV/0!', engine: '=1/0', read: { value: null, error: '#DIV/0!' }, counts: false },
  { what: 'zero', engine: 0, read: { value: 0 }, counts: true },
  { what: 'a number with 3 decimals', engine: 0.125, read: { value: 0.125 }, counts: true },
  { what: 'a negative number', engine: -1, read: { value: -1 }, counts: true },
  { what: 'a number over the cap', engine: 99, read: { value: 99 }, counts: true },
];

function workbook() {
  const subs = agencies.map((a) =>
    submission(a, selfScores(a.group), `${a.code}.xlsx`, NOW, a.code.padEnd(64, 'd')),
  );
  const state = mergeSubmissions(
    emptyState(YEAR, template.regimeId, template.id, template.version),
    subs,
    template,
    NOW,
  ).state;
  return buildConsolidationWorkbook(state, template, regime, roster).spec;
}

/** Data-sheet rows of each agency's first sub-criterion (the one the appraiser edits). */
function editedRows(spec: ReturnType<typeof workbook>): number[] {
  const data = spec.sheets.find((s) => s.name === DATA_SHEET);
  const firsts = new Set(agencies.map((a) => `${a.code}|${subsOf(a.group)[0]?.code}`));
  const code = new Map<number, unknown>();
  const sub = new Map<number, unknown>();
  for (const c of data?.cells ?? []) {
    if (c.row <= HEADER_ROW) continue;
    if (c.col === DATA_COLUMNS.code) code.set(c.row, c.value);
    if (c.col === DATA_COLUMNS.sub) sub.set(c.row, c.value);
  }
  const rows = [...code.keys()].filter((r) => firsts.has(`${String(code.get(r))}|${String(sub.get(r))}`));
  expect(rows).toHaveLength(agencies.length);
  return rows;
}

describe('an appraised score of any kind', () => {
  // Built before each test, not once per block, so Stryker counts the build as covered by the
  // tests that read it and runs only those for a mutant in it (a block-level build is "static").
  let spec: ReturnType<typeof workbook>;
  let rows: number[];
  beforeEach(() => {
    spec = workbook();
    rows = editedRows(spec);
  });

  test.each(ENTRIES.map((e) => [e.what, e] as const))(
    '%s: the sheet and the core count the same points',
    (_what, entry) => {
      // The sheet: the appraiser types the entry into the workbook.
      const { hf, value } = evaluateSpec(spec);
      const dataId = hf.getSheetId(DATA_SHEET) ?? NaN;
      // One recalculation, with the double's per-recalculation SUMIFS range cache cleared first (as the double does on writes).
      invalidateRangeCache();
      hf.batch(() => {
        for (const row of rows)
          hf.setCellContents({ sheet: dataId, row: row - 1, col: DATA_COLUMNS.appraised - 1 }, [
            [entry.engine],
          ]);
      });

      // The core: the saved workbook read back, as the next merge or "Cập nhật xếp hạng" does.
      const file = returnedFromSpec(spec, 'xep-hang.xlsx');
      for (const row of rows)
        (file.cells[DATA_SHEET] ?? {})[cellAddress(row, DATA_COLUMNS.appraised)] = entry.read;
      const read = readConsolidationState(file, regime);
      if (!read.ok) throw new Error(read.message);
      const tables = rankingTables(read.state, template, regime);

      for (const table of tables) {
        const cols = tableColumns(table.criteria.length);
        const sheet = `Bảng ${table.tableNumber}`;
        const [only] = table.rows;
        if (!only) throw new Error(`${sheet} is empty`);
        const sheetRow = {
          criterion1: value(sheet, TABLE_FIRST_ROW, cols.firstCriterion),
          total: value(sheet, TABLE_FIRST_ROW, cols.total),
          rating: value(sheet, TABLE_FIRST_ROW, cols.rating),
        };
        const coreRow = {
          criterion1: (only.criteriaHundredths[0] ?? NaN) / 100,
          total: only.totalHundredths / 100,
          rating: only.rating,
        };
        expect(sheetRow).toEqual(coreRow);
        // Anything but a real number leaves the self-score in force; a number changes the total.
        const selfTotal = SELF_TOTAL(table.groupId);
        if (entry.counts) expect(only.totalHundredths).not.toBe(selfTotal);
        else expect(only.totalHundredths).toBe(selfTotal);
      }
    },
  );
});
