/** The form sheet "Phiếu": header, one row per criterion and sub-criterion, total and rating. */
import type { Agency } from '../../roster/types';
import type { AgencyGroup, Regime } from '../../regime/types';
import type { GroupTemplate, SurveyTemplate } from '../../template/types';
import { cellAddress, columnLetters } from '../a1';
import {
  AGENCY_CODE_NAME,
  AGENCY_NAME_NAME,
  GROUP_NAME,
  RATING_NAME,
  TOTAL_NAME,
  YEAR_NAME,
  criterionName,
  evidenceName,
  scoreName,
} from '../names';
import { wrappedRowHeight } from '../row-height';
import type {
  CellSpec,
  ConditionalFormatSpec,
  NameSpec,
  RangeSpec,
  SheetSpec,
  ValidationSpec,
} from '../spec';
import {
  countedFormula,
  inputRuns,
  isRealNumber,
  ratingFormula,
  statusFormula,
  subtotalFormula,
  totalFormula,
} from './formulas';
import { COL, FORM_SHEET, GUIDE_SHEET, type SurveyLayout } from './layout';
import { HEADER_ROW, planForm } from './form-layout';
import { STATUS } from './status';
import { BODY_SIZE, S } from './styles';
import { formatVnDate } from '../../text/vn-date';
import { EVIDENCE_REQUIRED_MARK } from './text';
import { PAGE_NUMBER_FOOTER } from '../page-footer';
import { AT_MOST_TWO_DECIMALS, decimalValidation } from '../decimal-validation';
import { computedStatusFormula, rulePointsFormula } from './figure-formulas';
import { buildCheckSection, buildFigureSection, type SectionParts } from './figure-section';

/** Column widths in characters; the sheet prints on A4 portrait scaled to one page width. */
const WIDTHS: Record<number, number> = { 1: 6.5, 2: 44, 3: 8.5, 4: 9.5, 5: 9.5, 6: 28, 7: 14 };
const LAST_COL = COL.status;

const range = (row: number, col: number, lastRow = row, lastCol = col): RangeSpec => ({
  row,
  col,
  lastRow,
  lastCol,
});

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
  const { regime, template, regimeGroup, group, agency } = input;
  // The rows come from the layout; the blocks below only fill them.
  const plan = planForm(group);
  const cells: CellSpec[] = [];
  const merges: RangeSpec[] = [];
  const rows: { row: number; height: number }[] = [];
  const validations: ValidationSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const names: NameSpec[] = [];
  const put = (
    row: number,
    col: number,
    style: string,
    content: Omit<CellSpec, 'row' | 'col' | 'style'> = {},
  ): void => {
    cells.push({ row, col, style, ...content });
  };
  const name = (n: string, row: number, col: number, comment: string): void => {
    names.push({ name: n, sheet: FORM_SHEET, range: range(row, col), comment });
  };
  const widthOf = (first: number, last: number): number => {
    let w = 0;
    for (let c = first; c <= last; c++) w += WIDTHS[c] ?? 9;
    return w;
  };

  // Title block.
  put(1, 1, S.title, { value: `PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM ${template.year}` });
  merges.push(range(1, 1, 1, LAST_COL));
  rows.push({ row: 1, height: 40 });
  const subtitle =
    `${regimeGroup.name} — số liệu tính đến ngày ${formatVnDate(template.dataAsOf)}, ` +
    `gửi về ${regime.appraiser.name} trước ngày ${formatVnDate(template.returnBy)}`;
  put(2, 1, S.subtitle, { value: subtitle });
  merges.push(range(2, 1, 2, LAST_COL));
  rows.push({ row: 2, height: wrappedRowHeight(subtitle, widthOf(1, LAST_COL), BODY_SIZE, 20) });

  // Who fills the form: prefilled and locked for one agency, inputs otherwise.
  const infoRows: { row: number; label: string }[] = [
    { row: 3, label: 'Tên cơ quan, đơn vị:' },
    { row: 4, label: 'Mã đơn vị:' },
    { row: 5, label: 'Năm đánh giá:' },
    { row: 6, label: 'Nhóm (mã nhóm):' },
  ];
  for (const { row, label } of infoRows) {
    put(row, 1, S.label, { value: label });
    merges.push(range(row, 1, row, 2));
    rows.push({ row, height: 21 });
  }
  const agencyStyle = agency ? S.info : S.infoInput;
  put(3, 3, agencyStyle, agency ? { value: agency.name } : {});
  merges.push(range(3, 3, 3, LAST_COL));
  put(4, 3, agencyStyle, agency ? { value: agency.code } : {});
  merges.push(range(4, 3, 4, LAST_COL));
  put(5, 3, S.infoNumber, { value: template.year });
  merges.push(range(5, 3, 5, LAST_COL));
  put(6, 3, S.info, { value: group.groupId });
  put(6, 4, S.info, { value: regimeGroup.name });
  merges.push(range(6, 4, 6, LAST_COL));
  name(AGENCY_NAME_NAME, 3, 3, 'Tên cơ quan, đơn vị');
  name(AGENCY_CODE_NAME, 4, 3, 'Mã đơn vị');
  name(YEAR_NAME, 5, 3, 'Năm đánh giá');
  name(GROUP_NAME, 6, 3, 'Mã nhóm đơn vị');
  if (!agency) {
    for (const row of [3, 4]) {
      conditionalFormats.push({
        range: range(row, 3, row, LAST_COL),
        formula: `LEN(TRIM($C${row}))=0`,
        style: S.cfBlank,
      });
    }
  }
  // Format 2: the figures section sits under the rating; its rows are planned first for the points formulas.
  const figurePlan = plan.figures;
  const figureNote = figurePlan
    ? `Nhập số liệu vào phần “Số liệu” (dưới bảng điểm): điểm các tiêu chí thành phần ghi “tự động tính” được tính từ số liệu, không nhập tay. `
    : '';
  const note =
    figureNote +
    `Nhập điểm vào cột “Điểm tự chấm” và minh chứng vào cột “Minh chứng” (các ô nền xanh); ` +
    `${EVIDENCE_REQUIRED_MARK}: bắt buộc có minh chứng. Cột “Tình trạng” cho biết từng ô đã hợp lệ chưa. ` +
    `Xem cách điền và cách tính điểm ở trang “${GUIDE_SHEET}”.`;
  put(7, 1, S.note, { value: note });
  merges.push(range(7, 1, 7, LAST_COL));
  rows.push({ row: 7, height: wrappedRowHeight(note, widthOf(1, LAST_COL), 11, 20) });

  // Column headers.
  const headers = [
    'Mã',
    'Tiêu chí, tiêu chí thành phần',
    'Điểm tối đa',
    'Điểm tự chấm',
    'Điểm được tính',
    'Minh chứng (số, ngày văn bản, trích yếu hoặc đường dẫn)',
    'Tình trạng',
  ];
  headers.forEach((text, i) => put(HEADER_ROW, i + 1, S.header, { value: text }));
  const headerHeights = headers.map((text, i) =>
    wrappedRowHeight(text, WIDTHS[i + 1] ?? 9, BODY_SIZE, 36, { bold: true }),
  );
  rows.push({ row: HEADER_ROW, height: Math.max(...headerHeights) });

  // Criteria and sub-criteria.
  const criterionRows = plan.layout.criterionRows;
  for (const { criterion, row: critRow, subs } of plan.criteria) {
    const firstSub = critRow + 1;
    const lastSub = critRow + subs.length;
    put(critRow, COL.code, S.critCode, { value: String(criterion.number) });
    put(critRow, COL.title, S.critTitle, { value: criterion.title });
    put(critRow, COL.cap, S.critPoints, { value: criterion.capHundredths / 100 });
    put(critRow, COL.score, S.critBlank);
    put(critRow, COL.counted, S.critPoints, {
      formula: subtotalFormula(`${cellAddress(firstSub, COL.counted)}:${cellAddress(lastSub, COL.counted)}`),
    });
    put(critRow, COL.evidence, S.critBlank);
    put(critRow, COL.status, S.critBlank);
    rows.push({
      row: critRow,
      height: wrappedRowHeight(criterion.title, WIDTHS[2] ?? 44, BODY_SIZE, 22, { bold: true }),
    });
    name(criterionName(criterion.number), critRow, COL.counted, `Điểm tiêu chí ${criterion.number}`);

    for (const { sub, row, computed } of subs) {
      const scoreCell = cellAddress(row, COL.score);
      const evidenceCell = cellAddress(row, COL.evidence);
      const rule = computed && sub.rule !== undefined && sub.rule.kind !== 'manual' ? sub.rule : null;
      const title =
        (sub.evidenceRequired ? `${sub.title} ${EVIDENCE_REQUIRED_MARK}` : sub.title) +
        (sub.guidance ? `\nHướng dẫn: ${sub.guidance}` : '') +
        (rule ? '\nĐiểm tự động tính từ số liệu (phần “Số liệu”).' : '');
      put(row, COL.code, S.subCode, { value: sub.code });
      put(row, COL.title, S.subTitle, { value: title });
      put(row, COL.cap, S.cap, { value: sub.capHundredths / 100 });
      if (rule && figurePlan) {
        put(row, COL.score, S.computedPoints, {
          formula: rulePointsFormula(rule, sub.capHundredths, figurePlan.cells),
        });
      } else {
        put(row, COL.score, S.scoreInput);
      }
      put(row, COL.counted, S.counted, { formula: countedFormula(scoreCell, sub.capHundredths) });
      put(row, COL.evidence, S.evidenceInput);
      put(row, COL.status, S.status, {
        formula:
          rule && figurePlan
            ? computedStatusFormula(rule, figurePlan.cells, scoreCell, evidenceCell, sub.evidenceRequired)
            : statusFormula(scoreCell, evidenceCell, sub.capHundredths, sub.evidenceRequired),
      });
      rows.push({ row, height: wrappedRowHeight(title, WIDTHS[2] ?? 44, BODY_SIZE, 22) });
      if (!rule)
        validations.push(
          decimalValidation(
            range(row, COL.score),
            { maxHundredths: sub.capHundredths },
            {
              promptTitle: `Điểm tự chấm ${sub.code}`,
              prompt: ({ max }) =>
                `Nhập số từ 0 đến ${max}, ${AT_MOST_TWO_DECIMALS} (dấu thập phân theo cài đặt của máy).`,
              errorTitle: 'Điểm không hợp lệ',
              error: ({ max }) => `Tiêu chí ${sub.code}: điểm tự chấm phải là số từ 0 đến ${max}.`,
            },
          ),
        );
      if (sub.evidenceRequired) {
        // Yellow while points are claimed without evidence, as the status column says.
        conditionalFormats.push({
          range: range(row, COL.evidence),
          formula: `IF(${isRealNumber(scoreCell)},AND(ROUND(${scoreCell},2)>0,LEN(TRIM(${evidenceCell}))=0),FALSE)`,
          style: S.cfBlank,
        });
      }
      name(scoreName(sub.code), row, COL.score, `Điểm tự chấm tiêu chí ${sub.code}`);
      name(evidenceName(sub.code), row, COL.evidence, `Minh chứng tiêu chí ${sub.code}`);
    }
    if (lastSub >= firstSub) {
      // Relative to the block's top-left score cell; the cap is read from column C of the same row.
      const d = cellAddress(firstSub, COL.score);
      const c = `$${cellAddress(firstSub, COL.cap)}`;
      const block = range(firstSub, COL.score, lastSub, COL.score);
      conditionalFormats.push(
        {
          range: block,
          formula: `IF(${isRealNumber(d)},ROUND(${d},2)>${c},FALSE)`,
          style: S.cfOverCap,
          stopIfTrue: true,
        },
        {
          range: block,
          formula: `IF(${isRealNumber(d)},${d}<0,FALSE)`,
          style: S.cfNegative,
          stopIfTrue: true,
        },
        {
          range: block,
          formula: `IF(${isRealNumber(d)},ROUND(${d},2)<>${d},FALSE)`,
          style: S.cfDecimals,
          stopIfTrue: true,
        },
        {
          range: block,
          formula: `IF(ISERROR(${d}),TRUE,IF(${isRealNumber(d)},FALSE,LEN(TRIM(${d}))>0))`,
          style: S.cfNotNumber,
          stopIfTrue: true,
        },
        { range: block, formula: `LEN(TRIM(${d}))=0`, style: S.cfBlank, stopIfTrue: true },
      );
      const g = cellAddress(firstSub, COL.status);
      const statusBlock = range(firstSub, COL.status, lastSub, COL.status);
      conditionalFormats.push(
        { range: statusBlock, formula: `${g}="${STATUS.ok}"`, style: S.cfStatusOk },
        { range: statusBlock, formula: `${g}<>"${STATUS.ok}"`, style: S.cfStatusBad },
      );
    }
  }

  // Total and rating.
  const { totalRow, ratingRow } = plan;
  const totalCell = plan.layout.totalCell;
  put(totalRow, COL.code, S.totalLabel, { value: 'TỔNG ĐIỂM' });
  merges.push(range(totalRow, COL.code, totalRow, COL.title));
  put(totalRow, COL.cap, S.totalPoints, { value: regime.totalHundredths / 100 });
  put(totalRow, COL.score, S.totalLabel);
  put(totalRow, COL.counted, S.totalPoints, {
    formula: totalFormula(criterionRows.map((c) => c.subtotalCell)),
  });
  put(totalRow, COL.evidence, S.totalLabel);
  merges.push(range(totalRow, COL.evidence, totalRow, COL.status));
  put(ratingRow, COL.code, S.totalLabel, { value: 'XẾP LOẠI' });
  merges.push(range(ratingRow, COL.code, ratingRow, COL.title));
  put(ratingRow, COL.cap, S.totalLabel);
  merges.push(range(ratingRow, COL.cap, ratingRow, COL.score));
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
  merges.push(range(ratingRow, COL.counted, ratingRow, LAST_COL));
  rows.push({ row: totalRow, height: 24 }, { row: ratingRow, height: 24 });
  name(TOTAL_NAME, totalRow, COL.counted, 'Tổng điểm');
  name(RATING_NAME, ratingRow, COL.counted, 'Xếp loại');

  // Format 2: figures, then logic checks, between the rating and the signatures.
  if (figurePlan) {
    const merge = (p: SectionParts): void => {
      merges.push(...p.merges);
      rows.push(...p.rows);
      validations.push(...p.validations);
      conditionalFormats.push(...p.conditionalFormats);
      names.push(...p.names);
    };
    merge(buildFigureSection(figurePlan, template.dataAsOf, put));
    const checks = buildCheckSection(plan.checks?.titleRow ?? 0, group.checks ?? [], figurePlan.cells, put);
    merge(checks);
  }

  // Signatures, for a printed copy.
  const signRow = plan.signRow;
  put(signRow, COL.counted, S.subtitle, { value: `........, ngày ..... tháng ..... năm ${template.year}` });
  merges.push(range(signRow, COL.counted, signRow, LAST_COL));
  put(signRow + 1, COL.code, S.sign, { value: 'NGƯỜI LẬP PHIẾU\n(Ký, ghi rõ họ tên)' });
  merges.push(range(signRow + 1, COL.code, signRow + 1, COL.title));
  put(signRow + 1, COL.counted, S.sign, { value: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ\n(Ký tên, đóng dấu)' });
  merges.push(range(signRow + 1, COL.counted, signRow + 1, LAST_COL));
  // Tall enough to sign and stamp under the titles on the printed copy.
  rows.push({ row: signRow + 1, height: 110 });

  const sheet: SheetSpec = {
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
  return { sheet, names, layout: plan.layout };
}
