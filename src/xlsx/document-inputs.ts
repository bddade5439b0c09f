/**
 * The inputs of the December documents read from bytes, the same way in the CLI and the task pane
 * (so both make the same files): a consolidation workbook, and last year's results from its
 * consolidation (.xlsx) or its `consolidate --json` report. Vietnamese reasons name the file.
 */
import { rankingTables } from '../core/consolidation/tables';
import { previousFromReportJson, previousFromTables, type PreviousResults } from '../core/documents/previous';
import { readDocumentSource, type DocumentSource } from '../core/documents/source';
import type { Regime } from '../core/regime/types';
import { readReturnedWorkbook } from './read-workbook';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

export async function readConsolidationSource(
  bytes: Uint8Array,
  fileName: string,
  regime: Regime,
): Promise<Read<DocumentSource>> {
  const outcome = await readReturnedWorkbook(bytes, fileName);
  if (!outcome.ok) return { ok: false, message: outcome.problem.message };
  const read = readDocumentSource(outcome.workbook, regime);
  return read.ok ? { ok: true, value: read.source } : { ok: false, message: read.message };
}

/** Last year's results; refused when they are not of a year before `year`. */
export async function readPreviousResults(
  bytes: Uint8Array,
  fileName: string,
  year: number,
  regime: Regime,
): Promise<Read<PreviousResults>> {
  let previous: PreviousResults;
  if (fileName.toLowerCase().endsWith('.json')) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as unknown;
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, message: `Tệp năm trước “${fileName}” không phải JSON hợp lệ (${detail}).` };
    }
    const read = previousFromReportJson(json, fileName);
    if (!read.ok) return { ok: false, message: read.message };
    previous = read.previous;
  } else {
    const source = await readConsolidationSource(bytes, fileName, regime);
    if (!source.ok) return source;
    const { state, template } = source.value;
    previous = previousFromTables(state.year, rankingTables(state, template, regime));
  }
  if (previous.year >= year)
    return {
      ok: false,
      message: `Tệp năm trước “${fileName}” là kết quả năm ${previous.year}, không phải năm trước năm ${year}.`,
    };
  return { ok: true, value: previous };
}
