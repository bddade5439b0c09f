/** Named styles of the survey workbook: Times New Roman, official and sober, inputs clearly marked. */
import type { CellStyle } from '../spec';
import { META_STYLE, metaStyle } from '../metadata';

export const FONT = 'Times New Roman';
export const BODY_SIZE = 12;

/** Fill colours; the guide sheet explains each one. */
export const COLOURS = {
  input: '#E2EFDA',
  blank: '#FFF2CC',
  overCap: '#FF7C80',
  negative: '#D9B3FF',
  notNumber: '#F4B183',
  tooManyDecimals: '#9DC3E6',
  header: '#D9E1F2',
  criterion: '#F2F2F2',
} as const;

const font = (extra: CellStyle['font'] = {}): CellStyle['font'] => ({ name: FONT, size: BODY_SIZE, ...extra });

export const S = {
  title: 'title',
  subtitle: 'subtitle',
  note: 'note',
  label: 'label',
  info: 'info',
  infoInput: 'infoInput',
  infoNumber: 'infoNumber',
  header: 'header',
  critCode: 'critCode',
  critTitle: 'critTitle',
  critPoints: 'critPoints',
  critBlank: 'critBlank',
  subCode: 'subCode',
  subTitle: 'subTitle',
  cap: 'cap',
  scoreInput: 'scoreInput',
  counted: 'counted',
  evidenceInput: 'evidenceInput',
  status: 'status',
  totalLabel: 'totalLabel',
  totalPoints: 'totalPoints',
  rating: 'rating',
  guideTitle: 'guideTitle',
  guideHeading: 'guideHeading',
  guideText: 'guideText',
  swatchInput: 'swatchInput',
  swatchBlank: 'swatchBlank',
  swatchOverCap: 'swatchOverCap',
  swatchNegative: 'swatchNegative',
  swatchNotNumber: 'swatchNotNumber',
  swatchDecimals: 'swatchDecimals',
  swatchLocked: 'swatchLocked',
  cfBlank: 'cfBlank',
  cfOverCap: 'cfOverCap',
  cfNegative: 'cfNegative',
  cfNotNumber: 'cfNotNumber',
  cfDecimals: 'cfDecimals',
  cfStatusOk: 'cfStatusOk',
  cfStatusBad: 'cfStatusBad',
  meta: META_STYLE,
} as const;

const cell = (style: CellStyle): CellStyle => ({ border: 'thin', vertical: 'middle', ...style });
const swatch = (fill: string): CellStyle => cell({ font: font({ size: 11 }), fill, horizontal: 'center', wrap: true });

export const surveyStyles: Record<string, CellStyle> = {
  [S.title]: { font: font({ size: 14, bold: true }), horizontal: 'center', vertical: 'middle', wrap: true },
  [S.subtitle]: { font: font({ italic: true }), horizontal: 'center', vertical: 'middle', wrap: true },
  [S.note]: { font: font({ size: 11, italic: true }), horizontal: 'left', vertical: 'top', wrap: true },
  [S.label]: { font: font({ bold: true }), horizontal: 'left', vertical: 'middle', wrap: true },
  [S.info]: cell({ font: font(), horizontal: 'left', wrap: true }),
  [S.infoInput]: cell({ font: font(), horizontal: 'left', wrap: true, fill: COLOURS.input, locked: false }),
  [S.infoNumber]: cell({ font: font(), horizontal: 'left', numberFormat: '0' }),
  [S.header]: cell({ font: font({ bold: true }), fill: COLOURS.header, horizontal: 'center', wrap: true }),
  [S.critCode]: cell({ font: font({ bold: true }), fill: COLOURS.criterion, horizontal: 'center' }),
  [S.critTitle]: cell({ font: font({ bold: true }), fill: COLOURS.criterion, horizontal: 'left', wrap: true }),
  [S.critPoints]: cell({ font: font({ bold: true }), fill: COLOURS.criterion, horizontal: 'center', numberFormat: '0.00' }),
  [S.critBlank]: cell({ font: font(), fill: COLOURS.criterion }),
  [S.subCode]: cell({ font: font(), horizontal: 'center' }),
  [S.subTitle]: cell({ font: font(), horizontal: 'left', wrap: true }),
  [S.cap]: cell({ font: font(), horizontal: 'center', numberFormat: '0.00' }),
  [S.scoreInput]: cell({ font: font({ bold: true }), horizontal: 'center', numberFormat: '0.00', fill: COLOURS.input, locked: false }),
  [S.counted]: cell({ font: font(), horizontal: 'center', numberFormat: '0.00' }),
  [S.evidenceInput]: cell({ font: font({ size: 11 }), horizontal: 'left', wrap: true, fill: COLOURS.input, locked: false }),
  [S.status]: cell({ font: font({ size: 11 }), horizontal: 'center', wrap: true }),
  [S.totalLabel]: cell({ font: font({ bold: true }), fill: COLOURS.header, horizontal: 'center' }),
  [S.totalPoints]: cell({ font: font({ bold: true, size: 13 }), fill: COLOURS.header, horizontal: 'center', numberFormat: '0.00' }),
  [S.rating]: cell({ font: font({ bold: true, size: 13 }), fill: COLOURS.header, horizontal: 'center' }),
  [S.guideTitle]: { font: font({ size: 14, bold: true }), horizontal: 'center', vertical: 'middle', wrap: true },
  [S.guideHeading]: { font: font({ bold: true }), horizontal: 'left', vertical: 'bottom', wrap: true },
  [S.guideText]: { font: font(), horizontal: 'left', vertical: 'top', wrap: true },
  [S.swatchInput]: swatch(COLOURS.input),
  [S.swatchBlank]: swatch(COLOURS.blank),
  [S.swatchOverCap]: swatch(COLOURS.overCap),
  [S.swatchNegative]: swatch(COLOURS.negative),
  [S.swatchNotNumber]: swatch(COLOURS.notNumber),
  [S.swatchDecimals]: swatch(COLOURS.tooManyDecimals),
  [S.swatchLocked]: swatch('#FFFFFF'),
  [S.cfBlank]: { fill: COLOURS.blank },
  [S.cfOverCap]: { fill: COLOURS.overCap, font: { bold: true, color: '#9C0006' } },
  [S.cfNegative]: { fill: COLOURS.negative, font: { bold: true, color: '#5B0F8C' } },
  [S.cfNotNumber]: { fill: COLOURS.notNumber, font: { bold: true, color: '#843C0C' } },
  [S.cfDecimals]: { fill: COLOURS.tooManyDecimals, font: { bold: true, color: '#1F4E79' } },
  [S.cfStatusOk]: { font: { color: '#00612E' } },
  [S.cfStatusBad]: { font: { bold: true, color: '#C00000' } },
  [S.meta]: metaStyle,
};
