import { formatPoints, fromHundredths } from '../numbers/hundredths';
import type { DecimalValidationSpec, RangeSpec } from './spec';

/** The shared phrase for “two decimals at most”, as every issued form words it. */
export const AT_MOST_TWO_DECIMALS = 'tối đa 2 chữ số thập phân';

/** The bounds as the user reads them (Vietnamese comma: "1,5"). */
export interface BoundsText {
  min: string;
  max: string;
}

/** Each sheet keeps its own words (issued forms must not change); the helper only fills in the bounds. */
export interface DecimalValidationWording {
  promptTitle: string;
  prompt: (bounds: BoundsText) => string;
  errorTitle: string;
  error: (bounds: BoundsText) => string;
}

export interface DecimalBounds {
  /** Lower bound in hundredths; 0 when omitted (a score or a count is never negative). */
  minHundredths?: number;
  maxHundredths: number;
  /** Whole numbers only (Excel's "Whole number" validation). */
  whole?: boolean;
}

/**
 * The one “number from min to max” validation (a score up to its cap, a figure within its bounds):
 * bounds come in hundredths so the sheet's limit is exactly the cap the points are rounded against.
 */
export function decimalValidation(
  range: RangeSpec,
  bounds: DecimalBounds,
  wording: DecimalValidationWording,
): DecimalValidationSpec {
  const minHundredths = bounds.minHundredths ?? 0;
  const text: BoundsText = { min: formatPoints(minHundredths), max: formatPoints(bounds.maxHundredths) };
  return {
    kind: 'decimal',
    ...(bounds.whole ? { whole: true } : {}),
    range,
    min: fromHundredths(minHundredths),
    max: fromHundredths(bounds.maxHundredths),
    allowBlank: true,
    prompt: { title: wording.promptTitle, message: wording.prompt(text) },
    error: { title: wording.errorTitle, message: wording.error(text) },
  };
}
