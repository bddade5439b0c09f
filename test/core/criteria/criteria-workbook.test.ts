/** The criteria workbook: template → sheets → template is lossless, and every mistake is placed on its cell. */
import fc from 'fast-check';
import { buildCriteriaWorkbook } from '../../../src/core/criteria/build';
import {
  CHECKS_SHEET,
  FIGURES_SHEET,
  FIRST_DATA_ROW,
  INFO_SHEET,
  SUBS_SHEET,
} from '../../../src/core/criteria/layout';
import { parseCriteriaWorkbook } from '../../../src/core/criteria/parse';
import { builtInRegime } from '../../../src/core/regime/load';
import { excelLimitBreaches } from '../../../src/core/sheet/excel-limits';
import { nonPortableFunctions } from '../../../src/core/sheet/portable-functions';
import { templateToJson } from '../../../src/core/template/load';
import type { SurveyTemplate } from '../../../src/core/template/types';
import { format2Template } from '../../support/format2-template';
import { randomTemplate } from '../../support/random-template';
import { shippedTemplates } from '../../support/shipped-templates';
import { specGrid, withCell } from '../../support/spec-grid';
import { propertyRuns } from '../../support/property-runs';

const regime = builtInRegime;
function roundTrip(t: SurveyTemplate): SurveyTemplate {
  const r = parseCriteriaWorkbook(specGrid(buildCriteriaWorkbook({ regime, template: t })), regime);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.template;
}

describe('criteria workbook round trip', () => {
  it.each(shippedTemplates())('%s: template → workbook → template gives the same JSON', (_name, t) => {
    expect(templateToJson(roundTrip(t))).toEqual(templateToJson(t));
  });

  it('holds for random valid templates', () => {
    fc.assert(
      fc.property(randomTemplate, (t) => {
        expect(templateToJson(roundTrip(t))).toEqual(templateToJson(t));
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('the blank workbook reads as “to be filled”, naming the empty cells', () => {
    const r = parseCriteriaWorkbook(specGrid(buildCriteriaWorkbook({ regime })), regime);
    expect(r.ok).toBe(false);
    const messages = r.ok ? [] : r.problems.map((p) => p.message);
    expect(messages).toContain(
      'Trang “Thông tin chung”, dòng 3, cột B (Mã bộ tiêu chí): “Mã bộ tiêu chí” đang để trống.',
    );
    expect(messages.some((m) => m.includes('Thiếu nhóm “Sở, ban, ngành cấp tỉnh” (mã nhóm “so”)'))).toBe(
      true,
    );
  });
});

describe('the “Nhóm” column of the criteria workbook', () => {
  const t = format2Template();
  const spec = buildCriteriaWorkbook({ regime, template: t });
  const grid = specGrid(spec);
  const names = regime.groups.map((g) => g.name);
  const tables = [SUBS_SHEET, FIGURES_SHEET, CHECKS_SHEET];
  /** The group cells of a table's data rows, each once. */
  const groupCells = (g: typeof grid, sheet: string): unknown[] => [
    ...new Set((g[sheet] ?? []).slice(FIRST_DATA_ROW - 1).map((r) => r[0] ?? null)),
  ];

  it.each(tables)(
    '%s: names each group in Vietnamese, picked from a drop-down listing those names',
    (sheet) => {
      const cells = groupCells(grid, sheet).filter((v) => v !== null);
      expect(cells.length).toBeGreaterThan(0);
      expect(names).toEqual(expect.arrayContaining(cells));
      const list = spec.sheets.find((s) => s.name === sheet)?.validations.find((v) => v.range.col === 1);
      if (list?.kind !== 'list' || !list.source) throw new Error('no drop-down of group names');
      const { sheet: from, range } = list.source;
      const listed = (grid[from] ?? []).slice(range.row - 1, range.lastRow).map((r) => r[range.col - 1]);
      expect(listed).toEqual(names);
      // A name holds commas, which a list written in the rule would split.
      expect(names.some((n) => n.includes(','))).toBe(true);
    },
  );

  it('still reads a workbook that gives the groups by id (so, huyen), as earlier ones do, or mixes both', () => {
    const byId = (g: typeof grid, sheet: string, keep: (row: number) => boolean) => ({
      ...g,
      [sheet]: (g[sheet] ?? []).map((r, i) => {
        const id = regime.groups.find((x) => x.name === r[0])?.id;
        return id !== undefined && keep(i + 1) ? [id, ...r.slice(1)] : r;
      }),
    });
    const allIds = tables.reduce((g, sheet) => byId(g, sheet, () => true), grid);
    expect(groupCells(allIds, SUBS_SHEET).filter((v) => v !== null)).toEqual(regime.groups.map((g) => g.id));
    const mixed = byId(grid, SUBS_SHEET, (row) => row % 2 === 0);
    for (const g of [allIds, mixed]) {
      const r = parseCriteriaWorkbook(g, regime);
      expect(r.ok && templateToJson(r.template)).toEqual(templateToJson(t));
    }
  });

  it('refuses a group that is neither a name nor an id, at its cell', () => {
    const r = parseCriteriaWorkbook(withCell(grid, SUBS_SHEET, FIRST_DATA_ROW, 1, 'Sở ban ngành'), regime);
    const problems = r.ok ? [] : r.problems;
    expect(problems.find((p) => p.message.includes('“Sở ban ngành”'))?.at).toEqual({
      sheet: SUBS_SHEET,
      row: FIRST_DATA_ROW,
      col: 1,
    });
  });
});

describe('criteria workbook description', () => {
  const specs: [string, ReturnType<typeof buildCriteriaWorkbook>][] = [
    ['blank', buildCriteriaWorkbook({ regime })],
    ...shippedTemplates().map(([name, t]): [string, ReturnType<typeof buildCriteriaWorkbook>] => [
      name,
      buildCriteriaWorkbook({ regime, template: t }),
    ]),
  ];

  it.each(specs)('%s: within Excel’s limits, formulas Excel 2010 and LibreOffice share', (_name, spec) => {
    expect(excelLimitBreaches(spec)).toEqual([]);
    const formulas = spec.sheets.flatMap((s) => s.cells.flatMap((c) => (c.formula ? [c.formula] : [])));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.flatMap(nonPortableFunctions)).toEqual([]);
  });
});

describe('criteria workbook problems name sheet, row and column', () => {
  const t = format2Template();
  const grid = specGrid(buildCriteriaWorkbook({ regime, template: t }));
  const problemsOf = (g: typeof grid): { code: string; message: string; at: unknown }[] => {
    const r = parseCriteriaWorkbook(g, regime);
    return r.ok ? [] : r.problems;
  };
  const subRow = (code: string, group = 'so'): number => {
    const rows = grid[SUBS_SHEET] ?? [];
    const name = regime.groups.find((g) => g.id === group)?.name;
    return rows.findIndex((r) => r[0] === name && r[2] === code) + 1;
  };

  it('a cap that breaks the criterion sum: the cap column of the criterion’s last row', () => {
    const row = subRow('1.1');
    const problems = problemsOf(withCell(grid, SUBS_SHEET, row, 5, 2.5));
    const sum = problems.find((p) => p.code === 'cap-sum');
    expect(sum?.at).toEqual({ sheet: SUBS_SHEET, row: subRow('1.6'), col: 5 });
    expect(sum?.message).toMatch(
      /^Trang “Tiêu chí thành phần”, dòng \d+, cột E \(Điểm tối đa\): Tiêu chí 1 \(nhóm “Sở, ban, ngành cấp tỉnh”\)/,
    );
  });

  it('a cap typed as text “1,5” reads as 1.5; “abc” is refused at its cell', () => {
    // Row 1.3 of group “so” has the cap 1.5 in the built-in template.
    const typed = parseCriteriaWorkbook(withCell(grid, SUBS_SHEET, subRow('1.3'), 5, '1,5'), regime);
    expect(typed.ok && typed.template).toEqual(t);
    const halved = parseCriteriaWorkbook(withCell(grid, SUBS_SHEET, subRow('1.3'), 5, '0,75'), regime);
    expect(halved.ok).toBe(false);
    const bad = problemsOf(withCell(grid, SUBS_SHEET, subRow('2.1'), 5, 'abc'));
    expect(bad.find((p) => p.code === 'schema')?.at).toEqual({
      sheet: SUBS_SHEET,
      row: subRow('2.1'),
      col: 5,
    });
  });

  it('a duplicate code and a malformed one: the code column', () => {
    const problems = problemsOf(
      withCell(withCell(grid, SUBS_SHEET, subRow('2.2'), 3, '2.1'), SUBS_SHEET, subRow('3.1'), 3, 'x'),
    );
    expect(problems.find((p) => p.code === 'duplicate-code')?.at).toEqual({
      sheet: SUBS_SHEET,
      row: subRow('2.2'),
      col: 3,
    });
    expect(problems.find((p) => p.code === 'code-malformed')?.at).toEqual({
      sheet: SUBS_SHEET,
      row: subRow('3.1'),
      col: 3,
    });
  });

  it('an unknown rule kind, an unknown figure and a bad denominator are placed on their columns', () => {
    let g = withCell(grid, SUBS_SHEET, subRow('1.5'), 6, 'Theo cảm tính');
    g = withCell(g, SUBS_SHEET, subRow('1.3'), 7, 'khong_co');
    g = withCell(g, SUBS_SHEET, subRow('1.1'), 8, 'khong_co_mau');
    const problems = problemsOf(g);
    const kind = problems.find((p) => p.code === 'criteria-list');
    expect(kind?.at).toEqual({ sheet: SUBS_SHEET, row: subRow('1.5'), col: 6 });
    expect(kind?.message).toContain('“Theo cảm tính” không có trong danh sách');
    expect(problems.filter((p) => p.code === 'schema')).toEqual([]);
    const unknown = problems.filter((p) => p.code === 'rule-figure-unknown').map((p) => p.at);
    expect(unknown).toEqual(
      expect.arrayContaining([
        { sheet: SUBS_SHEET, row: subRow('1.3'), col: 7 },
        { sheet: SUBS_SHEET, row: subRow('1.1'), col: 8 },
      ]),
    );
  });

  it('a problem naming its field is placed on that field’s column: a denominator, a maximum', () => {
    let g = withCell(grid, SUBS_SHEET, subRow('1.1'), 8, 'ty_le_luu_tru');
    g = withCell(g, FIGURES_SHEET, 3, 7, 2.5);
    const problems = problemsOf(g);
    const type = problems.find((p) => p.code === 'rule-figure-type');
    expect(type?.at).toEqual({ sheet: SUBS_SHEET, row: subRow('1.1'), col: 8 });
    expect(type?.message).toMatch(
      /^Trang “Tiêu chí thành phần”, dòng \d+, cột H \(Mẫu số\): Tiêu chí thành phần 1\.1/,
    );
    expect(problems.find((p) => p.code === 'figure-bounds')?.at).toEqual({
      sheet: FIGURES_SHEET,
      row: 3,
      col: 7,
    });
  });

  it('tiers out of order and a malformed tier line: the tiers column', () => {
    expect(
      problemsOf(withCell(grid, SUBS_SHEET, subRow('1.4'), 13, '70: 0,5\n50: 1')).find(
        (p) => p.code === 'tiers-order',
      )?.at,
    ).toEqual({ sheet: SUBS_SHEET, row: subRow('1.4'), col: 13 });
    const bad = problemsOf(withCell(grid, SUBS_SHEET, subRow('1.4'), 13, '70 được 0,5'));
    expect(bad.find((p) => p.code === 'criteria-pairs')?.message).toContain('dòng 1 “70 được 0,5”');
  });

  it('figure and check mistakes: their sheets', () => {
    let g = withCell(grid, FIGURES_SHEET, 3, 2, 'Sai Ma');
    g = withCell(g, FIGURES_SHEET, 4, 4, 'Màu sắc');
    g = withCell(g, CHECKS_SHEET, 3, 8, '');
    const problems = problemsOf(g);
    expect(problems.find((p) => p.code === 'figure-key-malformed')?.at).toEqual({
      sheet: FIGURES_SHEET,
      row: 3,
      col: 2,
    });
    expect(problems.find((p) => p.code === 'criteria-list')?.at).toEqual({
      sheet: FIGURES_SHEET,
      row: 4,
      col: 4,
    });
    expect(problems.find((p) => p.code === 'check-message-empty')?.at).toEqual({
      sheet: CHECKS_SHEET,
      row: 3,
      col: 8,
    });
  });

  it('dates: dd/mm/yyyy, a date cell or ISO text; anything else at its cell', () => {
    const dateRow = 8;
    const serial = withCell(grid, INFO_SHEET, dateRow, 2, 46326); // 31/10/2026 as a date cell
    const r = parseCriteriaWorkbook(serial, regime);
    expect(r.ok && r.template.dataAsOf).toBe('2026-10-31');
    const bad = problemsOf(withCell(grid, INFO_SHEET, dateRow, 2, 'cuối tháng 10'));
    expect(bad[0]?.at).toEqual({ sheet: INFO_SHEET, row: dateRow, col: 2 });
    const order = problemsOf(withCell(grid, INFO_SHEET, dateRow, 2, '30/11/2026'));
    expect(order.find((p) => p.code === 'date-order')).toBeDefined();
  });

  it('a missing sheet is named', () => {
    const { [SUBS_SHEET]: _gone, ...rest } = grid;
    expect(problemsOf(rest)[0]?.message).toBe(
      'Trang “Tiêu chí thành phần”: không có trang này trong bảng tính.',
    );
  });
});
