/**
 * How a cell's number reads on screen under its number format, in the Vietnamese notation
 * (comma decimals). Covers the formats the survey uses (General, 0, 0.00, 0.##, #,##0.00, %).
 */
const GENERAL_DIGITS = 10;

export function formatNumber(value: number, numberFormat: string): string {
  const format = numberFormat.split(';')[0] ?? 'General';
  if (format === '' || /^general$/i.test(format) || format === '@') {
    return new Intl.NumberFormat('vi-VN', {
      maximumFractionDigits: GENERAL_DIGITS,
      useGrouping: false,
    }).format(value);
  }
  const percent = format.includes('%');
  const decimals = /\.([0#]+)/.exec(format)?.[1] ?? '';
  const min = (decimals.match(/0/g) ?? []).length;
  const max = decimals.length;
  const text = new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    useGrouping: format.includes(','),
  }).format(percent ? value * 100 : value);
  return percent ? `${text}%` : text;
}
