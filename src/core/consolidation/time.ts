/**
 * Instants as the consolidation stores them: ISO 8601 UTC at whole seconds in the state, and
 * Vietnam local time (UTC+7, no daylight saving) in the sheets, e.g. `2026-11-18 09:30:15 +07:00`.
 */
const VN_OFFSET_MS = 7 * 3600 * 1000;

export function normalizeInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new RangeError(`"${iso}" is not an ISO instant`);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function formatVnTime(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const t = new Date(ms + VN_OFFSET_MS).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 19)} +07:00`;
}

/** Reads back what formatVnTime wrote (or any ISO instant); `null` when unreadable. */
export function parseVnTime(text: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*([+-]\d{2}:\d{2}|Z)?$/.exec(text.trim());
  if (!m) return null;
  const ms = Date.parse(`${m[1]}T${m[2]}${m[3] ?? '+07:00'}`);
  return Number.isFinite(ms) ? normalizeInstant(new Date(ms).toISOString()) : null;
}

/**
 * Late = received after the end of the `returnBy` day in Vietnam time. The template's date is the
 * last day a return is on time ("trước 20/11" is read as "by the end of 20/11").
 */
export function isLate(receivedAt: string, returnBy: string): boolean {
  const deadline = Date.parse(`${returnBy}T23:59:59.999+07:00`);
  const received = Date.parse(receivedAt);
  return Number.isFinite(deadline) && Number.isFinite(received) && received > deadline;
}

export type VnDateTimeReading = { ok: true; instant: string } | { ok: false; message: string };

const VN_DATE_TIME_EXAMPLE = 'ví dụ 20/11/2026 16:30';

/**
 * Reads "dd/mm/yyyy HH:mm" (24-hour, Vietnam time) strictly: no rollover of 31/11 into December,
 * no AM/PM, so what the appraiser typed is exactly the instant used for lateness.
 */
export function parseVnDateTime(text: string): VnDateTimeReading {
  const t = text.trim();
  if (t === '')
    return {
      ok: false,
      message: `Hãy nhập ngày và giờ nhận (ngày/tháng/năm giờ:phút, ${VN_DATE_TIME_EXAMPLE}).`,
    };
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})[:h](\d{2})$/.exec(t);
  if (!m) {
    return {
      ok: false,
      message: `Không đọc được “${t}”: hãy nhập ngày/tháng/năm giờ:phút theo 24 giờ, ${VN_DATE_TIME_EXAMPLE}.`,
    };
  }
  const [day, month, year, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) {
    return { ok: false, message: `Ngày ${m[1]}/${m[2]}/${m[3]} không có trong lịch.` };
  }
  if (hour > 23 || minute > 59) {
    return { ok: false, message: `Giờ ${m[4]}:${m[5]} không hợp lệ: giờ từ 0 đến 23, phút từ 00 đến 59.` };
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute) - VN_OFFSET_MS;
  return { ok: true, instant: normalizeInstant(new Date(ms).toISOString()) };
}
