/**
 * The data sheet: one row per agency × sub-criterion with the self-score and evidence as
 * submitted, the appraisers' inputs (appraised score validated 0..cap, reason) and the effective
 * score the tables add up: the appraised score when it is a number, else the self-score, counted
 * exactly like the survey (rounded to 2 decimals, clamped to 0..cap, anything but a number is 0).
 */
import type { Regime } from '../../regime/types';
import type { SurveyTemplate, SubCriterion } from '../../template/types';
import { formatPoints, fromHundredths } from '../../numbers/hundredths';
import { cellAddress } from '../../sheet/a1';
import { countedFormula, isRealNumber } from '../../sheet/survey/formulas';
import { wrappedRowHeight } from '../../sheet/row-height';
import type { CellSpec, RowSpec, SheetSpec, ValidationSpec } from '../../sheet/spec';
import { compareSubCodes, type ConsolidationState, type StateRow } from '../state';
import { effectiveHundredths } from '../tables';
import { DATA_COLUMNS as C, DATA_HEADERS, DATA_SHEET, HEADER_ROW } from './layout';
import { headerRowHeight, STYLES } from './styles';
import { PAGE_NUMBER_FOOTER } from '../../sheet/page-footer';

export interface DataSheet {
  sheet: SheetSpec;
  /** Last row holding data (HEADER_ROW when there is none). */
  lastRow: number;
}

/**
 * Appraised score if it is a real number (not TRUE/FALSE), else the self-score, each counted with
 * the survey's own formula, so the data sheet and the form can never count differently.
 */
export function effectiveFormula(row: number, capHundredths: number): string {
  const appraised = cellAddress(row, C.appraised);
  const self = cellAddress(row, C.self);
  return `IF(${isRealNumber(appraised)},${countedFormula(appraised, capHundredths)},${countedFormula(self, capHundredths)})`;
}

const collator = new Intl.Collator('vi');
/** Narrow enough, long texts wrapped, to print on A4 landscape at about two thirds of the size. */
const WIDTHS: Record<keyof typeof C, number> = {
  code: 16,
  agency: 24,
  group: 16,
  criterion: 7,
  sub: 7,
  title: 36,
  cap: 8,
  self: 8,
  evidence: 26,
  appraised: 10,
  reason: 26,
  effective: 10,
};

export function orderedRows(state: ConsolidationState, regime: Regime): StateRow[] {
  const sources = new Map(state.sources.map((s) => [s.agencyCode, s]));
  const table = (code: string) =>
    regime.groups.find((g) => g.id === sources.get(code)?.groupId)?.tableNumber ?? Number.MAX_SAFE_INTEGER;
  const name = (code: string) => sources.get(code)?.agencyName ?? '';
  return [...state.rows].sort(
    (a, b) =>
      table(a.agencyCode) - table(b.agencyCode) ||
      collator.compare(name(a.agencyCode), name(b.agencyCode)) ||
      (a.agencyCode < b.agencyCode ? -1 : a.agencyCode > b.agencyCode ? 1 : 0) ||
      compareSubCodes(a.subCode, b.subCode),
  );
}

export function buildDataSheet(
  state: ConsolidationState,
  template: SurveyTemplate,
  regime: Regime,
): DataSheet {
  const sources = new Map(state.sources.map((s) => [s.agencyCode, s]));
  const subs = new Map<string, SubCriterion>();
  for (const g of template.groups)
    for (const c of g.criteria) for (const s of c.subCriteria) subs.set(`${g.groupId}|${s.code}`, s);
  const groupName = (id: string) => regime.groups.find((g) => g.id === id)?.name ?? id;

  const cells: CellSpec[] = [
    {
      row: 1,
      col: 1,
      value: `Dữ liệu tổng hợp phiếu tự đánh giá mức độ ứng dụng CNTT năm ${state.year}`,
      style: STYLES.note,
    },
    {
      row: 2,
      col: 1,
      value:
        'Tổ thẩm định nhập điểm thẩm định (cột J) và lý do (cột K); ô điểm thẩm định để trống thì dùng điểm tự chấm. Bảng 1 và Bảng 2 tự tính lại.',
      style: STYLES.note,
    },
  ];
  for (const [key, col] of Object.entries(C)) {
    cells.push({ row: HEADER_ROW, col, value: DATA_HEADERS[key as keyof typeof C], style: STYLES.header });
  }
  const validations: ValidationSpec[] = [];
  const heights: RowSpec[] = [{ row: HEADER_ROW, height: headerRowHeight(DATA_HEADERS, WIDTHS) }];
  let row = HEADER_ROW;
  for (const r of orderedRows(state, regime)) {
    row++;
    const source = sources.get(r.agencyCode);
    const groupId = source?.groupId ?? '';
    const sub = subs.get(`${groupId}|${r.subCode}`);
    const cap = sub?.capHundredths ?? 0;
    cells.push(
      { row, col: C.code, value: r.agencyCode, style: STYLES.text },
      { row, col: C.agency, value: source?.agencyName ?? '', style: STYLES.text },
      { row, col: C.group, value: groupName(groupId), style: STYLES.text },
      { row, col: C.criterion, value: sub?.criterionNumber ?? null, style: STYLES.integer },
      { row, col: C.sub, value: r.subCode, style: STYLES.textCenter },
      {
        row,
        col: C.title,
        value: sub?.title ?? '(không còn trong mẫu phiếu hiện hành; không tính điểm)',
        style: STYLES.text,
      },
      { row, col: C.cap, value: sub ? fromHundredths(cap) : null, style: STYLES.points },
      { row, col: C.self, value: r.self, style: STYLES.points },
      { row, col: C.evidence, value: r.evidence, style: STYLES.text },
      { row, col: C.appraised, value: r.appraised, style: STYLES.input },
      { row, col: C.reason, value: r.reason, style: STYLES.inputText },
      {
        row,
        col: C.effective,
        formula: effectiveFormula(row, cap),
        cachedValue: fromHundredths(effectiveHundredths(r, cap)),
        style: STYLES.points,
      },
    );
    const height = Math.max(
      wrappedRowHeight(source?.agencyName ?? '', WIDTHS.agency, 13),
      wrappedRowHeight(sub?.title ?? '', WIDTHS.title, 13),
      wrappedRowHeight(groupName(groupId), WIDTHS.group, 13),
      wrappedRowHeight(r.evidence, WIDTHS.evidence, 13),
      wrappedRowHeight(r.reason, WIDTHS.reason, 13),
    );
    if (height > 20) heights.push({ row, height });
    const previous = validations[validations.length - 1];
    if (
      previous &&
      previous.kind === 'decimal' &&
      previous.max === fromHundredths(cap) &&
      previous.range.lastRow === row - 1
    ) {
      previous.range.lastRow = row;
    } else {
      const capText = formatPoints(cap);
      validations.push({
        kind: 'decimal',
        range: { row, col: C.appraised, lastRow: row, lastCol: C.appraised },
        min: 0,
        max: fromHundredths(cap),
        allowBlank: true,
        prompt: {
          title: 'Điểm thẩm định',
          message: `Nhập điểm từ 0 đến ${capText}, tối đa 2 chữ số thập phân; để trống nếu giữ điểm tự chấm.`,
        },
        error: { title: 'Điểm không hợp lệ', message: `Điểm thẩm định phải là số từ 0 đến ${capText}.` },
      });
    }
  }
  const sheet: SheetSpec = {
    name: DATA_SHEET,
    visibility: 'visible',
    columns: (Object.keys(C) as (keyof typeof C)[]).map((key) => ({ col: C[key], width: WIDTHS[key] })),
    rows: heights,
    cells,
    merges: [],
    validations,
    conditionalFormats: [],
    protection: { password: '', allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true },
    freeze: { rows: HEADER_ROW, columns: 2 },
    print: {
      footerCenter: PAGE_NUMBER_FOOTER,
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
    },
    showGridLines: true,
  };
  return { sheet, lastRow: row };
}
