/** How the survey form reads on screen and on paper: no title cut by its row, room to sign. */
import { wrappedLineCount } from '../../../src/core/sheet/row-height';
import type { SheetSpec, WorkbookSpec } from '../../../src/core/sheet/spec';
import { FORM_SHEET, buildSurveyWorkbook, type SurveyLayout } from '../../../src/core/sheet/survey';
import { agencyOf, groupIds, regime, template } from '../../support/sheet/fixtures';

describe.each(groupIds)('survey form of group %s', (groupId) => {
  // Built before each test, not once per block, so Stryker counts the build as covered by the
  // tests that read it and runs only those for a mutant in it (a block-level build is "static").
  let spec: WorkbookSpec;
  let layout: SurveyLayout;
  let form: SheetSpec;
  beforeEach(() => {
    ({ spec, layout } = buildSurveyWorkbook({ regime, template, groupId, agency: agencyOf(groupId) }));
    form = spec.sheets.find((s) => s.name === FORM_SHEET) as SheetSpec;
  });
  const height = (row: number) => form.rows.find((r) => r.row === row)?.height ?? 15;
  const width = (col: number) => form.columns.find((c) => c.col === col)?.width ?? 8.43;
  const fontOf = (row: number, col: number) => {
    const cell = form.cells.find((c) => c.row === row && c.col === col);
    return { cell, font: spec.styles[cell?.style ?? '']?.font ?? {} };
  };

  it('makes every wrapped cell’s row tall enough for its text in its own font (bold titles included)', () => {
    for (const c of form.cells) {
      const style = spec.styles[c.style ?? ''];
      if (!style?.wrap || typeof c.value !== 'string' || c.value === '') continue;
      const merged = form.merges.find((m) => m.row === c.row && m.col === c.col);
      if (merged && merged.lastRow !== merged.row) continue;
      let w = 0;
      for (let col = c.col; col <= (merged?.lastCol ?? c.col); col++) w += width(col);
      const size = style.font?.size ?? 11;
      const lines = wrappedLineCount(c.value, w, size, { bold: style.font?.bold === true });
      expect({ cell: `${c.row}:${c.col}`, fits: height(c.row) >= lines * size * 1.15 }).toEqual({
        cell: `${c.row}:${c.col}`,
        fits: true,
      });
    }
  });

  it('checks the criterion titles in bold, as they are shown', () => {
    for (const { row } of layout.criterionRows) {
      const { cell, font } = fontOf(row, 2);
      expect(font.bold).toBe(true);
      const lines = wrappedLineCount(String(cell?.value), width(2), font.size ?? 12, { bold: true });
      expect(height(row)).toBeGreaterThanOrEqual(lines * (font.size ?? 12) * 1.15);
    }
  });

  it('leaves room to sign and stamp under the signature titles', () => {
    const signRow = form.print?.area?.lastRow ?? 0;
    const { cell } = fontOf(signRow, 1);
    expect(String(cell?.value)).toContain('NGƯỜI LẬP PHIẾU');
    // Two title lines and about 2.5 cm (70 pt) for a signature and a stamp.
    expect(height(signRow)).toBeGreaterThanOrEqual(2 * 12 * 1.25 + 70);
  });
});
