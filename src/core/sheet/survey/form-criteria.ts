/**
 * The criteria block of the form sheet: per criterion a subtotal row, then per sub-criterion its cap, the score
 * input (or, in format 2, the points computed from the figures), the counted points, evidence and status.
 */
import { cellAddress } from '../a1';
import { AT_MOST_TWO_DECIMALS, decimalValidation } from '../decimal-validation';
import { criterionName, evidenceName, scoreName } from '../names';
import { wrappedRowHeight } from '../row-height';
import { computedStatusFormula, rulePointsFormula } from './figure-formulas';
import type { FigureSectionPlan } from './figure-section';
import type { PlannedCriterion, PlannedSub } from './form-layout';
import { nameCell, putter, range, widthOf, type FormParts } from './form-parts';
import { countedFormula, isRealNumber, statusFormula, subtotalFormula } from './formulas';
import { COL } from './layout';
import { STATUS } from './status';
import { BODY_SIZE, S } from './styles';
import { EVIDENCE_REQUIRED_MARK } from './text';

/** A criterion's row (title, cap, subtotal) and its sub-criteria's rows. */
export function placeCriterion(
  parts: FormParts,
  planned: PlannedCriterion,
  figurePlan: FigureSectionPlan | null,
): void {
  const { criterion, row: critRow, subs } = planned;
  const put = putter(parts);
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
  parts.rows.push({
    row: critRow,
    height: wrappedRowHeight(criterion.title, widthOf(COL.title), BODY_SIZE, 22, { bold: true }),
  });
  nameCell(parts, criterionName(criterion.number), critRow, COL.counted, `Điểm tiêu chí ${criterion.number}`);

  for (const planned of subs) placeSubCriterion(parts, planned, figurePlan);
  if (lastSub >= firstSub) placeBlockFormats(parts, firstSub, lastSub);
}

function placeSubCriterion(
  parts: FormParts,
  planned: PlannedSub,
  figurePlan: FigureSectionPlan | null,
): void {
  const { sub, row, computed } = planned;
  const put = putter(parts);
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
  parts.rows.push({ row, height: wrappedRowHeight(title, widthOf(COL.title), BODY_SIZE, 22) });
  if (!rule)
    parts.validations.push(
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
    parts.conditionalFormats.push({
      range: range(row, COL.evidence),
      formula: `IF(${isRealNumber(scoreCell)},AND(ROUND(${scoreCell},2)>0,LEN(TRIM(${evidenceCell}))=0),FALSE)`,
      style: S.cfBlank,
    });
  }
  nameCell(parts, scoreName(sub.code), row, COL.score, `Điểm tự chấm tiêu chí ${sub.code}`);
  nameCell(parts, evidenceName(sub.code), row, COL.evidence, `Minh chứng tiêu chí ${sub.code}`);
}

/** The colours of a criterion's score and status cells: over the cap, negative, too many decimals, not a number, blank. */
function placeBlockFormats(parts: FormParts, firstSub: number, lastSub: number): void {
  // Relative to the block's top-left score cell; the cap is read from column C of the same row.
  const d = cellAddress(firstSub, COL.score);
  const c = `$${cellAddress(firstSub, COL.cap)}`;
  const block = range(firstSub, COL.score, lastSub, COL.score);
  parts.conditionalFormats.push(
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
  parts.conditionalFormats.push(
    { range: statusBlock, formula: `${g}="${STATUS.ok}"`, style: S.cfStatusOk },
    { range: statusBlock, formula: `${g}<>"${STATUS.ok}"`, style: S.cfStatusBad },
  );
}
