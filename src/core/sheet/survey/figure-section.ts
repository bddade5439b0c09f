/**
 * Format 2: the figures section (số liệu, the unlocked inputs) and the logic-check section of the form sheet,
 * placed under the rating. Formulas of computed sub-criteria read the figures' cells planned here.
 */
import { figureBounds, figureOptions } from '../../scoring/figure-value';
import type { Figure, LogicCheck } from '../../template/figure-types';
import { cellAddress } from '../a1';
import {
  AT_MOST_TWO_DECIMALS,
  decimalValidation,
  type BoundsText,
  type DecimalValidationWording,
} from '../decimal-validation';
import { toHundredths } from '../../numbers/hundredths';
import { figureEvidenceName, figureName } from '../names';
import { wrappedRowHeight } from '../row-height';
import type { RangeSpec, ValidationSpec } from '../spec';
import { formatVnDate } from '../../text/vn-date';
import { checkStatusFormula, figureStatusFormula, quoted, type FigureCells } from './figure-formulas';
import { nameCell, putter, range, widthOf, type FormParts } from './form-parts';
import { COL } from './layout';
import { CHECK_STATUS, FIGURE_STATUS } from './status';
import { BODY_SIZE, S } from './styles';
import { EVIDENCE_REQUIRED_MARK } from './text';

export interface FigureSectionPlan {
  titleRow: number;
  headerRow: number;
  cells: Map<string, FigureCells & { row: number; evidenceCell: string }>;
  /** First row after the figures (the checks section, or what follows). */
  nextRow: number;
}

/** Where each figure goes when the section starts at `startRow` (title, header, then one row per figure). */
export function planFigureSection(startRow: number, figures: readonly Figure[]): FigureSectionPlan {
  const headerRow = startRow + 1;
  const cells = new Map(
    figures.map((figure, i) => {
      const row = headerRow + 1 + i;
      return [
        figure.key,
        {
          figure,
          row,
          valueCell: cellAddress(row, COL.score),
          statusCell: cellAddress(row, COL.status),
          evidenceCell: cellAddress(row, COL.evidence),
        },
      ] as const;
    }),
  );
  return { titleRow: startRow, headerRow, cells, nextRow: headerRow + 1 + figures.length };
}

/** The data validation and Vietnamese prompt of a figure's input cell (none for dates and text). */
export function figureValidation(f: Figure, at: RangeSpec): ValidationSpec | null {
  const unit = f.unit ? ` (${f.unit})` : '';
  const error = { title: 'Số liệu không hợp lệ' };
  if (f.type === 'yesno' || f.type === 'choice') {
    const items = figureOptions(f);
    const listed = items.map((o) => `“${o}”`).join(', ');
    // Excel shows at most 255 characters of a prompt; a long list is in the drop-down anyway.
    const list = listed.length <= 200 ? listed : 'các mục trong danh sách thả xuống';
    return {
      kind: 'list',
      range: at,
      items,
      allowBlank: true,
      prompt: { title: 'Chọn trong danh sách', message: `Chọn một trong: ${list}.` },
      error: { ...error, message: `Chỉ được chọn một trong: ${list}.` },
    };
  }
  const { min, max } = figureBounds(f);
  const bounds = { minHundredths: toHundredths(min ?? 0), maxHundredths: toHundredths(max ?? 0) };
  const wording = (promptTitle: string, what: (b: BoundsText) => string): DecimalValidationWording => ({
    promptTitle,
    prompt: (b) => `Nhập ${what(b)}.`,
    errorTitle: error.title,
    error: (b) => `Phải là ${what(b)}.`,
  });
  if (f.type === 'integer')
    return decimalValidation(
      at,
      { ...bounds, whole: true },
      wording('Nhập số nguyên', (b) => `số nguyên từ ${b.min} đến ${b.max}${unit}`),
    );
  if (f.type === 'percent' || (f.type === 'decimal' && min !== undefined && max !== undefined))
    return decimalValidation(
      at,
      bounds,
      wording(
        f.type === 'percent' ? 'Nhập tỷ lệ (%)' : 'Nhập số',
        (b) => `số từ ${b.min} đến ${b.max}${unit}, ${AT_MOST_TWO_DECIMALS}`,
      ),
    );
  return null;
}

/** The figures section: a title, a header, then per figure its number, label, unit, input, evidence and status. */
export function placeFigureSection(parts: FormParts, plan: FigureSectionPlan, dataAsOf: string): void {
  const put = putter(parts);
  put(plan.titleRow, COL.code, S.label, {
    value: `SỐ LIỆU (tính đến ngày ${formatVnDate(dataAsOf)}): điểm của các tiêu chí thành phần “tự động tính” được tính từ các số liệu này`,
  });
  parts.merges.push(range(plan.titleRow, COL.code, plan.titleRow, COL.status));
  parts.rows.push({ row: plan.titleRow, height: 36 });
  ['STT', 'Số liệu', 'Đơn vị tính', 'Giá trị', '', 'Minh chứng', 'Tình trạng'].forEach((text, i) =>
    put(plan.headerRow, i + 1, S.header, { value: text }),
  );
  parts.merges.push(range(plan.headerRow, COL.score, plan.headerRow, COL.counted));
  parts.rows.push({ row: plan.headerRow, height: 30 });
  let i = 0;
  for (const { figure, row, valueCell, statusCell, evidenceCell } of plan.cells.values()) {
    i += 1;
    const label = figure.evidenceRequired ? `${figure.label} ${EVIDENCE_REQUIRED_MARK}` : figure.label;
    put(row, COL.code, S.subCode, { value: `SL${i}` });
    put(row, COL.title, S.subTitle, { value: label });
    put(row, COL.cap, S.cap, figure.unit ? { value: figure.unit } : {});
    put(
      row,
      COL.score,
      figure.type === 'yesno' || figure.type === 'choice' || figure.type === 'text'
        ? S.figureTextInput
        : S.figureInput,
    );
    put(row, COL.counted, S.figureInputTail);
    parts.merges.push(range(row, COL.score, row, COL.counted));
    put(row, COL.evidence, figure.evidenceRequired ? S.evidenceInput : S.status);
    put(row, COL.status, S.status, { formula: figureStatusFormula(figure, valueCell) });
    parts.rows.push({ row, height: wrappedRowHeight(label, widthOf(COL.title), BODY_SIZE, 22) });
    const validation = figureValidation(figure, range(row, COL.score));
    if (validation) parts.validations.push(validation);
    nameCell(parts, figureName(figure.key), row, COL.score, figure.label);
    if (figure.evidenceRequired) {
      nameCell(parts, figureEvidenceName(figure.key), row, COL.evidence, `Minh chứng: ${figure.label}`);
      // Yellow while a figure other than “Không” or 0 is given without evidence.
      parts.conditionalFormats.push({
        range: range(row, COL.evidence),
        formula: `IF(ISERROR(${valueCell}),FALSE,AND(LEN(TRIM(${valueCell}))>0,TRIM(${valueCell})<>"Không",TRIM(${valueCell})<>"0",LEN(TRIM(${evidenceCell}))=0))`,
        style: S.cfBlank,
      });
    }
    parts.conditionalFormats.push(
      {
        range: range(row, COL.score),
        formula: `${statusCell}=${quoted(FIGURE_STATUS.blank)}`,
        style: S.cfBlank,
        stopIfTrue: true,
      },
      {
        range: range(row, COL.score),
        formula: `${statusCell}<>${quoted(FIGURE_STATUS.ok)}`,
        style: S.cfNotNumber,
        stopIfTrue: true,
      },
      {
        range: range(row, COL.status),
        formula: `${statusCell}=${quoted(FIGURE_STATUS.ok)}`,
        style: S.cfStatusOk,
      },
      {
        range: range(row, COL.status),
        formula: `${statusCell}<>${quoted(FIGURE_STATUS.ok)}`,
        style: S.cfStatusBad,
      },
    );
  }
}

/** The logic-check section: per check its message and a status the sheet computes (the appraiser checks them). */
export function placeCheckSection(
  parts: FormParts,
  startRow: number,
  checks: readonly LogicCheck[],
  figures: ReadonlyMap<string, FigureCells>,
  appraiser: string,
): void {
  const put = putter(parts);
  if (checks.length === 0) return;
  put(startRow, COL.code, S.label, {
    value: `KIỂM TRA LÔGIC SỐ LIỆU (${appraiser} thẩm định số liệu qua các phép kiểm tra này)`,
  });
  parts.merges.push(range(startRow, COL.code, startRow, COL.status));
  parts.rows.push({ row: startRow, height: 36 });
  checks.forEach((check, i) => {
    const row = startRow + 1 + i;
    const text = `${check.message}${check.severity === 'error' ? '' : ' (cảnh báo)'}`;
    put(row, COL.code, S.subCode, { value: `KT${i + 1}` });
    put(row, COL.title, S.subTitle, { value: text });
    for (let col = COL.cap; col < COL.status; col++) put(row, col, S.subTitle);
    parts.merges.push(range(row, COL.title, row, COL.evidence));
    const statusCell = cellAddress(row, COL.status);
    put(row, COL.status, S.status, { formula: checkStatusFormula(check, figures) });
    parts.rows.push({ row, height: wrappedRowHeight(text, widthOf(COL.title, COL.evidence), BODY_SIZE, 22) });
    parts.conditionalFormats.push(
      {
        range: range(row, COL.status),
        formula: `${statusCell}=${quoted(CHECK_STATUS.pass)}`,
        style: S.cfStatusOk,
      },
      {
        range: range(row, COL.status),
        formula: `${statusCell}=${quoted(CHECK_STATUS.failError)}`,
        style: S.cfCheckError,
      },
      {
        range: range(row, COL.status),
        formula: `${statusCell}=${quoted(CHECK_STATUS.failWarning)}`,
        style: S.cfCheckWarning,
      },
    );
  });
}
