/** Format 2: the figures section and the logic-check section of the form sheet, as the user sees them. */
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../../../src/core/sheet/spec';
import { FORM_SHEET, buildSurveyWorkbook, type SurveyLayout } from '../../../../src/core/sheet/survey';
import { figureValidation, placeCheckSection } from '../../../../src/core/sheet/survey/figure-section';
import { emptyParts, range } from '../../../../src/core/sheet/survey/form-parts';
import type { Figure } from '../../../../src/core/template/figure-types';
import { format2Template } from '../../../support/format2-template';
import { regime } from '../../../support/sheet/fixtures';
import { mergedRanges, rowHeight } from '../../../support/sheet/spec-queries';

const at = (s: SheetSpec, row: number, col: number): Pick<CellSpec, 'style' | 'value'> | undefined => {
  const c = s.cells.find((x) => x.row === row && x.col === col);
  return c ? { style: c.style, value: c.value } : undefined;
};

describe('figures and checks sections of a format-2 form', () => {
  let spec: WorkbookSpec;
  let layout: SurveyLayout;
  let form: SheetSpec;
  let titleRow: number;
  beforeEach(() => {
    ({ spec, layout } = buildSurveyWorkbook({ regime, template: format2Template(), groupId: 'so' }));
    form = spec.sheets.find((s) => s.name === FORM_SHEET) as SheetSpec;
    titleRow = Number(layout.ratingCell.slice(1)) + 2;
  });

  it('titles the figures section with the data date and heads its columns', () => {
    expect(at(form, titleRow, 1)).toEqual({
      style: 'label',
      value:
        'SỐ LIỆU (tính đến ngày 31/10/2026): điểm của các tiêu chí thành phần “tự động tính” được tính từ các số liệu này',
    });
    expect(form.cells.filter((c) => c.row === titleRow + 1).map((c) => [c.col, c.style, c.value])).toEqual([
      [1, 'header', 'STT'],
      [2, 'header', 'Số liệu'],
      [3, 'header', 'Đơn vị tính'],
      [4, 'header', 'Giá trị'],
      [5, 'header', ''],
      [6, 'header', 'Minh chứng'],
      [7, 'header', 'Tình trạng'],
    ]);
    expect(mergedRanges(form)).toEqual(
      expect.arrayContaining([`A${titleRow}:G${titleRow}`, `D${titleRow + 1}:E${titleRow + 1}`]),
    );
    expect([rowHeight(form, titleRow), rowHeight(form, titleRow + 1)]).toEqual([36, 30]);
  });

  it('gives each figure a numbered row: label, unit, merged input, evidence, status, named cells', () => {
    const rows = (layout.figures ?? []).map((f) => Number(f.valueCell.slice(1)));
    expect(rows[0]).toBe(titleRow + 2);
    const shown = rows.map((row) =>
      form.cells.filter((c) => c.row === row).map((c) => [c.col, c.style, c.value]),
    );
    expect(shown[0]).toEqual([
      [1, 'subCode', 'SL1'],
      [2, 'subTitle', 'Tổng số cán bộ, công chức, viên chức'],
      [3, 'cap', 'người'],
      [4, 'figureInput', undefined],
      [5, 'figureInputTail', undefined],
      [6, 'status', undefined],
      [7, 'status', undefined],
    ]);
    // The yes/no figure needs evidence: marked (*), a text input, an evidence input.
    expect(shown[5]).toEqual([
      [1, 'subCode', 'SL6'],
      [2, 'subTitle', 'Kết nối mạng truyền số liệu chuyên dùng (*)'],
      [3, 'cap', undefined],
      [4, 'figureTextInput', undefined],
      [5, 'figureInputTail', undefined],
      [6, 'evidenceInput', undefined],
      [7, 'status', undefined],
    ]);
    expect(shown[8]?.[3]).toEqual([4, 'figureTextInput', undefined]);
    expect(shown[6]?.[3]).toEqual([4, 'figureInput', undefined]);
    for (const row of rows) {
      expect(mergedRanges(form)).toContain(`D${row}:E${row}`);
      expect(rowHeight(form, row)).toBeGreaterThanOrEqual(22);
      expect(form.cells.find((c) => c.row === row && c.col === 7)?.formula).toMatch(/^IF\(/);
    }
    const named = (name: string) => spec.names.find((n) => n.name === name);
    expect(named('SL_so_cbcc')).toMatchObject({
      range: range(rows[0] ?? 0, 4),
      comment: 'Tổng số cán bộ, công chức, viên chức',
    });
    expect(named('MC_SL_ket_noi_tsl')).toMatchObject({
      range: range(rows[5] ?? 0, 6),
      comment: 'Minh chứng: Kết nối mạng truyền số liệu chuyên dùng',
    });
    expect(spec.names.filter((n) => n.name.startsWith('MC_SL_')).map((n) => n.name)).toEqual([
      'MC_SL_ket_noi_tsl',
    ]);
  });

  it('validates each figure input with a Vietnamese prompt', () => {
    const first = Number(layout.figures?.[0]?.valueCell.slice(1));
    const v = form.validations.find((x) => x.range.row === first && x.range.col === 4);
    expect(v).toMatchObject({
      kind: 'decimal',
      whole: true,
      prompt: { title: 'Nhập số nguyên', message: 'Nhập số nguyên từ 0 đến 999.999.999 (người).' },
      error: { title: 'Số liệu không hợp lệ', message: 'Phải là số nguyên từ 0 đến 999.999.999 (người).' },
    });
  });

  it('colours each figure input and status by its status, and a given figure without evidence yellow', () => {
    const figure = layout.figures?.[5];
    const row = Number(figure?.valueCell.slice(1));
    expect(form.conditionalFormats.filter((f) => f.range.row === row)).toEqual([
      {
        range: range(row, 6),
        formula: `IF(ISERROR(D${row}),FALSE,AND(LEN(TRIM(D${row}))>0,TRIM(D${row})<>"Không",TRIM(D${row})<>"0",LEN(TRIM(F${row}))=0))`,
        style: 'cfBlank',
      },
      { range: range(row, 4), formula: `G${row}="Chưa nhập"`, style: 'cfBlank', stopIfTrue: true },
      { range: range(row, 4), formula: `G${row}<>"Hợp lệ"`, style: 'cfNotNumber', stopIfTrue: true },
      { range: range(row, 7), formula: `G${row}="Hợp lệ"`, style: 'cfStatusOk' },
      { range: range(row, 7), formula: `G${row}<>"Hợp lệ"`, style: 'cfStatusBad' },
    ]);
    const plain = Number(layout.figures?.[0]?.valueCell.slice(1));
    expect(form.conditionalFormats.filter((f) => f.range.row === plain).map((f) => f.style)).toEqual([
      'cfBlank',
      'cfNotNumber',
      'cfStatusOk',
      'cfStatusBad',
    ]);
  });

  it('lists the logic checks under a title naming the appraiser, warnings marked, coloured by result', () => {
    const statusRows = (layout.checkStatusCells ?? []).map((c) => Number(c.slice(1)));
    const title = (statusRows[0] ?? 0) - 1;
    expect(at(form, title, 1)).toEqual({
      style: 'label',
      value:
        'KIỂM TRA LÔGIC SỐ LIỆU (Sở Thông tin và Truyền thông thẩm định số liệu qua các phép kiểm tra này)',
    });
    expect(mergedRanges(form)).toContain(`A${title}:G${title}`);
    expect(rowHeight(form, title)).toBe(36);
    expect(statusRows.map((row) => [at(form, row, 1)?.value, at(form, row, 2)?.value])).toEqual([
      ['KT1', 'Số cán bộ có máy tính không được lớn hơn tổng số cán bộ.'],
      ['KT2', 'Số máy tính phải lớn hơn hoặc bằng số máy kết nối mạng.'],
      ['KT3', 'Số máy tính phải bằng số máy kết nối mạng cộng số máy chưa kết nối. (cảnh báo)'],
      ['KT4', 'Đã nhập tổng số cán bộ thì phải nhập số cán bộ có máy tính. (cảnh báo)'],
      ['KT5', 'Số cuộc họp trực tuyến trong năm lớn bất thường (trên 365), đề nghị kiểm tra lại. (cảnh báo)'],
    ]);
    const row = statusRows[0] ?? 0;
    expect(form.cells.filter((c) => c.row === row).map((c) => [c.col, c.style])).toEqual([
      [1, 'subCode'],
      [2, 'subTitle'],
      [3, 'subTitle'],
      [4, 'subTitle'],
      [5, 'subTitle'],
      [6, 'subTitle'],
      [7, 'status'],
    ]);
    expect(form.cells.find((c) => c.row === row && c.col === 7)?.formula).toMatch(/^IF\(/);
    expect(mergedRanges(form)).toContain(`B${row}:F${row}`);
    expect(rowHeight(form, row)).toBeGreaterThanOrEqual(22);
    expect(form.conditionalFormats.filter((f) => f.range.row === row)).toEqual([
      { range: range(row, 7), formula: `G${row}="Đạt"`, style: 'cfStatusOk' },
      { range: range(row, 7), formula: `G${row}="Không đạt"`, style: 'cfCheckError' },
      { range: range(row, 7), formula: `G${row}="Cần xem lại"`, style: 'cfCheckWarning' },
    ]);
  });

  it('has no checks section, and signatures right under the figures, for a group without logic checks', () => {
    const noChecks = format2Template();
    const so = noChecks.groups.find((g) => g.groupId === 'so') as { checks?: unknown };
    delete so.checks;
    const built = buildSurveyWorkbook({ regime, template: noChecks, groupId: 'so' });
    const sheet = built.spec.sheets.find((s) => s.name === FORM_SHEET) as SheetSpec;
    const lastFigure = Number(built.layout.figures?.at(-1)?.valueCell.slice(1));
    expect(sheet.cells.filter((c) => String(c.value ?? '').startsWith('KIỂM TRA LÔGIC'))).toEqual([]);
    expect(sheet.cells.filter((c) => c.row > lastFigure).map((c) => [c.row, c.col])).toEqual([
      [lastFigure + 3, 5],
      [lastFigure + 4, 1],
      [lastFigure + 4, 5],
    ]);
  });

  it('takes a text figure in a left-aligned text input, a date figure in a number input, neither validated', () => {
    const withMore = format2Template();
    const so = withMore.groups.find((g) => g.groupId === 'so');
    so?.figures?.push(
      { key: 'ghi_chu', label: 'Ghi chú', type: 'text', evidenceRequired: false },
      { key: 'ngay_ban_hanh', label: 'Ngày ban hành quy chế', type: 'date', evidenceRequired: false },
    );
    const built = buildSurveyWorkbook({ regime, template: withMore, groupId: 'so' });
    const sheet = built.spec.sheets.find((s) => s.name === FORM_SHEET) as SheetSpec;
    const [text, date] = (built.layout.figures ?? []).slice(-2).map((f) => Number(f.valueCell.slice(1)));
    expect([at(sheet, text ?? 0, 4)?.style, at(sheet, date ?? 0, 4)?.style]).toEqual([
      'figureTextInput',
      'figureInput',
    ]);
    expect(sheet.validations.filter((v) => v.range.row === text || v.range.row === date)).toEqual([]);
  });

  it('places nothing for a group without logic checks', () => {
    const parts = emptyParts();
    placeCheckSection(parts, 60, [], new Map(), 'Sở Thông tin và Truyền thông');
    expect(parts).toEqual(emptyParts());
  });
});

describe('figureValidation', () => {
  const figure = (f: Partial<Figure>): Figure => ({
    key: 'x',
    label: 'X',
    type: 'integer',
    evidenceRequired: false,
    ...f,
  });
  const cell = range(5, 4);

  it('offers the answers of a yes/no or choice figure in a drop-down, with the list in the prompt', () => {
    expect(figureValidation(figure({ type: 'yesno' }), cell)).toEqual({
      kind: 'list',
      range: cell,
      items: ['Có', 'Không'],
      allowBlank: true,
      prompt: { title: 'Chọn trong danh sách', message: 'Chọn một trong: “Có”, “Không”.' },
      error: { title: 'Số liệu không hợp lệ', message: 'Chỉ được chọn một trong: “Có”, “Không”.' },
    });
  });

  it('refers to the drop-down instead of listing more than 200 characters of options', () => {
    const options = Array.from({ length: 12 }, (_, i) => `Lựa chọn dài số ${i + 1} của danh sách`);
    const v = figureValidation(figure({ type: 'choice', options }), cell);
    expect(v?.prompt.message).toBe('Chọn một trong: các mục trong danh sách thả xuống.');
    expect(v?.error.message).toBe('Chỉ được chọn một trong: các mục trong danh sách thả xuống.');
    // Exactly at the limit the list is still written out.
    const short = ['a'.repeat(198)];
    expect(figureValidation(figure({ type: 'choice', options: short }), cell)?.prompt.message).toBe(
      `Chọn một trong: “${short[0]}”.`,
    );
    const long = ['a'.repeat(199)];
    expect(figureValidation(figure({ type: 'choice', options: long }), cell)?.prompt.message).toBe(
      'Chọn một trong: các mục trong danh sách thả xuống.',
    );
  });

  it('asks for a whole number within the bounds of an integer figure, with its unit', () => {
    expect(figureValidation(figure({ type: 'integer', min: 2, max: 30, unit: 'người' }), cell)).toMatchObject(
      {
        kind: 'decimal',
        whole: true,
        min: 2,
        max: 30,
        prompt: { title: 'Nhập số nguyên', message: 'Nhập số nguyên từ 2 đến 30 (người).' },
        error: { title: 'Số liệu không hợp lệ', message: 'Phải là số nguyên từ 2 đến 30 (người).' },
      },
    );
    expect(figureValidation(figure({ type: 'integer', max: 30 }), cell)?.prompt.message).toBe(
      'Nhập số nguyên từ 0 đến 30.',
    );
  });

  it('asks for a percentage, or a bounded decimal, with at most two decimals', () => {
    const pct = figureValidation(figure({ type: 'percent', unit: '%' }), cell);
    expect(pct).toMatchObject({
      kind: 'decimal',
      min: 0,
      max: 100,
      prompt: { title: 'Nhập tỷ lệ (%)', message: 'Nhập số từ 0 đến 100 (%), tối đa 2 chữ số thập phân.' },
      error: {
        title: 'Số liệu không hợp lệ',
        message: 'Phải là số từ 0 đến 100 (%), tối đa 2 chữ số thập phân.',
      },
    });
    expect(pct).not.toHaveProperty('whole', true);
    expect(figureValidation(figure({ type: 'decimal', min: 1.5, max: 9 }), cell)).toMatchObject({
      kind: 'decimal',
      min: 1.5,
      max: 9,
      prompt: { title: 'Nhập số', message: 'Nhập số từ 1,5 đến 9, tối đa 2 chữ số thập phân.' },
    });
  });

  it('leaves a date, a text or a decimal without both bounds unvalidated', () => {
    expect(figureValidation(figure({ type: 'date' }), cell)).toBeNull();
    expect(figureValidation(figure({ type: 'text' }), cell)).toBeNull();
    expect(figureValidation(figure({ type: 'decimal', min: 1 }), cell)).toBeNull();
    expect(figureValidation(figure({ type: 'decimal', max: 9 }), cell)).toBeNull();
  });
});
