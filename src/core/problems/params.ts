/**
 * Every problem code with the plain data its message needs, one family after another. Codes are
 * stable English kebab-case (the JSON report's contract). Adding a code here without its wording in
 * messages.ts does not compile.
 */

import type { GroupRef } from './where';

/** A value as the user typed it: a number, or text. */
export type Typed = number | string;

/**
 * What the reader found that makes it refuse a file (src/xlsx/reader), as data: `entry` a zip entry's
 * name, `part` a package part, `sheet` a sheet's name, sizes in bytes.
 */
export type ReadDetail =
  | {
      why:
        | 'empty-file'
        | 'markup'
        | 'plain-text'
        | 'not-ooxml'
        | 'password'
        | 'word-doc'
        | 'powerpoint-ppt'
        | 'xls'
        | 'macro-workbook'
        | 'ods'
        | 'xlsb'
        | 'docx'
        | 'pptx'
        | 'empty-zip'
        | 'no-workbook-xml'
        | 'no-directory'
        | 'zip64-corrupt'
        | 'directory-outside'
        | 'too-short'
        | 'directory-corrupt'
        | 'unreadable';
    }
  /** `format`: what the file's first bytes say it is. */
  | { why: 'other-format'; format: 'png' | 'jpeg' | 'gif' | 'pdf' | 'rar' | '7z' | 'gzip' | 'rtf' }
  | {
      why:
        | 'entry-corrupt'
        | 'entry-short'
        | 'entry-encrypted'
        | 'entry-size-mismatch'
        | 'entry-inflate-failed'
        | 'entry-truncated'
        | 'duplicate-entry';
      entry: string;
    }
  | { why: 'entry-method'; entry: string; method: number }
  | { why: 'entry-over-limit'; entry: string; maxBytes: number }
  | { why: 'total-over-limit'; maxBytes: number }
  | { why: 'entry-declared-over-limit'; entry: string; bytes: number; maxBytes: number }
  | { why: 'total-declared-over-limit'; bytes: number; maxBytes: number }
  | { why: 'vba' | 'macro-sheet' | 'xml-invalid' | 'workbook-part-missing'; part: string }
  | { why: 'sheet-part-missing'; part: string; sheet: string; workbookPart: string }
  | { why: 'shared-string-missing' | 'cell-twice'; sheet: string; cell: string }
  | { why: 'cell-address' | 'row-number'; sheet: string; text: string }
  | { why: 'sheet-twice'; sheet: string }
  | { why: 'name-twice'; name: string };

/** What the reader says of a file it refuses, without the file's name. */
interface Detail {
  detail: ReadDetail;
  use?: PreviousUse;
}

/**
 * Why the reader refused a file (src/xlsx/read-workbook.ts); the merge records it in the register. `use`:
 * set when the file is an earlier consolidation a re-merge would overwrite (the advice differs).
 */
export interface FileParams {
  'too-large': { bytes: number; maxBytes: number; use?: PreviousUse };
  'zip-bomb': Detail;
  'not-zip': Detail;
  'xls-binary': Detail;
  encrypted: Detail;
  'csv-or-text': Detail;
  'macro-enabled': Detail;
  corrupt: Detail;
  'no-workbook-part': Detail;
  /** `reason`: why the platform could not reach the file, in its own (Vietnamese) words, e.g. no access. */
  'file-unreachable': { reason: string };
  /** `error`: the text of an error nobody foresaw (a library's, usually English); kept raw for support. */
  'file-unprocessable': { error: string };
}

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

/** How an older template version differs from the current one (src/core/consolidation/template-resolve.ts). */
export type VersionChange =
  | { change: 'embedded-unreadable' }
  | { change: 'embedded-group-missing'; groupId: string }
  | { change: 'sub-added' | 'sub-removed' | 'sub-rule'; code: string }
  | { change: 'sub-cap'; code: string; oldHundredths: number; newHundredths: number }
  | { change: 'figures' };

/** How an edited form differs from its template (src/core/consolidation/structure-diff.ts); cells are A1. */
export type StructureChange =
  | { change: 'sheet-renamed'; expected: string; found: string }
  | { change: 'name-moved'; name: string; cell: string; expected: string }
  | { change: 'formula-lost'; cell: string }
  /** `formula`: as found, without `=`, cut to 40 characters. */
  | { change: 'formula-edited'; cell: string; formula: string }
  /** `found`, `expected`: the texts, cut to 40 characters. */
  | { change: 'value-edited'; cell: string; found: string; expected: string }
  | { change: 'cell-extra'; cell: string };

/** An agency as a message names it. */
export interface AgencyRef {
  code: string;
  name: string;
}

/** Problems of a returned form as a whole: what it is, which template and agency, what it stores. */
export interface SubmissionParams {
  'not-a-survey': Record<string, never>;
  'consolidation-workbook': Record<string, never>;
  /** `key`: the metadata key whose hidden value and document property differ. */
  'metadata-mismatch': { key: string };
  /** `found`: the year the form's metadata holds, null when none. */
  'wrong-year': { found: string | null; year: number };
  'regime-mismatch': { found: string; expected: string };
  'template-unknown': { templateId: string; known: string[] };
  'template-newer-version': { found: string; current: number };
  /** `selfScored`: codes a self-scored older form keeps self-scored where the current version computes them. */
  'template-older-version': { version: number; current: number; selfScored?: string[] };
  /** `changes`: what changed between the versions (at most 5, the first found). */
  'template-outdated': { version: number; current: number; changes: VersionChange[] };
  /**
   * `in`: the criteria set (regime) or the template that lacks the group; `known`: the regime's groups, named
   * when a template file is checked.
   */
  'group-unknown': { groupId: string; in: 'regime' | 'template'; known?: string[] };
  'wrong-group': { agency: AgencyRef; agencyGroup: string; formGroup: string };
  /** `names`: the defined names missing or broken. */
  'name-missing': { names: string[] };
  /** `changes`: the differences found (at most 5, the first found); empty when none is named. */
  'structure-changed': { changes: StructureChange[] };
  'year-cell-mismatch': { found: string; year: number };
  'group-cell-mismatch': { found: string; groupId: string };
  'agency-unknown': { code: string; name: string };
  'agency-code-unknown': { code: string; name: string; agency: AgencyRef };
  'agency-code-missing': { name: string; agency: AgencyRef };
  'agency-name-mismatch': { name: string; agency: AgencyRef };
  'agency-code-name-conflict': { code: string; name: string; byCode: AgencyRef; byName: AgencyRef };
  'agency-prefilled-mismatch': { prefilled: string; agency: AgencyRef };
  /** `criterion`: the criterion's number for a subtotal. */
  'stale-subtotal': { criterion: number; storedHundredths: number; expectedHundredths: number };
  'stale-total': { storedHundredths: number; expectedHundredths: number };
  'stale-rating': { stored: string; expected: string };
  /** `label`: the figure's label in the template; `reason`: why its value is not usable. */
  'figure-blank': { label: string };
  'figure-invalid': { label: string; reason: FigureReason };
  /** `text`: the check's own message, written by the template's author. */
  'logic-check-failed': { text: string; severity: 'error' | 'warning' };
}

/** Problems of a roster: its rows (parseRoster) and its file as a table (roster-table.ts). */
export interface RosterParams {
  'roster-not-a-list': Record<string, never>;
  'roster-row-not-an-agency': Record<string, never>;
  'roster-code-invalid': { code: string };
  'roster-code-duplicate': { code: string; firstRow: number };
  'roster-name-missing': Record<string, never>;
  'roster-group-unknown': { group: string; known: string[] };
  'roster-aliases-invalid': Record<string, never>;
  /** `other`: the agency (code and row) that already has this name or alias. */
  'roster-name-shared': { name: string; otherCode: string; otherRow: number };
  'roster-file-empty': Record<string, never>;
  /** `bytes`: the chosen file's size; refused before reading it. */
  'roster-file-too-large': { bytes: number };
  'roster-columns-missing': { columns: string[] };
  /** `cells`: the non-blank cells past the header's columns. */
  'roster-cells-outside': { cells: string[] };
  'roster-no-agencies': Record<string, never>;
}

/** What a previous consolidation is read back for: the advice differs (re-merge into a file or the open workbook, or only read it). */
export type PreviousUse = 'merge-into-file' | 'merge-into-workbook' | 'read';

/** Where a merge writes: into a consolidation file, or into the workbook open in Excel. */
export type MergeTarget = Exclude<PreviousUse, 'read'>;

/** What is missing or wrong in a consolidation read back (src/core/consolidation/read-state.ts). */
export type UnreadableReason =
  | { reason: 'not-a-consolidation' }
  | { reason: 'name-missing'; name: string }
  /** A table name pointing at whole columns or rows (`A:Z`), which no table this tool writes does. */
  | { reason: 'name-whole-lines'; name: string; address: string }
  | { reason: 'header'; sheet: string; cell: string; header: string }
  | { reason: 'status-invalid' | 'event-invalid'; text: string; sheet: string }
  /**
   * Two rows for one thing (a row copied over another): a re-merge would keep one and silently drop the
   * other. `item`: the data sheet's sub-criterion code or figure name; '' for an agency's source in the register.
   */
  | { reason: 'row-duplicate'; sheet: string; rows: [number, number]; agencyCode: string; item: string };

/** Problems of a previous consolidation read back, and of what is in the way where a merge would write. */
export interface PreviousParams {
  'previous-unreadable': UnreadableReason & { use: PreviousUse };
  /** The consolidation there is of another year or template than the merge's. */
  'previous-other-template': {
    year: number;
    templateId: string;
    expectedYear: number;
    expectedTemplateId: string;
    use: MergeTarget;
  };
  /** The open workbook holds a survey form, whose hidden metadata sheet a consolidation would share. */
  'workbook-holds-survey': Record<string, never>;
  /** The open workbook holds another product's metadata. */
  'workbook-other-product': { product: string };
  /** Sheets of the user's with the names the consolidation needs. */
  'workbook-sheets-taken': { sheets: string[] };
}

/** Problems of a criteria workbook's cells that the template validator cannot see (src/core/criteria). */
export interface CriteriaParams {
  'criteria-sheet-missing': Record<string, never>;
  /** `label`: the general-information row's label. */
  'criteria-info-missing': { label: string };
  'criteria-blank': { label: string };
  'criteria-date': { text: string };
  /** `items`: the drop-down's values; `yesNo`: a Có/Không cell. */
  'criteria-list': { text: string; items: string[] };
  'criteria-pairs': { line: number; text: string };
  'criteria-number': { text: string };
  'criteria-group-blank': Record<string, never>;
}

/** Which points of a scoring rule a problem concerns. */
export type RulePoints =
  { of: 'partial' } | { of: 'per-unit' } | { of: 'tier'; tier: number } | { of: 'option'; option: string };

/** A message of a JSON schema rule a template file breaks; `field` null when the value is not a named field. */
export type SchemaRule =
  | { rule: 'required'; field: string }
  | { rule: 'unknown-field'; field: string }
  | { rule: 'type'; field: string | null; type: string }
  | { rule: 'minimum'; field: string | null; limit: number }
  | { rule: 'min-items'; field: string | null; limit: number }
  | { rule: 'enum'; field: string | null; allowed: string[] }
  | { rule: 'min-length'; field: string | null }
  /** `detail`: the schema library's own (English) text, for a rule the template schema does not use today. */
  | { rule: 'other'; field: string | null; detail: string };

type None = Record<string, never>;

/**
 * Problems of a template file (src/core/template): its schema, its values against the regime and its
 * format-2 figures, rules and checks; `where.path` is the JSON path, `where.item` what it concerns. The
 * template's `group-unknown` is the submission family's code, with the regime's groups named.
 */
export interface TemplateParams {
  schema: SchemaRule;
  'template-regime-mismatch': { found: string; expected: string; legalBasis: string };
  'year-range': { year: number; min: number; max: number };
  'date-invalid': { field: 'dataAsOf' | 'returnBy'; text: string };
  'date-order': { dataAsOf: string; returnBy: string };
  'format-version': None;
  'group-duplicate': None;
  'group-missing': { groupId: string; name: string };
  'criterion-duplicate': None;
  /** `groupId`, `count`: the regime's group (for tools; the item names it) and how many criteria it has. */
  'criterion-extra': { groupId: string; count: number };
  'criterion-cap': { cap: number; expectedHundredths: number };
  'criterion-title': { title: string; expected: string };
  'criterion-missing': { number: number; title: string; group: GroupRef };
  'no-subcriteria': None;
  'cap-sum': { sumHundredths: number; capHundredths: number };
  /** `criterion`, `index`: the criterion and 1-based position, which make the example code. */
  'code-malformed': { code: string; criterion: number; index: number };
  'code-prefix': { code: string; criterion: number };
  /** `first`: the criterion and 1-based position of the sub-criterion that has the code already. */
  'duplicate-code': { code: string; first: { criterion: number; index: number } };
  'title-empty': None;
  'cap-not-positive': { cap: number };
  'cap-decimals': { cap: number };
  'figure-key-malformed': None;
  'figure-duplicate': None;
  'figure-label-empty': None;
  'figure-options':
    | { issue: 'missing' | 'blank' | 'not-choice' }
    | { issue: 'comma' | 'duplicate'; option: string }
    | { issue: 'too-long'; length: number; max: number };
  'figure-partly': None;
  /** `type`: the figure's type as the file writes it. */
  'figure-bounds':
    | { issue: 'not-numeric'; type: string }
    | { issue: 'not-whole' | 'not-percent' | 'decimals'; field: 'min' | 'max'; value: number }
    | { issue: 'min-over-max'; min: number; max: number };
  'figure-unused': None;
  'rule-field-missing': { field: string; kind: string };
  'rule-field-extra': { field: string; kind: string };
  'rule-figure-unknown': { key: string; field: string };
  /** `allowed`: the figure types the rule reads; `type`: the figure's. */
  'rule-figure-type': { kind: string; allowed: string[]; key: string; type: string };
  'rule-partial': { figure: string };
  'rule-points':
    | { issue: 'negative' | 'decimals'; points: RulePoints; value: number }
    | { issue: 'zero'; points: RulePoints };
  'rule-points-over-cap': { points: RulePoints; value: number; capHundredths: number };
  'ratio-thresholds':
    | { issue: 'range'; field: 'fullFrom' | 'zeroBelow'; value: number }
    | { issue: 'order'; zeroBelow: number; fullFrom: number };
  'ratio-same-figure': None;
  /** `tier`: 1-based. */
  'tiers-threshold': { value: number; tier: number };
  'tiers-order': { value: number; tier: number; previous: number };
  'choice-option-duplicate': { option: string };
  'choice-option-unknown': { option: string; figure: string };
  'check-field-missing': { field: string; kind: string };
  'check-field-extra': { field: string; kind: string };
  'check-message-empty': None;
  'check-figure-unknown': { key: string; field: string };
  'check-figure-type': { kind: string; key: string; type: string };
  'check-bounds': { issue: 'none' } | { issue: 'min-over-max'; min: number; max: number };
  /** A template file the pane reads: too large (`bytes`), empty, or not JSON (`detail`: JSON.parse's own text). */
  'template-file-too-large': { bytes: number };
  'template-file-empty': None;
  'template-file-not-json': { detail: string };
}

/** Why a figure's value is not usable (src/core/scoring/figure-value.ts). */
export type FigureReason =
  'not-a-number' | 'not-whole' | 'out-of-bounds' | 'too-many-decimals' | 'not-in-list';

export type ProblemParams = FileParams &
  EntryParams &
  SubmissionParams &
  RosterParams &
  PreviousParams &
  CriteriaParams &
  TemplateParams;

export type ProblemCode = keyof ProblemParams;
