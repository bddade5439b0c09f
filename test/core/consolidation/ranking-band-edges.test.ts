/**
 * Bảng 1 and Bảng 2 rate a total exactly on a band's minimum in that band and one hundredth below
 * it in the band under, in the sheet formulas and in the core alike, whether the total comes from
 * self-scores or from appraised scores.
 */
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { tableColumns } from '../../../src/core/consolidation/sheets/ranking-sheet';
import { TABLE_FIRST_ROW } from '../../../src/core/consolidation/sheets/layout';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState } from '../../../src/core/consolidation/state';
import type { Agency } from '../../../src/core/roster/types';
import { EDGE_TOTALS_HUNDREDTHS, fillToTotal } from '../../support/consolidation/band-edges';
import { evaluateSpec } from '../../support/consolidation/evaluate';
import { regime, roster, subsOf, template, YEAR } from '../../support/consolidation/forms';
import { submission } from '../../support/consolidation/submissions';

const NOW = '2026-11-25T02:00:00Z';
const EXPECTED: Record<number, string> = {
  8500: 'Tốt',
  8499: 'Khá',
  7000: 'Khá',
  6999: 'Trung bình',
  5000: 'Trung bình',
  4999: 'Yếu',
};

function edgeWorkbook() {
  const byCode = new Map<string, number>();
  const appraisedTargets = new Map<string, number>();
  const subs = regime.groups.flatMap((group) => {
    const agencies = roster.filter((a) => a.group === group.id);
    return EDGE_TOTALS_HUNDREDTHS.flatMap((target, i) => {
      const bySelf = agencies[2 * i] as Agency;
      const byAppraisal = agencies[2 * i + 1] as Agency;
      byCode.set(bySelf.code, target);
      byCode.set(byAppraisal.code, target);
      appraisedTargets.set(byAppraisal.code, target);
      const full = Object.fromEntries(subsOf(group.id).map((s) => [s.code, s.capHundredths / 100]));
      return [
        submission(
          bySelf,
          fillToTotal(subsOf(group.id), target),
          `${bySelf.code}.xlsx`,
          NOW,
          `${bySelf.code}`.padEnd(64, 'e'),
        ),
        submission(byAppraisal, full, `${byAppraisal.code}.xlsx`, NOW, `${byAppraisal.code}`.padEnd(64, 'f')),
      ];
    });
  });
  const merged = mergeSubmissions(
    emptyState(YEAR, template.regimeId, template.id, template.version),
    subs,
    template,
    NOW,
  ).state;
  // The appraisers lower a full form to the edge, row by row.
  const rows = merged.rows.map((r) => {
    const target = appraisedTargets.get(r.agencyCode);
    const group = roster.find((a) => a.code === r.agencyCode)?.group ?? '';
    return target === undefined
      ? r
      : { ...r, appraised: fillToTotal(subsOf(group), target)[r.subCode] ?? null };
  });
  return { byCode, ...buildConsolidationWorkbook({ ...merged, rows }, template, regime, roster) };
}

// One table per group of the regime, in the order of their numbers (rankingTables).
const tableNumbers = regime.groups.map((g) => g.tableNumber).sort((a, b) => a - b);

describe('Bảng 1 and Bảng 2 at the exact band edges', () => {
  // Built inside each test, not once per block, so Stryker counts the build as covered by the
  // tests that read it and runs only those for a mutant in it (a block-level build is "static").
  test.each(tableNumbers)(
    'Bảng %i: 85,00 / 84,99, 70,00 / 69,99, 50,00 / 49,99 in the sheet and the core',
    (n) => {
      const { byCode, spec, tables } = edgeWorkbook();
      const { value } = evaluateSpec(spec);
      expect(tables.map((t) => t.tableNumber)).toEqual(tableNumbers);
      const table = tables.find((t) => t.tableNumber === n);
      if (!table) throw new Error(`Bảng ${n} missing`);
      const cols = tableColumns(table.criteria.length);
      expect(table.rows).toHaveLength(2 * EDGE_TOTALS_HUNDREDTHS.length);
      const got = table.rows.map((r, i) => ({
        total: value(`Bảng ${table.tableNumber}`, TABLE_FIRST_ROW + i, cols.total),
        sheetRating: value(`Bảng ${table.tableNumber}`, TABLE_FIRST_ROW + i, cols.rating),
        coreTotal: r.totalHundredths,
        coreRating: r.rating,
      }));
      const want = table.rows.map((r) => {
        const target = byCode.get(r.code) ?? NaN;
        return {
          total: target / 100,
          sheetRating: EXPECTED[target],
          coreTotal: target,
          coreRating: EXPECTED[target],
        };
      });
      expect(got).toEqual(want);
    },
  );
});
