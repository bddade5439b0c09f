/** The consolidation workbook as a whole: which agencies each table names as not ranked, and the password policy. */
import { mergeSubmissions } from '../../../../src/core/consolidation/merge';
import { buildConsolidationWorkbook } from '../../../../src/core/consolidation/sheets/workbook';
import { AUDIT_SHEET, DATA_SHEET } from '../../../../src/core/consolidation/sheets/layout';
import { emptyState } from '../../../../src/core/consolidation/state';
import type { Agency } from '../../../../src/core/roster/types';
import { META_SHEET } from '../../../../src/core/sheet/metadata';
import type { SheetSpec, WorkbookSpec } from '../../../../src/core/sheet/spec';
import { agencyOf, regime, subsOf, template, YEAR } from '../../../support/consolidation/forms';
import { submission } from '../../../support/consolidation/submissions';

const [so1, so2, so3] = [0, 1, 2].map((i) => agencyOf('so', i)) as [Agency, Agency, Agency];
const [huyen1, huyen2] = [0, 1].map((i) => agencyOf('huyen', i)) as [Agency, Agency];

/** A roster of five agencies, of which one per group sent a form. */
function build() {
  const sent = [so1, huyen1].map((agency, i) =>
    submission(
      agency,
      Object.fromEntries(subsOf(agency.group).map((s) => [s.code, 0.5])),
      `${agency.code}.xlsx`,
      '2026-11-10T00:00:00Z',
      `${i}`.padEnd(64, 'a'),
    ),
  );
  const state = mergeSubmissions(
    emptyState(YEAR, template.regimeId, template.id, template.version),
    sent,
    template,
    '2026-11-25T02:00:00Z',
  ).state;
  return buildConsolidationWorkbook(state, template, regime, [so1, so2, huyen1, so3, huyen2]).spec;
}

describe('buildConsolidationWorkbook', () => {
  // Built before each test, not once per block, so Stryker counts the build as covered by the
  // tests that read it and runs only those for a mutant in it (a block-level build is "static").
  let spec: WorkbookSpec;
  beforeEach(() => {
    spec = build();
  });

  it('names under each table only the agencies of its own group that have no rank', () => {
    const noteOf = (s: SheetSpec) => s.cells.find((c) => c.row > (s.print?.area?.lastRow ?? 0))?.value;
    expect(spec.sheets.filter((s) => s.name.startsWith('Bảng ')).map((s) => [s.name, noteOf(s)])).toEqual([
      [
        'Bảng 1',
        `Chưa xếp hạng (2 đơn vị chưa gửi phiếu hoặc phiếu không được chấp nhận, xem trang “Sổ theo dõi”): ${so2.name}; ${so3.name}.`,
      ],
      [
        'Bảng 2',
        `Chưa xếp hạng (1 đơn vị chưa gửi phiếu hoặc phiếu không được chấp nhận, xem trang “Sổ theo dõi”): ${huyen2.name}.`,
      ],
    ]);
  });

  it('protects sheets without a password, the hidden metadata sheet too (README: password policy)', () => {
    expect(spec.sheets.filter((s) => s.protection).map((s) => [s.name, s.protection?.password])).toEqual([
      [DATA_SHEET, ''],
      [AUDIT_SHEET, ''],
      [META_SHEET, ''],
    ]);
  });
});
