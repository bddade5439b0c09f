/** Where things are on the survey's form sheet; the add-in and tests use it instead of guessing. */

export const FORM_SHEET = 'Phiếu';
export const GUIDE_SHEET = 'Hướng dẫn';

/** Columns of the form's table, 1-based. */
export const COL = {
  code: 1,
  title: 2,
  cap: 3,
  score: 4,
  counted: 5,
  evidence: 6,
  status: 7,
} as const;

export interface SurveyRowLayout {
  code: string;
  row: number;
  scoreCell: string;
  evidenceCell: string;
  countedCell: string;
  statusCell: string;
  capHundredths: number;
  evidenceRequired: boolean;
  /** Format 2: the points are a locked formula over figures, not a typed self-score. */
  computed?: true;
}

/** Format 2: a figure's input, its evidence (when required) and its status cell. */
export interface FigureLayout {
  key: string;
  valueCell: string;
  statusCell: string;
  evidenceCell?: string;
}

export interface SurveyLayout {
  formSheet: string;
  rows: SurveyRowLayout[];
  criterionRows: { number: number; row: number; subtotalCell: string }[];
  totalCell: string;
  ratingCell: string;
  agencyCodeCell: string;
  agencyNameCell: string;
  /** Additive to API.md: where the year and group id are. */
  yearCell: string;
  groupCell: string;
  /** Additive: the column-header row (frozen and repeated on every printed page). */
  headerRow: number;
  /** Format 2 only: the figures section and the status cell of each logic check (template order). */
  figures?: FigureLayout[];
  checkStatusCells?: string[];
}
