/**
 * The form's formulas. They mirror the core's scoring rule (`countedHundredths`, `scoreForm`)
 * exactly and use only functions Excel 2010 and LibreOffice share (see portable-functions.ts).
 */
import type { RatingBand } from '../../regime/types';
import { STATUS } from './status';

/** A cap or bound in hundredths written as a formula constant, e.g. 150 -> `1.5`. */
export function pointsConstant(hundredths: number): string {
  return String(hundredths / 100);
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A real number, not TRUE/FALSE: LibreOffice stores booleans as numbers, so ISNUMBER(TRUE) is TRUE
 * there while Excel and the core count a boolean as no score at all.
 */
export function isRealNumber(cell: string): string {
  return `AND(ISNUMBER(${cell}),NOT(ISLOGICAL(${cell})))`;
}

/** Points counted for one entry: a real number rounded to 2 decimals and clamped to 0..cap; anything else 0. */
export function countedFormula(scoreCell: string, capHundredths: number): string {
  return `IF(${isRealNumber(scoreCell)},MAX(0,MIN(ROUND(${scoreCell},2),${pointsConstant(capHundredths)})),0)`;
}

/**
 * One status word per entry, checked in the order of STATUS, mirroring the core's `checkEntry`:
 * over the cap means the rounded value exceeds it; evidence is missing only when points are claimed.
 */
export function statusFormula(
  scoreCell: string,
  evidenceCell: string,
  capHundredths: number,
  evidenceRequired: boolean,
): string {
  const cap = pointsConstant(capHundredths);
  const rounded = `ROUND(${scoreCell},2)`;
  const valid = evidenceRequired
    ? `IF(AND(${rounded}>0,LEN(TRIM(${evidenceCell}))=0),${quoted(STATUS.evidenceMissing)},${quoted(STATUS.ok)})`
    : quoted(STATUS.ok);
  const numeric =
    `IF(${scoreCell}<0,${quoted(STATUS.negative)},` +
    `IF(${rounded}>${cap},${quoted(STATUS.overCap)},` +
    `IF(${rounded}<>${scoreCell},${quoted(STATUS.tooManyDecimals)},${valid})))`;
  const other = `IF(ISERROR(${scoreCell}),${quoted(STATUS.notNumber)},IF(LEN(TRIM(${scoreCell}))=0,${quoted(STATUS.blank)},${quoted(STATUS.notNumber)}))`;
  return `IF(${isRealNumber(scoreCell)},${numeric},${other})`;
}

/** Criterion subtotal: the sum of its counted points, rounded like the core. */
export function subtotalFormula(countedRange: string): string {
  return `ROUND(SUM(${countedRange}),2)`;
}

export function totalFormula(subtotalCells: readonly string[]): string {
  return `ROUND(SUM(${subtotalCells.join(',')}),2)`;
}

/**
 * Nested IF over the regime's bands (highest first), on the total rounded to 2 decimals; blank
 * while no cell of `inputRanges` holds anything, so a blank form is not rated “Yếu”.
 */
export function ratingFormula(
  totalCell: string,
  bands: readonly RatingBand[],
  inputRanges: readonly string[] = [],
): string {
  const bounded = bands
    .filter((b): b is RatingBand & { minHundredths: number } => b.minHundredths !== null)
    .sort((a, b) => b.minHundredths - a.minHundredths);
  const lowest = bands.find((b) => b.minHundredths === null);
  let formula = quoted(lowest ? lowest.label : '');
  for (let i = bounded.length - 1; i >= 0; i--) {
    const band = bounded[i];
    if (!band) continue;
    formula = `IF(ROUND(${totalCell},2)>=${pointsConstant(band.minHundredths)},${quoted(band.label)},${formula})`;
  }
  return inputRanges.length === 0 ? formula : `IF(COUNTA(${inputRanges.join(',')})=0,"",${formula})`;
}

/**
 * The runs of rows `first..last` of a column that the agency fills, skipping `skipped` rows (computed
 * points, whose formula COUNTA would count): `D9:D12`, `D14:D20`. One run when nothing is skipped.
 */
export function inputRuns(
  column: string,
  first: number,
  last: number,
  skipped: ReadonlySet<number>,
): string[] {
  const runs: string[] = [];
  let start: number | null = null;
  for (let row = first; row <= last + 1; row++) {
    const inside = row <= last && !skipped.has(row);
    if (inside && start === null) start = row;
    if (!inside && start !== null) {
      runs.push(`${column}${start}:${column}${row - 1}`);
      start = null;
    }
  }
  return runs;
}
