import { formFingerprint, normalizeFormula } from '../../../src/core/sheet/fingerprint';

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
  });
});
