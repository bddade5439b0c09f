/** The words of a ranking sheet (Bảng 1/2) as the appraisers and the province read them. */
import { buildRankingSheet } from '../../../../src/core/consolidation/sheets/ranking-sheet';
import {
  TABLE_FIRST_ROW,
  TABLE_HEADER_ROW,
  TABLE_TITLE_ROW,
} from '../../../../src/core/consolidation/sheets/layout';
import type { RankingTable } from '../../../../src/core/consolidation/tables';
import { builtInRegime } from '../../../../src/core/regime/load';
import type { SheetSpec } from '../../../../src/core/sheet/spec';

const group = builtInRegime.groups[0];
if (!group) throw new Error('no group');
const table: RankingTable = {
  groupId: group.id,
  tableNumber: 1,
  title: 'Bảng 1. Kết quả xếp hạng năm 2026',
  criteria: [
    { number: 1, title: 'Hạ tầng kỹ thuật', capHundredths: 2000 },
    { number: 2, title: 'Ứng dụng CNTT', capHundredths: 1550 },
  ],
  rows: [],
};
const textsOfRow = (sheet: SheetSpec, row: number) =>
  sheet.cells
    .filter((c) => c.row === row)
    .sort((a, b) => a.col - b.col)
    .map((c) => c.value);

describe('buildRankingSheet', () => {
  it('heads the table with its title across the printed columns and one header per column', () => {
    const sheet = buildRankingSheet(table, group, builtInRegime, 10);
    expect(textsOfRow(sheet, TABLE_TITLE_ROW)).toEqual([table.title]);
    expect(sheet.merges).toEqual([{ row: TABLE_TITLE_ROW, col: 1, lastRow: TABLE_TITLE_ROW, lastCol: 7 }]);
    // A clean table on screen, printed at its own size (fitting would shrink the 13 pt text).
    expect(sheet.showGridLines).toBe(false);
    expect(sheet.print?.fitToWidth).toBe(false);
    expect(textsOfRow(sheet, TABLE_HEADER_ROW)).toEqual([
      'STT',
      'Tên cơ quan, đơn vị',
      'Tiêu chí 1: Hạ tầng kỹ thuật (20 điểm)',
      'Tiêu chí 2: Ứng dụng CNTT (15,5 điểm)',
      'Tổng điểm (100 điểm)',
      'Xếp loại',
      'Xếp hạng',
      'Mã đơn vị',
    ]);
  });

  it('numbers the rows 1, 2, … in the STT column, also for a viewer that shows stored values only', () => {
    const row = (code: string) => ({
      code,
      name: `Sở ${code}`,
      criteriaHundredths: [1000, 1000],
      totalHundredths: 2000,
      rating: 'Yếu',
      rank: 1,
    });
    const sheet = buildRankingSheet({ ...table, rows: [row('A'), row('B')] }, group, builtInRegime, 10);
    const stt = sheet.cells.filter((c) => c.col === 1 && c.row >= TABLE_FIRST_ROW).map((c) => c.cachedValue);
    expect(stt).toEqual([1, 2]);
  });

  it('names the agencies not ranked in a note one row below the table, outside its print area', () => {
    const sheet = buildRankingSheet(table, group, builtInRegime, 10, ['Sở Y tế', 'Sở Tư pháp']);
    const area = sheet.print?.area;
    const note = sheet.cells.find((c) => c.row > (area?.lastRow ?? 0));
    expect(note).toMatchObject({
      row: (area?.lastRow ?? 0) + 2,
      col: 1,
      value:
        'Chưa xếp hạng (2 đơn vị chưa gửi phiếu hoặc phiếu không được chấp nhận, xem trang “Sổ theo dõi”): Sở Y tế; Sở Tư pháp.',
    });
    expect(
      buildRankingSheet(table, group, builtInRegime, 10).cells.some((c) => c.row > (area?.lastRow ?? 0)),
    ).toBe(false);
  });
});
