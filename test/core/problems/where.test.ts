// How a message names the place and the template item it concerns: the words before the colon.
import { whereText, type GroupRef } from '../../../src/core/problems/where';

const SO: GroupRef = { id: 'so', name: 'Sở, ban, ngành cấp tỉnh' };

describe('the place of a problem', () => {
  it('names the cell alone when it has no defined name, and the name beside it when it has one', () => {
    expect(whereText({ file: 'a.xlsx', sheet: 'Phiếu', cell: 'D14' })).toBe(
      'Tệp “a.xlsx”, trang “Phiếu”, ô D14',
    );
    expect(whereText({ sheet: 'Phiếu', cell: 'D14', name: 'TC_2_3' })).toBe('Trang “Phiếu”, ô D14 (TC_2_3)');
  });
});

describe('the template item a problem concerns', () => {
  it('names the template file and a group, with a capital letter as the subject', () => {
    expect(whereText({ item: { kind: 'template' } })).toBe('Tệp mẫu phiếu');
    expect(whereText({ item: { kind: 'group', group: SO } })).toBe('Nhóm “Sở, ban, ngành cấp tỉnh”');
    expect(whereText({ item: { kind: 'group', group: { id: 'xyz' } } })).toBe('Nhóm “xyz”');
    expect(whereText({ item: { kind: 'group', group: { index: 1 } } })).toBe('Nhóm thứ 2');
  });

  it('names a criterion by its number, or by its position when the file has none', () => {
    expect(whereText({ item: { kind: 'criterion', group: SO, number: 3, index: 0 } })).toBe(
      'Tiêu chí 3 (nhóm “Sở, ban, ngành cấp tỉnh”)',
    );
    expect(whereText({ item: { kind: 'criterion', group: { index: 0 }, index: 1 } })).toBe(
      'Tiêu chí thứ 2 (nhóm thứ 1)',
    );
  });

  it('names a sub-criterion by its code, or by its position and, when known, its criterion', () => {
    expect(
      whereText({ item: { kind: 'sub-criterion', group: SO, code: '2.3', index: 2, criterion: 2 } }),
    ).toBe('Tiêu chí thành phần 2.3 (nhóm “Sở, ban, ngành cấp tỉnh”)');
    expect(whereText({ item: { kind: 'sub-criterion', group: SO, index: 2, criterion: 2 } })).toBe(
      'Tiêu chí thành phần thứ 3 của tiêu chí 2 (nhóm “Sở, ban, ngành cấp tỉnh”)',
    );
    expect(whereText({ item: { kind: 'sub-criterion', group: SO, index: 0 } })).toBe(
      'Tiêu chí thành phần thứ 1 (nhóm “Sở, ban, ngành cấp tỉnh”)',
    );
  });

  it('names a figure by its key or position, and a logic check by its position', () => {
    expect(whereText({ item: { kind: 'figure', group: SO, key: 'so_may_tinh', index: 0 } })).toBe(
      'Số liệu “so_may_tinh” (nhóm “Sở, ban, ngành cấp tỉnh”)',
    );
    expect(whereText({ item: { kind: 'figure', group: SO, index: 4 } })).toBe(
      'Số liệu thứ 5 (nhóm “Sở, ban, ngành cấp tỉnh”)',
    );
    expect(whereText({ item: { kind: 'check', group: { index: 2 }, index: 0 } })).toBe(
      'Kiểm tra lôgic thứ 1 (nhóm thứ 3)',
    );
  });

  it('follows the place in a workbook after a colon', () => {
    expect(
      whereText({
        sheet: 'Tiêu chí thành phần',
        row: 7,
        column: 'B',
        item: { kind: 'check', group: SO, index: 1 },
      }),
    ).toBe(
      'Trang “Tiêu chí thành phần”, dòng 7, cột B: Kiểm tra lôgic thứ 2 (nhóm “Sở, ban, ngành cấp tỉnh”)',
    );
  });
});
