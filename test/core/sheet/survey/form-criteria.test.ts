/** The criteria block of the form sheet: criterion rows, sub-criterion rows, their validation, colours and names. */
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../../../src/core/sheet/spec';
import { FORM_SHEET, buildSurveyWorkbook, type SurveyLayout } from '../../../../src/core/sheet/survey';
import { range } from '../../../../src/core/sheet/survey/form-parts';
import type { GroupTemplate } from '../../../../src/core/template/types';
import { format2Template } from '../../../support/format2-template';
import { regime, template } from '../../../support/sheet/fixtures';
import { rowHeight } from '../../../support/sheet/spec-queries';

const cellsOf = (s: SheetSpec, row: number) =>
  s.cells.filter((c) => c.row === row).map((c: CellSpec) => [c.col, c.style, c.value, c.formula]);
const named = (spec: WorkbookSpec, name: string) => spec.names.find((n) => n.name === name);

describe('criteria block of a format-1 form', () => {
  let spec: WorkbookSpec;
  let layout: SurveyLayout;
  let form: SheetSpec;
  let group: GroupTemplate;
  beforeEach(() => {
    ({ spec, layout } = buildSurveyWorkbook({ regime, template, groupId: 'so' }));
    form = spec.sheets.find((s) => s.name === FORM_SHEET) as SheetSpec;
    group = template.groups.find((g) => g.groupId === 'so') as GroupTemplate;
  });

  it('shows each criterion: number, bold title, cap, subtotal of its sub-criteria, named', () => {
    const criterion = group.criteria[1];
    const at = layout.criterionRows[1];
    if (!criterion || !at) throw new Error('criterion 2 missing');
    const last = at.row + criterion.subCriteria.length;
    expect(cellsOf(form, at.row)).toEqual([
      [1, 'critCode', '2', undefined],
      [2, 'critTitle', criterion.title, undefined],
      [3, 'critPoints', criterion.capHundredths / 100, undefined],
      [4, 'critBlank', undefined, undefined],
      [5, 'critPoints', undefined, `ROUND(SUM(E${at.row + 1}:E${last}),2)`],
      [6, 'critBlank', undefined, undefined],
      [7, 'critBlank', undefined, undefined],
    ]);
    expect(rowHeight(form, at.row)).toBeGreaterThanOrEqual(22);
    expect(named(spec, 'TC_2')).toMatchObject({ range: range(at.row, 5), comment: 'Điểm tiêu chí 2' });
  });

  it('shows each sub-criterion: code, title with (*) and guidance, cap, input, counted points, evidence, status', () => {
    const sub = group.criteria.flatMap((c) => c.subCriteria).find((s) => s.evidenceRequired && s.guidance);
    const row = layout.rows.find((r) => r.code === sub?.code)?.row ?? 0;
    if (!sub) throw new Error('no sub-criterion with evidence and guidance');
    const cap = sub.capHundredths / 100;
    expect(cellsOf(form, row)).toEqual([
      [1, 'subCode', sub.code, undefined],
      [2, 'subTitle', `${sub.title} (*)\nHướng dẫn: ${sub.guidance}`, undefined],
      [3, 'cap', cap, undefined],
      [4, 'scoreInput', undefined, undefined],
      [
        5,
        'counted',
        undefined,
        `IF(AND(ISNUMBER(D${row}),NOT(ISLOGICAL(D${row}))),MAX(0,MIN(ROUND(D${row},2),${cap})),0)`,
      ],
      [6, 'evidenceInput', undefined, undefined],
      [7, 'status', undefined, expect.stringContaining('"Thiếu minh chứng"')],
    ]);
    expect(rowHeight(form, row)).toBeGreaterThan(22);
    const [c, n] = sub.code.split('.');
    expect(named(spec, `TC_${c}_${n}`)?.comment).toBe(`Điểm tự chấm tiêu chí ${sub.code}`);
    expect(named(spec, `MC_${c}_${n}`)?.comment).toBe(`Minh chứng tiêu chí ${sub.code}`);
    const plain = group.criteria.flatMap((s) => s.subCriteria).find((s) => !s.evidenceRequired);
    const plainRow = layout.rows.find((r) => r.code === plain?.code)?.row ?? 0;
    expect(String(form.cells.find((x) => x.row === plainRow && x.col === 2)?.value)).not.toContain('(*)');
    expect(String(form.cells.find((x) => x.row === plainRow && x.col === 7)?.formula)).not.toContain(
      'Thiếu minh chứng',
    );
  });

  it('makes a criterion row tall enough for its title in bold, which wraps to more lines than in regular weight', () => {
    // A criterion title (any text of a regime file) taking two lines in the regular weight of a sub-criterion
    // title, three in bold.
    const title = 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn trước hạn trong năm đánh giá';
    const long = structuredClone(template);
    const criterion = long.groups.find((g) => g.groupId === 'so')?.criteria[0];
    const sub = criterion?.subCriteria[0] as { title: string; guidance?: string; evidenceRequired: boolean };
    if (!criterion) throw new Error('criterion 1 missing');
    criterion.title = title;
    sub.title = title;
    delete sub.guidance;
    sub.evidenceRequired = false;
    const built = buildSurveyWorkbook({ regime, template: long, groupId: 'so' });
    const sheet = built.spec.sheets.find((s) => s.name === FORM_SHEET) as SheetSpec;
    const critRow = built.layout.criterionRows[0]?.row ?? 0;
    const subRow = built.layout.rows[0]?.row ?? 0;
    const lineOf12pt = 12 * 1.25;
    expect(sheet.cells.find((c) => c.row === critRow && c.col === 2)?.value).toBe(title);
    expect(sheet.cells.find((c) => c.row === subRow && c.col === 2)?.value).toBe(title);
    expect(rowHeight(sheet, subRow)).toBeGreaterThanOrEqual(2 * lineOf12pt);
    expect(rowHeight(sheet, subRow)).toBeLessThan(3 * lineOf12pt);
    expect(rowHeight(sheet, critRow)).toBeGreaterThanOrEqual(3 * lineOf12pt);
  });

  it('titles a sub-criterion without guidance and without required evidence with its title alone', () => {
    const plainTemplate = structuredClone(template);
    const so = plainTemplate.groups.find((g) => g.groupId === 'so');
    const sub = so?.criteria[0]?.subCriteria[0] as {
      title: string;
      guidance?: string;
      evidenceRequired: boolean;
    };
    delete sub.guidance;
    sub.evidenceRequired = false;
    const built = buildSurveyWorkbook({ regime, template: plainTemplate, groupId: 'so' });
    const sheet = built.spec.sheets.find((s) => s.name === FORM_SHEET) as SheetSpec;
    const row = built.layout.rows[0]?.row ?? 0;
    expect(sheet.cells.find((c) => c.row === row && c.col === 2)?.value).toBe(sub.title);
  });

  it('colours the score and status of a criterion with a single sub-criterion too', () => {
    const single = structuredClone(template);
    const first = single.groups.find((g) => g.groupId === 'so')?.criteria[0];
    first?.subCriteria.splice(1);
    const built = buildSurveyWorkbook({ regime, template: single, groupId: 'so' });
    const sheet = built.spec.sheets.find((s) => s.name === FORM_SHEET) as SheetSpec;
    const row = built.layout.rows[0]?.row ?? 0;
    expect(
      sheet.conditionalFormats.filter((f) => f.range.row === row && f.range.col !== 6).map((f) => f.style),
    ).toEqual([
      'cfOverCap',
      'cfNegative',
      'cfDecimals',
      'cfNotNumber',
      'cfBlank',
      'cfStatusOk',
      'cfStatusBad',
    ]);
  });

  it('validates a score input from 0 to its cap with a Vietnamese prompt and error', () => {
    const r = layout.rows.find((x) => x.capHundredths === 250) ?? layout.rows[0];
    if (!r) throw new Error('no rows');
    const row = r.row;
    const max = String(r.capHundredths / 100).replace('.', ',');
    expect(form.validations.filter((v) => v.range.row === row)).toEqual([
      expect.objectContaining({
        kind: 'decimal',
        range: range(row, 4),
        min: 0,
        max: r.capHundredths / 100,
        prompt: {
          title: `Điểm tự chấm ${r.code}`,
          message: `Nhập số từ 0 đến ${max}, tối đa 2 chữ số thập phân (dấu thập phân theo cài đặt của máy).`,
        },
        error: {
          title: 'Điểm không hợp lệ',
          message: `Tiêu chí ${r.code}: điểm tự chấm phải là số từ 0 đến ${max}.`,
        },
      }),
    ]);
  });

  it('colours the evidence yellow while points are claimed without it, only where evidence is required', () => {
    const required = layout.rows.find((r) => r.evidenceRequired);
    const free = layout.rows.find((r) => !r.evidenceRequired);
    const row = required?.row ?? 0;
    expect(form.conditionalFormats.filter((f) => f.range.row === row && f.range.col === 6)).toEqual([
      {
        range: range(row, 6),
        formula: `IF(AND(ISNUMBER(D${row}),NOT(ISLOGICAL(D${row}))),AND(ROUND(D${row},2)>0,LEN(TRIM(F${row}))=0),FALSE)`,
        style: 'cfBlank',
      },
    ]);
    expect(form.conditionalFormats.filter((f) => f.range.row === free?.row && f.range.col === 6)).toEqual([]);
  });

  it('colours each criterion’s score and status cells by what is wrong, in order of precedence', () => {
    const at = layout.criterionRows[0];
    const first = (at?.row ?? 0) + 1;
    const last = first + (group.criteria[0]?.subCriteria.length ?? 0) - 1;
    const d = `D${first}`;
    const real = `AND(ISNUMBER(${d}),NOT(ISLOGICAL(${d})))`;
    const block = range(first, 4, last, 4);
    expect(form.conditionalFormats.filter((f) => f.range.row === first && f.range.lastRow === last)).toEqual([
      {
        range: block,
        formula: `IF(${real},ROUND(${d},2)>$C${first},FALSE)`,
        style: 'cfOverCap',
        stopIfTrue: true,
      },
      { range: block, formula: `IF(${real},${d}<0,FALSE)`, style: 'cfNegative', stopIfTrue: true },
      {
        range: block,
        formula: `IF(${real},ROUND(${d},2)<>${d},FALSE)`,
        style: 'cfDecimals',
        stopIfTrue: true,
      },
      {
        range: block,
        formula: `IF(ISERROR(${d}),TRUE,IF(${real},FALSE,LEN(TRIM(${d}))>0))`,
        style: 'cfNotNumber',
        stopIfTrue: true,
      },
      { range: block, formula: `LEN(TRIM(${d}))=0`, style: 'cfBlank', stopIfTrue: true },
      { range: range(first, 7, last, 7), formula: `G${first}="Hợp lệ"`, style: 'cfStatusOk' },
      { range: range(first, 7, last, 7), formula: `G${first}<>"Hợp lệ"`, style: 'cfStatusBad' },
    ]);
  });
});

describe('criteria block of a format-2 form', () => {
  let spec: WorkbookSpec;
  let layout: SurveyLayout;
  let form: SheetSpec;
  beforeEach(() => {
    ({ spec, layout } = buildSurveyWorkbook({ regime, template: format2Template(), groupId: 'so' }));
    form = spec.sheets.find((s) => s.name === FORM_SHEET) as SheetSpec;
  });

  it('computes a sub-criterion from the figures: locked points formula, a note in the title, no validation', () => {
    const computed = layout.rows.find((r) => r.computed && r.code === '1.3');
    const row = computed?.row ?? 0;
    const score = form.cells.find((c) => c.row === row && c.col === 4);
    expect(score?.style).toBe('computedPoints');
    expect(score?.formula).toMatch(/D62/);
    expect(String(form.cells.find((c) => c.row === row && c.col === 2)?.value)).toMatch(
      /\nĐiểm tự động tính từ số liệu \(phần “Số liệu”\)\.$/,
    );
    expect(form.cells.find((c) => c.row === row && c.col === 7)?.formula).toContain('G62');
    expect(form.validations.filter((v) => v.range.row === row)).toEqual([]);
    // A manual sub-criterion of the same form keeps its input, validation and plain title.
    const manual = layout.rows.find((r) => !r.computed);
    const mrow = manual?.row ?? 0;
    expect(form.cells.find((c) => c.row === mrow && c.col === 4)?.style).toBe('scoreInput');
    expect(String(form.cells.find((c) => c.row === mrow && c.col === 2)?.value)).not.toContain(
      'tự động tính',
    );
    expect(form.validations.filter((v) => v.range.row === mrow)).toHaveLength(1);
    expect(spec.names.find((n) => n.name === 'TC_1_3')?.range).toEqual(range(row, 4));
  });
});
