/**
 * Times in the consolidation's register and log are written the Vietnamese way (dd/mm/yyyy, 24 h,
 * with the offset) and read back on re-merge, as are those written before in the ISO-like form.
 */
import { formatVnTime, parseVnTime } from '../../../src/core/consolidation/time';

describe('Vietnamese times of the register and the log', () => {
  it('writes dd/mm/yyyy HH:mm:ss in Vietnam time, 24-hour, with its offset', () => {
    expect(formatVnTime('2026-11-18T02:30:15Z')).toBe('18/11/2026 09:30:15 +07:00');
    // 16:05 UTC is 23:05 in Vietnam: 24-hour time, never 11 PM.
    expect(formatVnTime('2026-11-30T16:05:00Z')).toBe('30/11/2026 23:05:00 +07:00');
  });

  it('reads back what it writes, and what older consolidations wrote', () => {
    for (const iso of ['2026-11-18T02:30:15Z', '2026-11-30T16:59:59Z', '2026-01-01T00:00:00Z'])
      expect(parseVnTime(formatVnTime(iso))).toBe(iso);
    expect(parseVnTime('2026-11-18 09:30:15 +07:00')).toBe('2026-11-18T02:30:15Z');
  });

  it('reads a time typed by hand in Vietnam time, and refuses a day not in the calendar', () => {
    expect(parseVnTime('18/11/2026 09:30')).toBe('2026-11-18T02:30:00Z');
    expect(parseVnTime('8/1/2026 9:05:07')).toBe('2026-01-08T02:05:07Z');
    expect(parseVnTime('31/11/2026 09:30')).toBeNull();
    expect(parseVnTime('18/11/2026 24:00')).toBeNull();
    expect(parseVnTime('11/18/2026 09:30 PM')).toBeNull();
  });
});
