/** What the pane says after a merge or a re-sort, from the run the adapter wrote. */
import type { ConsolidationRun } from '../../core/consolidation/consolidate';
import type { ConsolidationSummary } from '../../office/consolidation-workbook';

/** What the adapter says of the tables in the open workbook; declared once, by the adapter. */
export type { ConsolidationSummary };

export interface MergeNews {
  title: string;
  text: string;
  summary: ConsolidationSummary;
}

export function mergeNews(kind: 'merge' | 'resort', run: ConsolidationRun): MergeNews {
  const state = run.merge.state;
  const summary = {
    year: state.year,
    templateId: state.templateId,
    templateVersion: state.templateVersion,
    agencies: state.sources.length,
    roster: run.roster,
  };
  const tables = run.tables.map((t) => `Bảng ${t.tableNumber}: ${t.rows.length} đơn vị`).join('; ');
  const edits = run.merge.added.filter((e) => e.kind === 'appraisal-changed').length;
  const editText =
    (edits > 0 ? ` ${edits} thay đổi điểm thẩm định đã được ghi vào nhật ký.` : '') +
    (run.rosterChange
      ? ' Danh sách đơn vị khác danh sách đã lưu trong bảng tổng hợp: thay đổi đã được ghi vào nhật ký.'
      : '');
  if (kind === 'resort') {
    return { title: 'Đã cập nhật xếp hạng', text: `${tables}.${editText}`, summary };
  }
  const applied = run.merge.files.filter((f) => f.action === 'applied').length;
  return {
    title: 'Đã tổng hợp vào bảng tính',
    text: `${applied} tệp được dùng. ${tables}.${editText}`,
    summary,
  };
}
