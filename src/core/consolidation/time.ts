/**
 * Instants as the consolidation stores them: ISO 8601 UTC at whole seconds in the state, and
 * Vietnam local time (UTC+7, no daylight saving) in the sheets, the Vietnamese way with its offset,
 * e.g. `18/11/2026 09:30:15 +07:00` (read back on re-merge, as is the older `2026-11-18 09:30:15 +07:00`).
 */
import { formatVnDate } from '../text/vn-date';

const VN_OFFSET_MS = 7 * 3600 * 1000;

export function normalizeInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new RangeError(`"${iso}" is not an ISO instant`);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function formatVnTime(iso: string): string {
  const clock = formatVnClock(iso);
  return clock === iso ? iso : `${clock} +07:00`;
}

/** `18/11/2026 09:30:15`: Vietnam time without its offset, for a reader told it is Vietnam time. */
export function formatVnClock(iso: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const t = new Date(ms + VN_OFFSET_MS).toISOString();
  return `${formatVnDate(t.slice(0, 10))} ${t.slice(11, 19)}`;
}

const ISO_LIKE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*([+-]\d{2}:\d{2}|Z)?$/;
const VN_LIKE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:\d{2}|Z)?$/;

/**
 * Reads back what formatVnTime writes, its older ISO-like form, or any ISO instant; also
 * `18/11/2026 09:30` typed by hand. Vietnam time unless an offset is given; `null` when unreadable.
 */
export function parseVnTime(text: string): string | null {
  const t = text.trim();
  const iso = ISO_LIKE.exec(t);
  if (iso) return instantOf(`${iso[1]}T${iso[2]}`, iso[3]);
  const vn = VN_LIKE.exec(t);
  if (!vn) return null;
  const [day, month, year, hour, minute, second] = vn.slice(1, 7).map((x) => Number(x ?? 0)) as number[];
  if (
    !isCalendarDay(day ?? 0, month ?? 0, year ?? 0) ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 59
  )
    return null;
  const pad = (n: number | undefined, width = 2): string => String(n ?? 0).padStart(width, '0');
  return instantOf(
    `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`,
    vn[7],
  );
}

function instantOf(localIso: string, offset: string | undefined): string | null {
  const ms = Date.parse(`${localIso}${offset ?? '+07:00'}`);
  return Number.isFinite(ms) ? normalizeInstant(new Date(ms).toISOString()) : null;
}

/** No rollover of 31/11 into December. */
function isCalendarDay(day: number, month: number, year: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
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
  if (!isCalendarDay(day, month, year)) {
    return { ok: false, message: `Ngày ${m[1]}/${m[2]}/${m[3]} không có trong lịch.` };
  }
  if (hour > 23 || minute > 59) {
    return { ok: false, message: `Giờ ${m[4]}:${m[5]} không hợp lệ: giờ từ 0 đến 23, phút từ 00 đến 59.` };
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute) - VN_OFFSET_MS;
  return { ok: true, instant: normalizeInstant(new Date(ms).toISOString()) };
}
