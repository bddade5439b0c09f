/**
 * Where a run wrote its results, for the pane to list (and to jump to): the ranking tables with how
 * many agencies each ranks, the charts (add-in only), then the data, register and audit sheets, in
 * the workbook's order.
 */
import type { ConsolidationRun } from '../../core/consolidation/consolidate';
import { STATUS_LABELS } from '../../core/consolidation/labels';
import { CHART_SHEET } from '../../core/consolidation/sheets/chart-sheet';
import { AUDIT_SHEET, DATA_SHEET, REGISTER_SHEET } from '../../core/consolidation/sheets/layout';

export interface WrittenSheet {
  sheet: string;
  description: string;
}

export function writtenSheets(run: ConsolidationRun): WrittenSheet[] {
  const register = run.report.register;
  const statusCounts = new Map<string, number>();
  for (const r of register) statusCounts.set(r.status, (statusCounts.get(r.status) ?? 0) + 1);
  const statusText = Object.entries(STATUS_LABELS)
    .map(([status, label]) => [label, statusCounts.get(status) ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label.toLocaleLowerCase('vi')}: ${n}`)
    .join(', ');
  const known: Record<string, string> = {
    [DATA_SHEET]: 'điểm tự chấm, minh chứng; nhập điểm thẩm định và lý do ở đây',
    [REGISTER_SHEET]: statusText ? `sổ theo dõi tiếp nhận (${statusText})` : 'sổ theo dõi tiếp nhận',
    [AUDIT_SHEET]: 'nhật ký các lần tổng hợp và thay đổi điểm thẩm định',
    [CHART_SHEET]: 'biểu đồ số đơn vị theo xếp loại và tỷ lệ đạt từng tiêu chí',
  };
  const tableSheets = new Map(run.tables.map((t) => [`Bảng ${t.tableNumber}`, t]));
  return run.spec.sheets
    .filter((s) => s.visibility === 'visible')
    .map((s) => {
      const table = tableSheets.get(s.name);
      const description = table
        ? table.rows.length > 0
          ? `${table.rows.length} đơn vị được xếp hạng`
          : 'chưa có đơn vị nào'
        : (known[s.name] ?? '');
      return { sheet: s.name, description };
    });
}
