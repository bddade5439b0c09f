/**
 * The look of the survey workbook (src/core/sheet/survey/styles.ts), style by style: what the agency sees —
 * Times New Roman, bordered table cells, green unlocked inputs, the colours the guide explains.
 */
import type { CellStyle } from '../../../src/core/sheet/spec';
import { BODY_SIZE, COLOURS, FONT, S, surveyStyles } from '../../../src/core/sheet/survey/styles';

const GREEN = '#E2EFDA';
const YELLOW = '#FFF2CC';
const RED = '#FF7C80';
const PURPLE = '#D9B3FF';
const ORANGE = '#F4B183';
const BLUE = '#9DC3E6';
const HEADER_BLUE = '#D9E1F2';
const GREY = '#F2F2F2';

const tnr = (size: number, extra: CellStyle['font'] = {}): CellStyle['font'] => ({
  name: 'Times New Roman',
  size,
  ...extra,
});
/** A cell of the table: thin border, centred vertically. */
const boxed = (style: CellStyle): CellStyle => ({ border: 'thin', vertical: 'middle', ...style });
const swatch = (fill: string): CellStyle => boxed({ font: tnr(11), fill, horizontal: 'center', wrap: true });
/** Conditional-format looks: a fill and bold dark text of the same hue. */
const flagged = (fill: string, color: string): CellStyle => ({ fill, font: { bold: true, color } });

describe('survey styles', () => {
  it('are Times New Roman, 12 pt in the body', () => {
    expect([FONT, BODY_SIZE]).toEqual(['Times New Roman', 12]);
  });

  it('name the fill colours the guide explains', () => {
    expect(COLOURS).toEqual({
      input: GREEN,
      blank: YELLOW,
      overCap: RED,
      negative: PURPLE,
      notNumber: ORANGE,
      tooManyDecimals: BLUE,
      header: HEADER_BLUE,
      criterion: GREY,
    });
  });

  it('give titles, labels and the signature block their fonts and alignment', () => {
    expect([S.title, S.subtitle, S.note, S.label, S.sign].map((s) => surveyStyles[s])).toEqual([
      { font: tnr(14, { bold: true }), horizontal: 'center', vertical: 'middle', wrap: true },
      { font: tnr(12, { italic: true }), horizontal: 'center', vertical: 'middle', wrap: true },
      { font: tnr(11, { italic: true }), horizontal: 'left', vertical: 'top', wrap: true },
      { font: tnr(12, { bold: true }), horizontal: 'left', vertical: 'middle', wrap: true },
      { font: tnr(12, { bold: true }), horizontal: 'center', vertical: 'top', wrap: true },
    ]);
  });

  it('mark every input green and unlocked, and nothing else unlocked', () => {
    expect(
      [S.infoInput, S.scoreInput, S.evidenceInput, S.figureInput, S.figureTextInput].map(
        (s) => surveyStyles[s],
      ),
    ).toEqual([
      boxed({ font: tnr(12), horizontal: 'left', wrap: true, fill: GREEN, locked: false }),
      boxed({
        font: tnr(12, { bold: true }),
        horizontal: 'center',
        numberFormat: '0.00',
        fill: GREEN,
        locked: false,
      }),
      boxed({ font: tnr(11), horizontal: 'left', wrap: true, fill: GREEN, locked: false }),
      boxed({ font: tnr(12, { bold: true }), horizontal: 'center', fill: GREEN, locked: false }),
      boxed({ font: tnr(12, { bold: true }), horizontal: 'center', wrap: true, fill: GREEN, locked: false }),
    ]);
    const unlocked = Object.entries(surveyStyles)
      .filter(([, style]) => style.locked === false)
      .map(([name]) => name);
    expect(unlocked.sort()).toEqual(
      [S.evidenceInput, S.figureInput, S.figureTextInput, S.infoInput, S.scoreInput].sort(),
    );
    // The cells right of a figure's value (merged with it) are green too, and stay locked.
    expect(surveyStyles[S.figureInputTail]).toEqual(boxed({ fill: GREEN }));
  });

  it('lay out the agency block and the table: header, criterion rows, sub-criterion rows, totals', () => {
    expect(
      [
        S.info,
        S.infoNumber,
        S.header,
        S.critCode,
        S.critTitle,
        S.critPoints,
        S.critBlank,
        S.subCode,
        S.subTitle,
        S.cap,
        S.counted,
        S.status,
        S.computedPoints,
        S.totalLabel,
        S.totalPoints,
        S.rating,
      ].map((s) => surveyStyles[s]),
    ).toEqual([
      boxed({ font: tnr(12), horizontal: 'left', wrap: true }),
      boxed({ font: tnr(12), horizontal: 'left', numberFormat: '0' }),
      boxed({ font: tnr(12, { bold: true }), fill: HEADER_BLUE, horizontal: 'center', wrap: true }),
      boxed({ font: tnr(12, { bold: true }), fill: GREY, horizontal: 'center' }),
      boxed({ font: tnr(12, { bold: true }), fill: GREY, horizontal: 'left', wrap: true }),
      boxed({ font: tnr(12, { bold: true }), fill: GREY, horizontal: 'center', numberFormat: '0.00' }),
      boxed({ font: tnr(12), fill: GREY }),
      boxed({ font: tnr(12), horizontal: 'center' }),
      boxed({ font: tnr(12), horizontal: 'left', wrap: true }),
      boxed({ font: tnr(12), horizontal: 'center', numberFormat: '0.00' }),
      boxed({ font: tnr(12), horizontal: 'center', numberFormat: '0.00' }),
      boxed({ font: tnr(11), horizontal: 'center', wrap: true }),
      boxed({
        font: tnr(12, { bold: true, italic: true }),
        horizontal: 'center',
        numberFormat: '0.00',
        fill: GREY,
      }),
      boxed({ font: tnr(12, { bold: true }), fill: HEADER_BLUE, horizontal: 'center' }),
      boxed({ font: tnr(13, { bold: true }), fill: HEADER_BLUE, horizontal: 'center', numberFormat: '0.00' }),
      boxed({ font: tnr(13, { bold: true }), fill: HEADER_BLUE, horizontal: 'center' }),
    ]);
  });

  it('set the guide in plain text under bold headings, with one swatch per colour', () => {
    expect([S.guideTitle, S.guideHeading, S.guideText].map((s) => surveyStyles[s])).toEqual([
      { font: tnr(14, { bold: true }), horizontal: 'center', vertical: 'middle', wrap: true },
      { font: tnr(12, { bold: true }), horizontal: 'left', vertical: 'bottom', wrap: true },
      { font: tnr(12), horizontal: 'left', vertical: 'top', wrap: true },
    ]);
    expect(
      [
        S.swatchInput,
        S.swatchBlank,
        S.swatchOverCap,
        S.swatchNegative,
        S.swatchNotNumber,
        S.swatchDecimals,
        S.swatchLocked,
      ].map((s) => surveyStyles[s]),
    ).toEqual([GREEN, YELLOW, RED, PURPLE, ORANGE, BLUE, '#FFFFFF'].map(swatch));
  });

  it('flag wrong entries, statuses and failed checks with the colours of their swatches', () => {
    expect(
      [
        S.cfBlank,
        S.cfOverCap,
        S.cfNegative,
        S.cfNotNumber,
        S.cfDecimals,
        S.cfStatusOk,
        S.cfStatusBad,
        S.cfCheckError,
        S.cfCheckWarning,
      ].map((s) => surveyStyles[s]),
    ).toEqual([
      { fill: YELLOW },
      flagged(RED, '#9C0006'),
      flagged(PURPLE, '#5B0F8C'),
      flagged(ORANGE, '#843C0C'),
      flagged(BLUE, '#1F4E79'),
      { font: { color: '#00612E' } },
      { font: { bold: true, color: '#C00000' } },
      flagged(RED, '#9C0006'),
      flagged(YELLOW, '#843C0C'),
    ]);
  });

  it('keep the hidden metadata cells as text', () => {
    expect(surveyStyles[S.meta]).toEqual({ numberFormat: '@', font: tnr(11) });
  });
});
