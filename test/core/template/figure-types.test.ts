/**
 * The words of format 2 as a person reads them (the criteria workbook's drop-downs, a yes/no figure's
 * answers), the figures a rule reads, and how an answer typed into a cell is compared with an option.
 */
import {
  CHECK_KIND_SET,
  FIGURE_TYPE_SET,
  RULE_KIND_SET,
  SEVERITY_SET,
  YES_NO_ITEMS,
  listItems,
} from '../../../src/core/criteria/labels';
import { figureOptions } from '../../../src/core/scoring/figure-value';
import { optionKey, ruleFigures, type Figure } from '../../../src/core/template/figure-types';

const yesno = (partly: boolean): Figure => ({
  key: 'co_cong',
  label: 'Có cổng thông tin',
  type: 'yesno',
  partly,
  evidenceRequired: false,
});

describe('format 2 words', () => {
  test('the criteria workbook’s drop-downs list figure types, rule kinds, check kinds and severities in Vietnamese', () => {
    expect(listItems(FIGURE_TYPE_SET)).toEqual([
      'Số nguyên',
      'Tỷ lệ phần trăm',
      'Số thập phân',
      'Có/không',
      'Chọn một trong danh sách',
      'Ngày',
      'Văn bản',
    ]);
    expect(listItems(RULE_KIND_SET)).toEqual([
      'Tự chấm',
      'Có/không',
      'Tỷ lệ',
      'Theo bậc',
      'Theo số lượng',
      'Theo lựa chọn',
    ]);
    expect(listItems(CHECK_KIND_SET)).toEqual([
      'A ≤ b',
      'A ≥ b',
      'A = b + c',
      'Có b thì phải có a',
      'A trong giới hạn',
    ]);
    expect(listItems(SEVERITY_SET)).toEqual(['Lỗi', 'Cảnh báo']);
  });

  test('a yes/no figure offers “Có”, “Một phần” (when allowed) and “Không”', () => {
    expect(figureOptions(yesno(true))).toEqual(['Có', 'Một phần', 'Không']);
    expect(figureOptions(yesno(false))).toEqual(['Có', 'Không']);
    expect(YES_NO_ITEMS).toEqual(['Có', 'Không']);
  });
});

describe('ruleFigures', () => {
  test('names the figures each rule kind reads, numerator before denominator', () => {
    expect(ruleFigures({ kind: 'manual' })).toEqual([]);
    expect(ruleFigures({ kind: 'ratio', numerator: 'so_dung', denominator: 'tong_so' })).toEqual([
      'so_dung',
      'tong_so',
    ]);
    expect(ruleFigures({ kind: 'count', figure: 'so_may', perUnitHundredths: 50 })).toEqual(['so_may']);
    expect(ruleFigures({ kind: 'yesno', figure: 'co_cong' })).toEqual(['co_cong']);
  });
});

describe('optionKey', () => {
  test('compares as Excel’s TRIM does, ignoring case: runs of spaces become one, ends are cut', () => {
    expect(optionKey('  Một   Phần  ')).toBe('một phần');
    expect(optionKey(' Có')).toBe('có');
    expect(optionKey('Không ')).toBe('không');
    expect(optionKey('Mức  3 ')).toBe('mức 3');
  });

  test('keeps tabs and line breaks (TRIM cuts spaces only), so such an answer matches no option', () => {
    expect(optionKey('\tCó')).toBe('\tcó');
    expect(optionKey('Có\n')).not.toBe(optionKey('Có'));
  });
});
