/**
 * The consolidation in the open workbook, through Office.js: merge checked submissions into the
 * tables already there (keeping the appraisers' scores, reasons, register and log) and write
 * Bảng 1, Bảng 2, the data, register and audit sheets — in at most 3 context.sync() whatever the
 * number of agencies: one to read everything back, one or two (render-spec) to write.
 */
import { consolidate, type ConsolidationRun } from '../core/consolidation/consolidate';
import { buildChartSheet } from '../core/consolidation/sheets/chart-sheet';
import type { RankingTable } from '../core/consolidation/tables';
import type { WorkbookSpec } from '../core/sheet/spec';
import { findMetadata } from '../core/consolidation/form-metadata';
import { workbookKind } from '../core/consolidation/workbook-kind';
import { readStoredRoster, type RosterOrigin, type StoredRoster } from '../core/consolidation/stored-roster';
import type { Submission } from '../core/consolidation/submission';
import { parseWholeText } from '../core/numbers/decimal-text';
import { parseRange } from '../core/sheet/a1';
import { META_KEYS } from '../core/sheet/metadata';
import { builtInRegime } from '../core/regime/load';
import type { Regime } from '../core/regime/types';
import type { Agency } from '../core/roster/types';
import type { SurveyTemplate } from '../core/template/types';
import { archivedName } from './archived-name';
import { detectCapabilities } from './capabilities';
import { planReplacement, readPrevious } from './consolidation-plan';
import { probedWorkbook, queueProbe } from './consolidation-probe';
import { asOwnWrite } from './own-writes';
import { renderWorkbookSpec } from './render-spec';
import { RenderTooLargeError } from './request-budget';

export interface MergeInput {
  submissions: readonly Submission[];
  template: SurveyTemplate;
  regime: Regime;
  roster: readonly Agency[];
  /** Where the roster came from, stored with it in the workbook (the built-in sample when not given). */
  rosterOrigin?: RosterOrigin;
  /** ISO instant of this merge (audit time). */
  now: string;
}

export type WorkbookMergeResult =
  | {
      ok: true;
      run: ConsolidationRun;
      syncs: number;
      /** True when the workbook held no consolidation before this merge. */
      created: boolean;
    }
  | { ok: false; /** Vietnamese, names the sheet or cell at fault. */ message: string; syncs: number };

export interface ConsolidationSummary {
  year: number;
  templateId: string;
  /** The template version it was merged with (null when unreadable). */
  templateVersion: number | null;
  /** Agencies in the ranking tables. */
  agencies: number;
  /** The roster stored with the tables; null for tables written before rosters were stored (or a damaged one). */
  roster: StoredRoster | null;
}

/**
 * The add-in's consolidation also gets the "Biểu đồ" sheet with native charts (Office.js draws
 * them; the CLI's ExcelJS writer cannot, so its file goes without), shown after the tables.
 */
export function withChartSheet(
  spec: WorkbookSpec,
  tables: readonly RankingTable[],
  regime: Regime,
  year: number,
): WorkbookSpec {
  const { sheet, name } = buildChartSheet(tables, regime, year);
  const at = Math.max(
    0,
    spec.sheets.findIndex((s) => !/^Bảng \d+$/.test(s.name)),
  );
  return {
    ...spec,
    sheets: [...spec.sheets.slice(0, at), sheet, ...spec.sheets.slice(at)],
    names: [...spec.names, name],
  };
}

function describeError(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/**
 * Merges the submissions into the consolidation of the open workbook (or starts one). With no
 * submissions it re-reads the workbook: appraisers' edits are logged and the tables re-sorted.
 * Refuses, writing nothing, when the workbook holds something it must not overwrite.
 */
export async function mergeIntoWorkbook(input: MergeInput): Promise<WorkbookMergeResult> {
  const caps = detectCapabilities();
  if (!caps.canInsert)
    return {
      ok: false,
      message: caps.missing[0] ?? 'Phiên bản Excel này không ghi được bảng tổng hợp vào sổ tính.',
      syncs: 0,
    };
  let syncs = 0;
  return asOwnWrite(() =>
    Excel.run(async (context): Promise<WorkbookMergeResult> => {
      const probe = queueProbe(context, caps, true, input.regime);
      await context.sync();
      syncs++;
      const fail = (message: string): WorkbookMergeResult => ({ ok: false, message, syncs });

      if (probe.protection?.protected) {
        return fail(
          'Sổ tính đang được bảo vệ cấu trúc (Xem lại > Bảo vệ sổ làm việc) nên không thêm hay thay được trang. Phần bổ trợ không ghi gì vào sổ tính; hãy bỏ bảo vệ rồi tổng hợp lại.',
        );
      }
      const wb = probedWorkbook(probe);
      const previous = readPrevious(wb, input.regime, input.template);
      if (!previous.ok) return fail(previous.message);
      if (previous.previous === null && input.submissions.length === 0) {
        return fail(
          'Sổ tính đang mở chưa có bảng tổng hợp và chưa có tệp phiếu nào được chọn: hãy chọn các tệp phiếu đã nhận rồi tổng hợp.',
        );
      }

      const run = consolidate({
        previous: previous.previous,
        previousRoster: previous.roster,
        submissions: input.submissions,
        template: input.template,
        regime: input.regime,
        roster: input.roster,
        ...(input.rosterOrigin ? { rosterOrigin: input.rosterOrigin } : {}),
        now: input.now,
      });
      const spec = withChartSheet(run.spec, run.tables, input.regime, input.template.year);
      const plan = planReplacement(
        wb,
        previous.previous !== null,
        spec.sheets.map((s) => s.name),
      );
      if (!plan.ok) return fail(plan.message);

      // Old sheets step aside under “(cũ n)” names and are deleted only once the new ones are
      // written (same batch): a failure part-way leaves them in place, nothing lost. The renames are
      // queued by the renderer after its size check, so a refusal (over 2 × 5 MB) queues nothing.
      const taken = new Set(
        [...wb.sheets.map((s) => s.name), ...spec.sheets.map((s) => s.name)].map((s) =>
          s.toLocaleLowerCase(),
        ),
      );
      // Old sheets are acted on by id: a lookup by a name renamed or freed in the same request is undocumented.
      const idOf = new Map(probe.sheets.items.map((s) => [s.name, s.id]));
      let archived: { id: string; veryHidden: boolean }[] = [];
      const renameOld = () => {
        archived = plan.oldSheets.map((name) => {
          const id = idOf.get(name) ?? name;
          context.workbook.worksheets.getItem(id).name = archivedName(name, taken);
          return { id, veryHidden: wb.sheets.find((s) => s.name === name)?.visibility === 'veryHidden' };
        });
      };
      const removeOld = () => {
        for (const old of archived) {
          const sheet = context.workbook.worksheets.getItem(old.id);
          // Excel refuses to delete a very hidden sheet.
          if (old.veryHidden) sheet.visibility = 'Hidden';
          sheet.delete();
        }
      };
      try {
        // Old names go in the last request, just before the new ones: until then they keep pointing at the renamed old sheets.
        const removeOldNames = () => {
          for (const name of plan.oldNames) context.workbook.names.getItem(name).delete();
        };
        const rendered = await renderWorkbookSpec(context, spec, caps, {
          beforeWrites: renameOld,
          beforeNames: removeOldNames,
          beforeFinalSync: removeOld,
        });
        syncs += rendered.syncs;
      } catch (e) {
        if (e instanceof RenderTooLargeError) {
          return fail(
            `${e.message} Phần bổ trợ không ghi gì vào sổ tính; hãy tổng hợp bằng công cụ dòng lệnh (tệp .xlsx) hoặc trong Excel trên máy tính.`,
          );
        }
        return fail(
          `Không ghi được bảng tổng hợp vào sổ tính (Excel báo: ${describeError(e)}). Nếu các trang cũ đã được đổi tên thành “… (cũ 1)”, số liệu và điểm thẩm định vẫn còn nguyên trong đó; hãy thử lại hoặc tổng hợp vào một sổ tính mới.`,
        );
      }
      // The run as written: its description includes the charts sheet (listed by the pane).
      return { ok: true, run: { ...run, spec }, syncs, created: previous.previous === null };
    }),
  );
}

/**
 * The consolidation the open workbook holds, from its metadata and table names, in one sync; null
 * when it holds none (lets the pane say "this workbook already holds the 2026 tables"). Gives the
 * roster stored with it, so the pane starts with the agencies the tables were built with.
 */
export async function findConsolidation(
  regime: Regime = builtInRegime,
): Promise<ConsolidationSummary | null> {
  const caps = detectCapabilities();
  return Excel.run(async (context) => {
    const probe = queueProbe(context, caps, false, regime);
    await context.sync();
    const wb = probedWorkbook(probe);
    const meta = findMetadata(wb)?.meta ?? {};
    if (workbookKind(meta) !== 'consolidation') return null;
    let agencies = 0;
    for (const n of wb.names) {
      if (!/^XHCNTT_BANG_\d+$/i.test(n.name) || n.address === null) continue;
      const range = parseRange(n.address);
      agencies += range.lastRow - range.row;
    }
    const stored = readStoredRoster(meta, regime);
    return {
      year: parseWholeText(meta[META_KEYS.year]) ?? NaN,
      templateId: meta[META_KEYS.templateId] ?? '',
      templateVersion: parseWholeText(meta[META_KEYS.templateVersion]),
      agencies,
      roster: stored.kind === 'ok' ? stored.roster : null,
    };
  });
}
