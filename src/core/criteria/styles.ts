/** Named styles of the criteria workbook: the survey's font, inputs in the survey's input colour. */
import type { CellStyle } from '../sheet/spec';
import { BODY_SIZE, COLOURS, FONT } from '../sheet/survey/styles';

export const CS = {
  title: 'btcTitle',
  header: 'btcHeader',
  label: 'btcLabel',
  note: 'btcNote',
  textInput: 'btcTextInput',
  codeInput: 'btcCodeInput',
  numberInput: 'btcNumberInput',
  formula: 'btcFormula',
  fixed: 'btcFixed',
  cfOk: 'btcOk',
  cfBad: 'btcBad',
} as const;

const font = { name: FONT, size: BODY_SIZE };
const box = (style: CellStyle): CellStyle => ({ border: 'thin', vertical: 'top', wrap: true, ...style });

export const criteriaStyles: Record<string, CellStyle> = {
  [CS.title]: { font: { ...font, size: 14, bold: true }, horizontal: 'left', vertical: 'middle' },
  [CS.header]: box({ font: { ...font, bold: true }, fill: COLOURS.header, horizontal: 'center' }),
  [CS.label]: box({ font: { ...font, bold: true }, horizontal: 'left' }),
  [CS.note]: { font: { ...font, size: 11, italic: true }, horizontal: 'left', vertical: 'top', wrap: true },
  // Text format keeps codes such as 2.10 and dates such as 31/10/2026 exactly as typed.
  [CS.textInput]: box({ font, fill: COLOURS.input, numberFormat: '@', locked: false }),
  [CS.codeInput]: box({ font, fill: COLOURS.input, numberFormat: '@', horizontal: 'center', locked: false }),
  [CS.numberInput]: box({
    font,
    fill: COLOURS.input,
    horizontal: 'center',
    numberFormat: 'General',
    locked: false,
  }),
  [CS.formula]: box({ font, fill: COLOURS.criterion, horizontal: 'center', numberFormat: '0.##' }),
  [CS.fixed]: box({ font, fill: COLOURS.criterion }),
  [CS.cfOk]: { font: { color: '#00612E', bold: true } },
  [CS.cfBad]: { fill: COLOURS.overCap, font: { bold: true, color: '#9C0006' } },
};
