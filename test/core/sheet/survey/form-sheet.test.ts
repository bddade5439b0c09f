/** The form sheet “Phiếu” as the user sees it: header block, note, column headers, total, rating, signatures, page setup. */
import { cellAddress } from '../../../../src/core/sheet/a1';
import { wrappedRowHeight } from '../../../../src/core/sheet/row-height';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../../../src/core/sheet/spec';
import { FORM_SHEET, buildSurveyWorkbook, type SurveyLayout } from '../../../../src/core/sheet/survey';
import { format2Template } from '../../../support/format2-template';
import { agencyOf, regime, template } from '../../../support/sheet/fixtures';
import { mergedRanges, rowHeight } from '../../../support/sheet/spec-queries';

function formOf(spec: WorkbookSpec): SheetSpec {
  const s = spec.sheets.find((x) => x.name === FORM_SHEET);
  if (!s) throw new Error('no form sheet');
  return s;
}
const at = (s: SheetSpec, address: string): CellSpec | undefined =>
  s.cells.find((c) => cellAddress(c.row, c.col) === address);
const content = (s: SheetSpec, address: string) => {
  const c = at(s, address);
  return c ? { style: c.style, value: c.value, formula: c.formula } : undefined;
};

describe('form sheet of a blank format-1 form', () => {
  let spec: WorkbookSpec;
  let layout: SurveyLayout;
  let form: SheetSpec;
  beforeEach(() => {
    ({ spec, layout } = buildSurveyWorkbook({ regime, template, groupId: 'so' }));
    form = formOf(spec);
  });

  it('titles the form with its year, group, data date, appraiser and deadline, over the full width', () => {
    expect(content(form, 'A1')).toEqual({
      style: 'title',
      value: 'PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026',
      formula: undefined,
    });
    expect(content(form, 'A2')).toEqual({
      style: 'subtitle',
      value:
        'Sở, ban, ngành cấp tỉnh — số liệu tính đến ngày 31/10/2026, gửi về Sở Thông tin và Truyền thông trước ngày 20/11/2026',
      formula: undefined,
    });
    expect(mergedRanges(form)).toEqual(expect.arrayContaining(['A1:G1', 'A2:G2']));
    expect(rowHeight(form, 1)).toBe(40);
    expect(rowHeight(form, 2)).toBeGreaterThanOrEqual(20);
  });

  it('asks who fills it: labels, blank unlocked name and code inputs coloured while blank, year and group', () => {
    expect([3, 4, 5, 6].map((r) => content(form, `A${r}`))).toEqual(
      ['Tên cơ quan, đơn vị:', 'Mã đơn vị:', 'Năm đánh giá:', 'Nhóm (mã nhóm):'].map((value) => ({
        style: 'label',
        value,
        formula: undefined,
      })),
    );
    expect([3, 4, 5, 6].map((r) => rowHeight(form, r))).toEqual([21, 21, 21, 21]);
    expect(content(form, 'C3')).toEqual({ style: 'infoInput', value: undefined, formula: undefined });
    expect(content(form, 'C4')).toEqual({ style: 'infoInput', value: undefined, formula: undefined });
    expect(content(form, 'C5')).toEqual({ style: 'infoNumber', value: 2026, formula: undefined });
    expect(content(form, 'C6')).toEqual({ style: 'info', value: 'so', formula: undefined });
    expect(content(form, 'D6')).toEqual({
      style: 'info',
      value: 'Sở, ban, ngành cấp tỉnh',
      formula: undefined,
    });
    expect(mergedRanges(form)).toEqual(
      expect.arrayContaining(['A3:B3', 'A4:B4', 'A5:B5', 'A6:B6', 'C3:G3', 'C4:G4', 'C5:G5', 'D6:G6']),
    );
    expect(form.conditionalFormats.filter((f) => f.range.row <= 7)).toEqual([
      { range: { row: 3, col: 3, lastRow: 3, lastCol: 7 }, formula: 'LEN(TRIM($C3))=0', style: 'cfBlank' },
      { range: { row: 4, col: 3, lastRow: 4, lastCol: 7 }, formula: 'LEN(TRIM($C4))=0', style: 'cfBlank' },
    ]);
    const names = spec.names
      .filter((n) => n.range.row <= 7)
      .map((n) => [n.name, cellAddress(n.range.row, n.range.col), n.comment]);
    expect(names).toEqual([
      ['TEN_DON_VI', 'C3', 'Tên cơ quan, đơn vị'],
      ['MA_DON_VI', 'C4', 'Mã đơn vị'],
      ['NAM', 'C5', 'Năm đánh giá'],
      ['NHOM', 'C6', 'Mã nhóm đơn vị'],
    ]);
  });

  it('explains how to fill it in a note over the full width, without the figures sentence', () => {
    expect(content(form, 'A7')).toEqual({
      style: 'note',
      value:
        'Nhập điểm vào cột “Điểm tự chấm” và minh chứng vào cột “Minh chứng” (các ô nền xanh); (*): bắt buộc có minh chứng. ' +
        'Cột “Tình trạng” cho biết từng ô đã hợp lệ chưa. Xem cách điền và cách tính điểm ở trang “Hướng dẫn”.',
      formula: undefined,
    });
    expect(mergedRanges(form)).toContain('A7:G7');
    expect(rowHeight(form, 7)).toBeGreaterThanOrEqual(20);
  });

  it('heads the columns, tall enough for the longest bold header', () => {
    expect(form.cells.filter((c) => c.row === 8).map((c) => [c.col, c.style, c.value])).toEqual([
      [1, 'header', 'Mã'],
      [2, 'header', 'Tiêu chí, tiêu chí thành phần'],
      [3, 'header', 'Điểm tối đa'],
      [4, 'header', 'Điểm tự chấm'],
      [5, 'header', 'Điểm được tính'],
      [6, 'header', 'Minh chứng (số, ngày văn bản, trích yếu hoặc đường dẫn)'],
      [7, 'header', 'Tình trạng'],
    ]);
    // As tall as the tallest header wrapped in bold in its own column: the evidence header, in 28 characters.
    const size = spec.styles['header']?.font?.size ?? 11;
    const width = (col: number) => form.columns.find((c) => c.col === col)?.width ?? 0;
    const headerHeight = (c: CellSpec) =>
      wrappedRowHeight(String(c.value), width(c.col), size, 36, { bold: true });
    const headers = form.cells.filter((c) => c.row === 8);
    expect(rowHeight(form, 8)).toBe(Math.max(...headers.map(headerHeight)));
    expect(rowHeight(form, 8)).toBe(headerHeight(headers[5] as CellSpec));
  });

  it('ends the table with the total (cap and sum of subtotals) and the rating, named and merged', () => {
    const total = Number(layout.totalCell.slice(1));
    const rating = total + 1;
    expect(layout.ratingCell).toBe(`E${rating}`);
    expect(form.cells.filter((c) => c.row === total).map((c) => [c.col, c.style, c.value])).toEqual([
      [1, 'totalLabel', 'TỔNG ĐIỂM'],
      [3, 'totalPoints', regime.totalHundredths / 100],
      [4, 'totalLabel', undefined],
      [5, 'totalPoints', undefined],
      [6, 'totalLabel', undefined],
    ]);
    expect(at(form, `E${total}`)?.formula).toBe(
      `ROUND(SUM(${layout.criterionRows.map((c) => c.subtotalCell).join(',')}),2)`,
    );
    expect(form.cells.filter((c) => c.row === rating).map((c) => [c.col, c.style, c.value])).toEqual([
      [1, 'totalLabel', 'XẾP LOẠI'],
      [3, 'totalLabel', undefined],
      [5, 'rating', undefined],
    ]);
    expect(mergedRanges(form)).toEqual(
      expect.arrayContaining([
        `A${total}:B${total}`,
        `F${total}:G${total}`,
        `A${rating}:B${rating}`,
        `C${rating}:D${rating}`,
        `E${rating}:G${rating}`,
      ]),
    );
    expect([rowHeight(form, total), rowHeight(form, rating)]).toEqual([24, 24]);
    const named = (name: string) => spec.names.find((n) => n.name === name);
    expect(named('TONG_DIEM')?.comment).toBe('Tổng điểm');
    expect(named('XEP_LOAI')?.comment).toBe('Xếp loại');
    // The rating stays empty until something is entered in the score column of the criteria rows.
    const first = (layout.criterionRows[0]?.row ?? 0) + 1;
    expect(at(form, layout.ratingCell)?.formula).toContain(`D${first}:D${total - 1}`);
  });

  it('leaves room to sign: place and date, the two signers, merged, on a tall row', () => {
    const signRow = (form.print?.area?.lastRow ?? 0) - 1;
    expect(content(form, `E${signRow}`)).toEqual({
      style: 'subtitle',
      value: '........, ngày ..... tháng ..... năm 2026',
      formula: undefined,
    });
    expect(content(form, `A${signRow + 1}`)).toEqual({
      style: 'sign',
      value: 'NGƯỜI LẬP PHIẾU\n(Ký, ghi rõ họ tên)',
      formula: undefined,
    });
    expect(content(form, `E${signRow + 1}`)).toEqual({
      style: 'sign',
      value: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ\n(Ký tên, đóng dấu)',
      formula: undefined,
    });
    expect(mergedRanges(form)).toEqual(
      expect.arrayContaining([
        `E${signRow}:G${signRow}`,
        `A${signRow + 1}:B${signRow + 1}`,
        `E${signRow + 1}:G${signRow + 1}`,
      ]),
    );
    expect(rowHeight(form, signRow + 1)).toBe(110);
  });

  it('sets up the sheet: tab colour, column widths, protection, frozen header, A4 print with page numbers', () => {
    expect(form).toMatchObject({
      name: 'Phiếu',
      visibility: 'visible',
      tabColor: '#2F5597',
      protection: { password: '', allowFormatColumns: true, allowFormatRows: true },
      freeze: { rows: 8, columns: 0 },
      showGridLines: false,
    });
    expect(form.columns).toEqual([
      { col: 1, width: 6.5 },
      { col: 2, width: 44 },
      { col: 3, width: 8.5 },
      { col: 4, width: 9.5 },
      { col: 5, width: 9.5 },
      { col: 6, width: 28 },
      { col: 7, width: 14 },
    ]);
    expect(form.print).toEqual({
      footerCenter: '&"Times New Roman,Regular"&10Trang &P/&N',
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: 8, last: 8 },
      margins: { top: 20, bottom: 20, left: 25, right: 15 },
      area: { row: 1, col: 1, lastRow: Number(layout.ratingCell.slice(1)) + 3, lastCol: 7 },
    });
  });
});

describe('form sheet of a form for one agency', () => {
  it('prefills the agency name and code, locked, and colours nothing as blank there', () => {
    const agency = agencyOf('so');
    const form = formOf(buildSurveyWorkbook({ regime, template, groupId: 'so', agency }).spec);
    expect(content(form, 'C3')).toEqual({ style: 'info', value: agency.name, formula: undefined });
    expect(content(form, 'C4')).toEqual({ style: 'info', value: agency.code, formula: undefined });
    expect(form.conditionalFormats.filter((f) => f.range.row <= 7)).toEqual([]);
  });
});

describe('form sheet of a format-2 form', () => {
  let layout: SurveyLayout;
  let form: SheetSpec;
  beforeEach(() => {
    const built = buildSurveyWorkbook({ regime, template: format2Template(), groupId: 'so' });
    layout = built.layout;
    form = formOf(built.spec);
  });

  it('says in the note where the figures go, before how to fill the scores', () => {
    expect(String(at(form, 'A7')?.value)).toBe(
      'Nhập số liệu vào phần “Số liệu” (dưới bảng điểm): điểm các tiêu chí thành phần ghi “tự động tính” được tính từ số liệu, không nhập tay. ' +
        'Nhập điểm vào cột “Điểm tự chấm” và minh chứng vào cột “Minh chứng” (các ô nền xanh); (*): bắt buộc có minh chứng. ' +
        'Cột “Tình trạng” cho biết từng ô đã hợp lệ chưa. Xem cách điền và cách tính điểm ở trang “Hướng dẫn”.',
    );
  });

  it('counts the figures, but not the computed points, as something entered for the rating', () => {
    const total = Number(layout.totalCell.slice(1));
    const rating = String(at(form, layout.ratingCell)?.formula);
    const figures = layout.figures ?? [];
    expect(rating).toContain(`D${figures[0]?.valueCell.slice(1)}:D${figures.at(-1)?.valueCell.slice(1)}`);
    const computed = new Set(layout.rows.filter((r) => r.computed).map((r) => r.scoreCell));
    for (const cell of computed) expect(rating).not.toMatch(new RegExp(`\\b${cell}\\b`));
    expect(rating).toContain(`:D${total - 1}`);
  });

  it('prints down to the signatures under the checks', () => {
    const lastCheck = Number(layout.checkStatusCells?.at(-1)?.slice(1));
    expect(form.print?.area?.lastRow).toBe(lastCheck + 3);
    expect(String(at(form, `A${lastCheck + 3}`)?.value)).toContain('NGƯỜI LẬP PHIẾU');
  });
});
