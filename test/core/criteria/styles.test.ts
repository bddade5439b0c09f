/** The look of the criteria workbook's cells: the survey's font, inputs unlocked in the input colour, formulas grey. */
import { buildCriteriaWorkbook } from '../../../src/core/criteria/build';
import {
  columnOf,
  FIRST_DATA_ROW,
  HEADER_ROW,
  INFO_SHEET,
  REGIME_SHEET,
  SUB_COLUMNS,
  SUBS_SHEET,
} from '../../../src/core/criteria/layout';
import { builtInRegime } from '../../../src/core/regime/load';
import type { CellStyle } from '../../../src/core/sheet/spec';
import { BODY_SIZE, COLOURS, FONT } from '../../../src/core/sheet/survey/styles';
import { format2Template } from '../../support/format2-template';

const spec = buildCriteriaWorkbook({ regime: builtInRegime, template: format2Template() });
const sheetOf = (name: string) => spec.sheets.find((s) => s.name === name);

function look(sheet: string, row: number, col: number): CellStyle | undefined {
  const style = sheetOf(sheet)?.cells.find((c) => c.row === row && c.col === col)?.style;
  return style === undefined ? undefined : spec.styles[style];
}

const body = { name: FONT, size: BODY_SIZE };
const boxed = { border: 'thin', vertical: 'top', wrap: true } as const;
const sub = (field: string): number => columnOf(SUB_COLUMNS, field);

describe('the look of the criteria workbook', () => {
  it('titles are large and bold; headers bold, centred on the header colour, in a wrapped box', () => {
    expect(look(INFO_SHEET, 1, 1)).toEqual({
      font: { ...body, size: 14, bold: true },
      horizontal: 'left',
      vertical: 'middle',
    });
    expect(look(SUBS_SHEET, HEADER_ROW, 1)).toEqual({
      ...boxed,
      font: { ...body, bold: true },
      fill: COLOURS.header,
      horizontal: 'center',
    });
  });

  it('the general information sheet: bold labels, small italic notes', () => {
    expect(look(INFO_SHEET, 3, 1)).toEqual({ ...boxed, font: { ...body, bold: true }, horizontal: 'left' });
    expect(look(INFO_SHEET, 3, 3)).toEqual({
      font: { ...body, size: 11, italic: true },
      horizontal: 'left',
      vertical: 'top',
      wrap: true,
    });
  });

  it('inputs are unlocked in the input colour: text kept as typed, codes centred, numbers as numbers', () => {
    const input = { ...boxed, font: body, fill: COLOURS.input, locked: false };
    expect(look(SUBS_SHEET, FIRST_DATA_ROW, sub('title'))).toEqual({ ...input, numberFormat: '@' });
    expect(look(SUBS_SHEET, FIRST_DATA_ROW, sub('code'))).toEqual({
      ...input,
      numberFormat: '@',
      horizontal: 'center',
    });
    expect(look(SUBS_SHEET, FIRST_DATA_ROW, sub('cap'))).toEqual({
      ...input,
      numberFormat: 'General',
      horizontal: 'center',
    });
  });

  it('formulas and the reference sheet stay locked on the grey of computed cells', () => {
    expect(look(SUBS_SHEET, FIRST_DATA_ROW, sub('runningSum'))).toEqual({
      ...boxed,
      font: body,
      fill: COLOURS.criterion,
      horizontal: 'center',
      numberFormat: '0.##',
    });
    expect(look(REGIME_SHEET, FIRST_DATA_ROW, 1)).toEqual({ ...boxed, font: body, fill: COLOURS.criterion });
  });

  it('the cap check shows “Đủ” in bold green and a shortfall or excess in bold red on red', () => {
    const formats = sheetOf(SUBS_SHEET)?.conditionalFormats ?? [];
    const styleOf = (formula: string): CellStyle | undefined => {
      const name = formats.find((f) => f.formula.includes(formula))?.style;
      return name === undefined ? undefined : spec.styles[name];
    };
    expect(styleOf('="Đủ"')).toEqual({ font: { color: '#00612E', bold: true } });
    expect(styleOf('Vượt tối đa')).toEqual({ fill: COLOURS.overCap, font: { bold: true, color: '#9C0006' } });
  });
});
