/**
 * Where everything goes on the form sheet, as row arithmetic alone: the header, one row per criterion
 * and sub-criterion, total, rating, the figures and checks sections (format 2) and the signatures.
 * `buildFormSheet` places its blocks at these rows; the add-in reads a form through `surveyLayout`
 * without describing (or hashing) the sheet.
 */
import type { CriterionTemplate, GroupTemplate, SubCriterion } from '../../template/types';
import { cellAddress } from '../a1';
import { planFigureSection, type FigureSectionPlan } from './figure-section';
import { COL, FORM_SHEET, type SurveyLayout } from './layout';

export const HEADER_ROW = 8;

export interface PlannedSub {
  sub: SubCriterion;
  row: number;
  /** Format 2: its points are a locked formula over the figures. */
  computed: boolean;
}

export interface PlannedCriterion {
  criterion: CriterionTemplate;
  row: number;
  subs: PlannedSub[];
}

export interface FormPlan {
  criteria: PlannedCriterion[];
  totalRow: number;
  ratingRow: number;
  /** Format 2 only: the figures section under the rating, and the logic checks under it. */
  figures: FigureSectionPlan | null;
  checks: { titleRow: number; rows: number[] } | null;
  signRow: number;
  layout: SurveyLayout;
}

export function planForm(group: GroupTemplate): FormPlan {
  const figureList = group.figures ?? [];
  let row = HEADER_ROW + 1;
  const criteria = group.criteria.map((criterion): PlannedCriterion => {
    const critRow = row;
    const subs = criterion.subCriteria.map((sub, i): PlannedSub => ({
      sub,
      row: critRow + 1 + i,
      computed: false,
    }));
    row = critRow + 1 + subs.length;
    return { criterion, row: critRow, subs };
  });
  const totalRow = row;
  const ratingRow = row + 1;
  const figures = figureList.length > 0 ? planFigureSection(ratingRow + 2, figureList) : null;
  if (figures)
    for (const c of criteria)
      for (const s of c.subs) s.computed = s.sub.rule !== undefined && s.sub.rule.kind !== 'manual';
  let checks: FormPlan['checks'] = null;
  let signRow = ratingRow + 2;
  if (figures) {
    const titleRow = figures.nextRow + 1;
    const rows = (group.checks ?? []).map((_, i) => titleRow + 1 + i);
    checks = { titleRow, rows };
    const checksEnd = rows.length === 0 ? titleRow : titleRow + 1 + rows.length;
    signRow = Math.max(figures.nextRow, checksEnd) + 1;
  }
  const layout: SurveyLayout = {
    formSheet: FORM_SHEET,
    rows: criteria.flatMap((c) =>
      c.subs.map(({ sub, row: r, computed }) => ({
        code: sub.code,
        row: r,
        scoreCell: cellAddress(r, COL.score),
        evidenceCell: cellAddress(r, COL.evidence),
        countedCell: cellAddress(r, COL.counted),
        statusCell: cellAddress(r, COL.status),
        capHundredths: sub.capHundredths,
        evidenceRequired: sub.evidenceRequired,
        ...(computed ? { computed: true as const } : {}),
      })),
    ),
    criterionRows: criteria.map((c) => ({
      number: c.criterion.number,
      row: c.row,
      subtotalCell: cellAddress(c.row, COL.counted),
    })),
    totalCell: cellAddress(totalRow, COL.counted),
    ratingCell: cellAddress(ratingRow, COL.counted),
    agencyCodeCell: 'C4',
    agencyNameCell: 'C3',
    yearCell: 'C5',
    groupCell: 'C6',
    headerRow: HEADER_ROW,
    ...(figures
      ? {
          figures: [...figures.cells.values()].map((c) => ({
            key: c.figure.key,
            valueCell: c.valueCell,
            statusCell: c.statusCell,
            ...(c.figure.evidenceRequired ? { evidenceCell: c.evidenceCell } : {}),
          })),
          checkStatusCells: (checks?.rows ?? []).map((r) => cellAddress(r, COL.status)),
        }
      : {}),
  };
  return { criteria, totalRow, ratingRow, figures, checks, signRow, layout };
}

/** Where the form of `group` keeps its inputs, results and checks. */
export function surveyLayout(group: GroupTemplate): SurveyLayout {
  return planForm(group).layout;
}
