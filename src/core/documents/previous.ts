/**
 * Last year's results, for the year-over-year columns: read from last year's consolidation (its
 * ranking tables) or from its JSON report. Only what the comparison needs: rank, total and criteria.
 */
import { toHundredths } from '../numbers/hundredths';
import type { RankingTable } from '../consolidation/tables';

export interface PreviousAgencyResult {
  groupId: string;
  rank: number;
  totalHundredths: number;
  criteriaHundredths: number[];
}

export interface PreviousResults {
  year: number;
  /** By agency code. */
  agencies: Map<string, PreviousAgencyResult>;
}

export function previousFromTables(year: number, tables: readonly RankingTable[]): PreviousResults {
  const agencies = new Map<string, PreviousAgencyResult>();
  for (const t of tables) {
    for (const r of t.rows)
      agencies.set(r.code, {
        groupId: t.groupId,
        rank: r.rank,
        totalHundredths: r.totalHundredths,
        criteriaHundredths: [...r.criteriaHundredths],
      });
  }
  return { year, agencies };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isPoints = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads the `consolidate --json` report; a Vietnamese reason when it is not one. */
export function previousFromReportJson(
  json: unknown,
  fileName: string,
): { ok: true; previous: PreviousResults } | { ok: false; message: string } {
  const fail = (why: string) => ({ ok: false as const, message: `Tệp năm trước “${fileName}”: ${why}.` });
  if (!isRecord(json) || json.product !== 'xep-hang-cntt' || json.kind !== 'consolidation-report')
    return fail('không phải báo cáo JSON của lệnh consolidate');
  if (typeof json.year !== 'number' || !Number.isInteger(json.year)) return fail('thiếu năm (year)');
  if (!Array.isArray(json.tables)) return fail('thiếu các bảng xếp hạng (tables)');
  const agencies = new Map<string, PreviousAgencyResult>();
  for (const [ti, t] of json.tables.entries()) {
    if (!isRecord(t) || typeof t.group !== 'string' || !Array.isArray(t.rows))
      return fail(`bảng thứ ${ti + 1} không đúng cấu trúc`);
    for (const [ri, r] of t.rows.entries()) {
      const where = `bảng ${String(t.tableNumber ?? ti + 1)}, dòng ${ri + 1}`;
      if (!isRecord(r) || typeof r.code !== 'string' || typeof r.rank !== 'number' || !isPoints(r.total))
        return fail(`${where} thiếu mã, hạng hoặc tổng điểm`);
      const criteria =
        Array.isArray(r.criteria) && r.criteria.every(isPoints) ? r.criteria.map((c) => toHundredths(c)) : [];
      agencies.set(r.code, {
        groupId: t.group,
        rank: r.rank,
        totalHundredths: toHundredths(r.total),
        criteriaHundredths: criteria,
      });
    }
  }
  return { ok: true, previous: { year: json.year, agencies } };
}

/** `↑2`, `↓1`, `=` or `mới` (no result last year in the same group). */
export function rankChangeLabel(
  previous: PreviousAgencyResult | undefined,
  groupId: string,
  rank: number,
): string {
  if (!previous || previous.groupId !== groupId) return 'mới';
  const delta = previous.rank - rank;
  return delta > 0 ? `↑${delta}` : delta < 0 ? `↓${-delta}` : '=';
}
