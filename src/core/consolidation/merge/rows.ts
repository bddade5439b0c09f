/**
 * The row phases of a merge, each pure: appraisers' edits since the last merge, the rows a winning
 * file brings (self-scores and evidence; appraised values untouched), rows restored, rows missing.
 */
import type { SurveyTemplate } from '../../template/types';
import { rowKey, sameValue, type AgencySource, type AuditEntry, type StateRow } from '../state';
import type { Submission } from '../submission';
import { isBlankCell } from '../effective';
import { showValue, type Conflict, type Logged } from './types';

// Asked for every agency of a merge: listed once per template and group.
const subCodeLists = new WeakMap<SurveyTemplate, Map<string | undefined, readonly string[]>>();

function subCodesOf(template: SurveyTemplate, groupId: string | undefined): readonly string[] {
  let byGroup = subCodeLists.get(template);
  if (byGroup === undefined) {
    byGroup = new Map();
    subCodeLists.set(template, byGroup);
  }
  let codes = byGroup.get(groupId);
  if (codes === undefined) {
    const group = template.groups.find((g) => g.groupId === groupId);
    codes = (group?.criteria ?? []).flatMap((c) => c.subCriteria.map((s) => s.code));
    byGroup.set(groupId, codes);
  }
  return codes;
}

/** Rows whose appraised value differs from the last one the audit log knows: edits made in the workbook. */
export function appraisalEdits(rows: Iterable<StateRow>, audit: readonly AuditEntry[]): Logged[] {
  const known = new Map<string, AuditEntry['newValue']>();
  for (const e of audit)
    if (e.kind === 'appraisal-changed') known.set(rowKey(e.agencyCode, e.subCode), e.newValue);
  const logged: Logged[] = [];
  for (const row of rows) {
    const before = known.get(rowKey(row.agencyCode, row.subCode)) ?? null;
    if (sameValue(before, row.appraised)) continue;
    const reason = row.reason.trim();
    logged.push({
      kind: 'appraisal-changed',
      agencyCode: row.agencyCode,
      subCode: row.subCode,
      oldValue: before,
      newValue: row.appraised,
      fileName: '',
      note: `Điểm thẩm định tiêu chí ${row.subCode} của ${row.agencyCode}: ${showValue(before)} → ${showValue(row.appraised)}${reason ? `. Lý do: ${reason}` : ''}`,
    });
  }
  return logged;
}

function freshRow(agencyCode: string, subCode: string, sub: Submission): StateRow {
  const entry = sub.data?.entries[subCode] ?? { self: null, evidence: '' };
  return { agencyCode, subCode, self: entry.self, evidence: entry.evidence, appraised: null, reason: '' };
}

/** The rows of the submission's agency that are missing from the state, re-created, each logged. */
export function restoredRows(
  sub: Submission,
  rows: ReadonlyMap<string, StateRow>,
  template: SurveyTemplate,
): { rows: StateRow[]; logged: Logged[] } {
  const data = sub.data;
  if (!data) return { rows: [], logged: [] };
  const code = data.agency.code;
  const back = subCodesOf(template, data.groupId)
    .filter((s) => !rows.has(rowKey(code, s)))
    .map((s) => freshRow(code, s, sub));
  return {
    rows: back,
    logged: back.map((r) => ({
      kind: 'self-changed',
      agencyCode: code,
      subCode: r.subCode,
      oldValue: null,
      newValue: r.self,
      fileName: sub.fileName,
      note: 'Khôi phục dòng đã bị xóa khỏi trang dữ liệu.',
    })),
  };
}

export interface AppliedRows {
  /** Every row of the agency's group, new or updated (appraised values and reasons kept). */
  rows: StateRow[];
  logged: Logged[];
  conflicts: Conflict[];
  /** Existing rows whose self-score or evidence changed. */
  changed: number;
}

/** The winning file's entries over the agency's rows; a changed self-score under an appraised one is a conflict. */
export function applyEntries(
  sub: Submission,
  rows: ReadonlyMap<string, StateRow>,
  template: SurveyTemplate,
): AppliedRows {
  const out: AppliedRows = { rows: [], logged: [], conflicts: [], changed: 0 };
  const data = sub.data;
  if (!data) return out;
  const code = data.agency.code;
  for (const subCode of subCodesOf(template, data.groupId)) {
    const row = rows.get(rowKey(code, subCode));
    const next = freshRow(code, subCode, sub);
    if (!row) {
      out.rows.push(next);
      continue;
    }
    const selfChanged = !sameValue(row.self, next.self);
    if (selfChanged || !sameValue(row.evidence, next.evidence)) out.changed++;
    out.rows.push({ ...row, self: next.self, evidence: next.evidence });
    if (!selfChanged) continue;
    const at = { agencyCode: code, subCode, oldValue: row.self, newValue: next.self, fileName: sub.fileName };
    out.logged.push({ kind: 'self-changed', ...at, note: `Điểm tự chấm thay theo tệp mới.` });
    // Blank as the sheet counts it (spaces only too): nothing appraised, so no conflict.
    if (isBlankCell(row.appraised)) continue;
    const message = `Đơn vị ${code}, tiêu chí ${subCode}: điểm tự chấm đổi từ ${showValue(row.self)} thành ${showValue(next.self)} (tệp “${sub.fileName}”) trong khi đã có điểm thẩm định ${showValue(row.appraised)}; giữ điểm thẩm định, đề nghị thẩm định lại.`;
    out.conflicts.push({
      agencyCode: code,
      subCode,
      oldSelf: row.self,
      newSelf: next.self,
      appraised: row.appraised,
      fileName: sub.fileName,
      message,
    });
    out.logged.push({ kind: 'conflict', ...at, note: message });
  }
  return out;
}

/** A warning per current source whose rows someone deleted from the data sheet. */
export function missingRowWarnings(
  sources: Iterable<AgencySource>,
  rows: ReadonlyMap<string, StateRow>,
  template: SurveyTemplate,
): string[] {
  const warnings: string[] = [];
  for (const source of sources) {
    const lost = subCodesOf(template, source.groupId).filter((s) => !rows.has(rowKey(source.agencyCode, s)));
    if (lost.length > 0)
      warnings.push(
        `Đơn vị ${source.agencyCode}: trang dữ liệu thiếu dòng tiêu chí ${lost.join(', ')} (đã bị xóa); các tiêu chí này đang tính 0 điểm. Hãy tổng hợp lại tệp “${source.fileName}” để khôi phục.`,
      );
  }
  return warnings;
}
