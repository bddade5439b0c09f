/**
 * The data sheet: one row per agency × sub-criterion with the self-score and evidence as
 * submitted, the appraisers' inputs (appraised score validated 0..cap, reason) and the effective
 * score the tables add up: the appraised score when it is a number, else the self-score, counted
 * exactly like the survey (rounded to 2 decimals, clamped to 0..cap, anything but a number is 0).
 * Format 2: each agency's figure rows come first (`figure-lines.ts`), and a computed sub-criterion's
 * effective score is its rule over the agency's effective figures unless an appraised score overrides it.
 */
import { groupName, tableOrder } from '../../regime/load';
import type { Regime } from '../../regime/types';
import type { SubCriterion, SurveyTemplate } from '../../template/types';
import { fromHundredths } from '../../numbers/hundredths';
import { cellAddress, columnLetters } from '../../sheet/a1';
import { countedFormula, isRealNumber } from '../../sheet/survey/formulas';
import { wrappedRowHeight } from '../../sheet/row-height';
import type { CellSpec, ConditionalFormatSpec, RowSpec, SheetSpec, ValidationSpec } from '../../sheet/spec';
import { compareSubCodes, type ConsolidationState } from '../state';
import { agencyFiguresOf, computedFromFigures, effectivePoints } from '../effective';
import { figureName } from '../../sheet/names';
import { computedEffectiveFormula, figureLines } from './figure-lines';
import { DATA_COLUMNS as C, DATA_HEADERS, DATA_SHEET, HEADER_ROW, TABLE_PRINT } from './layout';
import { headerRowHeight, STYLES } from './styles';
import { AT_MOST_TWO_DECIMALS, decimalValidation } from '../../sheet/decimal-validation';

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

/** One past Excel's last row: stands for the row number in a formula written once per cap. */
const ANY_ROW = String(1_048_577);

/**
 * effectiveFormula of every row with this cap, as its text around the row number: a consolidation writes it on
 * thousands of rows, and joining the pieces with the row's number makes one string instead of dozens.
 */
function effectiveFormulaPieces(capHundredths: number): string[] {
  return effectiveFormula(Number(ANY_ROW), capHundredths).split(ANY_ROW);
}

const collator = new Intl.Collator('vi');
/** What every figure's defined name, and so its data row's code, starts with. */
const FIGURE_PREFIX = figureName('x').slice(0, -1);
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

/** Agencies in the order of the tables: table, then name, then code. */
function orderedAgencies(state: ConsolidationState, regime: Regime): string[] {
  const sources = new Map(state.sources.map((s) => [s.agencyCode, s]));
  const table = (code: string) => tableOrder(regime, sources.get(code)?.groupId);
  const name = (code: string) => sources.get(code)?.agencyName ?? '';
  const codes = new Set([...state.rows, ...(state.figures ?? [])].map((r) => r.agencyCode));
  return [...codes].sort(
    (a, b) => table(a) - table(b) || collator.compare(name(a), name(b)) || (a < b ? -1 : a > b ? 1 : 0),
  );
}

function byAgency<T extends { agencyCode: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.agencyCode);
    if (list) list.push(item);
    else map.set(item.agencyCode, [item]);
  }
  return map;
}

/** The appraised score's validation (0..cap) of one row; `byCap` keeps one worded validation per cap. */
function scoreValidation(byCap: Map<number, ValidationSpec>, row: number, cap: number): ValidationSpec {
  const range = { row, col: C.appraised, lastRow: row, lastCol: C.appraised };
  const worded = byCap.get(cap);
  if (worded) return { ...worded, range };
  const made = decimalValidation(
    range,
    { maxHundredths: cap },
    {
      promptTitle: 'Điểm thẩm định',
      prompt: ({ max }) =>
        `Nhập điểm từ 0 đến ${max}, ${AT_MOST_TWO_DECIMALS}; để trống nếu giữ điểm tự chấm.`,
      errorTitle: 'Điểm không hợp lệ',
      error: ({ max }) => `Điểm thẩm định phải là số từ 0 đến ${max}.`,
    },
  );
  byCap.set(cap, made);
  return made;
}

/** Highlights the reason cell of an appraised score (a number) or figure (anything) that has no reason. */
function missingReasonFormat(firstRow: number, lastRow: number): ConditionalFormatSpec {
  const cell = (col: number) => `$${columnLetters(col)}${firstRow}`;
  const [sub, appraised, reason] = [cell(C.sub), cell(C.appraised), cell(C.reason)];
  return {
    range: { row: firstRow, col: C.reason, lastRow, lastCol: C.reason },
    formula: `AND(LEN(TRIM(${reason}))=0,IF(LEFT(${sub},3)="${FIGURE_PREFIX}",LEN(TRIM(${appraised}))>0,${isRealNumber(appraised)}))`,
    style: STYLES.missingReason,
  };
}

export function buildDataSheet(
  state: ConsolidationState,
  template: SurveyTemplate,
  regime: Regime,
): DataSheet {
  const sources = new Map(state.sources.map((s) => [s.agencyCode, s]));
  const groups = new Map(template.groups.map((g) => [g.groupId, g]));
  const hasFigures = (state.figures ?? []).length > 0;

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
    ...(hasFigures
      ? [
          {
            row: 3,
            col: 1,
            value:
              'Dòng số liệu (mã SL_…): cột H là số liệu đơn vị báo cáo; nhập số liệu thẩm định ở cột J và lý do ở cột K, điểm các tiêu chí tính từ số liệu đó tự tính lại; cột L là số liệu được dùng.',
            style: STYLES.note,
          },
        ]
      : []),
  ];
  for (const [key, col] of Object.entries(C)) {
    cells.push({ row: HEADER_ROW, col, value: DATA_HEADERS[key as keyof typeof C], style: STYLES.header });
  }
  const validations: ValidationSpec[] = [];
  // The previous row's score validation is extended while the cap stays the same.
  let lastScoreValidation: ValidationSpec | undefined;
  let lastCap = -1;
  const validationByCap = new Map<number, ValidationSpec>();
  const subsOfGroup = new Map<string, Map<string, SubCriterion>>();
  const formulaPiecesByCap = new Map<number, string[]>();
  // A title's height is the same on every agency's row.
  const titleHeights = new Map<string, number>();
  const heights: RowSpec[] = [{ row: HEADER_ROW, height: headerRowHeight(DATA_HEADERS, WIDTHS) }];
  const effectiveFiguresOf = agencyFiguresOf(state, template.groups);
  const rowsOf = byAgency(state.rows);
  const figuresOf = byAgency(state.figures ?? []);
  let row = HEADER_ROW;
  for (const code of orderedAgencies(state, regime)) {
    const source = sources.get(code);
    const groupId = source?.groupId ?? '';
    const group = groups.get(groupId);
    const declared = new Map((group?.figures ?? []).map((f, i) => [f.key, { f, i }]));
    const order = (key: string) => declared.get(key)?.i ?? Number.MAX_SAFE_INTEGER;
    const figureRows = (figuresOf.get(code) ?? [])
      .slice()
      .sort((a, b) => order(a.key) - order(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const agency = { code, name: source?.agencyName ?? '', group: groupName(regime, groupId) };
    const lines = figureLines(figureRows, row + 1, new Map([...declared].map(([k, v]) => [k, v.f])), agency);
    cells.push(...lines.cells);
    validations.push(...lines.validations);
    for (const f of figureRows) {
      const figure = declared.get(f.key)?.f;
      const height = Math.max(
        wrappedRowHeight(agency.name, WIDTHS.agency, 13),
        wrappedRowHeight(figure?.label ?? '', WIDTHS.title, 13),
        wrappedRowHeight(f.reason, WIDTHS.reason, 13),
      );
      if (height > 20) heights.push({ row: row + 1 + figureRows.indexOf(f), height });
    }
    row += figureRows.length;
    const present = new Set(figureRows.map((f) => f.key));
    const subRows = (rowsOf.get(code) ?? []).slice().sort((a, b) => compareSubCodes(a.subCode, b.subCode));
    let subsByCode = subsOfGroup.get(groupId);
    if (subsByCode === undefined) {
      subsByCode = new Map(group?.criteria.flatMap((c) => c.subCriteria.map((x) => [x.code, x])) ?? []);
      subsOfGroup.set(groupId, subsByCode);
    }
    const agencyHeight = Math.max(
      wrappedRowHeight(agency.name, WIDTHS.agency, 13),
      wrappedRowHeight(agency.group, WIDTHS.group, 13),
    );
    for (const r of subRows) {
      row++;
      const sub = subsByCode.get(r.subCode);
      const cap = sub?.capHundredths ?? 0;
      const computed = sub !== undefined && computedFromFigures(sub, present);
      let pieces = formulaPiecesByCap.get(cap);
      if (pieces === undefined) {
        pieces = effectiveFormulaPieces(cap);
        formulaPiecesByCap.set(cap, pieces);
      }
      cells.push(
        { row, col: C.code, value: r.agencyCode, style: STYLES.text },
        { row, col: C.agency, value: agency.name, style: STYLES.text },
        { row, col: C.group, value: agency.group, style: STYLES.text },
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
          formula: computed && sub ? computedEffectiveFormula(row, sub, lines.at) : pieces.join(String(row)),
          cachedValue: fromHundredths(sub ? effectivePoints(r, sub, effectiveFiguresOf(code, groupId)) : 0),
          style: STYLES.points,
        },
      );
      const title = sub?.title ?? '';
      let titleHeight = titleHeights.get(title);
      if (titleHeight === undefined) {
        titleHeight = wrappedRowHeight(title, WIDTHS.title, 13);
        titleHeights.set(title, titleHeight);
      }
      const height = Math.max(
        agencyHeight,
        titleHeight,
        wrappedRowHeight(r.evidence, WIDTHS.evidence, 13),
        wrappedRowHeight(r.reason, WIDTHS.reason, 13),
      );
      if (height > 20) heights.push({ row, height });
      if (
        lastScoreValidation !== undefined &&
        cap === lastCap &&
        lastScoreValidation.range.lastRow === row - 1
      ) {
        lastScoreValidation.range.lastRow = row;
      } else {
        lastScoreValidation = scoreValidation(validationByCap, row, cap);
        lastCap = cap;
        validations.push(lastScoreValidation);
      }
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
    conditionalFormats: row > HEADER_ROW ? [missingReasonFormat(HEADER_ROW + 1, row)] : [],
    protection: { password: '', allowAutoFilter: true, allowFormatColumns: true, allowFormatRows: true },
    freeze: { rows: HEADER_ROW, columns: 2 },
    print: TABLE_PRINT,
    showGridLines: true,
  };
  return { sheet, lastRow: row };
}
