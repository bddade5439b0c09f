/** The criteria workbook's tables as the Sở sees them: the header of every column, where the reference lists sit. */
import { buildCriteriaWorkbook } from '../../../src/core/criteria/build';
import {
  CHECKS_SHEET,
  columnOf,
  FIGURES_SHEET,
  REGIME_SHEET,
  SUB_COLUMNS,
  SUBS_SHEET,
} from '../../../src/core/criteria/layout';
import { fromHundredths } from '../../../src/core/numbers/hundredths';
import { builtInRegime } from '../../../src/core/regime/load';
import { format2Template } from '../../support/format2-template';
import { specGrid } from '../../support/spec-grid';

const regime = builtInRegime;
const spec = buildCriteriaWorkbook({ regime, template: format2Template() });
const grid = specGrid(spec);
const headers = (sheet: string): readonly unknown[] => grid[sheet]?.[1] ?? [];

describe('the headers of the criteria workbook', () => {
  it('name every column of the sub-criteria sheet', () => {
    expect(headers(SUBS_SHEET)).toEqual([
      'Nhóm',
      'Tiêu chí',
      'Mã',
      'Tên tiêu chí thành phần',
      'Điểm tối đa',
      'Cách tính điểm',
      'Số liệu (tử số nếu tính tỷ lệ)',
      'Mẫu số',
      'Đủ điểm từ (%)',
      'Không điểm dưới (%)',
      'Điểm “Một phần”',
      'Điểm mỗi đơn vị',
      'Các bậc (mỗi dòng “từ: điểm”)',
      'Điểm theo lựa chọn (mỗi dòng “lựa chọn: điểm”)',
      'Hướng dẫn chấm',
      'Cần minh chứng',
      'Cộng dồn điểm tối đa',
      'Điểm tối đa của tiêu chí (quy định)',
      'Đối chiếu điểm tối đa',
    ]);
  });

  it('name every column of the figures sheet', () => {
    expect(headers(FIGURES_SHEET)).toEqual([
      'Nhóm',
      'Mã số liệu',
      'Tên số liệu',
      'Loại',
      'Đơn vị',
      'Tối thiểu',
      'Tối đa',
      'Các lựa chọn (mỗi dòng một lựa chọn)',
      'Cho chọn “Một phần”',
      'Cần minh chứng',
    ]);
  });

  it('name every column of the logic checks sheet', () => {
    expect(headers(CHECKS_SHEET)).toEqual([
      'Nhóm',
      'Phép kiểm tra',
      'Số liệu a',
      'Số liệu b',
      'Số liệu c',
      'Tối thiểu',
      'Tối đa',
      'Thông báo khi không đạt',
      'Mức độ',
    ]);
  });

  it('name the reference table and, after a blank column, the group list', () => {
    expect(headers(REGIME_SHEET)).toEqual([
      'Mã nhóm',
      'Tên nhóm',
      'Tiêu chí',
      'Tên tiêu chí',
      'Điểm tối đa',
      null,
      'Các nhóm (danh sách chọn ở cột “Nhóm”)',
    ]);
  });
});

describe('the reference sheet “Quy định”', () => {
  const rows = grid[REGIME_SHEET] ?? [];

  it('shows each criterion of the regime with its title and cap', () => {
    const g = regime.groups[0];
    const c = g?.criteria[0];
    expect(rows[2]?.slice(0, 5)).toEqual([
      g?.id,
      g?.name,
      c?.number,
      c?.title,
      fromHundredths(c?.capHundredths ?? 0),
    ]);
  });

  it('lists each group name once in the column the “Nhóm” drop-downs read', () => {
    expect(regime.groups.map((_, i) => rows[2 + i]?.[6])).toEqual(regime.groups.map((g) => g.name));
    const subs = spec.sheets.find((s) => s.name === SUBS_SHEET);
    const groupDropDown = subs?.validations.find((v) => v.range.col === 1);
    expect(groupDropDown?.kind === 'list' ? groupDropDown.source?.range.col : undefined).toBe(7);
  });
});

describe('a column looked up by its field', () => {
  it('is found 1-based, and a misspelt field is refused by name', () => {
    expect(columnOf(SUB_COLUMNS, 'code')).toBe(3);
    expect(() => columnOf(SUB_COLUMNS, 'cod')).toThrow('No column cod');
  });
});
