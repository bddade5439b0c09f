/**
 * How numbers, rank changes and dates are written in the December documents: the Vietnamese
 * decimal comma with exactly two decimals, whatever the computer's locale (no Intl involved).
 */

/** Hundredths as "85,50", "-1,05", "0,00": the tables' fixed two decimals. */
export function points2(h: number): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** A change of points with its sign: "+2,50", "-1,00", "0,00". */
export function signedPoints2(h: number): string {
  return h > 0 ? `+${points2(h)}` : points2(h);
}

/** Hundredths of a percent as "87,50 %". */
export function percent2(h: number): string {
  return `${points2(h)} %`;
}

/** `ngày … tháng … năm 2026`: the date left for the signatory to fill. */
export function blankDate(year: number): string {
  return `ngày      tháng      năm ${year}`;
}
