/**
 * One batch of loads that tells what the open workbook holds of a consolidation: its sheets,
 * names, custom properties, structure protection, the hidden metadata sheet and the data,
 * register and audit tables (through their defined names). The result is shaped like a returned
 * file (ReturnedWorkbook), so the core reads it back exactly as the CLI reads an .xlsx.
 */
import { cellAddress } from '../core/sheet/a1';
import { META_SHEET } from '../core/sheet/metadata';
import type { ReadCell, ReturnedWorkbook } from '../core/returned/types';
import { CHART_NAME } from '../core/consolidation/sheets/chart-sheet';
import { AUDIT_NAME, DATA_NAME, REGISTER_NAME, tableName } from '../core/consolidation/sheets/layout';
import type { Regime } from '../core/regime/types';
import type { Capabilities } from './capabilities';
import { queueNameTargets, readNameTargets, type QueuedTargets } from './name-targets';

/** How the open workbook is named in messages (Office.js gives no file name below ExcelApi 1.7). */
export const OPEN_WORKBOOK_LABEL = 'sổ tính đang mở';

/** Names the consolidation reads back; each table is loaded in the probe. */
export const TABLE_NAMES = [DATA_NAME, REGISTER_NAME, AUDIT_NAME] as const;

export interface ConsolidationProbe {
  sheets: Excel.WorksheetCollection;
  names: QueuedTargets;
  properties: Excel.CustomPropertyCollection | null;
  protection: Excel.WorkbookProtection | null;
  meta: Excel.Range;
  tables: { name: string; range: Excel.Range }[];
}

/** The names the consolidation owns: its data, register and audit tables, its charts' sheet and one ranking table per group. */
function consolidationNames(regime: Regime): string[] {
  return [...TABLE_NAMES, CHART_NAME, ...regime.groups.map((g) => tableName(g.tableNumber))];
}

/** Queues the loads; nothing is read before the caller's sync. `withTables: false` skips the table values. */
export function queueProbe(
  context: Excel.RequestContext,
  caps: Capabilities,
  withTables: boolean,
  regime: Regime,
): ConsolidationProbe {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load('items/name, items/visibility, items/id');
  // Where our names point, through their ranges (A1 addresses); the tables' values come with them.
  const names = queueNameTargets(
    wb,
    consolidationNames(regime),
    withTables ? ['values', 'rowIndex', 'columnIndex'] : [],
  );
  // Custom properties and workbook protection need ExcelApi 1.7 (the watch level); the sheet alone is enough below.
  const properties = caps.canWatch ? wb.properties.custom : null;
  properties?.load('items/key, items/value');
  const protection = caps.canWatch ? wb.protection : null;
  protection?.load('protected');
  // Null objects when the sheet or its contents are absent: an absent sheet costs nothing.
  const meta = wb.worksheets.getItemOrNullObject(META_SHEET).getUsedRangeOrNullObject(true);
  meta.load('values, rowIndex, columnIndex');
  const tables = withTables
    ? names.ranges.filter((r) => (TABLE_NAMES as readonly string[]).includes(r.name))
    : [];
  return { sheets, names, properties, protection, meta, tables };
}

function addCells(target: Record<string, ReadCell>, range: Excel.Range): void {
  const values = range.values as unknown[][];
  values.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value === '' || value === null || value === undefined) return;
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return;
      target[cellAddress(range.rowIndex + i + 1, range.columnIndex + j + 1)] = { value };
    }),
  );
}

function visibilityOf(v: Excel.SheetVisibility | string): 'visible' | 'hidden' | 'veryHidden' {
  return v === 'VeryHidden' ? 'veryHidden' : v === 'Hidden' ? 'hidden' : 'visible';
}

/** The probe's results as the reader would have extracted them from the saved file. */
export function probedWorkbook(probe: ConsolidationProbe): ReturnedWorkbook {
  const names = readNameTargets(probe.names);
  const cells: Record<string, Record<string, ReadCell>> = {};
  const sheetCells = (sheet: string) => (cells[sheet] ??= {});
  if (!probe.meta.isNullObject) addCells(sheetCells(META_SHEET), probe.meta);
  for (const t of probe.tables) {
    const target = names.find((n) => n.name.toUpperCase() === t.name);
    if (t.range.isNullObject || !target?.sheet) continue;
    addCells(sheetCells(target.sheet), t.range);
  }
  const customProperties: Record<string, string> = {};
  for (const p of probe.properties?.items ?? []) customProperties[p.key] = String(p.value);
  return {
    fileName: OPEN_WORKBOOK_LABEL,
    byteLength: 0,
    sha256: '',
    sheets: probe.sheets.items.map((s) => ({ name: s.name, visibility: visibilityOf(s.visibility) })),
    names,
    customProperties,
    cells,
  };
}
