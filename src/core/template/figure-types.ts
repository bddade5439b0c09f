/**
 * Template format version 2: figures (số liệu) declared per group, the rule that turns them into a
 * sub-criterion's points, and logic checks between figures. Plain data that maps to rows of a sheet.
 * The field lists below are the one source of the JSON schema and the validator's per-kind checks.
 */

/** Types a figure can have; each becomes a typed input cell of the form. */
export const FIGURE_TYPES = ['integer', 'percent', 'decimal', 'yesno', 'choice', 'date', 'text'] as const;
export type FigureType = (typeof FIGURE_TYPES)[number];

/** Figure types in words, as messages and the criteria workbook's drop-down say them. */
export const FIGURE_TYPE_LABELS: Record<FigureType, string> = {
  integer: 'số nguyên',
  percent: 'tỷ lệ phần trăm',
  decimal: 'số thập phân',
  yesno: 'có/không',
  choice: 'chọn một trong danh sách',
  date: 'ngày',
  text: 'văn bản',
};

/** Figure types a number rule (ratio, tiers, count) can read. */
export const NUMERIC_FIGURE_TYPES: readonly FigureType[] = ['integer', 'percent', 'decimal'];

/** Fields of each rule kind in the JSON file, required ones first ("?" marks an optional one). */
export const RULE_FIELDS = {
  manual: [],
  yesno: ['figure', 'partial?'],
  ratio: ['numerator', 'denominator', 'fullFrom?', 'zeroBelow?'],
  tiers: ['figure', 'tiers'],
  count: ['figure', 'perUnit'],
  choice: ['figure', 'options'],
} as const;
export type RuleKind = keyof typeof RULE_FIELDS;
export const RULE_KINDS = Object.keys(RULE_FIELDS) as RuleKind[];

/** Rule kinds in words (the criteria workbook's drop-down). */
export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  manual: 'tự chấm',
  yesno: 'có/không',
  ratio: 'tỷ lệ',
  tiers: 'theo bậc',
  count: 'theo số lượng',
  choice: 'theo lựa chọn',
};

/** Fields of each logic-check kind in the JSON file (besides kind, message, severity). */
export const CHECK_FIELDS = {
  /** a ≤ b */ le: ['a', 'b'],
  /** a ≥ b */ ge: ['a', 'b'],
  /** a = b + c */ sum: ['a', 'b', 'c'],
  /** a must be given when b is given */ requiredWhen: ['a', 'b'],
  /** min ≤ a ≤ max (either bound may be absent, not both) */ within: ['a', 'min?', 'max?'],
} as const;
export type CheckKind = keyof typeof CHECK_FIELDS;
export const CHECK_KINDS = Object.keys(CHECK_FIELDS) as CheckKind[];

/** Check kinds in words (the criteria workbook's drop-down). */
export const CHECK_KIND_LABELS: Record<CheckKind, string> = {
  le: 'a ≤ b',
  ge: 'a ≥ b',
  sum: 'a = b + c',
  requiredWhen: 'có b thì phải có a',
  within: 'a trong giới hạn',
};

export const SEVERITIES = ['error', 'warning'] as const;
export type CheckSeverity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<CheckSeverity, string> = { error: 'lỗi', warning: 'cảnh báo' };

/** The answers of a yes/no figure, as the form's drop-down lists them. */
export const YES = 'Có';
export const NO = 'Không';
export const PARTLY = 'Một phần';

export interface Figure {
  /** Lower-case letters, digits and `_`, starting with a letter; names the cell `SL_<key>`. */
  key: string;
  label: string;
  type: FigureType;
  unit?: string;
  /** Inclusive bounds (numeric types); integers are ≥ 0 and percentages 0–100 anyway. */
  min?: number;
  max?: number;
  /** The options of a `choice` figure, in drop-down order. */
  options?: string[];
  /** A `yesno` figure that also accepts “Một phần”. */
  partly?: boolean;
  evidenceRequired: boolean;
}

/** How a sub-criterion's points come about; points are integer hundredths, percentages hundredths of a percent. */
export type ScoringRule =
  | { kind: 'manual' }
  | { kind: 'yesno'; figure: string; partialHundredths?: number }
  | {
      kind: 'ratio';
      numerator: string;
      denominator: string;
      /** Full marks from this percentage (hundredths of a percent), e.g. 9000 for 90 %. */
      fullFromHundredths?: number;
      /** Nothing below this percentage. */
      zeroBelowHundredths?: number;
    }
  | { kind: 'tiers'; figure: string; tiers: { from: number; pointsHundredths: number }[] }
  | { kind: 'count'; figure: string; perUnitHundredths: number }
  | { kind: 'choice'; figure: string; options: { option: string; pointsHundredths: number }[] };

export type LogicCheck = {
  message: string;
  severity: CheckSeverity;
} & (
  | { kind: 'le' | 'ge'; a: string; b: string }
  | { kind: 'sum'; a: string; b: string; c: string }
  | { kind: 'requiredWhen'; a: string; b: string }
  | { kind: 'within'; a: string; min?: number; max?: number }
);

/** Field names of a kind without the optional mark. */
export function fieldNames(fields: readonly string[]): { name: string; required: boolean }[] {
  return fields.map((f) => ({ name: f.replace(/\?$/, ''), required: !f.endsWith('?') }));
}

/** The figures a rule reads. */
export function ruleFigures(rule: ScoringRule): string[] {
  switch (rule.kind) {
    case 'manual':
      return [];
    case 'ratio':
      return [rule.numerator, rule.denominator];
    default:
      return [rule.figure];
  }
}

/** A yes/no or list option as the sheet compares it: Excel's TRIM (spaces only), case-insensitive. */
export function optionKey(text: string): string {
  return text.replace(/ +/g, ' ').replace(/^ | $/g, '').toLowerCase();
}
