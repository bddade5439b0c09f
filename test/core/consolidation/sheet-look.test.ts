/**
 * What an appraiser sees on the consolidation sheets and on paper: Bảng 1/2 ready to paste into a
 * decision (13 pt Times New Roman, borders, centred points, no merged cells in the table, rows
 * tall enough, A4 landscape near full size), agencies without a rank listed under the table, and
 * register and log rows that do not overlap.
 */
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { tableColumns, type TableColumns } from '../../../src/core/consolidation/sheets/ranking-sheet';
import {
  AUDIT_SHEET,
  DATA_SHEET,
  HEADER_ROW,
  REGISTER_SHEET,
  TABLE_FIRST_ROW,
  TABLE_HEADER_ROW,
  tableName,
} from '../../../src/core/consolidation/sheets/layout';
import { emptyState } from '../../../src/core/consolidation/state';
import { formatVnTime } from '../../../src/core/consolidation/time';
import { wrappedLineCount } from '../../../src/core/sheet/row-height';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../../src/core/sheet/spec';
import type { Agency } from '../../../src/core/roster/types';
import { regime, roster, subsOf, template, YEAR } from '../../support/consolidation/forms';
import { submission } from '../../support/consolidation/submissions';
import { rowHeight } from '../../support/sheet/spec-queries';

const NOW = '2026-11-25T02:00:00Z';
/** Every agency but the first two of each group sends a form. */
const missing = regime.groups.flatMap((g) => roster.filter((a) => a.group === g.id).slice(0, 2));
const senders = roster.filter((a) => !missing.includes(a));

function build(): WorkbookSpec {
  const subs = senders.map((agency: Agency, i) => {
    const selfs: Record<string, number> = {};
    subsOf(agency.group).forEach((s, k) => (selfs[s.code] = ((i + k) % 3) / 2));
    return submission(
      agency,
      selfs,
      `thu-muc-nhan-phieu-thang-11/${agency.code.toLowerCase()}-phieu-tu-danh-gia.xlsx`,
      '2026-11-10T00:00:00Z',
      `${i}`.padEnd(64, 'a'),
    );
  });
  const state = mergeSubmissions(
    emptyState(YEAR, template.regimeId, template.id, template.version),
    subs,
    template,
    NOW,
  ).state;
  return buildConsolidationWorkbook(state, template, regime, roster).spec;
}

// Built before each test, not once per file, so Stryker counts the build as covered by the tests
// that read it and runs only those for a mutant in it (a file-level build is "static").
let spec: WorkbookSpec;
beforeEach(() => {
  spec = build();
});
const sheet = (name: string): SheetSpec => {
  const s = spec.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const width = (s: SheetSpec, col: number): number => s.columns.find((c) => c.col === col)?.width ?? 8.43;
const styleOf = (c: CellSpec) => spec.styles[c.style ?? ''] ?? {};
/** Printable width of A4 landscape with the sheet's margins, in pixels at 96 dpi. */
const printablePx = (s: SheetSpec) =>
  ((297 - (s.print?.margins.left ?? 0) - (s.print?.margins.right ?? 0)) / 25.4) * 96;

describe.each(regime.groups.map((g) => [g.tableNumber, g.id] as const))('Bảng %d', (tableNumber, groupId) => {
  const criteria = regime.groups.find((g) => g.id === groupId)?.criteria.length ?? 0;
  const ranked = senders.filter((a) => a.group === groupId);
  const lastRow = TABLE_FIRST_ROW + ranked.length - 1;
  let s: SheetSpec;
  let cols: TableColumns;
  let body: CellSpec[];
  beforeEach(() => {
    s = sheet(`Bảng ${tableNumber}`);
    cols = tableColumns(criteria);
    body = s.cells.filter((c) => c.row >= TABLE_HEADER_ROW && c.row <= lastRow && c.col <= cols.rank);
  });

  it('has the official title with the year', () => {
    const title = s.cells.find((c) => c.row === 1 && c.col === 1)?.value;
    expect(title).toBe(
      groupId === 'so'
        ? 'Bảng 1: Xếp hạng mức độ ứng dụng CNTT của các sở, ban, ngành cấp tỉnh năm 2026'
        : 'Bảng 2: Xếp hạng mức độ ứng dụng CNTT của UBND các huyện, thị xã, thành phố năm 2026',
    );
  });

  it('pastes into Word as a plain table: no merged cell from the header to the last agency', () => {
    const overlapping = s.merges.filter((m) => m.lastRow >= TABLE_HEADER_ROW && m.row <= lastRow);
    expect(overlapping).toEqual([]);
  });

  it('is Times New Roman 13 with full borders, a bold centred header and centred 2-decimal points', () => {
    expect(body.length).toBe((ranked.length + 1) * cols.rank);
    for (const c of body) {
      const st = styleOf(c);
      expect(st.font).toMatchObject({ name: 'Times New Roman', size: 13 });
      expect(st.border).toBe('thin');
      if (c.row === TABLE_HEADER_ROW)
        expect(st).toMatchObject({ horizontal: 'center', wrap: true, font: { bold: true } });
      else if (c.col >= cols.firstCriterion && c.col <= cols.total)
        expect(st).toMatchObject({ horizontal: 'center', numberFormat: '0.00' });
    }
  });

  it('gives every row a height: no cramped 13 pt rows, two-line names not cut', () => {
    for (let row = TABLE_FIRST_ROW; row <= lastRow; row++) {
      const name = String(s.cells.find((c) => c.row === row && c.col === cols.name)?.value ?? '');
      const lines = wrappedLineCount(name, width(s, cols.name), 13);
      expect(rowHeight(s, row)).toBeGreaterThanOrEqual(Math.max(20, lines * 13 * 1.15));
    }
    const header = rowHeight(s, TABLE_HEADER_ROW) ?? 0;
    for (const c of body.filter((x) => x.row === TABLE_HEADER_ROW)) {
      expect(header).toBeGreaterThanOrEqual(
        wrappedLineCount(String(c.value), width(s, c.col), 13, { bold: true }) * 13 * 1.15,
      );
    }
  });

  it('prints on A4 landscape at 100 % (13 pt stays 13 pt), header repeated, without the helper code column', () => {
    expect(s.print).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: false,
      titleRows: { first: TABLE_HEADER_ROW, last: TABLE_HEADER_ROW },
    });
    expect(s.print?.area).toEqual({ row: 1, col: 1, lastRow, lastCol: cols.rank });
    let columnsPx = 0;
    // A stored width w is w × 7 + 5 pixels in Excel (Calibri 11's digit width and the column padding).
    for (let col = 1; col <= cols.rank; col++) columnsPx += width(s, col) * 7 + 5;
    expect(columnsPx).toBeLessThanOrEqual(printablePx(s));
    // and the table uses the page: no narrow strip in the middle of a landscape sheet.
    expect(columnsPx).toBeGreaterThanOrEqual(printablePx(s) * 0.95);
  });

  it('lists the agencies without a rank under the table, outside the print area and the named table', () => {
    const expected = missing.filter((a) => a.group === groupId).map((a) => a.name);
    const note = s.cells.find((c) => c.row > lastRow);
    expect(note?.row).toBe(lastRow + 2);
    for (const name of expected) expect(String(note?.value)).toContain(name);
    const named = spec.names.find((n) => n.name === tableName(tableNumber));
    expect(named?.range.lastRow).toBe(lastRow);
    expect(rowHeight(s, note?.row ?? 0)).toBeGreaterThanOrEqual(20);
  });
});

describe('register and log', () => {
  it('heads the data, register and log tables with their Vietnamese column titles, word for word', () => {
    const headers = (name: string) =>
      sheet(name)
        .cells.filter((c) => c.row === HEADER_ROW)
        .sort((a, b) => a.col - b.col)
        .map((c) => c.value);
    expect(headers(DATA_SHEET)).toEqual([
      'Mã đơn vị',
      'Tên cơ quan, đơn vị',
      'Nhóm',
      'Tiêu chí',
      'Mã tiêu chí thành phần',
      'Nội dung tiêu chí thành phần',
      'Điểm tối đa',
      'Điểm tự chấm',
      'Minh chứng',
      'Điểm thẩm định',
      'Lý do điều chỉnh',
      'Điểm tính xếp hạng',
    ]);
    expect(headers(REGISTER_SHEET)).toEqual([
      'STT',
      'Mã đơn vị',
      'Tên cơ quan, đơn vị',
      'Nhóm',
      'Trạng thái',
      'Tệp',
      'Mã băm SHA-256',
      'Thời điểm nhận',
      'Vấn đề',
    ]);
    expect(headers(AUDIT_SHEET)).toEqual([
      'Thời điểm',
      'Sự kiện',
      'Mã đơn vị',
      'Tiêu chí',
      'Giá trị cũ',
      'Giá trị mới',
      'Tệp',
      'Nội dung',
    ]);
  });

  it('prints the data, register and log tables landscape, one page wide, their header row on every page', () => {
    for (const name of [DATA_SHEET, REGISTER_SHEET, AUDIT_SHEET])
      expect(sheet(name).print).toMatchObject({
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        titleRows: { first: HEADER_ROW, last: HEADER_ROW },
      });
  });

  it('gives rows with long file names a height, so wrapped names do not run into the next row', () => {
    for (const name of [REGISTER_SHEET, AUDIT_SHEET]) {
      const s = sheet(name);
      const fileCol = s.cells.find((c) => c.row === 4 && c.value === 'Tệp')?.col ?? 0;
      const rows = s.cells.filter((c) => c.col === fileCol && c.row > 4 && String(c.value ?? '') !== '');
      expect(rows.length).toBeGreaterThan(0);
      for (const c of rows) {
        const lines = wrappedLineCount(String(c.value), width(s, fileCol), 13);
        if (lines > 1) expect(rowHeight(s, c.row)).toBeGreaterThanOrEqual(lines * 13 * 1.15);
      }
    }
  });

  it('shows a time of receipt on one line', () => {
    const time = formatVnTime('2026-11-28T15:22:08Z');
    for (const [name, header] of [
      [REGISTER_SHEET, 'Thời điểm nhận'],
      [AUDIT_SHEET, 'Thời điểm'],
    ] as const) {
      const s = sheet(name);
      const col = s.cells.find((c) => c.row === 4 && c.value === header)?.col ?? 0;
      expect(wrappedLineCount(time, width(s, col), 13)).toBe(1);
    }
  });
});
