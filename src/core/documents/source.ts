/**
 * What the documents are made from, read back from a consolidation workbook: the state (scores,
 * appraisals, register), the template stored with it (so the tables match the sheet) and its roster.
 */
import { findMetadata } from '../consolidation/form-metadata';
import { readConsolidationState } from '../consolidation/read-state';
import type { ConsolidationState } from '../consolidation/state';
import type { StoredRosterRead } from '../consolidation/stored-roster';
import type { Regime } from '../regime/types';
import type { ReturnedWorkbook } from '../returned/types';
import { joinChunks, META_KEYS } from '../sheet/metadata';
import { parseTemplate } from '../template/load';
import type { SurveyTemplate } from '../template/types';

export interface DocumentSource {
  state: ConsolidationState;
  template: SurveyTemplate;
  roster: StoredRosterRead;
}

export function readDocumentSource(
  wb: ReturnedWorkbook,
  regime: Regime,
): { ok: true; source: DocumentSource } | { ok: false; message: string } {
  // Documents only read the file: no advice about overwriting it.
  const read = readConsolidationState(wb, regime, 'read');
  if (!read.ok) return { ok: false, message: read.message };
  const meta = findMetadata(wb)?.meta ?? {};
  const fail = {
    ok: false as const,
    message: `Tệp tổng hợp “${wb.fileName}” không lưu mẫu phiếu đã dùng (trang XHCNTT_META): không dựng lại được các bảng.`,
  };
  const json = joinChunks(meta, META_KEYS.templateJson) ?? meta[META_KEYS.templateJson];
  if (json === undefined) return fail;
  let parsed: ReturnType<typeof parseTemplate>;
  try {
    parsed = parseTemplate(JSON.parse(json), regime);
  } catch {
    return fail;
  }
  if (!parsed.ok) return fail;
  return { ok: true, source: { state: read.state, template: parsed.template, roster: read.roster } };
}
