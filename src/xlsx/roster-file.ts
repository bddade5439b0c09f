/**
 * Reads the roster the appraisers keep: a CSV (roster-csv.ts, papaparse) or an .xlsx whose first
 * sheet has a header row (roster-xlsx.ts, ExcelJS, loaded with import() only when needed so the task
 * pane does not carry ExcelJS). Columns are recognised by their header, in English or Vietnamese:
 * code/mã, name/tên, group/nhóm, aliases/tên khác (aliases separated by ';'); see core/roster/roster-table.ts.
 */
import {
  rosterFromRows,
  type RosterFileRoster,
  type RosterRow,
  type RosterRowsResult,
} from '../core/roster/roster-table';
import type { Regime } from '../core/regime/types';
import { readRosterCsv } from './roster-csv';

export type { RosterRow };
export type RosterFileResult = RosterRowsResult;

/** The roster's rows as the file holds them, not yet checked (parseRoster does that). */
export async function readRosterFile(bytes: Uint8Array, fileName: string): Promise<RosterFileResult> {
  if (fileName.toLowerCase().endsWith('.xlsx')) {
    const { readRosterXlsx } = await import(/* webpackChunkName: "roster-xlsx" */ './roster-xlsx');
    return readRosterXlsx(bytes, fileName);
  }
  return readRosterCsv(bytes, fileName);
}

/**
 * The agencies of a roster file, checked, or every problem: each message names the file and the
 * line the user sees in it (the header is line 1).
 */
export async function loadRosterFile(
  bytes: Uint8Array,
  fileName: string,
  regime?: Regime,
): Promise<RosterFileRoster> {
  return rosterFromRows(fileName, await readRosterFile(bytes, fileName), regime);
}
