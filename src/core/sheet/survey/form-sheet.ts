/** The form sheet "Phiếu": header, one row per criterion and sub-criterion, total and rating. */
import type { Agency } from '../../roster/types';
import type { AgencyGroup, Regime } from '../../regime/types';
import type { GroupTemplate, SurveyTemplate } from '../../template/types';
import { formatVnDate } from '../../text/vn-date';
import { columnLetters } from '../a1';
import { AGENCY_CODE_NAME, AGENCY_NAME_NAME, GROUP_NAME, RATING_NAME, TOTAL_NAME, YEAR_NAME } from '../names';
import { PAGE_NUMBER_FOOTER } from '../page-footer';
import { wrappedRowHeight } from '../row-height';
import type { NameSpec, SheetSpec } from '../spec';
import { placeCheckSection, placeFigureSection } from './figure-section';
import { placeCriterion } from './form-criteria';
import { HEADER_ROW, planForm, type FormPlan } from './form-layout';
import { emptyParts, nameCell, putter, range, WIDTHS, widthOf, type FormParts } from './form-parts';
import { inputRuns, ratingFormula, totalFormula } from './formulas';
import { COL, FORM_SHEET, GUIDE_SHEET, type SurveyLayout } from './layout';
import { BODY_SIZE, S } from './styles';
import { EVIDENCE_REQUIRED_MARK } from './text';

const LAST_COL = COL.status;

export interface FormSheetInput {
  regime: Regime;
  template: SurveyTemplate;
  regimeGroup: AgencyGroup;
  group: GroupTemplate;
  agency?: Agency;
}

export interface FormSheetResult {
  sheet: SheetSpec;
  names: NameSpec[];
  layout: SurveyLayout;
}

/**
 * No formula carries a cached result: LibreOffice trusts cached results on load and never
 * recalculates them, so a form filled by another program would show stale totals there.
 * Without them both Excel (fullCalcOnLoad) and LibreOffice compute every formula on opening.
 */
export function buildFormSheet(input: FormSheetInput): FormSheetResult {
  const { regime, template, group } = input;
  // The rows come from the layout; the blocks below only fill them.
  const plan = planForm(group);
  const parts = emptyParts();
  placeTitle(parts, input);
  placeWhoFills(parts, input);
  placeNote(parts, plan.figures !== null);
  placeColumnHeaders(parts);
  for (const criterion of plan.criteria) placeCriterion(parts, criterion, plan.figures);
  placeTotalAndRating(parts, plan, regime);
  // Format 2: figures, then logic checks, between the rating and the signatures.
  if (plan.figures) {
    placeFigureSection(parts, plan.figures, template.dataAsOf);
    const checksRow = plan.checks?.titleRow ?? 0;
    placeCheckSection(parts, checksRow, group.checks ?? [], plan.figures.cells, regime.appraiser.name);
  }
  placeSignatures(parts, plan.signRow, template.year);
  return { sheet: formSheet(parts, plan.signRow), names: parts.names, layout: plan.layout };
}

function placeTitle(parts: FormParts, { regime, template, regimeGroup }: FormSheetInput): void {
  const put = putter(parts);
  put(1, 1, S.title, { value: `PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM ${template.year}` });
  parts.merges.push(range(1, 1, 1, LAST_COL));
  parts.rows.push({ row: 1, height: 40 });
  const subtitle =
    `${regimeGroup.name} — số liệu tính đến ngày ${formatVnDate(template.dataAsOf)}, ` +
    `gửi về ${regime.appraiser.name} trước ngày ${formatVnDate(template.returnBy)}`;
  put(2, 1, S.subtitle, { value: subtitle });
  parts.merges.push(range(2, 1, 2, LAST_COL));
  parts.rows.push({ row: 2, height: wrappedRowHeight(subtitle, widthOf(1, LAST_COL), BODY_SIZE, 20) });
}

/** Who fills the form: prefilled and locked for one agency, inputs otherwise. */
function placeWhoFills(parts: FormParts, { template, regimeGroup, group, agency }: FormSheetInput): void {
  const put = putter(parts);
  const infoRows: { row: number; label: string }[] = [
    { row: 3, label: 'Tên cơ quan, đơn vị:' },
    { row: 4, label: 'Mã đơn vị:' },
    { row: 5, label: 'Năm đánh giá:' },
    { row: 6, label: 'Nhóm (mã nhóm):' },
  ];
  for (const { row, label } of infoRows) {
    put(row, 1, S.label, { value: label });
    parts.merges.push(range(row, 1, row, 2));
    parts.rows.push({ row, height: 21 });
  }
  const agencyStyle = agency ? S.info : S.infoInput;
  put(3, 3, agencyStyle, agency ? { value: agency.name } : {});
  parts.merges.push(range(3, 3, 3, LAST_COL));
  put(4, 3, agencyStyle, agency ? { value: agency.code } : {});
  parts.merges.push(range(4, 3, 4, LAST_COL));
  put(5, 3, S.infoNumber, { value: template.year });
  parts.merges.push(range(5, 3, 5, LAST_COL));
  put(6, 3, S.info, { value: group.groupId });
  put(6, 4, S.info, { value: regimeGroup.name });
  parts.merges.push(range(6, 4, 6, LAST_COL));
  nameCell(parts, AGENCY_NAME_NAME, 3, 3, 'Tên cơ quan, đơn vị');
  nameCell(parts, AGENCY_CODE_NAME, 4, 3, 'Mã đơn vị');
  nameCell(parts, YEAR_NAME, 5, 3, 'Năm đánh giá');
  nameCell(parts, GROUP_NAME, 6, 3, 'Mã nhóm đơn vị');
  if (!agency) {
    for (const row of [3, 4]) {
      parts.conditionalFormats.push({
        range: range(row, 3, row, LAST_COL),
        formula: `LEN(TRIM($C${row}))=0`,
        style: S.cfBlank,
      });
    }
  }
}

/** How to fill the form; with figures (format 2), where they go and which points they compute. */
function placeNote(parts: FormParts, hasFigures: boolean): void {
  const figureNote = hasFigures
    ? `Nhập số liệu vào phần “Số liệu” (dưới bảng điểm): điểm các tiêu chí thành phần ghi “tự động tính” được tính từ số liệu, không nhập tay. `
    : '';
  const note =
    figureNote +
    `Nhập điểm vào cột “Điểm tự chấm” và minh chứng vào cột “Minh chứng” (các ô nền xanh); ` +
    `${EVIDENCE_REQUIRED_MARK}: bắt buộc có minh chứng. Cột “Tình trạng” cho biết từng ô đã hợp lệ chưa. ` +
    `Xem cách điền và cách tính điểm ở trang “${GUIDE_SHEET}”.`;
  putter(parts)(7, 1, S.note, { value: note });
  parts.merges.push(range(7, 1, 7, LAST_COL));
  parts.rows.push({ row: 7, height: wrappedRowHeight(note, widthOf(1, LAST_COL), 11, 20) });
}

function placeColumnHeaders(parts: FormParts): void {
  const headers = [
    'Mã',
    'Tiêu chí, tiêu chí thành phần',
    'Điểm tối đa',
    'Điểm tự chấm',
    'Điểm được tính',
    'Minh chứng (số, ngày văn bản, trích yếu hoặc đường dẫn)',
    'Tình trạng',
  ];
  const put = putter(parts);
  headers.forEach((text, i) => put(HEADER_ROW, i + 1, S.header, { value: text }));
  const headerHeights = headers.map((text, i) =>
    wrappedRowHeight(text, widthOf(i + 1), BODY_SIZE, 36, { bold: true }),
  );
  parts.rows.push({ row: HEADER_ROW, height: Math.max(...headerHeights) });
}

function placeTotalAndRating(parts: FormParts, plan: FormPlan, regime: Regime): void {
  const put = putter(parts);
  const { totalRow, ratingRow, figures: figurePlan } = plan;
  const { criterionRows, totalCell } = plan.layout;
  put(totalRow, COL.code, S.totalLabel, { value: 'TỔNG ĐIỂM' });
  parts.merges.push(range(totalRow, COL.code, totalRow, COL.title));
  put(totalRow, COL.cap, S.totalPoints, { value: regime.totalHundredths / 100 });
  put(totalRow, COL.score, S.totalLabel);
  put(totalRow, COL.counted, S.totalPoints, {
    formula: totalFormula(criterionRows.map((c) => c.subtotalCell)),
  });
  put(totalRow, COL.evidence, S.totalLabel);
  parts.merges.push(range(totalRow, COL.evidence, totalRow, COL.status));
  put(ratingRow, COL.code, S.totalLabel, { value: 'XẾP LOẠI' });
  parts.merges.push(range(ratingRow, COL.code, ratingRow, COL.title));
  put(ratingRow, COL.cap, S.totalLabel);
  parts.merges.push(range(ratingRow, COL.cap, ratingRow, COL.score));
  // “Something entered” counts only what the agency fills: manual scores and figures, not computed points.
  const scoreColumn = columnLetters(COL.score);
  const computedRows = new Set(plan.layout.rows.filter((r) => r.computed).map((r) => r.row));
  const inputRanges = [
    ...(criterionRows.length > 0
      ? inputRuns(scoreColumn, (criterionRows[0]?.row ?? 0) + 1, totalRow - 1, computedRows)
      : []),
    ...(figurePlan && figurePlan.nextRow > figurePlan.headerRow + 1
      ? inputRuns(scoreColumn, figurePlan.headerRow + 1, figurePlan.nextRow - 1, new Set())
      : []),
  ];
  put(ratingRow, COL.counted, S.rating, { formula: ratingFormula(totalCell, regime.bands, inputRanges) });
  parts.merges.push(range(ratingRow, COL.counted, ratingRow, LAST_COL));
  parts.rows.push({ row: totalRow, height: 24 }, { row: ratingRow, height: 24 });
  nameCell(parts, TOTAL_NAME, totalRow, COL.counted, 'Tổng điểm');
  nameCell(parts, RATING_NAME, ratingRow, COL.counted, 'Xếp loại');
}

/** Signatures, for a printed copy. */
function placeSignatures(parts: FormParts, signRow: number, year: number): void {
  const put = putter(parts);
  put(signRow, COL.counted, S.subtitle, { value: `........, ngày ..... tháng ..... năm ${year}` });
  parts.merges.push(range(signRow, COL.counted, signRow, LAST_COL));
  put(signRow + 1, COL.code, S.sign, { value: 'NGƯỜI LẬP PHIẾU\n(Ký, ghi rõ họ tên)' });
  parts.merges.push(range(signRow + 1, COL.code, signRow + 1, COL.title));
  put(signRow + 1, COL.counted, S.sign, { value: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ\n(Ký tên, đóng dấu)' });
  parts.merges.push(range(signRow + 1, COL.counted, signRow + 1, LAST_COL));
  // Tall enough to sign and stamp under the titles on the printed copy.
  parts.rows.push({ row: signRow + 1, height: 110 });
}

/** The sheet around the placed parts: widths, protection, frozen header, print setup. */
function formSheet(parts: FormParts, signRow: number): SheetSpec {
  const { cells, merges, rows, validations, conditionalFormats } = parts;
  return {
    name: FORM_SHEET,
    visibility: 'visible',
    tabColor: '#2F5597',
    columns: Object.entries(WIDTHS).map(([col, width]) => ({ col: Number(col), width })),
    rows,
    cells,
    merges,
    validations,
    conditionalFormats,
    protection: { password: '', allowFormatColumns: true, allowFormatRows: true },
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: {
      footerCenter: PAGE_NUMBER_FOOTER,
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: HEADER_ROW, last: HEADER_ROW },
      margins: { top: 20, bottom: 20, left: 25, right: 15 },
      area: range(1, 1, signRow + 1, LAST_COL),
    },
    showGridLines: false,
  };
}
