/** The "Nhật ký" sheet: a record the appraisers read, not edit. */
import { buildAuditSheet } from '../../../../src/core/consolidation/sheets/audit-sheet';
import { HEADER_ROW } from '../../../../src/core/consolidation/sheets/layout';

describe('buildAuditSheet', () => {
  it('is titled with the year, its header row as tall as its wrapped titles, protected without password, with grid lines', () => {
    const { sheet, lastRow } = buildAuditSheet([], 2026);
    expect(lastRow).toBe(HEADER_ROW);
    expect(sheet.cells.find((c) => c.row === 1 && c.col === 1)?.value).toBe(
      'Nhật ký tổng hợp và thẩm định năm 2026',
    );
    // “Tiêu chí” in bold takes two lines of the 7-wide column: 37 pt.
    expect(sheet.rows).toEqual([{ row: HEADER_ROW, height: 37 }]);
    expect(sheet.protection).toEqual({
      password: '',
      allowFormatColumns: true,
      allowFormatRows: true,
      allowAutoFilter: true,
    });
    expect(sheet.showGridLines).toBe(true);
  });
});
