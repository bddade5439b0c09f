/**
 * The criteria workbook (“Bộ tiêu chí”) in the open workbook, through Office.js: insert it (sheets of
 * the same names are kept, renamed, as for the survey) and read its tables back as the grid the core
 * parses, through the workbook-level names of its tables (one sync).
 */
import { CRITERIA_NAMES } from '../core/criteria/build';
import type { CriteriaGrid } from '../core/criteria/grid';
import { parseRange } from '../core/sheet/a1';
import type { CellValue, WorkbookSpec } from '../core/sheet/spec';
import { archivedName } from './archived-name';
import { detectCapabilities } from './capabilities';
import { readNameTarget } from './name-targets';
import { afterOwnWrites, asOwnWrite, isOwnWrite } from './own-writes';
import { renderWorkbookSpec } from './render-spec';

/** Tables the parser reads (the regime's reference table is only for people). */
const READ_NAMES = [
  CRITERIA_NAMES.info,
  CRITERIA_NAMES.subCriteria,
  CRITERIA_NAMES.figures,
  CRITERIA_NAMES.checks,
];

/** Inserts the criteria workbook's sheets and names: one sync to look, then the render (≤ 2). */
export async function insertCriteriaWorkbook(spec: WorkbookSpec): Promise<void> {
  const caps = detectCapabilities();
  if (!caps.canInsert) throw new Error(caps.missing[0] ?? 'Phiên bản Excel này không chèn được bộ tiêu chí.');
  await asOwnWrite(() =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const names = context.workbook.names;
      names.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name.toLocaleLowerCase()));
      for (const s of spec.sheets) taken.add(s.name.toLocaleLowerCase());
      const wanted = new Set(spec.sheets.map((s) => s.name.toLocaleLowerCase()));
      for (const sheet of sheets.items)
        if (wanted.has(sheet.name.toLocaleLowerCase())) sheet.name = archivedName(sheet.name, taken);
      const newNames = new Set(spec.names.map((n) => n.name.toUpperCase()));
      for (const item of names.items) if (newNames.has(item.name.toUpperCase())) item.delete();
      await renderWorkbookSpec(context, spec, caps);
    }),
  );
}

/** Places a block of values read at `address` into rows from A1. */
function placeBlock(
  grid: Record<string, CellValue[][]>,
  sheet: string,
  address: string,
  values: unknown[][],
): void {
  const { row, col } = parseRange(address);
  const rows = (grid[sheet] ??= []);
  values.forEach((line, r) => {
    const target = (rows[row - 1 + r] ??= []);
    line.forEach((v, c) => {
      // Office.js gives "" for an empty cell; the parser treats blank text as empty.
      target[col - 1 + c] =
        typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
    });
  });
}

/**
 * The criteria tables of the open workbook as a grid (one sync), or null when it has none of them.
 * Rows added below a table's named range are not read: inserting rows inside it (as the Sở does) grows it.
 */
export async function readCriteriaGrid(): Promise<CriteriaGrid | null> {
  return Excel.run(async (context) => {
    const ranges = READ_NAMES.map((name) => {
      const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
      range.load(['address', 'values']);
      return { name, range };
    });
    await context.sync();
    const grid: Record<string, CellValue[][]> = {};
    let found = false;
    for (const { name, range } of ranges) {
      if (range.isNullObject) continue;
      const target = readNameTarget(name, range.address);
      if (target.sheet === null || target.address === null) continue;
      found = true;
      placeBlock(grid, target.sheet, target.address, range.values as unknown[][]);
    }
    if (!found) return null;
    return Object.fromEntries(
      Object.entries(grid).map(([s, rows]) => [
        s,
        Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)),
      ]),
    );
  });
}

/**
 * Calls onChange after each batch of user edits on the criteria sheets (debounced; the add-in's own writes
 * ignored), so the pane re-checks while the Sở types. Sheets absent from the workbook are skipped. Returns
 * the disposer that removes the handlers.
 */
export async function watchCriteria(
  sheetNames: readonly string[],
  onChange: () => void,
  debounceMs = 300,
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      if (!disposed) onChange();
    }, debounceMs);
  };
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (disposed) return;
    if (isOwnWrite(event)) {
      if (event.triggerSource === undefined) afterOwnWrites(() => !disposed && schedule());
      return;
    }
    schedule();
  };
  const registrations = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const wanted = new Set(sheetNames.map((n) => n.toLocaleLowerCase()));
    const added = sheets.items
      .filter((s) => wanted.has(s.name.toLocaleLowerCase()))
      .map((s) => s.onChanged.add(handler));
    await context.sync();
    return added;
  });
  return async () => {
    if (disposed) return;
    disposed = true;
    if (timer !== undefined) clearTimeout(timer);
    const first = registrations[0];
    if (!first) return;
    // Handlers can only be removed through the context that added them.
    await Excel.run(first.context, async (context) => {
      for (const r of registrations) r.remove();
      await context.sync();
    });
  };
}
