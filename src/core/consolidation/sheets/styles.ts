/** The official look (Nghị định 30/2020): Times New Roman 13, black, full thin borders, 2 decimals. */
import { wrappedRowHeight } from '../../sheet/row-height';
import type { CellStyle } from '../../sheet/spec';

const font = { name: 'Times New Roman', size: 13 };

export const STYLES = {
  title: 'c-title',
  note: 'c-note',
  header: 'c-header',
  text: 'c-text',
  textCenter: 'c-text-center',
  points: 'c-points',
  tablePoints: 'c-table-points',
  integer: 'c-integer',
  input: 'c-input',
  inputText: 'c-input-text',
  helper: 'c-helper',
  hash: 'c-hash',
  remark: 'c-remark',
  /** A figure (number or text) as reported or corrected: shown as entered, not as points. */
  figure: 'c-figure',
  figureInput: 'c-figure-input',
  /** Conditional format: an appraised value without a reason. */
  missingReason: 'c-missing-reason',
} as const;

export const consolidationStyles: Record<string, CellStyle> = {
  [STYLES.title]: { font: { ...font, bold: true }, horizontal: 'center', vertical: 'middle', wrap: true },
  [STYLES.note]: { font: { ...font, italic: true }, wrap: false },
  [STYLES.header]: {
    font: { ...font, bold: true },
    border: 'thin',
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
  },
  [STYLES.text]: { font, border: 'thin', vertical: 'middle', wrap: true },
  [STYLES.textCenter]: { font, border: 'thin', horizontal: 'center', vertical: 'middle' },
  [STYLES.points]: { font, border: 'thin', horizontal: 'right', vertical: 'middle', numberFormat: '0.00' },
  // Centred like the published tables of other provinces; a right-aligned number touches the border once pasted into Word.
  [STYLES.tablePoints]: {
    font,
    border: 'thin',
    horizontal: 'center',
    vertical: 'middle',
    numberFormat: '0.00',
  },
  [STYLES.integer]: { font, border: 'thin', horizontal: 'center', vertical: 'middle', numberFormat: '0' },
  [STYLES.input]: {
    font,
    border: 'thin',
    vertical: 'middle',
    numberFormat: '0.00',
    fill: '#FFF8DC',
    locked: false,
  },
  [STYLES.inputText]: {
    font,
    border: 'thin',
    vertical: 'middle',
    wrap: true,
    fill: '#FFF8DC',
    locked: false,
  },
  [STYLES.helper]: { font: { ...font, color: '#808080' }, border: 'thin', vertical: 'middle' },
  // A file hash is for checking, not reading: small and wrapped, so it is printed whole, not clipped.
  [STYLES.hash]: {
    font: { ...font, size: 9, color: '#808080' },
    border: 'thin',
    vertical: 'middle',
    wrap: true,
  },
  [STYLES.figure]: { font, border: 'thin', horizontal: 'right', vertical: 'middle', numberFormat: 'General' },
  [STYLES.figureInput]: {
    font,
    border: 'thin',
    horizontal: 'right',
    vertical: 'middle',
    numberFormat: 'General',
    fill: '#FFF8DC',
    locked: false,
  },
  [STYLES.missingReason]: { font: { color: '#9C0006', bold: true }, fill: '#FFC7CE' },
  [STYLES.remark]: { font: { ...font, italic: true }, horizontal: 'left', vertical: 'top', wrap: true },
};

/** Height of a header row in the header style: its tallest wrapped title, at least two lines. */
export function headerRowHeight<K extends string>(
  headers: Record<K, string>,
  widths: Record<K, number>,
): number {
  const keys = Object.keys(headers) as K[];
  return Math.max(
    36,
    ...keys.map((k) => wrappedRowHeight(headers[k], widths[k], font.size, 0, { bold: true })),
  );
}
