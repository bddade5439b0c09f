/** The words of a ranking sheet (Bảng 1/2) as the appraisers and the province read them. */
import { buildRankingSheet, tableColumns } from '../../../../src/core/consolidation/sheets/ranking-sheet';
import {
  TABLE_FIRST_ROW,
  TABLE_HEADER_ROW,
  TABLE_TITLE_ROW,
} from '../../../../src/core/consolidation/sheets/layout';
import type { RankingTable } from '../../../../src/core/consolidation/tables';
import { builtInRegime } from '../../../../src/core/regime/load';
import { wrappedRowHeight } from '../../../../src/core/sheet/row-height';
import type { SheetSpec } from '../../../../src/core/sheet/spec';
import { rowHeight } from '../../../support/sheet/spec-queries';

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
/** A table of `n` criteria (the regime has 6 and 7; a new decision may have a few more or fewer). */
const tableOf = (n: number, title = table.title): RankingTable => ({
  ...table,
  title,
  criteria: Array.from({ length: n }, (_, k) => ({
    number: k + 1,
    title: `Tiêu chí số ${k + 1} về ứng dụng công nghệ thông tin`,
    capHundredths: 1000,
  })),
});
const widthOf = (sheet: SheetSpec, col: number) => sheet.columns.find((c) => c.col === col)?.width ?? 0;
/** A4 landscape inside the sheet's margins, in pixels at 96 dpi; a column of w units is w × 7 + 5 px in Excel. */
const printablePx = (sheet: SheetSpec) =>
  ((297 - (sheet.print?.margins.left ?? 0) - (sheet.print?.margins.right ?? 0)) / 25.4) * 96;
const columnsPx = (sheet: SheetSpec, lastCol: number) =>
  sheet.columns.filter((c) => c.col <= lastCol).reduce((px, c) => px + c.width * 7 + 5, 0);
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

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'criterion count %d: criterion columns take what a name column of 26 to 40 units leaves, up to 14 units each, on A4 landscape at 100 %%',
    (n) => {
      const sheet = buildRankingSheet(tableOf(n), group, builtInRegime, 10);
      const cols = tableColumns(n);
      const name = widthOf(sheet, cols.name);
      const criterion = widthOf(sheet, cols.firstCriterion);
      for (let k = 0; k < n; k++) expect(widthOf(sheet, cols.firstCriterion + k)).toBe(criterion);
      expect(columnsPx(sheet, cols.rank)).toBeLessThanOrEqual(printablePx(sheet));
      expect(name).toBeGreaterThanOrEqual(26);
      expect(name).toBeLessThanOrEqual(40);
      expect(criterion).toBeGreaterThanOrEqual(8);
      expect(criterion).toBeLessThanOrEqual(14);
      // Nothing left unused: a criterion column one unit wider would pass 14 or squeeze the names under 26,
      // and a name column one unit wider would pass 40 or run off the page.
      expect(criterion === 14 || name - n < 26).toBe(true);
      expect(name === 40 || columnsPx(sheet, cols.rank) + 7 > printablePx(sheet)).toBe(true);
    },
  );

  it('makes the title row as tall as the title needs, wrapped in bold across the printed columns', () => {
    // Titles of many lengths: each width and weight puts some of them on another number of lines.
    const words =
      'Xếp hạng mức độ ứng dụng công nghệ thông tin của các cơ quan nhà nước tỉnh Thanh Hóa'.split(' ');
    for (const n of [2, 6, 7])
      for (let length = 10; length <= 90; length += 4) {
        const title = `Bảng 1: ${Array.from({ length }, (_, i) => words[i % words.length]).join(' ')}`;
        const sheet = buildRankingSheet(tableOf(n, title), group, builtInRegime, 10);
        const merged = sheet.merges.find((m) => m.row === TABLE_TITLE_ROW);
        expect(merged).toMatchObject({ col: 1, lastCol: tableColumns(n).rank });
        let width = 0;
        for (let col = 1; col <= (merged?.lastCol ?? 0); col++) width += widthOf(sheet, col);
        expect([n, length, rowHeight(sheet, TABLE_TITLE_ROW)]).toEqual([
          n,
          length,
          wrappedRowHeight(title, width, 13, 30, { bold: true }),
        ]);
      }
  });

  it.each([1, 2, 6, 7, 8])(
    'criterion count %d: makes the header row just as tall as its longest header needs in its own column',
    (n) => {
      const sheet = buildRankingSheet(tableOf(n), group, builtInRegime, 10);
      const needed = sheet.cells
        .filter((c) => c.row === TABLE_HEADER_ROW)
        .map((c) => wrappedRowHeight(String(c.value), widthOf(sheet, c.col), 13, 0, { bold: true }));
      // Two lines at least, so short headers still read as a header band.
      expect(rowHeight(sheet, TABLE_HEADER_ROW)).toBe(Math.max(36, ...needed));
    },
  );
});
