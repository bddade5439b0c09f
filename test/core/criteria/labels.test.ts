/** The drop-downs of the criteria workbook and the way back from a typed cell to the JSON value. */
import {
  CHECK_KIND_SET,
  RULE_KIND_SET,
  SEVERITY_SET,
  YES_NO_ITEMS,
  idOf,
  listItems,
  yesNoOf,
} from '../../../src/core/criteria/labels';

describe('criteria workbook drop-downs', () => {
  it('list the Vietnamese labels, first letter capitalised', () => {
    expect(listItems(RULE_KIND_SET)).toEqual([
      'Tự chấm',
      'Có/không',
      'Tỷ lệ',
      'Theo bậc',
      'Theo số lượng',
      'Theo lựa chọn',
    ]);
    expect(listItems(SEVERITY_SET)).toEqual(['Lỗi', 'Cảnh báo']);
    expect(YES_NO_ITEMS).toEqual(['Có', 'Không']);
  });

  it('read back a label in any case or the JSON id', () => {
    expect(idOf(RULE_KIND_SET, 'theo BẬC')).toBe('tiers');
    expect(idOf(RULE_KIND_SET, 'ratio')).toBe('ratio');
    expect(idOf(CHECK_KIND_SET, 'requiredWhen')).toBe('requiredWhen');
    expect(idOf(RULE_KIND_SET, 'theo cảm tính')).toBeNull();
  });
});

describe('yesNoOf', () => {
  it('reads “Có”/“Không”, true/false and “x” as another program writes them', () => {
    expect(['Có', 'có', 'TRUE', 'x', 'X', true].map(yesNoOf)).toEqual([true, true, true, true, true, true]);
    expect(['Không', 'FALSE', 'false', false].map(yesNoOf)).toEqual([false, false, false, false]);
  });

  it('refuses anything else', () => {
    expect(['Có lẽ', '', 1, 0, 'y'].map(yesNoOf)).toEqual([null, null, null, null, null]);
  });
});
