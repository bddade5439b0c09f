import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import {
  type FingerprintInput,
  fingerprintFromReturned,
  fingerprintFromSpec,
  formFingerprint,
  normalizeFormula,
} from '../../../src/core/sheet/fingerprint';
import type { WorkbookSpec } from '../../../src/core/sheet/spec';
import { returnedFromSpec } from '../../support/consolidation/returned';

const base = {
  sheetName: 'Phiếu',
  names: [
    { name: 'TC_1_1', address: 'D10' },
    { name: 'MC_1_1', address: 'F10' },
    { name: 'TC_1', address: 'E9' },
    { name: 'TEN_DON_VI', address: 'C3' },
    { name: '_xlnm.Print_Titles', address: '$8:$8' },
  ],
  cells: [
    { address: 'A10', value: '1.1' },
    { address: 'C10', value: 2 },
    { address: 'E10', value: 0, formula: 'IF(ISNUMBER(D10),MAX(0,MIN(ROUND(D10,2),2)),0)' },
    { address: 'E9', value: 0, formula: 'ROUND(SUM(E10:E10),2)' },
    { address: 'D10', value: null },
    { address: 'C3', value: null },
  ],
};

describe('form fingerprint', () => {
  // Computed in each test, so Stryker runs only the tests that read a mutant here (see survey-spec.test.ts).
  const fp = () => formFingerprint(base);

  it('is a versioned SHA-256', () => {
    expect(fp()).toMatch(/^v1:[0-9a-f]{64}$/);
  });

  it('does not change when the form is filled or recalculated', () => {
    const filled = {
      ...base,
      cells: base.cells.map((c) =>
        c.address === 'D10'
          ? { ...c, value: 1.5 }
          : c.address === 'C3'
            ? { ...c, value: 'Sở Tư pháp' }
            : c.address === 'E10'
              ? { ...c, value: 1.5 }
              : c,
      ),
    };
    expect(formFingerprint(filled)).toBe(fp());
  });

  it('ignores cell order, $ signs, spacing, case, _xlfn. prefixes and non-contract names', () => {
    const reordered = {
      ...base,
      names: [...base.names]
        .reverse()
        .filter((n) => !n.name.startsWith('_'))
        .map((n) => ({ ...n, address: `$${n.address.replace(/(\d)/, '$$$1')}` })),
      cells: [...base.cells]
        .reverse()
        .map((c) =>
          c.formula ? { ...c, formula: `= ${c.formula.toLowerCase().replace('round', '_xlfn.ROUND')} ` } : c,
        ),
    };
    expect(formFingerprint(reordered)).toBe(fp());
  });

  it('changes when a cap, a code, a formula, a name or the sheet name is edited', () => {
    const variants = [
      { ...base, sheetName: 'Phieu' },
      { ...base, cells: base.cells.map((c) => (c.address === 'C10' ? { ...c, value: 3 } : c)) },
      { ...base, cells: base.cells.map((c) => (c.address === 'A10' ? { ...c, value: '1.2' } : c)) },
      {
        ...base,
        cells: base.cells.map((c) =>
          c.address === 'E10' ? { ...c, formula: 'IF(ISNUMBER(D10),D10,0)' } : c,
        ),
      },
      { ...base, names: base.names.map((n) => (n.name === 'TC_1_1' ? { ...n, address: 'D11' } : n)) },
      { ...base, cells: [...base.cells, { address: 'H10', value: 'ghi chú' }] },
      // A row inserted above moves everything: same content, other addresses.
      {
        ...base,
        cells: base.cells.map((c) => ({
          ...c,
          address: c.address.replace(/\d+/, (r) => String(Number(r) + 1)),
        })),
      },
    ];
    for (const v of variants) expect(formFingerprint(v)).not.toBe(fp());
  });

  it('keeps the case and spacing inside string literals', () => {
    expect(normalizeFormula('IF(A1="Hợp lệ", "Tốt" ,$B$2)')).toBe('IF(A1="Hợp lệ","Tốt",B2)');
    expect(normalizeFormula('if(a1="a b",1,2)')).not.toBe(normalizeFormula('if(a1="A B",1,2)'));
    // The leading = is dropped even after spaces, and only that one.
    expect(normalizeFormula(' \t=SUM(E10:E12)=0')).toBe('SUM(E10:E12)=0');
  });

  it('stays the value forms already issued store (they are checked against it when returned)', () => {
    const issued: FingerprintInput = {
      ...base,
      names: [...base.names, { name: 'SL_MAY_TINH', address: 'Số liệu!B2' }],
      cells: [
        ...base.cells.map((c) => (c.address === 'D10' ? { ...c, formula: 'MIN(2,SUM(G10:H10))' } : c)),
        { address: 'B10', value: 'Ứng dụng CNTT' },
        { address: 'G10', value: true },
        { address: 'H10', value: false },
        { address: 'AA1', value: 1.25 },
      ],
    };
    expect(formFingerprint(issued)).toBe(
      'v1:0ef868c09f00042dd9a5a2b7a175fe29e932fde2e44bfc5ab0d6e5fbf3a666f6',
    );
    expect(formFingerprint({ ...issued, computedCodes: ['1.1'] })).toBe(
      'v1:5c44fe6f7b7f8b79f7ed652d5587c9a9f566fde85ec43048b0d849001bc2763f',
    );
  });

  it('reads the sheet of a name the same quoted or not, and tells sheets apart that differ only in quotes', () => {
    const named = (address: string) =>
      formFingerprint({ ...base, names: [...base.names, { name: 'TC_2', address }] });
    expect(named("'Hướng dẫn'!$B$2")).toBe(named('Hướng dẫn!B2'));
    expect(named("'O''Brien'!B2")).toBe(named("O'Brien!B2"));
    expect(named('Hướng dẫn!b2')).toBe(named('Hướng dẫn!B2'));
    expect(named('Hướng dẫn!B2')).not.toBe(named('Số liệu!B2'));
    expect(named('Hướng dẫn!B2')).not.toBe(named('B2'));
    expect(named("Bảng 'A'!B2")).not.toBe(named('Bảng A!B2'));
    expect(named("'A'B!B2")).not.toBe(named('AB!B2'));
  });

  it('reads addresses and names as Excel does, whatever their case and spacing', () => {
    const spelled = {
      ...base,
      names: base.names.map((n) => ({
        name: ` ${n.name.toLowerCase()} `,
        address: ` ${n.address.toLowerCase()} `,
      })),
      cells: base.cells.map((c) => ({ ...c, address: c.address.toLowerCase() })),
    };
    expect(formFingerprint(spelled)).toBe(fp());
  });

  it('takes a title with Windows line ends, spaces around it or decomposed accents as the same title', () => {
    const titled = (title: string) =>
      formFingerprint({ ...base, cells: [...base.cells, { address: 'B10', value: title }] });
    const title = 'Ứng dụng\nCNTT';
    expect(titled(' Ứng dụng\r\nCNTT  ')).toBe(titled(title));
    expect(titled('Ứng dụng\rCNTT')).toBe(titled(title));
    expect(titled(title.normalize('NFD'))).toBe(titled(title));
    expect(titled('Ứng dụng CNTT')).not.toBe(titled(title));
  });

  it('counts nothing for an empty cell, a blank text or a blank formula beside its value', () => {
    const withCells = (...cells: FingerprintInput['cells']) =>
      formFingerprint({ ...base, cells: [...base.cells, ...cells] });
    expect(
      withCells(
        { address: 'H10', value: null },
        { address: 'H11', value: '' },
        { address: 'H12', value: '  ' },
      ),
    ).toBe(fp());
    expect(withCells({ address: 'H10', value: 'x', formula: ' ' })).toBe(
      withCells({ address: 'H10', value: 'x' }),
    );
  });

  it('tells a number from the same text, TRUE from FALSE, and reads -0 as 0', () => {
    const withCell = (value: FingerprintInput['cells'][number]['value']) =>
      formFingerprint({ ...base, cells: [...base.cells, { address: 'H10', value }] });
    expect(withCell(2)).not.toBe(withCell('2'));
    expect(withCell(true)).not.toBe(withCell(false));
    expect(withCell(true)).not.toBe(withCell('TRUE'));
    expect(withCell(-0)).toBe(withCell(0));
  });

  it('changes when the criterion total, a named cell that is no input, is edited', () => {
    const edited = {
      ...base,
      cells: base.cells.map((c) => (c.address === 'E9' ? { ...c, formula: 'SUM(E10:E10)' } : c)),
    };
    expect(formFingerprint(edited)).not.toBe(fp());
  });

  it('takes a computed score as structure but its evidence still as an input', () => {
    const computed = (edit: (c: FingerprintInput['cells'][number]) => FingerprintInput['cells'][number]) =>
      formFingerprint({
        ...base,
        cells: [...base.cells, { address: 'F10', value: null }].map(edit),
        computedCodes: ['1.1'],
      });
    const same = computed((c) => c);
    expect(computed((c) => (c.address === 'F10' ? { ...c, value: 'Quyết định 12' } : c))).toBe(same);
    expect(computed((c) => (c.address === 'D10' ? { ...c, value: 1.5 } : c))).not.toBe(same);
  });

  it('does not depend on the order of same-named names or of cells at addresses it cannot read', () => {
    const input: FingerprintInput = {
      ...base,
      names: [...base.names, { name: 'TC_2', address: 'E20' }, { name: 'TC_2', address: 'E21' }],
      cells: [
        ...base.cells,
        { address: 'Ô1', value: 'a' },
        { address: '#REF', value: 'b' },
        { address: 'B1', value: 'c' },
      ],
    };
    const reversed = { ...input, names: [...input.names].reverse(), cells: [...input.cells].reverse() };
    expect(formFingerprint(reversed)).toBe(formFingerprint(input));
    expect(formFingerprint(input)).toBe(
      'v1:b581dd47f7209d13eab8c335c1dfb3dd1c462077434cd5b818bfc0afceb86b3e',
    );
  });
});

describe('fingerprint of the written form and of the returned file', () => {
  function spec(): WorkbookSpec {
    const sheet = (name: string, cells: WorkbookSpec['sheets'][number]['cells']) => ({
      name,
      visibility: 'visible' as const,
      columns: [],
      rows: [],
      cells,
      merges: [],
      validations: [],
      conditionalFormats: [],
      protection: null,
    });
    return {
      sheets: [
        sheet('Hướng dẫn', [{ row: 2, col: 2, value: 3 }]),
        sheet('Phiếu', [
          { row: 10, col: 1, value: '1.1' },
          { row: 10, col: 3, value: 2 },
          { row: 10, col: 5, formula: 'IF(ISNUMBER(D10),MAX(0,MIN(ROUND(D10,2),2)),0)' },
          { row: 9, col: 5, formula: 'ROUND(SUM(E10:E10),2)' },
        ]),
      ],
      names: [
        { name: 'TC_1_1', sheet: 'Phiếu', range: { row: 10, col: 4, lastRow: 10, lastCol: 4 } },
        { name: 'TC_1', sheet: 'Phiếu', range: { row: 9, col: 5, lastRow: 9, lastCol: 5 } },
        { name: 'SL_MAY_TINH', sheet: 'Hướng dẫn', range: { row: 2, col: 2, lastRow: 2, lastCol: 2 } },
      ],
      styles: {},
      properties: {},
      activeSheet: 'Phiếu',
    };
  }

  it('is the same for the form as described and as the merge reads it back, filled', () => {
    const written = fingerprintFromSpec(spec(), 'Phiếu');
    const returned = returnedFromSpec(spec(), 'so.xlsx', true);
    (returned.cells['Phiếu'] as ReturnedWorkbook['cells'][string]).D10 = { value: 1.5 };
    expect(fingerprintFromReturned(returned, 'Phiếu')).toBe(written);
    expect(written).not.toBe(fingerprintFromSpec(spec(), 'Hướng dẫn'));
  });

  it('changes when a name on another sheet moves to a third sheet or breaks', () => {
    const returned = () => returnedFromSpec(spec(), 'so.xlsx');
    const moved = returned();
    moved.names = moved.names.map((n) => (n.name === 'SL_MAY_TINH' ? { ...n, sheet: 'Số liệu' } : n));
    const broken = returned();
    broken.names = broken.names.map((n) =>
      n.name === 'SL_MAY_TINH' ? { ...n, sheet: null, address: null } : n,
    );
    const written = fingerprintFromReturned(returned(), 'Phiếu');
    expect(fingerprintFromReturned(moved, 'Phiếu')).not.toBe(written);
    expect(fingerprintFromReturned(broken, 'Phiếu')).not.toBe(written);
    expect(fingerprintFromReturned(broken, 'Phiếu')).toBe(
      'v1:c96d49fdb872e0e9fdea51fc22e463163df773f5ded6d8c465390af0fc2955ef',
    );
  });

  it('refuses a sheet the description lacks', () => {
    expect(() => fingerprintFromSpec(spec(), 'Phieu')).toThrow(
      new RangeError('sheet "Phieu" is not in the workbook description'),
    );
  });
});
