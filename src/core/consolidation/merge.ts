/**
 * Merges checked submissions into the consolidation state, safely:
 * - the same file again (same SHA-256) changes nothing;
 * - an agency's newer file replaces its self-scores and evidence, never appraised scores or reasons;
 *   an appraised score on a row whose self-score changed is reported as a conflict;
 * - one file per agency is kept (`merge/winner.ts`); the others are kept in the register as
 *   duplicates (or as replaced);
 * - nothing is deleted; every applied file, changed row and appraised-score change is audited.
 * The phases, each pure: appraisers' edits (`merge/rows.ts`), classifying the new files
 * (`merge/intake.ts`), one winner per agency, its rows, the rows missing, the run's summary.
 */
import type { SurveyTemplate } from '../template/types';
import {
  rowKey,
  sortFiles,
  sortFigures,
  sortRows,
  type AgencySource,
  type AuditEntry,
  type ConsolidationState,
  type FigureRow,
  type FileRecord,
  type StateRow,
} from './state';
import type { Submission } from './submission';
import { formatVnTime, isLate, normalizeInstant } from './time';
import { classifyIncoming } from './merge/intake';
import { applyFigures, figureAppraisalEdits, figureRowKey } from './merge/figures';
import { appraisalEdits, applyEntries, missingRowWarnings, restoredRows } from './merge/rows';
import type { Conflict, FileMergeResult, Logged, MergeAction } from './merge/types';
import { chooseWinner, type Candidate } from './merge/winner';

export { showValue, type Conflict, type FileMergeResult, type MergeAction } from './merge/types';

export interface MergeResult {
  state: ConsolidationState;
  files: FileMergeResult[];
  conflicts: Conflict[];
  /** Vietnamese warnings about rows removed from the data sheet (restored when their file is given again). */
  missingRows: string[];
  /** Audit entries this merge added. */
  added: AuditEntry[];
}

/** The state being built by one merge run, and what the run reports. */
interface Work {
  rows: Map<string, StateRow>;
  figures: Map<string, FigureRow>;
  sources: Map<string, AgencySource>;
  files: FileRecord[];
  results: FileMergeResult[];
  conflicts: Conflict[];
  logged: Logged[];
}

function putRows(work: Work, rows: readonly StateRow[], figures: readonly FigureRow[]): void {
  for (const r of rows) work.rows.set(rowKey(r.agencyCode, r.subCode), r);
  for (const f of figures) work.figures.set(figureRowKey(f), f);
}

/** Files that bring nothing new (seen, twins, rejected) go to the register; candidates are grouped by agency. */
function sortIntake(
  work: Work,
  submissions: readonly Submission[],
  template: SurveyTemplate,
): Map<string, Candidate[]> {
  const candidates = new Map<string, Candidate[]>();
  for (const item of classifyIncoming(submissions, work.sources, work.files)) {
    if (item.kind === 'candidate') {
      candidates.set(item.agencyCode, [...(candidates.get(item.agencyCode) ?? []), item.candidate]);
      continue;
    }
    const s = item.submission;
    const record = { fileName: s.fileName, sha256: s.sha256, agencyCode: s.agencyCode };
    if (item.kind === 'current-again') {
      const back = restoredRows(s, work.rows, template);
      const backFigures = applyFigures(s, work.figures, template, true);
      putRows(work, back.rows, backFigures.figures);
      work.logged.push(...back.logged, ...backFigures.logged);
      const n = back.rows.length + backFigures.figures.length;
      work.results.push({
        ...record,
        action: n > 0 ? 'applied' : 'unchanged',
        note:
          n > 0
            ? `Khôi phục ${n} dòng đã bị xóa khỏi trang dữ liệu.`
            : `Nội dung trùng với tệp “${item.earlier}” đã tổng hợp trước đây; không thay đổi gì.`,
      });
    } else if (item.kind === 'seen') {
      const note = `Nội dung trùng với tệp “${item.earlier}” đã tổng hợp trước đây; không thay đổi gì.`;
      work.results.push({ fileName: s.fileName, sha256: s.sha256, action: 'unchanged', note });
    } else if (item.kind === 'twin') {
      const note = `Nội dung trùng hệt tệp “${item.twin}” trong cùng lần tổng hợp.`;
      work.files.push({ ...record, receivedAt: item.receivedAt, status: 'duplicate', problems: [note] });
      work.results.push({ fileName: s.fileName, sha256: s.sha256, action: 'duplicate', note });
    } else {
      const problems = s.problems.map((p) => p.message);
      work.files.push({ ...record, receivedAt: item.receivedAt, status: 'rejected', problems });
      work.results.push({ fileName: s.fileName, sha256: s.sha256, action: 'rejected', note: '' });
    }
  }
  return candidates;
}

/** One agency: the winner among its new files and its current source; the losers are duplicates. */
function settleAgency(work: Work, code: string, list: readonly Candidate[], template: SurveyTemplate): void {
  const current = work.sources.get(code);
  const pool: Candidate[] = current
    ? [
        ...list,
        {
          fileName: current.fileName,
          sha256: current.sha256,
          receivedAt: current.receivedAt,
          submission: null,
        },
      ]
    : [...list];
  const winner = chooseWinner(pool);
  const rule = `Đơn vị ${code} đã gửi nhiều tệp; dùng tệp nhận sau cùng “${winner.fileName}” (${formatVnTime(winner.receivedAt)}).`;
  for (const c of list) {
    if (c === winner || !c.submission) continue;
    const problems = [rule, ...c.submission.problems.map((p) => p.message)];
    const { fileName, sha256, receivedAt } = c;
    work.files.push({ fileName, sha256, receivedAt, status: 'duplicate', agencyCode: code, problems });
    work.results.push({ fileName, sha256, action: 'duplicate', note: rule });
  }
  const sub = winner.submission;
  if (!sub?.data) return;
  if (current) {
    work.files.push({
      fileName: current.fileName,
      sha256: current.sha256,
      receivedAt: current.receivedAt,
      status: 'replaced',
      agencyCode: code,
      problems: [`Được thay bằng tệp mới hơn “${sub.fileName}”.`],
    });
  }
  const applied = applyEntries(sub, work.rows, template);
  const figures = applyFigures(sub, work.figures, template);
  putRows(work, applied.rows, figures.figures);
  work.logged.push(...figures.logged, ...applied.logged);
  work.conflicts.push(...figures.conflicts, ...applied.conflicts);
  work.sources.set(code, {
    agencyCode: code,
    agencyName: sub.data.agency.name,
    groupId: sub.data.groupId,
    fileName: sub.fileName,
    sha256: sub.sha256,
    receivedAt: winner.receivedAt,
    late: isLate(winner.receivedAt, template.returnBy),
    problems: sub.problems.map((p) => p.message),
  });
  work.logged.push({
    kind: 'file-applied',
    agencyCode: code,
    subCode: '',
    oldValue: null,
    newValue: null,
    fileName: sub.fileName,
    note: current
      ? `Thay tệp “${current.fileName}” bằng tệp mới; ${applied.changed + figures.changed} dòng thay đổi.`
      : `Tổng hợp lần đầu số liệu của đơn vị.`,
  });
  work.results.push({ fileName: sub.fileName, sha256: sub.sha256, action: 'applied', note: '' });
}

function runSummary(work: Work, given: number): Logged {
  const count = (a: MergeAction) => work.results.filter((r) => r.action === a).length;
  return {
    kind: 'merge-run',
    agencyCode: '',
    subCode: '',
    oldValue: null,
    newValue: null,
    fileName: '',
    note: `Hợp nhất ${given} tệp: ${count('applied')} được dùng, ${count('rejected')} bị từ chối, ${count('duplicate')} trùng, ${count('unchanged')} đã có từ trước; ${work.conflicts.length} xung đột.`,
  };
}

export function mergeSubmissions(
  prev: ConsolidationState,
  submissions: readonly Submission[],
  template: SurveyTemplate,
  now: string,
): MergeResult {
  const at = normalizeInstant(now);
  const work: Work = {
    rows: new Map(prev.rows.map((r) => [rowKey(r.agencyCode, r.subCode), { ...r }])),
    figures: new Map((prev.figures ?? []).map((f) => [figureRowKey(f), { ...f }])),
    sources: new Map(prev.sources.map((s) => [s.agencyCode, { ...s }])),
    files: prev.files.map((f) => ({ ...f })),
    results: [],
    conflicts: [],
    logged: [
      ...figureAppraisalEdits(prev.figures ?? [], prev.audit),
      ...appraisalEdits(prev.rows, prev.audit),
    ],
  };
  const candidates = sortIntake(work, submissions, template);
  for (const code of [...candidates.keys()].sort())
    settleAgency(work, code, candidates.get(code) ?? [], template);
  const missingRows = missingRowWarnings(work.sources.values(), work.rows, template);

  const anyNew = work.results.some((r) => r.action !== 'unchanged');
  const logged =
    work.logged.length > 0 || anyNew ? [runSummary(work, submissions.length), ...work.logged] : [];
  const added: AuditEntry[] = logged.map((e) => ({ at, ...e }));
  const byCode = (a: { agencyCode: string }, b: { agencyCode: string }) =>
    a.agencyCode < b.agencyCode ? -1 : a.agencyCode > b.agencyCode ? 1 : 0;
  return {
    state: {
      ...prev,
      templateVersion: Math.max(prev.templateVersion, template.version),
      rows: sortRows([...work.rows.values()]),
      figures: sortFigures([...work.figures.values()]),
      sources: [...work.sources.values()].sort(byCode),
      files: sortFiles(work.files),
      audit: [...prev.audit, ...added],
    },
    files: work.results,
    conflicts: work.conflicts,
    missingRows,
    added,
  };
}
