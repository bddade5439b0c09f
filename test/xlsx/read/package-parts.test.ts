/** The package's declared sizes against the caller's limits: the total is allowed up to the limit itself. */
import { strToU8 } from 'fflate';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { buildPackageParts, zipParts } from '../../support/xlsx/package-builder';

const FORM = 'Phiếu';

describe('the declared total of all entries', () => {
  let bytes: Uint8Array;
  let total: number;

  beforeEach(() => {
    const parts = buildPackageParts({
      sheets: [{ name: FORM, sheetData: '<row r="1"><c r="A1"><v>7</v></c></row>' }],
      definedNames: `<definedName name="TC_1_1">'${FORM}'!$A$1</definedName>`,
    });
    bytes = zipParts(parts);
    total = Object.values(parts).reduce(
      (sum, p) => sum + (typeof p === 'string' ? strToU8(p).length : p.length),
      0,
    );
  });

  test('exactly at the limit, the file is read', () => {
    const outcome = readReturnedWorkbook(bytes, 'vua-du.xlsx', { maxTotalBytes: total });
    expect(outcome.ok && outcome.workbook.cells[FORM]).toEqual({ A1: { value: 7 } });
  });

  test('one byte over the limit, the file is refused as a zip bomb', () => {
    const outcome = readReturnedWorkbook(bytes, 'vuot.xlsx', { maxTotalBytes: total - 1 });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem.code).toBe('zip-bomb');
    expect(!outcome.ok && outcome.problem.message).toContain('“vuot.xlsx”');
  });
});
