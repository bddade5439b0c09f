/** One receipt time for a batch, typed as Vietnam time, decides lateness instead of the files' modification times. */
import type { Submission } from '../../src/core/consolidation/submission';
import { readReceivedAt, withReceivedAt } from '../../src/taskpane/consolidation/received-at';
import { formatVnDate } from '../../src/core/text/vn-date';

const instant = (text: string) => {
  const r = readReceivedAt(text);
  return r.ok ? r.instant : r.message;
};

describe('a common receipt time', () => {
  it('reads dd/mm/yyyy HH:mm (24-hour) as Vietnam time (UTC+7)', () => {
    expect(instant('20/11/2026 23:59')).toBe('2026-11-20T16:59:00Z');
    expect(instant(' 21/11/2026 06:30 ')).toBe('2026-11-20T23:30:00Z');
    expect(instant('1/2/2026 7:05')).toBe('2026-02-01T00:05:00Z');
  });

  it('reads the day before the month, never the American order', () => {
    expect(instant('03/04/2026 10:00')).toBe('2026-04-03T03:00:00Z');
  });

  it('refuses an empty, malformed or impossible value with a Vietnamese reason', () => {
    expect(instant('')).toMatch(/^Hãy nhập ngày và giờ nhận/);
    expect(instant('2026-11-20T10:00')).toMatch(
      /^Không đọc được “2026-11-20T10:00”: hãy nhập ngày\/tháng\/năm/,
    );
    expect(instant('20/11/2026 4:30 PM')).toMatch(/^Không đọc được/);
    expect(instant('20/11/2026')).toMatch(/^Không đọc được/);
    expect(instant('31/11/2026 10:00')).toBe('Ngày 31/11/2026 không có trong lịch.');
    expect(instant('29/02/2026 10:00')).toBe('Ngày 29/02/2026 không có trong lịch.');
    expect(instant('10/13/2026 10:00')).toBe('Ngày 10/13/2026 không có trong lịch.');
    expect(instant('20/11/2026 24:00')).toMatch(/^Giờ 24:00 không hợp lệ/);
    expect(instant('20/11/2026 10:60')).toMatch(/^Giờ 10:60 không hợp lệ/);
  });

  it('accepts 29 February in a leap year', () => {
    expect(instant('29/02/2028 00:00')).toBe('2028-02-28T17:00:00Z');
  });

  it('replaces every file time when given, and keeps them otherwise', () => {
    const s = { fileName: 'a.xlsx', receivedAt: '2026-11-28T01:00:00Z' } as Submission;
    expect(withReceivedAt([s], '2026-11-19T03:00:00Z')[0]?.receivedAt).toBe('2026-11-19T03:00:00Z');
    expect(withReceivedAt([s], null)[0]?.receivedAt).toBe('2026-11-28T01:00:00Z');
  });

  it('shows the deadline as Vietnamese write dates', () => {
    expect(formatVnDate('2026-11-20')).toBe('20/11/2026');
  });
});
