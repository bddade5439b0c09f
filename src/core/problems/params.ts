/**
 * Every problem code with the plain data its message needs, one family after another. Codes are
 * stable English kebab-case (the JSON report's contract). Adding a code here without its wording in
 * messages.ts does not compile.
 */

/** A value as the user typed it: a number, or text. */
export type Typed = number | string;

/** Problems of one entry of a form (the scoring core's checks, shared by the pane and the merge). */
export interface EntryParams {
  blank: Record<string, never>;
  'not-a-number': { text: string; capHundredths: number };
  'text-number': { text: string };
  negative: { value: number };
  'over-cap': { value: number; capHundredths: number };
  'too-many-decimals': { value: number; roundedHundredths: number };
  'evidence-missing': Record<string, never>;
  /** `stored`: the formula's result the file keeps (score cell only), when not blank. */
  'formula-in-input': { formula: string; stored?: Typed };
}

export type ProblemParams = EntryParams;

export type ProblemCode = keyof ProblemParams;
