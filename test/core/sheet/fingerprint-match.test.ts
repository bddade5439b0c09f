import type { ReadCell, ReturnedWorkbook } from '../../../src/core/returned/types';
import { fingerprintFromReturned } from '../../../src/core/sheet/fingerprint';
import { hasFingerprint } from '../../../src/core/sheet/fingerprint-match';

const SHEET = 'Phiếu';

/** A small returned form: one sub-criterion (inputs D10, F10), its counted formula and subtotal. */
function form(edit: (cells: Record<string, ReadCell>) => void = () => undefined): ReturnedWorkbook {
  const cells: Record<string, ReadCell> = {
    A10: { value: '1.1' },
    C10: { value: 2 },
    D10: { value: 1.5 },
    E10: { value: 1.5, formula: 'IF(ISNUMBER(D10),MAX(0,MIN(ROUND(D10,2),2)),0)' },
    E9: { value: 1.5, formula: 'ROUND(SUM(E10:E10),2)' },
    F10: { value: 'Quyết định 12/QĐ-UBND' },
  };
  edit(cells);
  const name = (n: string, address: string) => ({
    name: n,
    sheet: SHEET,
    address,
    raw: `'${SHEET}'!${address}`,
  });
  return {
    fileName: 'x.xlsx',
    byteLength: 0,
    sha256: '',
    sheets: [{ name: SHEET, visibility: 'visible' }],
    names: [name('TC_1_1', 'D10'), name('MC_1_1', 'F10'), name('TC_1', 'E9')],
    customProperties: {},
    cells: { [SHEET]: cells },
  };
}

describe('hasFingerprint: a batch of forms checked against the fingerprint they store', () => {
  // Computed before each test, so Stryker runs only the tests that read a mutant here (see survey-spec.test.ts).
  let issued: string;
  beforeEach(() => {
    issued = fingerprintFromReturned(form(), SHEET);
  });

  it('accepts forms filled differently once one form with that fingerprint was verified', () => {
    expect(hasFingerprint(form(), SHEET, [], issued)).toBe(true);
    const other = form((c) => {
      c.D10 = { value: 0.25 };
      c.E10 = { ...c.E10, value: 0.25 } as ReadCell;
      delete c.F10;
    });
    expect(hasFingerprint(other, SHEET, [], issued)).toBe(true);
  });

  it('refuses, after a verified form, one whose formula, cap or title was edited', () => {
    expect(hasFingerprint(form(), SHEET, [], issued)).toBe(true);
    expect(
      hasFingerprint(
        form((c) => (c.E9 = { value: 9, formula: '9' })),
        SHEET,
        [],
        issued,
      ),
    ).toBe(false);
    expect(
      hasFingerprint(
        form((c) => (c.C10 = { value: 20 })),
        SHEET,
        [],
        issued,
      ),
    ).toBe(false);
    expect(
      hasFingerprint(
        form((c) => delete c.A10),
        SHEET,
        [],
        issued,
      ),
    ).toBe(false);
    expect(
      hasFingerprint(
        form((c) => (c.H10 = { value: 'thêm' })),
        SHEET,
        [],
        issued,
      ),
    ).toBe(false);
  });

  it('accepts the same structure written differently ($, case), as the full fingerprint does', () => {
    const spelled = form((c) => (c.E9 = { value: 3, formula: 'round(sum($E$10:E10), 2)' }));
    expect(hasFingerprint(form(), SHEET, [], issued)).toBe(true);
    expect(hasFingerprint(spelled, SHEET, [], issued)).toBe(true);
  });

  it('refuses a form whose names moved, and any form against an empty stored fingerprint', () => {
    const moved = form();
    moved.names = moved.names.map((n) => (n.name === 'TC_1' ? { ...n, address: 'E8' } : n));
    expect(hasFingerprint(form(), SHEET, [], issued)).toBe(true);
    expect(hasFingerprint(moved, SHEET, [], issued)).toBe(false);
    expect(hasFingerprint(form(), SHEET, [], '')).toBe(false);
  });

  it('takes a computed score cell as structure, not as an input', () => {
    const computed = fingerprintFromReturned(form(), SHEET, ['1.1']);
    expect(hasFingerprint(form(), SHEET, ['1.1'], computed)).toBe(true);
    expect(
      hasFingerprint(
        form((c) => (c.D10 = { value: 2 })),
        SHEET,
        ['1.1'],
        computed,
      ),
    ).toBe(false);
    expect(
      hasFingerprint(
        form((c) => (c.D10 = { value: 2 })),
        SHEET,
        [],
        issued,
      ),
    ).toBe(true);
  });

  it('refuses, after a verified form, one with a name fewer, renamed or pointing at another sheet', () => {
    const fewer = form();
    fewer.names = fewer.names.filter((n) => n.name !== 'TC_1');
    const longer = form();
    longer.names = [...longer.names, { name: 'TC_2', sheet: SHEET, address: 'E20', raw: `'${SHEET}'!E20` }];
    const renamed = form();
    renamed.names = renamed.names.map((n) => (n.name === 'MC_1_1' ? { ...n, name: 'MC_2_1' } : n));
    const elsewhere = form();
    elsewhere.names = elsewhere.names.map((n) => (n.name === 'TC_1' ? { ...n, sheet: 'Hướng dẫn' } : n));
    expect(hasFingerprint(form(), SHEET, [], issued)).toBe(true);
    expect(hasFingerprint(fewer, SHEET, [], issued)).toBe(false);
    expect(hasFingerprint(longer, SHEET, [], issued)).toBe(false);
    expect(hasFingerprint(renamed, SHEET, [], issued)).toBe(false);
    expect(hasFingerprint(elsewhere, SHEET, [], issued)).toBe(false);
  });

  it('refuses, after a verified form, an edited value under a blank formula and an added formula not yet calculated', () => {
    const blankFormula = (value: string) => form((c) => (c.A10 = { value, formula: ' ' }));
    const withBlank = fingerprintFromReturned(blankFormula('1.1'), SHEET);
    expect(withBlank).toBe(issued);
    expect(hasFingerprint(blankFormula('1.1'), SHEET, [], withBlank)).toBe(true);
    expect(hasFingerprint(blankFormula('1.2'), SHEET, [], withBlank)).toBe(false);
    expect(hasFingerprint(form(), SHEET, [], issued)).toBe(true);
    expect(
      hasFingerprint(
        form((c) => (c.H10 = { value: null, formula: 'SUM(E10:E10)' })),
        SHEET,
        [],
        issued,
      ),
    ).toBe(false);
  });

  it('checks the sheet it is asked about: a copy of the form on another sheet is not the form', () => {
    const wb = form();
    const copy = 'Phiếu (2)';
    wb.sheets.push({ name: copy, visibility: 'visible' });
    wb.cells[copy] = { ...wb.cells[SHEET] };
    expect(hasFingerprint(wb, SHEET, [], issued)).toBe(true);
    expect(hasFingerprint(wb, copy, [], issued)).toBe(false);
  });

  it('checks against the computed sub-criteria it is given, not those of the form verified before', () => {
    const computed = fingerprintFromReturned(form(), SHEET, ['1.1', '21.2']);
    expect(hasFingerprint(form(), SHEET, ['1.1', '21.2'], computed)).toBe(true);
    expect(hasFingerprint(form(), SHEET, [], computed)).toBe(false);
    // Another list that only runs together into the same text: 1.1 is not computed there.
    expect(hasFingerprint(form(), SHEET, ['1.12', '1.2'], computed)).toBe(false);
  });

  it('refuses, after a verified form, one whose only structural cell was edited', () => {
    // Forms reduced to their inputs and one structural cell: a formula only, then a cap only.
    const only = (cell: string, edited: ReadCell) =>
      form((c) => {
        for (const address of Object.keys(c)) if (!['D10', 'F10', cell].includes(address)) delete c[address];
        c[cell] = edited;
      });
    const formula = only('E10', { value: 1.5, formula: 'MIN(D10,2)' });
    const formulaFingerprint = fingerprintFromReturned(formula, SHEET);
    expect(hasFingerprint(formula, SHEET, [], formulaFingerprint)).toBe(true);
    expect(
      hasFingerprint(only('E10', { value: 1.5, formula: 'MIN(D10,3)' }), SHEET, [], formulaFingerprint),
    ).toBe(false);
    const cap = only('C10', { value: 2 });
    const capFingerprint = fingerprintFromReturned(cap, SHEET);
    expect(hasFingerprint(cap, SHEET, [], capFingerprint)).toBe(true);
    expect(hasFingerprint(only('C10', { value: 3 }), SHEET, [], capFingerprint)).toBe(false);
  });

  it('refuses a form emptied of all but its inputs, and, once such a form is verified, one with a cell added', () => {
    const emptied = (add: Record<string, ReadCell> = {}) =>
      form((c) => {
        for (const address of Object.keys(c)) if (!['D10', 'F10'].includes(address)) delete c[address];
        Object.assign(c, add);
      });
    expect(hasFingerprint(form(), SHEET, [], issued)).toBe(true);
    expect(hasFingerprint(emptied(), SHEET, [], issued)).toBe(false);
    const bare = fingerprintFromReturned(emptied(), SHEET);
    expect(hasFingerprint(emptied(), SHEET, [], bare)).toBe(true);
    expect(hasFingerprint(emptied({ B10: { value: 'Ứng dụng CNTT' } }), SHEET, [], bare)).toBe(false);
  });
});
