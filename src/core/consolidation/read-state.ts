/**
 * Reads the consolidation state back from a consolidation workbook (as the reader extracts it),
 * through its defined names, so a re-merge keeps the appraisers' scores, reasons, register and log.
 * Refuses anything it cannot read completely: a re-merge must never drop what it did not understand.
 */
import { worded } from '../problems/messages';
import type { PreviousUse, UnreadableReason } from '../problems/params';
import type { WordedProblem } from '../problems/problem';
import type { Regime } from '../regime/types';
import type { ReadCell, ReturnedWorkbook } from '../returned/types';
import { META_KEYS } from '../sheet/metadata';
import { figureKeyOf } from '../sheet/names';
import { columnLetters, parseRange } from '../sheet/a1';
import type { CellValue, RangeSpec } from '../sheet/spec';
import { parseWholeText } from '../numbers/decimal-text';
import { cleanText } from '../text/normalize';
import { findMetadata } from './form-metadata';
import { workbookKind } from './workbook-kind';
import { APPRAISAL_NOTE_PREFIX } from './appraisal-checks';
import { auditKindFromLabel, statusFromLabel } from './labels';
import {
  AUDIT_COLUMNS,
  AUDIT_HEADERS,
  AUDIT_NAME,
  DATA_COLUMNS,
  DATA_HEADERS,
  DATA_NAME,
  REGISTER_COLUMNS,
  REGISTER_HEADERS,
  REGISTER_NAME,
} from './sheets/layout';
import {
  rowKey,
  sortFigures,
  sortFiles,
  sortRows,
  type AgencySource,
  type AuditEntry,
  type ConsolidationState,
  type FigureRow,
  type FileRecord,
  type StateRow,
} from './state';
import { readStoredRoster, type StoredRosterRead } from './stored-roster';
import { parseVnTime } from './time';

/**
 * `roster`: the roster stored with the consolidation (`none` when it was written before rosters
 * were stored). It is not part of the state: the caller decides which roster the next run uses.
 */
export type ReadStateResult =
  | { ok: true; state: ConsolidationState; roster: StoredRosterRead }
  | { ok: false; problem: WordedProblem<'previous-unreadable'>; message: string };

interface Table {
  sheet: string;
  /** The sheet row of `rows[0]`. */
  firstRow: number;
  rows: ((col: number) => ReadCell | undefined)[];
}

/**
 * Notes that sheet row `row` holds `key`; the row that held it before, if any. A re-merge keys rows by
 * agency and code, so of two rows for one key (a row copied over another) it would silently keep one.
 */
function earlierRow(seen: Map<string, number>, key: string, row: number): number | undefined {
  const before = seen.get(key);
  seen.set(key, row);
  return before;
}

function value(cell: ReadCell | undefined): CellValue {
  if (!cell) return null;
  if (cell.error !== undefined) return cell.error;
  return cell.value === '' ? null : cell.value;
}

/** A cell value as the state keeps it: TRUE/FALSE as Excel shows them. */
function shownValue(v: CellValue): number | string | null {
  return typeof v === 'boolean' ? String(v).toUpperCase() : v;
}

function text(cell: ReadCell | undefined): string {
  const v = value(cell);
  return v === null ? '' : cleanText(String(v));
}

function cellRange(address: string): RangeSpec | null {
  try {
    return parseRange(address);
  } catch {
    return null;
  }
}

function readTable(
  wb: ReturnedWorkbook,
  name: string,
  headers: Record<string, string>,
  columns: Record<string, number>,
): Table | UnreadableReason {
  const n = wb.names.find((x) => x.name.toUpperCase() === name);
  if (!n || n.sheet === null || n.address === null) return { reason: 'name-missing', name };
  const range = cellRange(n.address);
  // The reader also gives whole columns or rows (`A:Z`, `3:9`): no table this tool writes.
  if (!range) return { reason: 'name-whole-lines', name, address: n.address };
  const cells = wb.cells[n.sheet] ?? {};
  const at = (row: number, col: number) => cells[`${columnLetters(range.col + col - 1)}${row}`];
  for (const [key, col] of Object.entries(columns)) {
    const want = headers[key] ?? '';
    if (text(at(range.row, col)) !== want)
      return {
        reason: 'header',
        sheet: n.sheet,
        cell: `${columnLetters(range.col + col - 1)}${range.row}`,
        header: want,
      };
  }
  const rows: Table['rows'] = [];
  for (let row = range.row + 1; row <= range.lastRow; row++) rows.push((col: number) => at(row, col));
  return { sheet: n.sheet, firstRow: range.row + 1, rows };
}

/** The data sheet's rows: a sub-criterion's scores, or a figure's value (named by its defined name). */
function dataRecords(data: Table): { rows: StateRow[]; figures: FigureRow[] } | UnreadableReason {
  const rows: StateRow[] = [];
  const figures: FigureRow[] = [];
  const seen = new Map<string, number>();
  for (const [i, r] of data.rows.entries()) {
    const agencyCode = text(r(DATA_COLUMNS.code));
    if (agencyCode === '') continue;
    const self = value(r(DATA_COLUMNS.self));
    const appraised = value(r(DATA_COLUMNS.appraised));
    // A figure's row names it by its defined name where a sub-criterion's row has its code.
    const item = text(r(DATA_COLUMNS.sub));
    const key = figureKeyOf(item);
    const row = data.firstRow + i;
    const before = earlierRow(seen, rowKey(agencyCode, item), row);
    if (before !== undefined)
      return { reason: 'row-duplicate', sheet: data.sheet, rows: [before, row], agencyCode, item };
    if (key !== null) {
      figures.push({
        agencyCode,
        key,
        value: shownValue(self),
        appraised: shownValue(appraised),
        reason: text(r(DATA_COLUMNS.reason)),
      });
      continue;
    }
    rows.push({
      agencyCode,
      subCode: item,
      self: shownValue(self),
      evidence: text(r(DATA_COLUMNS.evidence)),
      appraised: shownValue(appraised),
      reason: text(r(DATA_COLUMNS.reason)),
    });
  }
  return { rows, figures };
}

/** The register's rows: each agency's source file, and every other file (replaced, duplicate, rejected). */
function registerRecords(
  register: Table,
  regime: Regime,
): { sources: AgencySource[]; files: FileRecord[] } | UnreadableReason {
  // The register shows a group by its name (its id when the regime does not know it): either reads back.
  const groupId = (label: string) =>
    regime.groups.find((g) => g.id === label || cleanText(g.name) === label)?.id ?? label;
  const problemsOf = (cell: ReadCell | undefined) =>
    String(value(cell) ?? '')
      .split('\n')
      .map((s) => s.trim())
      // Notes on appraisals are derived from the data rows on every write, not kept as the file's problems.
      .filter((s) => s !== '' && !s.startsWith(APPRAISAL_NOTE_PREFIX));
  const sources: AgencySource[] = [];
  const files: FileRecord[] = [];
  const seen = new Map<string, number>();
  for (const [i, r] of register.rows.entries()) {
    const status = statusFromLabel(text(r(REGISTER_COLUMNS.status)));
    if (status === null) {
      if (text(r(REGISTER_COLUMNS.status)) === '') continue;
      return { reason: 'status-invalid', text: text(r(REGISTER_COLUMNS.status)), sheet: register.sheet };
    }
    if (status === 'missing') continue;
    const code = text(r(REGISTER_COLUMNS.code));
    const receivedAt = parseVnTime(text(r(REGISTER_COLUMNS.receivedAt))) ?? '';
    const common = {
      fileName: text(r(REGISTER_COLUMNS.file)),
      sha256: text(r(REGISTER_COLUMNS.sha256)).toLowerCase(),
      receivedAt,
      problems: problemsOf(r(REGISTER_COLUMNS.problems)),
    };
    if (status === 'received' || status === 'late') {
      const row = register.firstRow + i;
      const before = earlierRow(seen, code, row);
      if (before !== undefined)
        return {
          reason: 'row-duplicate',
          sheet: register.sheet,
          rows: [before, row],
          agencyCode: code,
          item: '',
        };
      sources.push({
        agencyCode: code,
        agencyName: text(r(REGISTER_COLUMNS.agency)),
        groupId: groupId(text(r(REGISTER_COLUMNS.group))),
        late: status === 'late',
        ...common,
      });
    } else {
      files.push({ status, agencyCode: code === '' ? null : code, ...common });
    }
  }
  return { sources, files };
}

/** The audit log's entries, in the order written. */
function auditRecords(audit: Table): AuditEntry[] | UnreadableReason {
  const entries: AuditEntry[] = [];
  for (const r of audit.rows) {
    const kind = auditKindFromLabel(text(r(AUDIT_COLUMNS.kind)));
    if (kind === null) {
      if (text(r(AUDIT_COLUMNS.kind)) === '') continue;
      return { reason: 'event-invalid', text: text(r(AUDIT_COLUMNS.kind)), sheet: audit.sheet };
    }
    entries.push({
      at: parseVnTime(text(r(AUDIT_COLUMNS.at))) ?? '',
      kind,
      agencyCode: text(r(AUDIT_COLUMNS.code)),
      subCode: text(r(AUDIT_COLUMNS.sub)),
      oldValue: value(r(AUDIT_COLUMNS.oldValue)),
      newValue: value(r(AUDIT_COLUMNS.newValue)),
      fileName: text(r(AUDIT_COLUMNS.file)),
      note: text(r(AUDIT_COLUMNS.note)),
    });
  }
  return entries;
}

/** `use` words the advice of a refusal: where a re-merge would write, or only reading. */
export function readConsolidationState(
  wb: ReturnedWorkbook,
  regime: Regime,
  use: PreviousUse = 'merge-into-file',
): ReadStateResult {
  const fail = (reason: UnreadableReason): ReadStateResult => {
    const where = { file: wb.fileName, fileKind: 'consolidation' } as const;
    const problem = worded('previous-unreadable', 'error', where, { ...reason, use });
    return { ok: false, problem, message: problem.message };
  };
  const found = findMetadata(wb);
  if (!found || workbookKind(found.meta) !== 'consolidation') {
    return fail({ reason: 'not-a-consolidation' });
  }
  const meta = found.meta;
  const data = readTable(wb, DATA_NAME, DATA_HEADERS, DATA_COLUMNS);
  if ('reason' in data) return fail(data);
  const register = readTable(wb, REGISTER_NAME, REGISTER_HEADERS, REGISTER_COLUMNS);
  if ('reason' in register) return fail(register);
  const audit = readTable(wb, AUDIT_NAME, AUDIT_HEADERS, AUDIT_COLUMNS);
  if ('reason' in audit) return fail(audit);
  const records = dataRecords(data);
  if ('reason' in records) return fail(records);
  const { rows, figures } = records;
  const registered = registerRecords(register, regime);
  if ('reason' in registered) return fail(registered);
  const entries = auditRecords(audit);
  if ('reason' in entries) return fail(entries);

  return {
    ok: true,
    state: {
      year: parseWholeText(meta[META_KEYS.year]) ?? NaN,
      regimeId: meta[META_KEYS.regimeId] ?? '',
      templateId: meta[META_KEYS.templateId] ?? '',
      templateVersion: parseWholeText(meta[META_KEYS.templateVersion]) ?? NaN,
      rows: sortRows(rows),
      figures: sortFigures(figures),
      sources: registered.sources.sort((a, b) =>
        a.agencyCode < b.agencyCode ? -1 : a.agencyCode > b.agencyCode ? 1 : 0,
      ),
      files: sortFiles(registered.files),
      audit: entries,
    },
    roster: readStoredRoster(meta, regime),
  };
}
