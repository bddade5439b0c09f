/**
 * The figure phases of a merge (format-2 templates), each pure and shaped like the row phases: a newer
 * file replaces an agency's submitted figures, never the appraised figures or their reasons; a changed
 * figure under an appraised one is a conflict; appraised-figure edits since the last merge are logged.
 * Audit entries name a figure by its defined name (`SL_<key>`) where a row names its sub-criterion.
 */
import { figureName } from '../../sheet/names';
import type { SurveyTemplate } from '../../template/types';
import { rowKey, sameValue, type AuditEntry, type FigureRow } from '../state';
import type { Submission } from '../submission';
import { isBlankCell } from '../effective';
import { showValue, type Conflict, type Logged } from './types';

export const figureRowKey = (f: Pick<FigureRow, 'agencyCode' | 'key'>): string =>
  rowKey(f.agencyCode, figureName(f.key));

function figureKeys(template: SurveyTemplate, groupId: string): string[] {
  return (template.groups.find((g) => g.groupId === groupId)?.figures ?? []).map((f) => f.key);
}

/** Appraised figures that differ from the last value the audit log knows: edits made in the workbook. */
export function figureAppraisalEdits(figures: Iterable<FigureRow>, audit: readonly AuditEntry[]): Logged[] {
  const known = new Map<string, AuditEntry['newValue']>();
  for (const e of audit)
    if (e.kind === 'appraisal-changed') known.set(rowKey(e.agencyCode, e.subCode), e.newValue);
  const logged: Logged[] = [];
  for (const f of figures) {
    const before = known.get(figureRowKey(f)) ?? null;
    if (sameValue(before, f.appraised)) continue;
    const reason = f.reason.trim();
    logged.push({
      kind: 'appraisal-changed',
      agencyCode: f.agencyCode,
      subCode: figureName(f.key),
      oldValue: before,
      newValue: f.appraised,
      fileName: '',
      note: `Số liệu thẩm định ${figureName(f.key)} của ${f.agencyCode}: ${showValue(before)} → ${showValue(f.appraised)}${reason ? `. Lý do: ${reason}` : ''}`,
    });
  }
  return logged;
}

export interface AppliedFigures {
  figures: FigureRow[];
  logged: Logged[];
  conflicts: Conflict[];
  changed: number;
}

/**
 * The submission's figures over the agency's figure rows. `onlyMissing`: the agency's current file given
 * again restores deleted rows and leaves the others as they are.
 */
export function applyFigures(
  sub: Submission,
  figures: ReadonlyMap<string, FigureRow>,
  template: SurveyTemplate,
  onlyMissing = false,
): AppliedFigures {
  const out: AppliedFigures = { figures: [], logged: [], conflicts: [], changed: 0 };
  const data = sub.data;
  // A form without figures (a self-scored older version) brings none: its points are its self-scores.
  if (!data || data.figures === undefined) return out;
  const agencyCode = data.agency.code;
  for (const key of figureKeys(template, data.groupId)) {
    const value = data.figures?.[key] ?? null;
    const old = figures.get(figureRowKey({ agencyCode, key }));
    if (old && onlyMissing) continue;
    const at = { agencyCode, subCode: figureName(key), oldValue: old?.value ?? null, newValue: value };
    if (!old) {
      out.figures.push({ agencyCode, key, value, appraised: null, reason: '' });
      if (onlyMissing)
        out.logged.push({
          kind: 'self-changed',
          ...at,
          fileName: sub.fileName,
          note: 'Khôi phục dòng số liệu đã bị xóa khỏi trang dữ liệu.',
        });
      continue;
    }
    out.figures.push({ ...old, value });
    if (sameValue(old.value, value)) continue;
    out.changed++;
    out.logged.push({
      kind: 'self-changed',
      ...at,
      fileName: sub.fileName,
      note: 'Số liệu thay theo tệp mới.',
    });
    // Blank as the sheet counts it (spaces only too): nothing appraised, so no conflict.
    if (isBlankCell(old.appraised)) continue;
    const message = `Đơn vị ${agencyCode}, số liệu ${figureName(key)}: đơn vị báo cáo đổi từ ${showValue(old.value)} thành ${showValue(value)} (tệp “${sub.fileName}”) trong khi đã có số liệu thẩm định ${showValue(old.appraised)}; giữ số liệu thẩm định, đề nghị thẩm định lại.`;
    out.conflicts.push({
      agencyCode,
      subCode: figureName(key),
      oldSelf: old.value,
      newSelf: value,
      appraised: old.appraised,
      fileName: sub.fileName,
      message,
    });
    out.logged.push({ kind: 'conflict', ...at, fileName: sub.fileName, note: message });
  }
  return out;
}
