/** The consolidation's look (Nghị định 30/2020) as the appraisers see it in Excel and on paper. */
import {
  consolidationStyles,
  headerRowHeight,
  STYLES,
} from '../../../../src/core/consolidation/sheets/styles';

const font = { name: 'Times New Roman', size: 13 };
const cream = '#FFF8DC';
const grey = '#808080';

describe('consolidationStyles', () => {
  it('is Times New Roman 13 with thin borders; inputs cream and unlocked; a missing reason in red', () => {
    expect(consolidationStyles).toEqual({
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
      [STYLES.points]: {
        font,
        border: 'thin',
        horizontal: 'right',
        vertical: 'middle',
        numberFormat: '0.00',
      },
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
        fill: cream,
        locked: false,
      },
      [STYLES.inputText]: {
        font,
        border: 'thin',
        vertical: 'middle',
        wrap: true,
        fill: cream,
        locked: false,
      },
      [STYLES.helper]: { font: { ...font, color: grey }, border: 'thin', vertical: 'middle' },
      [STYLES.hash]: {
        font: { ...font, size: 9, color: grey },
        border: 'thin',
        vertical: 'middle',
        wrap: true,
      },
      [STYLES.figure]: {
        font,
        border: 'thin',
        horizontal: 'right',
        vertical: 'middle',
        numberFormat: 'General',
      },
      [STYLES.figureInput]: {
        font,
        border: 'thin',
        horizontal: 'right',
        vertical: 'middle',
        numberFormat: 'General',
        fill: cream,
        locked: false,
      },
      [STYLES.missingReason]: { font: { color: '#9C0006', bold: true }, fill: '#FFC7CE' },
      [STYLES.remark]: { font: { ...font, italic: true }, horizontal: 'left', vertical: 'top', wrap: true },
    });
  });
});

describe('headerRowHeight', () => {
  it('is two lines for short titles', () => {
    expect(headerRowHeight({ a: 'STT', b: 'Mã' }, { a: 6, b: 10 })).toBe(36);
  });

  it('fits the tallest title in bold, which wraps sooner than regular text', () => {
    // At 26 characters this title is 2 lines in regular 13 pt (37 pt) but 3 in bold (53 pt).
    const title = 'Tên cơ quan, đơn vị báo cáo số liệu thẩm định';
    expect(headerRowHeight({ a: 'STT', b: title }, { a: 6, b: 26 })).toBe(53);
  });
});
