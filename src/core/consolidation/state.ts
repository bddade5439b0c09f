/**
 * The consolidation as plain data: what every agency submitted per sub-criterion, what the
 * appraisers decided, where each agency's data came from, every file seen and the audit log.
 * It is written into the consolidation workbook and read back from it for a safe re-merge.
 */
import type { CellValue } from '../sheet/spec';

export interface StateRow {
  agencyCode: string;
  subCode: string;
  /** The self-score as entered: a number, text (counts 0, as in the survey sheet) or blank. */
  self: number | string | null;
  evidence: string;
  /** The appraisers' score; a number overrides the self-score, blank (or text) leaves the self-score. */
  appraised: number | string | null;
  reason: string;
}

/**
 * One figure (format-2 template) of one agency: as submitted, and the appraisers' corrected figure and
 * reason. A non-blank appraised figure replaces the submitted one in every computed sub-criterion using it.
 */
export interface FigureRow {
  agencyCode: string;
  /** The figure's key in the template (`so_may_tinh`). */
  key: string;
  value: number | string | null;
  appraised: number | string | null;
  reason: string;
}

/** The file an agency's current data came from. */
export interface AgencySource {
  agencyCode: string;
  agencyName: string;
  groupId: string;
  fileName: string;
  sha256: string;
  receivedAt: string;
  late: boolean;
  /** Messages of the warnings the file had. */
  problems: string[];
}

export type FileStatus = 'duplicate' | 'rejected' | 'replaced';

/** A file that is not any agency's current source: rejected, a duplicate, or replaced by a newer one. */
export interface FileRecord {
  fileName: string;
  sha256: string;
  receivedAt: string;
  status: FileStatus;
  agencyCode: string | null;
  problems: string[];
}

/** `roster-changed`: a merge or re-sort used other agencies than the roster stored in the workbook (a workbook-level entry: no agency, no row). */
export type AuditKind =
  'merge-run' | 'file-applied' | 'self-changed' | 'conflict' | 'appraisal-changed' | 'roster-changed';

export interface AuditEntry {
  at: string;
  kind: AuditKind;
  agencyCode: string;
  subCode: string;
  oldValue: CellValue;
  newValue: CellValue;
  fileName: string;
  note: string;
}

export interface ConsolidationState {
  year: number;
  regimeId: string;
  templateId: string;
  templateVersion: number;
  rows: StateRow[];
  /** Figures per agency (format-2 templates; absent or empty for format 1). */
  figures?: FigureRow[];
  sources: AgencySource[];
  files: FileRecord[];
  audit: AuditEntry[];
}

export function emptyState(
  year: number,
  regimeId: string,
  templateId: string,
  templateVersion: number,
): ConsolidationState {
  return {
    year,
    regimeId,
    templateId,
    templateVersion,
    rows: [],
    figures: [],
    sources: [],
    files: [],
    audit: [],
  };
}

export function rowKey(agencyCode: string, subCode: string): string {
  return `${agencyCode}\u0000${subCode}`;
}

/** Cell values compared as the sheet shows them: numbers by value, text trimmed, blank = ''. */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const norm = (v: CellValue | undefined) =>
    v === null || v === undefined ? '' : typeof v === 'string' ? v.normalize('NFC').trim() : v;
  return norm(a) === norm(b);
}

/** `2.10` after `2.9`: compares sub-criterion codes by their numbers. */
export function compareSubCodes(a: string, b: string): number {
  // Indexed, not destructured: destructuring walks an iterator, garbage on every one of a sort's comparisons.
  const x = subCodeNumbers(a);
  const y = subCodeNumbers(b);
  return x[0] - y[0] || x[1] - y[1] || (a < b ? -1 : a > b ? 1 : 0);
}

// A merge sorts thousands of rows over a few dozen codes: each code is split once. Bounded.
const subCodeCache = new Map<string, readonly [number, number]>();

function subCodeNumbers(code: string): readonly [number, number] {
  let numbers = subCodeCache.get(code);
  if (numbers === undefined) {
    const [criterion = 0, sub = 0] = code.split('.').map(Number);
    numbers = [criterion, sub];
    if (subCodeCache.size >= 4096) subCodeCache.clear();
    subCodeCache.set(code, numbers);
  }
  return numbers;
}

export function sortRows(rows: readonly StateRow[]): StateRow[] {
  return [...rows].sort((x, y) =>
    x.agencyCode < y.agencyCode
      ? -1
      : x.agencyCode > y.agencyCode
        ? 1
        : compareSubCodes(x.subCode, y.subCode),
  );
}

/** Figures by agency, then key: the state does not depend on the order they were read in. */
export function sortFigures(rows: readonly FigureRow[]): FigureRow[] {
  const key = (f: FigureRow) => `${f.agencyCode}\u0000${f.key}`;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Files in a canonical order (the register lists them by agency; the state does not depend on it). The
 * receipt time too: one file given twice in a run makes two equal records but for it.
 */
export function sortFiles(files: readonly FileRecord[]): FileRecord[] {
  const key = (f: FileRecord) => `${f.fileName}\u0000${f.sha256}\u0000${f.status}\u0000${f.receivedAt}`;
  return [...files].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
