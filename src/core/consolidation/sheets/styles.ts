/** The official look (Nghị định 30/2020): Times New Roman 13, black, full thin borders, 2 decimals. */
import type { CellStyle } from '../../sheet/spec';

const font = { name: 'Times New Roman', size: 13 };

export const STYLES = {
  title: 'c-title',
  note: 'c-note',
  header: 'c-header',
  text: 'c-text',
  textCenter: 'c-text-center',
  points: 'c-points',
  integer: 'c-integer',
  input: 'c-input',
  inputText: 'c-input-text',
  helper: 'c-helper',
} as const;

export const consolidationStyles: Record<string, CellStyle> = {
  [STYLES.title]: { font: { ...font, bold: true }, horizontal: 'center', vertical: 'middle', wrap: true },
  [STYLES.note]: { font: { ...font, italic: true }, wrap: false },
  [STYLES.header]: { font: { ...font, bold: true }, border: 'thin', horizontal: 'center', vertical: 'middle', wrap: true },
  [STYLES.text]: { font, border: 'thin', vertical: 'middle', wrap: true },
  [STYLES.textCenter]: { font, border: 'thin', horizontal: 'center', vertical: 'middle' },
  [STYLES.points]: { font, border: 'thin', horizontal: 'right', vertical: 'middle', numberFormat: '0.00' },
  [STYLES.integer]: { font, border: 'thin', horizontal: 'center', vertical: 'middle', numberFormat: '0' },
  [STYLES.input]: { font, border: 'thin', vertical: 'middle', numberFormat: '0.00', fill: '#FFF8DC', locked: false },
  [STYLES.inputText]: { font, border: 'thin', vertical: 'middle', wrap: true, fill: '#FFF8DC', locked: false },
  [STYLES.helper]: { font: { ...font, color: '#808080' }, border: 'thin', vertical: 'middle' },
};
