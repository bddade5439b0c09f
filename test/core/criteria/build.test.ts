/** What the criteria workbook shows: notes, help, drop-downs, the cap check's formulas and the named tables. */
import { buildCriteriaWorkbook, CRITERIA_NAMES } from '../../../src/core/criteria/build';
import {
  CHECKS_SHEET,
  FIGURES_SHEET,
  INFO_SHEET,
  REGIME_SHEET,
  SUBS_SHEET,
  SUB_COLUMNS,
} from '../../../src/core/criteria/layout';
import { CS } from '../../../src/core/criteria/styles';
import { builtInRegime } from '../../../src/core/regime/load';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../../src/core/sheet/spec';
import { format2Template } from '../../support/format2-template';

const regime = builtInRegime;
const blank = buildCriteriaWorkbook({ regime });
const filled = buildCriteriaWorkbook({ regime, template: format2Template() });
const regimeRows = regime.groups.reduce((k, g) => k + g.criteria.length, 0);

function sheet(spec: WorkbookSpec, name: string): SheetSpec {
  const s = spec.sheets.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
}
function cellsAt(s: SheetSpec, row: number, col: number): CellSpec[] {
  return s.cells.filter((c) => c.row === row && c.col === col);
}
function cell(s: SheetSpec, row: number, col: number): CellSpec {
  const found = cellsAt(s, row, col);
  expect(found).toHaveLength(1);
  return found[0]!;
}
const titles = (s: SheetSpec): string[] => s.validations.map((v) => v.prompt?.title ?? '');

describe('the “Thông tin chung” sheet', () => {
  const info = sheet(blank, INFO_SHEET);

  it('has its title, and beside each field the note telling what to write', () => {
    expect(cell(info, 1, 1)).toEqual({
      row: 1,
      col: 1,
      value: 'BỘ TIÊU CHÍ ĐÁNH GIÁ, XẾP HẠNG MỨC ĐỘ ỨNG DỤNG CNTT',
      style: CS.title,
    });
    expect([3, 4, 5, 6, 7, 8, 9].map((r) => [cell(info, r, 1).value, cell(info, r, 3).value])).toEqual([
      ['Mã bộ tiêu chí', 'Mã ổn định của bộ tiêu chí, ví dụ thanh-hoa-cntt-2026; được ghi vào mọi phiếu.'],
      ['Quy định áp dụng', 'Mã quy định xếp hạng đang áp dụng (QĐ 4289: qd-4289-2016).'],
      ['Năm đánh giá', 'Năm đánh giá, ví dụ 2026.'],
      ['Phiên bản', 'Tăng lên 1 mỗi lần ban hành lại bộ tiêu chí trong cùng năm.'],
      ['Định dạng mẫu', '2: phiếu thu thập số liệu và tính điểm; 1: chỉ tự chấm điểm.'],
      ['Ngày chốt số liệu', 'Ngày chốt số liệu, dạng dd/mm/yyyy (ví dụ 31/10/2026).'],
      ['Hạn gửi phiếu', 'Hạn đơn vị gửi phiếu, dạng dd/mm/yyyy; không sớm hơn ngày chốt số liệu.'],
    ]);
    expect(info.columns).toEqual([
      { col: 1, width: 22 },
      { col: 2, width: 26 },
      { col: 3, width: 70 },
    ]);
  });

  it('leaves the unknown fields of the blank workbook empty, numbers in number cells', () => {
    const values = [3, 4, 5, 6, 7, 8, 9].map((r) => cell(info, r, 2));
    expect(values.map((c) => ('value' in c ? c.value : 'EMPTY'))).toEqual([
      'EMPTY',
      'qd-4289-2016',
      'EMPTY',
      1,
      2,
      'EMPTY',
      'EMPTY',
    ]);
    expect(values.map((c) => c.style)).toEqual([
      CS.textInput,
      CS.textInput,
      CS.numberInput,
      CS.numberInput,
      CS.numberInput,
      CS.textInput,
      CS.textInput,
    ]);
    expect(cell(sheet(filled, INFO_SHEET), 5, 2).value).toBe(2026);
  });

  it('shows the help lines below the fields, each merged across the three columns', () => {
    const help = [11, 12, 13, 14].map((r) => cell(info, r, 1));
    expect(help.map((c) => c.style)).toEqual([CS.note, CS.note, CS.note, CS.note]);
    expect(help[0]!.value).toMatch(/^Cách soạn: mỗi tiêu chí thành phần một dòng/);
    expect(help[1]!.value).toMatch(/^Cột “Đối chiếu điểm tối đa” so tổng điểm tối đa/);
    expect(help[2]!.value).toMatch(/^Cách tính điểm: Tự chấm \(đơn vị tự chấm\)/);
    expect(help[3]!.value).toBe(
      'Số thập phân viết bằng dấu phẩy (1,5). Kiểm tra bộ tiêu chí bằng bảng tác vụ Xếp hạng CNTT hoặc lệnh xep-hang-cntt.',
    );
    expect(info.merges).toEqual([11, 12, 13, 14].map((r) => ({ row: r, col: 1, lastRow: r, lastCol: 3 })));
    expect(info.rows).toEqual([11, 12, 13, 14].map((r) => ({ row: r, height: 48 })));
  });

  it('limits the year and the version to whole numbers and the format to 1 or 2, with Vietnamese prompts', () => {
    expect(info.validations).toEqual([
      expect.objectContaining({
        kind: 'decimal',
        whole: true,
        range: { row: 5, col: 2, lastRow: 5, lastCol: 2 },
        min: 2000,
        max: 2100,
        prompt: { title: 'Năm đánh giá', message: 'Số nguyên từ 2000 đến 2100.' },
        error: { title: 'Năm đánh giá', message: 'Phải là số nguyên từ 2000 đến 2100.' },
      }),
      expect.objectContaining({
        whole: true,
        range: { row: 6, col: 2, lastRow: 6, lastCol: 2 },
        prompt: { title: 'Phiên bản', message: 'Số nguyên từ 1 đến 999.' },
        error: { title: 'Phiên bản', message: 'Phải là số nguyên từ 1 đến 999.' },
      }),
      {
        kind: 'list',
        range: { row: 7, col: 2, lastRow: 7, lastCol: 2 },
        items: ['1', '2'],
        allowBlank: true,
        prompt: { title: 'Định dạng mẫu', message: 'Chọn trong danh sách: 1; 2.' },
        error: { title: 'Định dạng mẫu', message: 'Chỉ chọn một trong: 1; 2.' },
      },
    ]);
  });
});

describe('the “Tiêu chí thành phần” sheet', () => {
  const subs = sheet(blank, SUBS_SHEET);
  const col = (field: string): number => SUB_COLUMNS.findIndex((c) => c.field === field) + 1;

  it('has its title, a header over every column and 150 empty input rows, frozen at the code', () => {
    expect(cell(subs, 1, 1).value).toBe('CÁC TIÊU CHÍ THÀNH PHẦN');
    expect(SUB_COLUMNS.map((c, i) => cell(subs, 2, i + 1))).toEqual(
      SUB_COLUMNS.map((c, i) => ({ row: 2, col: i + 1, value: c.header, style: CS.header })),
    );
    expect(subs.columns[0]).toEqual({ col: 1, width: SUB_COLUMNS[0]!.width });
    expect(subs.rows).toEqual([{ row: 2, height: 48 }]);
    expect(Math.max(...subs.cells.map((c) => c.row))).toBe(152);
    expect(cellsAt(subs, 152, col('title'))).toHaveLength(1);
    expect(cell(subs, 152, col('title'))).toStrictEqual({ row: 152, col: col('title'), style: CS.textInput });
    expect(subs.freeze).toEqual({ rows: 2, columns: col('code') });
  });

  it('styles the inputs by what they hold: numbers, the code, text', () => {
    const styleAt = (field: string): string | undefined => cell(subs, 3, col(field)).style;
    expect(
      ['groupId', 'number', 'code', 'title', 'cap', 'fullFrom', 'zeroBelow', 'partial', 'perUnit'].map(
        styleAt,
      ),
    ).toEqual([
      CS.textInput,
      CS.numberInput,
      CS.codeInput,
      CS.textInput,
      CS.numberInput,
      CS.numberInput,
      CS.numberInput,
      CS.numberInput,
      CS.numberInput,
    ]);
  });

  it('computes the running sum, the regime cap and the check of each row, blank while the row is', () => {
    // One formula cell per row and column (no input cell under it).
    expect(cell(subs, 3, col('runningSum'))).toEqual({
      row: 3,
      col: 17,
      formula: 'IF(OR($A3="",$B3=""),"",ROUND(SUMIFS($E$3:$E3,$A$3:$A3,$A3,$B$3:$B3,$B3),2))',
      cachedValue: '',
      style: CS.formula,
    });
    expect(cell(subs, 3, col('criterionCap'))).toEqual({
      row: 3,
      col: 18,
      formula: `IF(OR($A3="",$B3=""),"",SUMIFS('Quy định'!$E$3:$E$15,'Quy định'!$A$3:$A$15,$A3,'Quy định'!$C$3:$C$15,$B3)+SUMIFS('Quy định'!$E$3:$E$15,'Quy định'!$B$3:$B$15,$A3,'Quy định'!$C$3:$C$15,$B3))`,
      cachedValue: '',
      style: CS.formula,
    });
    expect(regimeRows).toBe(13);
    expect(cell(subs, 3, col('capStatus'))).toEqual({
      row: 3,
      col: 19,
      formula:
        'IF(OR($A3="",$B3=""),"",IF(Q3>R3,"Vượt tối đa",IF(COUNTIFS($A4:$A$152,$A3,$B4:$B$152,$B3)>0,"",IF(Q3<R3,"Chưa đủ","Đủ"))))',
      cachedValue: '',
      style: CS.fixed,
    });
    // The last row has no row below: its check compares with the cap outright.
    expect(cell(subs, 152, col('capStatus')).formula).toBe(
      'IF(OR($A152="",$B152=""),"",IF(Q152>R152,"Vượt tối đa",IF(FALSE,"",IF(Q152<R152,"Chưa đủ","Đủ"))))',
    );
    expect(cell(subs, 151, col('capStatus')).formula).toContain(
      'COUNTIFS($A152:$A$152,$A151,$B152:$B$152,$B151)>0',
    );
  });

  it('colours the check green when “Đủ”, red when short or over', () => {
    const range = { row: 3, col: 19, lastRow: 152, lastCol: 19 };
    expect(subs.conditionalFormats).toEqual([
      { range, formula: '$S3="Đủ"', style: CS.cfOk },
      { range, formula: 'OR($S3="Chưa đủ",$S3="Vượt tối đa")', style: CS.cfBad },
    ]);
  });

  it('offers drop-downs for the group, the rule and the evidence, and bounds the cap', () => {
    expect(titles(subs)).toEqual(['Nhóm', 'Cách tính điểm', 'Cần minh chứng', 'Điểm tối đa']);
    expect(subs.validations[0]).toMatchObject({
      range: { row: 3, col: 1, lastRow: 152, lastCol: 1 },
      prompt: {
        message: 'Chọn trong danh sách: Sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố.',
      },
      error: { message: 'Chỉ chọn một trong: Sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố.' },
      source: { sheet: REGIME_SHEET, range: { row: 3, col: 7, lastRow: 4, lastCol: 7 } },
    });
    expect(subs.validations[3]).toMatchObject({
      kind: 'decimal',
      range: { row: 3, col: 5, lastRow: 152, lastCol: 5 },
      prompt: { title: 'Điểm tối đa', message: 'Số lớn hơn 0, nhiều nhất 2 chữ số thập phân (ví dụ 1,5).' },
      error: { title: 'Điểm tối đa', message: 'Điểm tối đa phải là một số (ví dụ 1,5).' },
    });
  });
});

describe('the figures, checks and regime sheets, and the named tables', () => {
  it('titles the figures and checks sheets and offers their drop-downs; bounds are number inputs', () => {
    const figures = sheet(filled, FIGURES_SHEET);
    const checks = sheet(filled, CHECKS_SHEET);
    expect(cell(figures, 1, 1).value).toBe('CÁC SỐ LIỆU THU THẬP');
    expect(cell(checks, 1, 1).value).toBe('CÁC PHÉP KIỂM TRA LÔGIC GIỮA CÁC SỐ LIỆU');
    expect(titles(figures)).toEqual(['Nhóm', 'Loại số liệu', 'Cho chọn “Một phần”', 'Cần minh chứng']);
    expect(titles(checks)).toEqual(['Nhóm', 'Phép kiểm tra', 'Mức độ']);
    const header = (s: SheetSpec, text: string): number =>
      s.cells.find((c) => c.row === 2 && c.value === text)!.col;
    expect(cell(figures, 3, header(figures, 'Tối thiểu')).style).toBe(CS.numberInput);
    expect(cell(figures, 3, header(figures, 'Tối đa')).style).toBe(CS.numberInput);
    expect(cell(figures, 3, header(figures, 'Mã số liệu'))).toMatchObject({
      value: 'so_cbcc',
      style: CS.textInput,
    });
  });

  it('lists the regime’s criteria, fixed and protected, with no spare rows, and the group names beside', () => {
    const ref = sheet(blank, REGIME_SHEET);
    expect(cell(ref, 1, 1).value).toBe('CÁC TIÊU CHÍ THEO QUY ĐỊNH (CHỈ ĐỂ ĐỐI CHIẾU)');
    const g = regime.groups[0]!;
    const c = g.criteria[0]!;
    expect([1, 2, 3, 4, 5].map((k) => cell(ref, 3, k))).toEqual(
      [g.id, g.name, c.number, c.title, c.capHundredths / 100].map((value, k) => ({
        row: 3,
        col: k + 1,
        value,
        style: CS.fixed,
      })),
    );
    expect(cellsAt(ref, 2 + regimeRows, 5)).toHaveLength(1);
    expect(Math.max(...ref.cells.map((x) => x.row))).toBe(2 + regimeRows);
    expect(cell(ref, 2, 7)).toEqual({
      row: 2,
      col: 7,
      value: 'Các nhóm (danh sách chọn ở cột “Nhóm”)',
      style: CS.header,
    });
    expect([3, 4].map((r) => cell(ref, r, 7).value)).toEqual(regime.groups.map((x) => x.name));
    expect(ref.protection).toEqual({ password: '' });
  });

  it('names each table so the reader finds it, the information block on its fields only', () => {
    expect(blank.names).toEqual([
      { name: CRITERIA_NAMES.info, sheet: INFO_SHEET, range: { row: 3, col: 1, lastRow: 9, lastCol: 2 } },
      { name: 'BTC_TIEU_CHI', sheet: SUBS_SHEET, range: { row: 2, col: 1, lastRow: 152, lastCol: 19 } },
      expect.objectContaining({ name: 'BTC_SO_LIEU', sheet: FIGURES_SHEET }),
      expect.objectContaining({ name: 'BTC_KIEM_TRA', sheet: CHECKS_SHEET }),
      {
        name: 'BTC_QUY_DINH',
        sheet: REGIME_SHEET,
        range: { row: 2, col: 1, lastRow: 2 + regimeRows, lastCol: 5 },
      },
    ]);
  });
});
