/**
 * A new form with the entries a migration plan keeps already typed in: the values go into the description,
 * so the adapter renders the form and its entries in the same requests as any new survey.
 */
import type { MigrationPlan } from '../../template/migration';
import { parseRange } from '../a1';
import type { CellSpec, CellValue, WorkbookSpec } from '../spec';
import type { SurveyLayout } from './layout';

/** A value read from the old form, as a cell constant (dates and other objects never come from Excel's values). */
function cellValue(v: unknown): CellValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

export function withMigratedEntries(
  spec: WorkbookSpec,
  layout: SurveyLayout,
  plan: MigrationPlan,
): WorkbookSpec {
  const values = new Map<string, CellValue>();
  const rows = new Map(layout.rows.map((r) => [r.code, r]));
  for (const e of plan.kept) {
    const row = rows.get(e.code);
    if (row === undefined) continue;
    if (!row.computed && e.score !== null) values.set(row.scoreCell, cellValue(e.score));
    values.set(row.evidenceCell, cellValue(e.evidence));
  }
  const figures = new Map((layout.figures ?? []).map((f) => [f.key, f]));
  for (const f of plan.keptFigures) {
    const at = figures.get(f.key);
    if (at === undefined) continue;
    if (f.value !== null) values.set(at.valueCell, cellValue(f.value));
    if (f.evidence !== undefined && at.evidenceCell !== undefined)
      values.set(at.evidenceCell, cellValue(f.evidence));
  }
  // Who fills the form moves only into blank cells: an agency chosen for the new form (prefilled) stands.
  const agencyCells = plan.agency
    ? new Map([
        [layout.agencyCodeCell, cellValue(plan.agency.code)],
        [layout.agencyNameCell, cellValue(plan.agency.name)],
      ])
    : new Map<string, CellValue>();
  // Keyed by row and column, as the description's cells are.
  const keyOf = (address: string): string => {
    const r = parseRange(address);
    return `${r.row},${r.col}`;
  };
  const byCell = new Map<string, CellValue>();
  for (const [address, value] of values) byCell.set(keyOf(address), value);
  const blankOnly = new Set<string>();
  for (const [address, value] of agencyCells) {
    if (value === null) continue;
    byCell.set(keyOf(address), value);
    blankOnly.add(keyOf(address));
  }
  const sheets = spec.sheets.map((sheet) => {
    if (sheet.name !== layout.formSheet) return sheet;
    const left = new Map(byCell);
    const cells = sheet.cells.map((c): CellSpec => {
      const key = `${c.row},${c.col}`;
      if (!left.has(key) || c.formula !== undefined) return c;
      const value = left.get(key) ?? null;
      left.delete(key);
      if (blankOnly.has(key) && c.value !== undefined && c.value !== null && c.value !== '') return c;
      return { ...c, value };
    });
    // An input cell the description leaves out gets a cell of its own (a formula cell is never overwritten).
    for (const [key, value] of left) {
      const [row, col] = key.split(',').map(Number) as [number, number];
      if (!sheet.cells.some((c) => c.row === row && c.col === col)) cells.push({ row, col, value });
    }
    return { ...sheet, cells };
  });
  return { ...spec, sheets };
}
