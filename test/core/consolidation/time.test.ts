/** Receipt times: stored in UTC, shown and typed in Vietnam time, late only after the whole last day. */
import { formatVnDate } from '../../../src/core/text/vn-date';
import {
  formatVnTime,
  isLate,
  normalizeInstant,
  parseVnDateTime,
  parseVnTime,
} from '../../../src/core/consolidation/time';

describe('instants', () => {
  it('are stored at whole seconds in UTC', () => {
    expect(normalizeInstant('2026-11-18T02:30:15.987Z')).toBe('2026-11-18T02:30:15Z');
    expect(normalizeInstant('2026-11-18T09:30:15+07:00')).toBe('2026-11-18T02:30:15Z');
    expect(() => normalizeInstant('hôm qua')).toThrow(RangeError);
  });

  it('are shown in Vietnam time, day first, and read back to the same instant', () => {
    expect(formatVnTime('2026-11-18T20:30:15Z')).toBe('19/11/2026 03:30:15 +07:00');
    expect(parseVnTime('19/11/2026 03:30:15 +07:00')).toBe('2026-11-18T20:30:15Z');
    expect(parseVnTime('19/11/2026 03:30')).toBe('2026-11-18T20:30:00Z');
    expect(parseVnTime('19/11/2026   03:30')).toBe('2026-11-18T20:30:00Z');
    expect(formatVnTime('không rõ')).toBe('không rõ');
    // The older ISO-like form, as consolidations written before still hold it.
    expect(parseVnTime('2026-11-19 03:30:15 +07:00')).toBe('2026-11-18T20:30:15Z');
    expect(parseVnTime(' 2026-11-19T03:30:15 ')).toBe('2026-11-18T20:30:15Z');
    expect(parseVnTime('2026-11-19 03:30:15Z')).toBe('2026-11-19T03:30:15Z');
    expect(parseVnTime('2026-11-19 03:30:15-01:00')).toBe('2026-11-19T04:30:15Z');
    for (const t of [
      '31/11/2026 03:30',
      '2026-11-19 03:30',
      '2026-11-19 03:30:15 GMT',
      'x2026-11-19 03:30:15',
      'x19/11/2026 03:30',
      '19/11/2026 03:30 sáng',
    ])
      expect(parseVnTime(t)).toBeNull();
    expect(parseVnTime('2026-13-45 03:30:15')).toBeNull();
  });
});

describe('lateness', () => {
  it('counts a form received any time on the last day as on time, one second later as late', () => {
    expect(isLate('2026-11-20T16:59:59Z', '2026-11-20')).toBe(false); // 23:59:59 in Vietnam
    // Receipt times can carry milliseconds (a file's modified time, the clock): the day's last one is on time.
    expect(isLate('2026-11-20T16:59:59.999Z', '2026-11-20')).toBe(false);
    expect(isLate('2026-11-20T17:00:00Z', '2026-11-20')).toBe(true); // 00:00 on the 21st
    expect(isLate('2026-11-19T17:00:00Z', '2026-11-20')).toBe(false);
  });

  it('never calls a form late when a date cannot be read', () => {
    expect(isLate('2027-01-01T00:00:00Z', 'cuối tháng')).toBe(false);
    expect(isLate('không rõ', '2026-11-20')).toBe(false);
  });
});

describe('dates and times as Vietnamese readers write them', () => {
  it('writes an ISO date day first', () => {
    expect(formatVnDate('2026-11-20')).toBe('20/11/2026');
    expect(formatVnDate('20/11/2026')).toBe('20/11/2026');
    expect(formatVnDate('2026-11-20T00:00')).toBe('2026-11-20T00:00');
  });

  it('reads a typed receipt time in Vietnam time, with a colon or an h', () => {
    expect(parseVnDateTime('20/11/2026 16:30')).toEqual({ ok: true, instant: '2026-11-20T09:30:00Z' });
    expect(parseVnDateTime(' 1/2/2026   7h05 ')).toEqual({ ok: true, instant: '2026-02-01T00:05:00Z' });
    expect(parseVnDateTime('31/12/2026 23:59')).toEqual({ ok: true, instant: '2026-12-31T16:59:00Z' });
    expect(parseVnDateTime('29/02/2028 00:00')).toEqual({ ok: true, instant: '2028-02-28T17:00:00Z' });
  });

  it('says what is wrong, in Vietnamese, for a blank, unreadable, impossible date or time', () => {
    expect(parseVnDateTime('  ')).toEqual({
      ok: false,
      message: 'Hãy nhập ngày và giờ nhận (ngày/tháng/năm giờ:phút, ví dụ 20/11/2026 16:30).',
    });
    expect(parseVnDateTime('20/11/2026 4:30 PM')).toEqual({
      ok: false,
      message:
        'Không đọc được “20/11/2026 4:30 PM”: hãy nhập ngày/tháng/năm giờ:phút theo 24 giờ, ví dụ 20/11/2026 16:30.',
    });
    for (const t of [
      '20/11/26 16:30',
      '20-11-2026 16:30',
      '20/11/2026 16:3',
      '20/11/2026',
      'x20/11/2026 16:30',
    ])
      expect(parseVnDateTime(t).ok).toBe(false);
    expect(parseVnDateTime('31/11/2026 08:00')).toEqual({
      ok: false,
      message: 'Ngày 31/11/2026 không có trong lịch.',
    });
    expect(parseVnDateTime('29/02/2026 08:00')).toEqual({
      ok: false,
      message: 'Ngày 29/02/2026 không có trong lịch.',
    });
    expect(parseVnDateTime('0/11/2026 08:00').ok).toBe(false);
    expect(parseVnDateTime('10/0/2026 08:00').ok).toBe(false);
    expect(parseVnDateTime('10/13/2026 08:00').ok).toBe(false);
    expect(parseVnDateTime('20/11/2026 24:00')).toEqual({
      ok: false,
      message: 'Giờ 24:00 không hợp lệ: giờ từ 0 đến 23, phút từ 00 đến 59.',
    });
    expect(parseVnDateTime('20/11/2026 23:60').ok).toBe(false);
    expect(parseVnDateTime('20/11/2026 23:59').ok).toBe(true);
  });
});
