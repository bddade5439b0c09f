/** Reading a criteria workbook: each mistake named by the parser at its cell, with its template path. */
import { buildCriteriaWorkbook } from '../../../src/core/criteria/build';
import { CHECKS_SHEET, FIGURES_SHEET, INFO_SHEET, SUBS_SHEET } from '../../../src/core/criteria/layout';
import { parseCriteriaWorkbook, type CriteriaGrid } from '../../../src/core/criteria/parse';
import { builtInRegime as regime } from '../../../src/core/regime/load';
import { format2Template } from '../../support/format2-template';
import { specGrid, withCell } from '../../support/spec-grid';

const t = format2Template();
const grid = specGrid(buildCriteriaWorkbook({ regime, template: t }));
const problemsOf = (g: CriteriaGrid) => {
  const r = parseCriteriaWorkbook(g, regime);
  return r.ok ? [] : r.problems;
};
const brief = (g: CriteriaGrid) => problemsOf(g).map((p) => ({ code: p.code, path: p.path, at: p.at }));
const sub = (g: CriteriaGrid, code: string) => {
  const r = parseCriteriaWorkbook(g, regime);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.template.groups[0]?.criteria.flatMap((c) => c.subCriteria).find((s) => s.code === code);
};

describe('parseCriteriaWorkbook', () => {
  it('reads the built workbook back into its template', () => {
    const r = parseCriteriaWorkbook(grid, regime);
    expect(r.ok && r.template).toEqual(t);
  });

  it('names each unreadable list or yes/no cell with the template path of its row', () => {
    let g = withCell(grid, SUBS_SHEET, 3, 16, 'Có lẽ');
    g = withCell(g, SUBS_SHEET, 6, 13, '70 được');
    g = withCell(g, SUBS_SHEET, 8, 14, 'abc');
    g = withCell(g, FIGURES_SHEET, 4, 4, 'Màu sắc');
    g = withCell(g, FIGURES_SHEET, 5, 9, 'hmm');
    g = withCell(g, FIGURES_SHEET, 5, 10, 'hmm');
    g = withCell(g, CHECKS_SHEET, 4, 2, 'zzz');
    g = withCell(g, CHECKS_SHEET, 5, 9, 'zzz');
    const parser = brief(g).filter((p) => p.code.startsWith('criteria-'));
    const s = 'groups.so.criteria[0].subCriteria';
    expect(parser).toEqual([
      { code: 'criteria-list', path: `${s}[0].evidenceRequired`, at: { sheet: SUBS_SHEET, row: 3, col: 16 } },
      { code: 'criteria-pairs', path: `${s}[3].rule.tiers`, at: { sheet: SUBS_SHEET, row: 6, col: 13 } },
      { code: 'criteria-pairs', path: `${s}[5].rule.options`, at: { sheet: SUBS_SHEET, row: 8, col: 14 } },
      {
        code: 'criteria-list',
        path: 'groups.so.figures[1].type',
        at: { sheet: FIGURES_SHEET, row: 4, col: 4 },
      },
      {
        code: 'criteria-list',
        path: 'groups.so.figures[2].partly',
        at: { sheet: FIGURES_SHEET, row: 5, col: 9 },
      },
      {
        code: 'criteria-list',
        path: 'groups.so.figures[2].evidenceRequired',
        at: { sheet: FIGURES_SHEET, row: 5, col: 10 },
      },
      {
        code: 'criteria-list',
        path: 'groups.so.checks[1].kind',
        at: { sheet: CHECKS_SHEET, row: 4, col: 2 },
      },
      {
        code: 'criteria-list',
        path: 'groups.so.checks[2].severity',
        at: { sheet: CHECKS_SHEET, row: 5, col: 9 },
      },
    ]);
    expect(problemsOf(g)[0]?.message).toBe(
      'Trang “Tiêu chí thành phần”, dòng 3, cột P (Cần minh chứng): “Có lẽ” không có trong danh sách (“Có”, “Không”).',
    );
  });

  it('a yes/no cell it cannot read fails the workbook even when the rest is valid', () => {
    expect(problemsOf(withCell(grid, SUBS_SHEET, 3, 16, 'Có lẽ')).map((p) => p.code)).toEqual([
      'criteria-list',
    ]);
  });

  it('skips blank rows, and names a row without group or with a bad criterion number', () => {
    let g = withCell(grid, SUBS_SHEET, 200, 16, 'Có');
    g = withCell(g, SUBS_SHEET, 201, 1, 'Sở, ban, ngành cấp tỉnh');
    g = withCell(g, SUBS_SHEET, 201, 2, 'x');
    g = withCell(g, FIGURES_SHEET, 50, 10, 'Có');
    g = withCell(g, CHECKS_SHEET, 50, 1, null);
    const problems = problemsOf(g);
    expect(problems.map((p) => ({ code: p.code, path: p.path, at: p.at }))).toEqual([
      {
        code: 'criteria-group-blank',
        path: `${SUBS_SHEET}!200`,
        at: { sheet: SUBS_SHEET, row: 200, col: 1 },
      },
      { code: 'criteria-number', path: `${SUBS_SHEET}!201`, at: { sheet: SUBS_SHEET, row: 201, col: 2 } },
      {
        code: 'criteria-group-blank',
        path: `${FIGURES_SHEET}!50`,
        at: { sheet: FIGURES_SHEET, row: 50, col: 1 },
      },
    ]);
    expect(problems.map((p) => p.message).slice(0, 2)).toEqual([
      'Trang “Tiêu chí thành phần”, dòng 200, cột A (Nhóm): chưa chọn nhóm; dòng này bị bỏ qua.',
      'Trang “Tiêu chí thành phần”, dòng 201, cột B (Tiêu chí): số tiêu chí “x” phải là một số nguyên; dòng này bị bỏ qua.',
    ]);
  });

  it('names a missing general information sheet, but not missing figure or check sheets', () => {
    const { [INFO_SHEET]: _info, ...noInfo } = grid;
    expect(problemsOf(noInfo)[0]?.message).toBe(
      'Trang “Thông tin chung”: không có trang này trong bảng tính.',
    );
    const { [FIGURES_SHEET]: _f, [CHECKS_SHEET]: _c, ...noTables } = grid;
    expect(problemsOf(noTables).map((p) => p.code)).not.toContain('criteria-sheet-missing');
  });

  it('a missing information row is named once, without the validator repeating it', () => {
    expect(problemsOf(withCell(grid, INFO_SHEET, 3, 1, 'khác')).map((p) => p.message)).toEqual([
      'Trang “Thông tin chung”, cột A: thiếu dòng “Mã bộ tiêu chí”.',
    ]);
  });

  it('finds an information row on the last row, and takes the first row with a label', () => {
    const rows = (grid[INFO_SHEET] ?? []).slice(0, 9);
    const r = parseCriteriaWorkbook({ ...grid, [INFO_SHEET]: rows }, regime);
    expect(r.ok && r.template.returnBy).toBe(t.returnBy);
    let g = withCell(grid, INFO_SHEET, 15, 1, 'Mã bộ tiêu chí');
    g = withCell(g, INFO_SHEET, 15, 2, 'bo-khac');
    const again = parseCriteriaWorkbook(g, regime);
    expect(again.ok && again.template.id).toBe(t.id);
  });

  it('keeps a code that looks like a number as text', () => {
    const r = parseCriteriaWorkbook(withCell(grid, INFO_SHEET, 3, 2, 2026), regime);
    expect(r.ok && r.template.id).toBe('2026');
  });

  it('names a date it cannot read once, at its cell', () => {
    expect(problemsOf(withCell(grid, INFO_SHEET, 8, 2, 'cuối tháng 10')).map((p) => p.message)).toEqual([
      'Trang “Thông tin chung”, dòng 8, cột B (Ngày chốt số liệu): “cuối tháng 10” không phải ngày dạng dd/mm/yyyy.',
    ]);
  });

  it('the validator’s problems name the column header of their sheet', () => {
    const order = problemsOf(withCell(grid, INFO_SHEET, 9, 2, '30/10/2026'));
    expect(order[0]?.message).toMatch(/^Trang “Thông tin chung”, dòng 9, cột B \(Hạn gửi phiếu\): /);
    const bounds = problemsOf(withCell(grid, FIGURES_SHEET, 3, 7, 2.5));
    expect(bounds[0]?.message).toMatch(/^Trang “Số liệu”, dòng 3, cột G \(Tối đa\): /);
    const check = problemsOf(withCell(grid, CHECKS_SHEET, 3, 8, ''));
    expect(check[0]?.message).toMatch(/^Trang “Kiểm tra lôgic”, dòng 3, cột H \(Thông báo khi không đạt\): /);
  });

  it('a criterion the regime does not have is named on its own row', () => {
    const rows = grid[SUBS_SHEET] ?? [];
    const last = rows.map((r) => r[0]).lastIndexOf('Sở, ban, ngành cấp tỉnh') + 1;
    const extra = problemsOf(withCell(grid, SUBS_SHEET, last, 2, 9)).find(
      (p) => p.code === 'criterion-extra',
    );
    expect(extra?.at).toEqual({ sheet: SUBS_SHEET, row: last, col: 2 });
  });

  it('leaves out blank guidance and a blank rule', () => {
    expect(sub(withCell(grid, SUBS_SHEET, 9, 15, null), '2.1')).not.toHaveProperty('guidance');
    expect(sub(withCell(grid, SUBS_SHEET, 9, 6, null), '2.1')).not.toHaveProperty('rule');
  });

  it('a figure without a rule kind is refused, not dropped', () => {
    const problems = problemsOf(
      withCell(withCell(grid, SUBS_SHEET, 9, 6, null), SUBS_SHEET, 9, 7, 'so_cbcc'),
    );
    expect(problems.map((p) => [p.code, p.path, p.message])).toEqual([
      [
        'rule-field-extra',
        'groups.so.criteria[1].subCriteria[0].rule',
        'Trang “Tiêu chí thành phần”, dòng 9, cột G (Số liệu (tử số nếu tính tỷ lệ)): Tiêu chí thành phần 2.1 (nhóm “Sở, ban, ngành cấp tỉnh”): trường “figure” không dùng cho loại “manual”.',
      ],
    ]);
  });

  it('a yes/no rule without its figure is refused, not read as self-scored', () => {
    const g = withCell(withCell(grid, SUBS_SHEET, 5, 7, null), SUBS_SHEET, 5, 11, null);
    expect(problemsOf(g).find((p) => p.code === 'rule-field-missing')?.message).toBe(
      'Trang “Tiêu chí thành phần”, dòng 5, cột G (Số liệu (tử số nếu tính tỷ lệ)): Tiêu chí thành phần 1.3 (nhóm “Sở, ban, ngành cấp tỉnh”): thiếu trường “figure” (bắt buộc với loại “yesno”).',
    );
  });

  it('a group’s own problems go to its “Nhóm” column: a missing group, a group typed on the figures sheet only', () => {
    const blank = problemsOf(specGrid(buildCriteriaWorkbook({ regime })));
    const groups = blank.filter((p) => p.path === 'groups');
    expect(groups.map((p) => p.code)).toContain('group-missing');
    for (const p of groups) expect(p.at).toEqual({ sheet: SUBS_SHEET, col: 1 });
    const onlyFigures = problemsOf(withCell(grid, FIGURES_SHEET, 20, 1, 'Nhóm mới')).find((p) =>
      p.path.endsWith('.criteria'),
    );
    expect(onlyFigures?.at).toEqual({ sheet: FIGURES_SHEET, row: 20, col: 1 });
  });
});
