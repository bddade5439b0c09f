/** Dates as Vietnamese readers write them (src/core/text/vn-date.ts): day/month/year, from an ISO date only. */
import { formatVnDate } from '../../../src/core/text/vn-date';

describe('formatVnDate', () => {
  it('writes an ISO date day first, keeping the leading zeros', () => {
    expect(formatVnDate('2026-11-20')).toBe('20/11/2026');
    expect(formatVnDate('2027-01-05')).toBe('05/01/2027');
  });

  it('gives anything but a whole ISO date back as it is', () => {
    for (const text of [
      '20/11/2026',
      '2026-11-20T00:00',
      'ngày 2026-11-20',
      '26-11-20',
      '2026-1-20',
      '2026-11-5',
      'abcd-11-20',
      '2026-ab-20',
      '2026-11-ab',
      '',
    ])
      expect(formatVnDate(text)).toBe(text);
  });
});
