/** Checks of command-line values; each returns Vietnamese problems instead of throwing, so all are listed at once. */

export const MIN_YEAR = 2016;
export const MAX_YEAR = 2100;

export function parseYear(raw: string | undefined): { year?: number; problems: string[] } {
  if (raw === undefined) return { problems: ['Thiếu tùy chọn --year (năm đánh giá, ví dụ --year 2026).'] };
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) return { problems: [`Năm “${raw}” không hợp lệ: cần 4 chữ số, ví dụ 2026.`] };
  const year = Number(text);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { problems: [`Năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`] };
  }
  return { year, problems: [] };
}
