/** Blank cells of the criteria workbook as the parser sees them. */
import { isBlank } from '../../../src/core/criteria/grid';

describe('a blank cell', () => {
  it('is empty or holds only spaces; any other text is not blank', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank('  \u00a0 ')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
    expect(isBlank(0)).toBe(false);
  });
});
