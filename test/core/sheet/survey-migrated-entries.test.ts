/**
 * The re-issued form with the entries a migration plan keeps (src/core/sheet/survey/migrated-entries.ts): what is
 * typed where, what is never overwritten, and that only the form sheet changes.
 */
import { parseRange } from '../../../src/core/sheet/a1';
import type { CellSpec, CellValue, SheetSpec, WorkbookSpec } from '../../../src/core/sheet/spec';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey/build';
import type { SurveyLayout } from '../../../src/core/sheet/survey/layout';
import { withMigratedEntries } from '../../../src/core/sheet/survey/migrated-entries';
import { builtInRegime } from '../../../src/core/regime/load';
import { builtInTemplate } from '../../../src/core/template/load';
import type { MigrationPlan } from '../../../src/core/template/migration';

// Built before each test (not at file scope) so Stryker runs these tests for the mutants they reach.
let spec: WorkbookSpec;
let layout: SurveyLayout;
beforeEach(() => {
  ({ spec, layout } = buildSurveyWorkbook({
    regime: builtInRegime,
    template: builtInTemplate(2026, 2),
    groupId: 'so',
  }));
});

const plan = (part: Partial<MigrationPlan>): MigrationPlan => ({
  kept: [],
  keptFigures: [],
  dropped: [],
  ...part,
});
const formOf = (s: WorkbookSpec): SheetSpec => {
  const form = s.sheets.find((x) => x.name === layout.formSheet);
  if (!form) throw new Error('no form sheet');
  return form;
};
const cellsAt = (s: WorkbookSpec, address: string): CellSpec[] => {
  const r = parseRange(address);
  return formOf(s).cells.filter((c) => c.row === r.row && c.col === r.col);
};
/** What the cell shows: a formula, or its value (absent, null and '' all show blank). */
const shown = (s: WorkbookSpec, address: string): string | CellValue => {
  const [cell, ...more] = cellsAt(s, address);
  if (more.length > 0) throw new Error(`${address} is described twice`);
  if (cell?.formula !== undefined) return `=${cell.formula}`;
  const v = cell?.value;
  return v === undefined || v === null || v === '' ? '' : v;
};
const row = (code: string) => {
  const r = layout.rows.find((x) => x.code === code);
  if (!r) throw new Error(code);
  return r;
};
const figure = (key: string) => {
  const f = layout.figures?.find((x) => x.key === key);
  if (!f) throw new Error(key);
  return f;
};
/** The same description with the form cell at `address` replaced (or removed when `cell` is undefined). */
const withFormCell = (
  base: WorkbookSpec,
  address: string,
  cell: Partial<CellSpec> | undefined,
): WorkbookSpec => {
  const r = parseRange(address);
  return {
    ...base,
    sheets: base.sheets.map((s) =>
      s.name !== layout.formSheet
        ? s
        : {
            ...s,
            cells: s.cells.flatMap((c) =>
              c.row === r.row && c.col === r.col ? (cell ? [{ row: c.row, col: c.col, ...cell }] : []) : [c],
            ),
          },
    ),
  };
};

describe('withMigratedEntries', () => {
  it('types kept scores and evidence as they were: text, numbers and TRUE/FALSE; other values leave the cell blank', () => {
    // Version 1: every sub-criterion is self-scored.
    ({ spec, layout } = buildSurveyWorkbook({
      regime: builtInRegime,
      template: builtInTemplate(2026, 1),
      groupId: 'so',
    }));
    const filled = withMigratedEntries(
      spec,
      layout,
      plan({
        kept: [
          { code: '1.1', score: 1.5, evidence: 'QĐ 7/QĐ-STP' },
          { code: '1.2', score: '1,25', evidence: true },
          { code: '1.3', score: false, evidence: new Date(2026, 0, 1) },
          { code: '9.9', score: 1, evidence: 'không còn trong mẫu' },
        ],
      }),
    );
    const entry = (code: string) => [
      shown(filled, row(code).scoreCell),
      shown(filled, row(code).evidenceCell),
    ];
    expect(entry('1.1')).toEqual([1.5, 'QĐ 7/QĐ-STP']);
    expect(entry('1.2')).toEqual(['1,25', true]);
    expect(entry('1.3')).toEqual([false, '']);
  });

  it('types the evidence of a computed sub-criterion but leaves its points formula alone', () => {
    const formula = shown(spec, row('1.1').scoreCell);
    expect(formula).toMatch(/^=/);
    const filled = withMigratedEntries(
      spec,
      layout,
      plan({ kept: [{ code: '1.1', score: null, evidence: 'x' }] }),
    );
    expect([shown(filled, row('1.1').scoreCell), shown(filled, row('1.1').evidenceCell)]).toEqual([
      formula,
      'x',
    ]);
  });

  it('types kept figures and the evidence of those that ask for it; a figure the form lacks is skipped', () => {
    const filled = withMigratedEntries(
      spec,
      layout,
      plan({
        keptFigures: [
          { key: 'so_cbcc', value: 40 },
          { key: 'ket_noi_tsl', value: 'Có', evidence: 'CV 15/STTTT' },
          { key: 'khong_co', value: 3 },
        ],
      }),
    );
    expect(shown(filled, figure('so_cbcc').valueCell)).toBe(40);
    expect(shown(filled, figure('ket_noi_tsl').valueCell)).toBe('Có');
    expect(shown(filled, figure('ket_noi_tsl').evidenceCell ?? '')).toBe('CV 15/STTTT');
  });

  it('types the old form’s agency into the blank agency cells, only the part that was typed', () => {
    const both = withMigratedEntries(spec, layout, plan({ agency: { code: 'STP', name: 'Sở Tư pháp' } }));
    expect([shown(both, layout.agencyCodeCell), shown(both, layout.agencyNameCell)]).toEqual([
      'STP',
      'Sở Tư pháp',
    ]);
    const codeOnly = withMigratedEntries(spec, layout, plan({ agency: { code: 'STP', name: null } }));
    expect([shown(codeOnly, layout.agencyCodeCell), shown(codeOnly, layout.agencyNameCell)]).toEqual([
      'STP',
      '',
    ]);
  });

  it('counts an agency cell holding nothing, null or empty text as blank', () => {
    for (const value of [null, '']) {
      const blankAgency = withFormCell(spec, layout.agencyCodeCell, { style: 'infoInput', value });
      const filled = withMigratedEntries(
        blankAgency,
        layout,
        plan({ agency: { code: 'STP', name: 'Sở Tư pháp' } }),
      );
      expect(shown(filled, layout.agencyCodeCell)).toBe('STP');
    }
  });

  it('keeps the agency the new form was made for', () => {
    const agency = { code: 'SNV', name: 'Sở Nội vụ', group: 'so' };
    const built = buildSurveyWorkbook({
      regime: builtInRegime,
      template: builtInTemplate(2026, 2),
      groupId: 'so',
      agency,
    });
    const filled = withMigratedEntries(
      built.spec,
      built.layout,
      plan({ agency: { code: 'STP', name: 'Sở Tư pháp' } }),
    );
    expect([shown(filled, layout.agencyCodeCell), shown(filled, layout.agencyNameCell)]).toEqual([
      'SNV',
      'Sở Nội vụ',
    ]);
  });

  it('replaces whatever else the new form has in a kept entry’s cell', () => {
    const placeholder = withFormCell(spec, row('3.1').scoreCell, { style: 'scoreInput', value: 0 });
    const filled = withMigratedEntries(
      placeholder,
      layout,
      plan({ kept: [{ code: '3.1', score: 4.25, evidence: '' }] }),
    );
    expect(shown(filled, row('3.1').scoreCell)).toBe(4.25);
  });

  it('gives an input cell the description leaves out a cell of its own, and never a second cell to a formula', () => {
    const score = row('3.1').scoreCell;
    const evidence = row('3.1').evidenceCell;
    const partial = withFormCell(
      withFormCell(spec, score, { style: 'computedPoints', formula: 'D27*0' }),
      evidence,
      undefined,
    );
    expect(cellsAt(partial, evidence)).toEqual([]);
    const filled = withMigratedEntries(
      partial,
      layout,
      plan({ kept: [{ code: '3.1', score: 4.25, evidence: 'QĐ 7' }] }),
    );
    expect(shown(filled, evidence)).toBe('QĐ 7');
    expect(shown(filled, score)).toBe('=D27*0');
  });

  it('changes the form sheet only', () => {
    const filled = withMigratedEntries(
      spec,
      layout,
      plan({
        kept: [{ code: '3.1', score: 4.25, evidence: 'QĐ 7' }],
        keptFigures: [{ key: 'so_cbcc', value: 40 }],
        agency: { code: 'STP', name: 'Sở Tư pháp' },
      }),
    );
    expect(filled.sheets.filter((s) => s.name !== layout.formSheet)).toEqual(
      spec.sheets.filter((s) => s.name !== layout.formSheet),
    );
    expect(filled.names).toBe(spec.names);
    // Every other cell of the form is unchanged: titles, labels, formulas.
    const touched = new Set(
      [
        row('3.1').scoreCell,
        row('3.1').evidenceCell,
        figure('so_cbcc').valueCell,
        layout.agencyCodeCell,
        layout.agencyNameCell,
      ].map((a) => `${parseRange(a).row},${parseRange(a).col}`),
    );
    const rest = (s: WorkbookSpec) => formOf(s).cells.filter((c) => !touched.has(`${c.row},${c.col}`));
    expect(rest(filled)).toEqual(rest(spec));
  });
});
