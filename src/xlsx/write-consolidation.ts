/**
 * One merge run written as a consolidation .xlsx with the ExcelJS writer: what `consolidate --out`
 * saves and what the appraisers' page downloads, from the same call.
 */
import { consolidate, type ConsolidationRun } from '../core/consolidation/consolidate';
import { writeWorkbook } from './write-workbook';

export async function consolidateToXlsx(
  input: Parameters<typeof consolidate>[0],
): Promise<{ run: ConsolidationRun; bytes: Uint8Array }> {
  const run = consolidate(input);
  return { run, bytes: await writeWorkbook(run.spec) };
}
