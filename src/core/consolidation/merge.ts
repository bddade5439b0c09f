/**
 * Merges checked submissions into the consolidation state, safely:
 * - the same file again (same SHA-256) changes nothing;
 * - an agency's newer file replaces its self-scores and evidence, never appraised scores or reasons;
 *   an appraised score on a row whose self-score changed is reported as a conflict;
 * - one file per agency is kept: the one received last; equal times, the first by file name;
 *   the others are kept in the register as duplicates (or as replaced);
 * - nothing is deleted; every applied file, changed row and appraised-score change is audited.
 * Appraised-score edits made in the workbook are detected by comparing each row with the last
 * value the audit log knows for it, and logged with the time of the merge that found them.
 */
import type { SurveyTemplate } from '../template/types';
import { formatPoints, toHundredths } from '../numbers/hundredths';
import type { CellValue } from '../sheet/spec';
import {
  rowKey,
  sameValue,
  sortFiles,
  sortRows,
  type AgencySource,
  type AuditEntry,
  type ConsolidationState,
  type FileRecord,
  type StateRow,
} from './state';
import type { Submission } from './submission';
import { formatVnTime, isLate, normalizeInstant } from './time';

export type MergeAction = 'applied' | 'unchanged' | 'duplicate' | 'rejected';

export interface FileMergeResult {
  fileName: string;
  sha256: string;
  action: MergeAction;
  /** Vietnamese explanation for duplicates and unchanged files. */
  note: string;
}

export interface Conflict {
  agencyCode: string;
  subCode: string;
  oldSelf: CellValue;
  newSelf: CellValue;
  appraised: CellValue;
  fileName: string;
  message: string;
}

export interface MergeResult {
  state: ConsolidationState;
  files: FileMergeResult[];
  conflicts: Conflict[];
  /** Vietnamese warnings about rows removed from the data sheet (restored when their file is given again). */
  missingRows: string[];
  /** Audit entries this merge added. */
  added: AuditEntry[];
}

export function showValue(v: CellValue): string {
  if (v === null || v === '') return '(trống)';
  if (typeof v === 'number') {
    try {
      return formatPoints(toHundredths(v));
    } catch {
      return String(v);
    }
  }
  return `“${String(v)}”`;
}

interface Candidate {
  fileName: string;
  sha256: string;
  receivedAt: string;
  submission: Submission | null;
}

/** Later receipt wins; equal receipts, the first file name in code-point order. */
function beats(a: Candidate, b: Candidate): boolean {
  const ta = Date.parse(a.receivedAt);
  const tb = Date.parse(b.receivedAt);
  if (ta !== tb) return ta > tb;
  return a.fileName < b.fileName;
}

function lastKnownAppraisals(audit: readonly AuditEntry[]): Map<string, CellValue> {
  const known = new Map<string, CellValue>();
  for (const e of audit)
    if (e.kind === 'appraisal-changed') known.set(rowKey(e.agencyCode, e.subCode), e.newValue);
  return known;
}

/** Re-creates the rows of the submission's agency that are missing; returns how many. */
function restoreRows(
  sub: Submission,
  rows: Map<string, StateRow>,
  template: SurveyTemplate,
  audit: (e: Omit<AuditEntry, 'at'>) => void,
): number {
  const data = sub.data;
  if (!data) return 0;
  const group = template.groups.find((g) => g.groupId === data.groupId);
  let restored = 0;
  for (const s of group?.criteria.flatMap((c) => c.subCriteria) ?? []) {
    const key = rowKey(data.agency.code, s.code);
    if (rows.has(key)) continue;
    const entry = data.entries[s.code] ?? { self: null, evidence: '' };
    rows.set(key, {
      agencyCode: data.agency.code,
      subCode: s.code,
      self: entry.self,
      evidence: entry.evidence,
      appraised: null,
      reason: '',
    });
    audit({
      kind: 'self-changed',
      agencyCode: data.agency.code,
      subCode: s.code,
      oldValue: null,
      newValue: entry.self,
      fileName: sub.fileName,
      note: 'Khôi phục dòng đã bị xóa khỏi trang dữ liệu.',
    });
    restored++;
  }
  return restored;
}

export function mergeSubmissions(
  prev: ConsolidationState,
  submissions: readonly Submission[],
  template: SurveyTemplate,
  now: string,
): MergeResult {
  const at = normalizeInstant(now);
  const rows = new Map<string, StateRow>(prev.rows.map((r) => [rowKey(r.agencyCode, r.subCode), { ...r }]));
  const sources = new Map<string, AgencySource>(prev.sources.map((s) => [s.agencyCode, { ...s }]));
  const files: FileRecord[] = prev.files.map((f) => ({ ...f }));
  const added: AuditEntry[] = [];
  const results: FileMergeResult[] = [];
  const conflicts: Conflict[] = [];
  const audit = (e: Omit<AuditEntry, 'at'>) => added.push({ at, ...e });

  // 1. Appraisers' edits since the last merge.
  const known = lastKnownAppraisals(prev.audit);
  for (const row of rows.values()) {
    const before = known.get(rowKey(row.agencyCode, row.subCode)) ?? null;
    if (!sameValue(before, row.appraised)) {
      audit({
        kind: 'appraisal-changed',
        agencyCode: row.agencyCode,
        subCode: row.subCode,
        oldValue: before,
        newValue: row.appraised,
        fileName: '',
        note: `Điểm thẩm định tiêu chí ${row.subCode} của ${row.agencyCode}: ${showValue(before)} → ${showValue(row.appraised)}${row.reason.trim() ? `. Lý do: ${row.reason.trim()}` : ''}`,
      });
    }
  }

  // 2. Sort the new files: known content, rejected, accepted candidates per agency.
  const seenHashes = new Map<string, string>();
  for (const s of sources.values()) seenHashes.set(s.sha256, s.fileName);
  for (const f of files) if (!seenHashes.has(f.sha256)) seenHashes.set(f.sha256, f.fileName);
  const sorted = [...submissions].sort((a, b) =>
    a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0,
  );
  const candidates = new Map<string, Candidate[]>();
  const newHashes = new Map<string, string>();
  for (const s of sorted) {
    const receivedAt = normalizeInstant(s.receivedAt);
    const earlier = seenHashes.get(s.sha256);
    if (earlier !== undefined && s.data && sources.get(s.data.agency.code)?.sha256 === s.sha256) {
      // The agency's current file again: restores rows someone deleted from the data sheet, nothing else.
      const restored = restoreRows(s, rows, template, (e) => audit(e));
      results.push({
        fileName: s.fileName,
        sha256: s.sha256,
        action: restored > 0 ? 'applied' : 'unchanged',
        note:
          restored > 0
            ? `Khôi phục ${restored} dòng đã bị xóa khỏi trang dữ liệu.`
            : `Nội dung trùng với tệp “${earlier}” đã tổng hợp trước đây; không thay đổi gì.`,
      });
      continue;
    }
    if (earlier !== undefined) {
      results.push({
        fileName: s.fileName,
        sha256: s.sha256,
        action: 'unchanged',
        note: `Nội dung trùng với tệp “${earlier}” đã tổng hợp trước đây; không thay đổi gì.`,
      });
      continue;
    }
    const twin = newHashes.get(s.sha256);
    if (twin !== undefined) {
      const note = `Nội dung trùng hệt tệp “${twin}” trong cùng lần tổng hợp.`;
      files.push({
        fileName: s.fileName,
        sha256: s.sha256,
        receivedAt,
        status: 'duplicate',
        agencyCode: s.agencyCode,
        problems: [note],
      });
      results.push({ fileName: s.fileName, sha256: s.sha256, action: 'duplicate', note });
      continue;
    }
    newHashes.set(s.sha256, s.fileName);
    if (s.outcome === 'rejected' || !s.data) {
      files.push({
        fileName: s.fileName,
        sha256: s.sha256,
        receivedAt,
        status: 'rejected',
        agencyCode: s.agencyCode,
        problems: s.problems.map((p) => p.message),
      });
      results.push({ fileName: s.fileName, sha256: s.sha256, action: 'rejected', note: '' });
      continue;
    }
    const list = candidates.get(s.data.agency.code) ?? [];
    list.push({ fileName: s.fileName, sha256: s.sha256, receivedAt, submission: s });
    candidates.set(s.data.agency.code, list);
  }

  // 3. One winner per agency among its new files and its current source.
  for (const [code, list] of [...candidates.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const current = sources.get(code);
    const pool: Candidate[] = [...list];
    if (current)
      pool.push({
        fileName: current.fileName,
        sha256: current.sha256,
        receivedAt: current.receivedAt,
        submission: null,
      });
    let winner = pool[0] as Candidate;
    for (const c of pool.slice(1)) if (beats(c, winner)) winner = c;
    const rule = `Đơn vị ${code} đã gửi nhiều tệp; dùng tệp nhận sau cùng “${winner.fileName}” (${formatVnTime(winner.receivedAt)}).`;
    for (const c of list) {
      if (c === winner || !c.submission) continue;
      files.push({
        fileName: c.fileName,
        sha256: c.sha256,
        receivedAt: c.receivedAt,
        status: 'duplicate',
        agencyCode: code,
        problems: [rule, ...c.submission.problems.map((p) => p.message)],
      });
      results.push({ fileName: c.fileName, sha256: c.sha256, action: 'duplicate', note: rule });
    }
    const sub = winner.submission;
    if (!sub?.data) continue;
    if (current) {
      files.push({
        fileName: current.fileName,
        sha256: current.sha256,
        receivedAt: current.receivedAt,
        status: 'replaced',
        agencyCode: code,
        problems: [`Được thay bằng tệp mới hơn “${sub.fileName}”.`],
      });
    }
    const group = template.groups.find((g) => g.groupId === sub.data?.groupId);
    let changedRows = 0;
    for (const s of group?.criteria.flatMap((c) => c.subCriteria) ?? []) {
      const entry = sub.data.entries[s.code] ?? { self: null, evidence: '' };
      const key = rowKey(code, s.code);
      const row = rows.get(key);
      if (!row) {
        rows.set(key, {
          agencyCode: code,
          subCode: s.code,
          self: entry.self,
          evidence: entry.evidence,
          appraised: null,
          reason: '',
        });
        continue;
      }
      const selfChanged = !sameValue(row.self, entry.self);
      if (selfChanged || !sameValue(row.evidence, entry.evidence)) changedRows++;
      if (selfChanged) {
        audit({
          kind: 'self-changed',
          agencyCode: code,
          subCode: s.code,
          oldValue: row.self,
          newValue: entry.self,
          fileName: sub.fileName,
          note: `Điểm tự chấm thay theo tệp mới.`,
        });
        if (row.appraised !== null && row.appraised !== '') {
          const message = `Đơn vị ${code}, tiêu chí ${s.code}: điểm tự chấm đổi từ ${showValue(row.self)} thành ${showValue(entry.self)} (tệp “${sub.fileName}”) trong khi đã có điểm thẩm định ${showValue(row.appraised)}; giữ điểm thẩm định, đề nghị thẩm định lại.`;
          conflicts.push({
            agencyCode: code,
            subCode: s.code,
            oldSelf: row.self,
            newSelf: entry.self,
            appraised: row.appraised,
            fileName: sub.fileName,
            message,
          });
          audit({
            kind: 'conflict',
            agencyCode: code,
            subCode: s.code,
            oldValue: row.self,
            newValue: entry.self,
            fileName: sub.fileName,
            note: message,
          });
        }
      }
      row.self = entry.self;
      row.evidence = entry.evidence;
    }
    sources.set(code, {
      agencyCode: code,
      agencyName: sub.data.agency.name,
      groupId: sub.data.groupId,
      fileName: sub.fileName,
      sha256: sub.sha256,
      receivedAt: winner.receivedAt,
      late: isLate(winner.receivedAt, template.returnBy),
      problems: sub.problems.map((p) => p.message),
    });
    audit({
      kind: 'file-applied',
      agencyCode: code,
      subCode: '',
      oldValue: null,
      newValue: null,
      fileName: sub.fileName,
      note: current
        ? `Thay tệp “${current.fileName}” bằng tệp mới; ${changedRows} dòng thay đổi.`
        : `Tổng hợp lần đầu số liệu của đơn vị.`,
    });
    results.push({ fileName: sub.fileName, sha256: sub.sha256, action: 'applied', note: '' });
  }

  const missingRows: string[] = [];
  for (const source of sources.values()) {
    const group = template.groups.find((g) => g.groupId === source.groupId);
    const lost = (group?.criteria.flatMap((c) => c.subCriteria) ?? [])
      .filter((sub) => !rows.has(rowKey(source.agencyCode, sub.code)))
      .map((sub) => sub.code);
    if (lost.length > 0) {
      missingRows.push(
        `Đơn vị ${source.agencyCode}: trang dữ liệu thiếu dòng tiêu chí ${lost.join(', ')} (đã bị xóa); các tiêu chí này đang tính 0 điểm. Hãy tổng hợp lại tệp “${source.fileName}” để khôi phục.`,
      );
    }
  }

  const newFiles = results.filter((r) => r.action !== 'unchanged').length;
  if (added.length > 0 || newFiles > 0) {
    const count = (a: MergeAction) => results.filter((r) => r.action === a).length;
    added.unshift({
      at,
      kind: 'merge-run',
      agencyCode: '',
      subCode: '',
      oldValue: null,
      newValue: null,
      fileName: '',
      note: `Hợp nhất ${submissions.length} tệp: ${count('applied')} được dùng, ${count('rejected')} bị từ chối, ${count('duplicate')} trùng, ${count('unchanged')} đã có từ trước; ${conflicts.length} xung đột.`,
    });
  }
  const byCode = (a: { agencyCode: string }, b: { agencyCode: string }) =>
    a.agencyCode < b.agencyCode ? -1 : a.agencyCode > b.agencyCode ? 1 : 0;
  return {
    state: {
      ...prev,
      templateVersion: Math.max(prev.templateVersion, template.version),
      rows: sortRows([...rows.values()]),
      sources: [...sources.values()].sort(byCode),
      files: sortFiles(files),
      audit: [...prev.audit, ...added],
    },
    files: results,
    conflicts,
    missingRows,
    added,
  };
}
