/**
 * The criteria workbook (“Bộ tiêu chí”) of a template, described once as a WorkbookSpec: general
 * information, sub-criteria (with the regime's criterion caps beside each running sum), figures, logic
 * checks, and the regime's criteria for reference. Without a template it is the blank workbook.
 */
import { fromHundredths, toHundredths } from '../numbers/hundredths';
import { decimalValidation } from '../sheet/decimal-validation';
import type { Regime } from '../regime/types';
import { columnLetters, quoteSheet } from '../sheet/a1';
import type {
  CellSpec,
  CellValue,
  ConditionalFormatSpec,
  ListValidationSpec,
  NameSpec,
  RangeSpec,
  SheetSpec,
  ValidationSpec,
  WorkbookSpec,
} from '../sheet/spec';
import type { SurveyTemplate } from '../template/types';
import { dateText } from './cell-text';
import { checkRow, figureRow, subRows, type Row } from './rows';
import {
  CHECK_KIND_SET,
  FIGURE_TYPE_SET,
  RULE_KIND_SET,
  SEVERITY_SET,
  YES_NO_ITEMS,
  groupSet,
  listItems,
} from './labels';
import {
  CHECKS_SHEET,
  CHECK_COLUMNS,
  FIGURES_SHEET,
  FIGURE_COLUMNS,
  FIRST_DATA_ROW,
  GROUP_LIST_COL,
  HEADER_ROW,
  INFO_FIRST_ROW,
  INFO_LABEL_COL,
  INFO_NOTE_COL,
  INFO_ROWS,
  INFO_SHEET,
  INFO_VALUE_COL,
  REGIME_COLUMNS,
  REGIME_SHEET,
  SPARE_ROWS,
  SUBS_SHEET,
  SUB_COLUMNS,
  columnOf,
  type InfoField,
  type TableColumn,
} from './layout';
import { CS, criteriaStyles } from './styles';

/** Workbook-level names of the tables: other programs (and the xlsx reader) find the sheets through them. */
export const CRITERIA_NAMES = {
  info: 'BTC_THONG_TIN',
  subCriteria: 'BTC_TIEU_CHI',
  figures: 'BTC_SO_LIEU',
  checks: 'BTC_KIEM_TRA',
  regime: 'BTC_QUY_DINH',
} as const;

export interface CriteriaWorkbookInput {
  regime: Regime;
  /** The template to write; absent for a blank workbook. */
  template?: SurveyTemplate;
}

const INFO_NOTES: Record<InfoField, string> = {
  id: 'Mã ổn định của bộ tiêu chí, ví dụ thanh-hoa-cntt-2026; được ghi vào mọi phiếu.',
  regimeId: 'Mã quy định xếp hạng đang áp dụng (QĐ 4289: qd-4289-2016).',
  year: 'Năm đánh giá, ví dụ 2026.',
  version: 'Tăng lên 1 mỗi lần ban hành lại bộ tiêu chí trong cùng năm.',
  formatVersion: '2: phiếu thu thập số liệu và tính điểm; 1: chỉ tự chấm điểm.',
  dataAsOf: 'Ngày chốt số liệu, dạng dd/mm/yyyy (ví dụ 31/10/2026).',
  returnBy: 'Hạn đơn vị gửi phiếu, dạng dd/mm/yyyy; không sớm hơn ngày chốt số liệu.',
};

const HELP_LINES = [
  'Cách soạn: mỗi tiêu chí thành phần một dòng ở trang “Tiêu chí thành phần”; các số liệu ở trang “Số liệu”; các phép kiểm tra ở trang “Kiểm tra lôgic”. Ô màu xanh là ô nhập.',
  'Cột “Đối chiếu điểm tối đa” so tổng điểm tối đa các tiêu chí thành phần của mỗi tiêu chí với điểm tối đa theo quy định (trang “Quy định”): phải “Đủ” ở dòng cuối của tiêu chí.',
  'Cách tính điểm: Tự chấm (đơn vị tự chấm); Có/không (số liệu có/không); Tỷ lệ (tử số, mẫu số); Theo bậc (mỗi dòng “từ: điểm”); Theo số lượng (điểm mỗi đơn vị); Theo lựa chọn (mỗi dòng “lựa chọn: điểm”).',
  'Số thập phân viết bằng dấu phẩy (1,5). Kiểm tra bộ tiêu chí bằng bảng tác vụ Xếp hạng CNTT hoặc lệnh xep-hang-cntt.',
];

function tableSheet(
  name: string,
  title: string,
  columns: readonly TableColumn[],
  rows: Row[],
  inputStyles: Record<string, string>,
): SheetSpec {
  const cells: CellSpec[] = [{ row: 1, col: 1, value: title, style: CS.title }];
  columns.forEach((c, i) => cells.push({ row: HEADER_ROW, col: i + 1, value: c.header, style: CS.header }));
  const last = FIRST_DATA_ROW + rows.length + SPARE_ROWS - 1;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const data = rows[r - FIRST_DATA_ROW];
    columns.forEach((c, i) => {
      const style = inputStyles[c.field];
      if (style === undefined) return;
      const value = data?.[c.field];
      cells.push({ row: r, col: i + 1, ...(value !== undefined && value !== null ? { value } : {}), style });
    });
  }
  return {
    name,
    visibility: 'visible',
    columns: columns.map((c, i) => ({ col: i + 1, width: c.width })),
    rows: [{ row: HEADER_ROW, height: 48 }],
    cells,
    merges: [],
    validations: [],
    conditionalFormats: [],
    protection: null,
    freeze: { rows: HEADER_ROW, columns: 0 },
  };
}

/** Last row carrying formulas and drop-downs. */
function lastRow(sheet: SheetSpec): number {
  return sheet.cells.reduce((m, c) => Math.max(m, c.row), FIRST_DATA_ROW);
}

function columnRange(columns: readonly TableColumn[], field: string, last: number): RangeSpec {
  const col = columnOf(columns, field);
  return { row: FIRST_DATA_ROW, col, lastRow: last, lastCol: col };
}

function list(range: RangeSpec, items: string[], what: string): ListValidationSpec {
  return {
    kind: 'list',
    range,
    items,
    allowBlank: true,
    prompt: { title: what, message: `Chọn trong danh sách: ${items.join('; ')}.` },
    error: { title: what, message: `Chỉ chọn một trong: ${items.join('; ')}.` },
  };
}

/** The group drop-down: the regime's group names, listed from the reference sheet (a name holds commas). */
function groupList(regime: Regime, range: RangeSpec): ListValidationSpec {
  const last = FIRST_DATA_ROW + regime.groups.length - 1;
  return {
    ...list(range, listItems(groupSet(regime)), 'Nhóm'),
    source: {
      sheet: REGIME_SHEET,
      range: { row: FIRST_DATA_ROW, col: GROUP_LIST_COL, lastRow: last, lastCol: GROUP_LIST_COL },
    },
  };
}

const TEXT_INPUT = CS.textInput;
const NUMBER_INPUT = CS.numberInput;

function infoSheet(regime: Regime, template: SurveyTemplate | undefined): SheetSpec {
  const values: Record<InfoField, CellValue> = {
    id: template?.id ?? '',
    regimeId: template?.regimeId ?? regime.id,
    year: template?.year ?? null,
    version: template?.version ?? 1,
    formatVersion: template ? (template.formatVersion ?? 1) : 2,
    dataAsOf: template ? dateText(template.dataAsOf) : '',
    returnBy: template ? dateText(template.returnBy) : '',
  };
  const numeric = new Set<InfoField>(['year', 'version', 'formatVersion']);
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: 'BỘ TIÊU CHÍ ĐÁNH GIÁ, XẾP HẠNG MỨC ĐỘ ỨNG DỤNG CNTT', style: CS.title },
  ];
  INFO_ROWS.forEach((r, i) => {
    const row = INFO_FIRST_ROW + i;
    const value = values[r.field];
    cells.push(
      { row, col: INFO_LABEL_COL, value: r.label, style: CS.label },
      {
        row,
        col: INFO_VALUE_COL,
        ...(value === null || value === '' ? {} : { value }),
        style: numeric.has(r.field) ? NUMBER_INPUT : TEXT_INPUT,
      },
      { row, col: INFO_NOTE_COL, value: INFO_NOTES[r.field], style: CS.note },
    );
  });
  const helpRow = INFO_FIRST_ROW + INFO_ROWS.length + 1;
  HELP_LINES.forEach((line, i) => cells.push({ row: helpRow + i, col: 1, value: line, style: CS.note }));
  const rowOf = (field: InfoField): number => INFO_FIRST_ROW + INFO_ROWS.findIndex((r) => r.field === field);
  const at = (field: InfoField): RangeSpec => {
    const row = rowOf(field);
    return { row, col: INFO_VALUE_COL, lastRow: row, lastCol: INFO_VALUE_COL };
  };
  // Years and versions are shown as written (2026, not the grouped “2.026”).
  const whole = (field: InfoField, min: number, max: number, what: string): ValidationSpec =>
    decimalValidation(
      at(field),
      { minHundredths: toHundredths(min), maxHundredths: toHundredths(max), whole: true },
      {
        promptTitle: what,
        prompt: () => `Số nguyên từ ${min} đến ${max}.`,
        errorTitle: what,
        error: () => `Phải là số nguyên từ ${min} đến ${max}.`,
      },
    );
  return {
    name: INFO_SHEET,
    visibility: 'visible',
    columns: [
      { col: 1, width: 22 },
      { col: 2, width: 26 },
      { col: 3, width: 70 },
    ],
    rows: HELP_LINES.map((_, i) => ({ row: helpRow + i, height: 48 })),
    cells,
    merges: HELP_LINES.map((_, i) => ({ row: helpRow + i, col: 1, lastRow: helpRow + i, lastCol: 3 })),
    validations: [
      whole('year', 2000, 2100, 'Năm đánh giá'),
      whole('version', 1, 999, 'Phiên bản'),
      list(at('formatVersion'), ['1', '2'], 'Định dạng mẫu'),
    ],
    conditionalFormats: [],
    protection: null,
  };
}

function subsSheet(regime: Regime, template: SurveyTemplate | undefined): SheetSpec {
  const inputs: Record<string, string> = Object.fromEntries(
    SUB_COLUMNS.filter((c) => !['runningSum', 'criterionCap', 'capStatus'].includes(c.field)).map((c) => [
      c.field,
      ['number', 'cap', 'fullFrom', 'zeroBelow', 'partial', 'perUnit'].includes(c.field)
        ? NUMBER_INPUT
        : c.field === 'code'
          ? CS.codeInput
          : TEXT_INPUT,
    ]),
  );
  const sheet = tableSheet(
    SUBS_SHEET,
    'CÁC TIÊU CHÍ THÀNH PHẦN',
    SUB_COLUMNS,
    subRows(regime, template),
    inputs,
  );
  const last = lastRow(sheet);
  const L = (field: string): string => columnLetters(columnOf(SUB_COLUMNS, field));
  const [g, n, cap, sum, regimeCap, status] = [
    'groupId',
    'number',
    'cap',
    'runningSum',
    'criterionCap',
    'capStatus',
  ].map(L);
  const regimeRows = regime.groups.reduce((k, rg) => k + rg.criteria.length, 0);
  const rEnd = FIRST_DATA_ROW + regimeRows - 1;
  const ref = (field: string): string => {
    const c = columnLetters(columnOf(REGIME_COLUMNS, field));
    return `${quoteSheet(REGIME_SHEET)}!$${c}$${FIRST_DATA_ROW}:$${c}$${rEnd}`;
  };
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const blank = `OR($${g}${r}="",$${n}${r}="")`;
    const running = `ROUND(SUMIFS($${cap}$${FIRST_DATA_ROW}:$${cap}${r},$${g}$${FIRST_DATA_ROW}:$${g}${r},$${g}${r},$${n}$${FIRST_DATA_ROW}:$${n}${r},$${n}${r}),2)`;
    // The group is named (“Sở, ban, ngành cấp tỉnh”) or, in an earlier workbook, given by its id (so): either counts.
    const limit = ['groupId', 'groupName']
      .map((by) => `SUMIFS(${ref('cap')},${ref(by)},$${g}${r},${ref('number')},$${n}${r})`)
      .join('+');
    // Only the criterion's last row must match its cap; earlier rows only must not exceed it.
    const more =
      r < last
        ? `COUNTIFS($${g}${r + 1}:$${g}$${last},$${g}${r},$${n}${r + 1}:$${n}$${last},$${n}${r})>0`
        : 'FALSE';
    sheet.cells.push(
      {
        row: r,
        col: columnOf(SUB_COLUMNS, 'runningSum'),
        formula: `IF(${blank},"",${running})`,
        cachedValue: '',
        style: CS.formula,
      },
      {
        row: r,
        col: columnOf(SUB_COLUMNS, 'criterionCap'),
        formula: `IF(${blank},"",${limit})`,
        cachedValue: '',
        style: CS.formula,
      },
      {
        row: r,
        col: columnOf(SUB_COLUMNS, 'capStatus'),
        formula: `IF(${blank},"",IF(${sum}${r}>${regimeCap}${r},"Vượt tối đa",IF(${more},"",IF(${sum}${r}<${regimeCap}${r},"Chưa đủ","Đủ"))))`,
        cachedValue: '',
        style: CS.fixed,
      },
    );
  }
  const statusRange = columnRange(SUB_COLUMNS, 'capStatus', last);
  const first = `$${status}${FIRST_DATA_ROW}`;
  const cfs: ConditionalFormatSpec[] = [
    { range: statusRange, formula: `${first}="Đủ"`, style: CS.cfOk },
    { range: statusRange, formula: `OR(${first}="Chưa đủ",${first}="Vượt tối đa")`, style: CS.cfBad },
  ];
  sheet.validations.push(
    groupList(regime, columnRange(SUB_COLUMNS, 'groupId', last)),
    list(columnRange(SUB_COLUMNS, 'kind', last), listItems(RULE_KIND_SET), 'Cách tính điểm'),
    list(columnRange(SUB_COLUMNS, 'evidenceRequired', last), YES_NO_ITEMS, 'Cần minh chứng'),
    decimalValidation(
      columnRange(SUB_COLUMNS, 'cap', last),
      { maxHundredths: regime.totalHundredths },
      {
        promptTitle: 'Điểm tối đa',
        prompt: () => 'Số lớn hơn 0, nhiều nhất 2 chữ số thập phân (ví dụ 1,5).',
        errorTitle: 'Điểm tối đa',
        error: () => 'Điểm tối đa phải là một số (ví dụ 1,5).',
      },
    ),
  );
  sheet.conditionalFormats.push(...cfs);
  sheet.freeze = { rows: HEADER_ROW, columns: columnOf(SUB_COLUMNS, 'code') };
  return sheet;
}

/** Input styles of a table whose bounds (`min`, `max`) are numbers and every other column text. */
function boundedInputs(columns: readonly TableColumn[]): Record<string, string> {
  return Object.fromEntries(
    columns.map((c) => [c.field, ['min', 'max'].includes(c.field) ? NUMBER_INPUT : TEXT_INPUT]),
  );
}

function figuresSheet(regime: Regime, template: SurveyTemplate | undefined): SheetSpec {
  const rows = (template?.groups ?? []).flatMap((g) =>
    (g.figures ?? []).map((f) => figureRow(groupSet(regime).label(g.groupId), f)),
  );
  const sheet = tableSheet(
    FIGURES_SHEET,
    'CÁC SỐ LIỆU THU THẬP',
    FIGURE_COLUMNS,
    rows,
    boundedInputs(FIGURE_COLUMNS),
  );
  const last = lastRow(sheet);
  sheet.validations.push(
    groupList(regime, columnRange(FIGURE_COLUMNS, 'groupId', last)),
    list(columnRange(FIGURE_COLUMNS, 'type', last), listItems(FIGURE_TYPE_SET), 'Loại số liệu'),
    list(columnRange(FIGURE_COLUMNS, 'partly', last), YES_NO_ITEMS, 'Cho chọn “Một phần”'),
    list(columnRange(FIGURE_COLUMNS, 'evidenceRequired', last), YES_NO_ITEMS, 'Cần minh chứng'),
  );
  return sheet;
}

function checksSheet(regime: Regime, template: SurveyTemplate | undefined): SheetSpec {
  const rows = (template?.groups ?? []).flatMap((g) =>
    (g.checks ?? []).map((c) => checkRow(groupSet(regime).label(g.groupId), c)),
  );
  const sheet = tableSheet(
    CHECKS_SHEET,
    'CÁC PHÉP KIỂM TRA LÔGIC GIỮA CÁC SỐ LIỆU',
    CHECK_COLUMNS,
    rows,
    boundedInputs(CHECK_COLUMNS),
  );
  const last = lastRow(sheet);
  sheet.validations.push(
    groupList(regime, columnRange(CHECK_COLUMNS, 'groupId', last)),
    list(columnRange(CHECK_COLUMNS, 'kind', last), listItems(CHECK_KIND_SET), 'Phép kiểm tra'),
    list(columnRange(CHECK_COLUMNS, 'severity', last), listItems(SEVERITY_SET), 'Mức độ'),
  );
  return sheet;
}

function regimeSheet(regime: Regime): SheetSpec {
  const rows: Row[] = regime.groups.flatMap((g) =>
    g.criteria.map((c) => ({
      groupId: g.id,
      groupName: g.name,
      number: c.number,
      title: c.title,
      cap: fromHundredths(c.capHundredths),
    })),
  );
  const fixed = Object.fromEntries(REGIME_COLUMNS.map((c) => [c.field, CS.fixed]));
  const sheet = {
    ...tableSheet(REGIME_SHEET, 'CÁC TIÊU CHÍ THEO QUY ĐỊNH (CHỈ ĐỂ ĐỐI CHIẾU)', REGIME_COLUMNS, rows, fixed),
  };
  // Only the regime's rows: spare rows would invite edits that change nothing.
  sheet.cells = sheet.cells.filter((c) => c.row < FIRST_DATA_ROW + rows.length);
  // Beside the table, each group's name once: the cells the “Nhóm” drop-downs list (groupList).
  const listCol = GROUP_LIST_COL;
  sheet.columns.push({ col: listCol, width: 34 });
  sheet.cells.push(
    { row: HEADER_ROW, col: listCol, value: 'Các nhóm (danh sách chọn ở cột “Nhóm”)', style: CS.header },
    ...regime.groups.map((g, i) => ({
      row: FIRST_DATA_ROW + i,
      col: listCol,
      value: g.name,
      style: CS.fixed,
    })),
  );
  sheet.protection = { password: '' };
  return sheet;
}

function tableName(name: string, sheet: SheetSpec, columns: number): NameSpec {
  return {
    name,
    sheet: sheet.name,
    range: { row: HEADER_ROW, col: 1, lastRow: lastRow(sheet), lastCol: columns },
  };
}

/** The criteria workbook of a template (or the blank one). */
export function buildCriteriaWorkbook({ regime, template }: CriteriaWorkbookInput): WorkbookSpec {
  const info = infoSheet(regime, template);
  const subs = subsSheet(regime, template);
  const figures = figuresSheet(regime, template);
  const checks = checksSheet(regime, template);
  const reference = regimeSheet(regime);
  const infoLast = INFO_FIRST_ROW + INFO_ROWS.length - 1;
  return {
    sheets: [info, subs, figures, checks, reference],
    names: [
      {
        name: CRITERIA_NAMES.info,
        sheet: INFO_SHEET,
        range: { row: INFO_FIRST_ROW, col: 1, lastRow: infoLast, lastCol: INFO_VALUE_COL },
      },
      tableName(CRITERIA_NAMES.subCriteria, subs, SUB_COLUMNS.length),
      tableName(CRITERIA_NAMES.figures, figures, FIGURE_COLUMNS.length),
      tableName(CRITERIA_NAMES.checks, checks, CHECK_COLUMNS.length),
      tableName(CRITERIA_NAMES.regime, reference, REGIME_COLUMNS.length),
    ],
    styles: criteriaStyles,
    properties: {},
    activeSheet: INFO_SHEET,
  };
}
