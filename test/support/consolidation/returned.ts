/**
 * Builds ReturnedWorkbook objects by hand from a WorkbookSpec (what the reader would extract from
 * the untouched written file), then edits them the way agencies do: filling, tampering, renaming.
 */
import { cellAddress, rangeAddress } from '../../../src/core/sheet/a1';
import type { CellValue, WorkbookSpec } from '../../../src/core/sheet/spec';
import type { ReadCell, ReturnedWorkbook } from '../../../src/core/returned/types';
import type { SubmissionFile } from '../../../src/core/consolidation/submission';
import { META_SHEET } from '../../../src/core/sheet/metadata';

/** Formula cells get no cached value unless `keepCached` (like a file a script filled without recalculating). */
export function returnedFromSpec(spec: WorkbookSpec, fileName: string, keepCached = false): ReturnedWorkbook {
  const cells: Record<string, Record<string, ReadCell>> = {};
  for (const sheet of spec.sheets) {
    const out: Record<string, ReadCell> = {};
    for (const c of sheet.cells) {
      const address = cellAddress(c.row, c.col);
      if (c.formula !== undefined)
        out[address] = { value: keepCached ? (c.cachedValue ?? null) : null, formula: c.formula };
      else if (c.value !== undefined && c.value !== null) out[address] = { value: c.value };
    }
    cells[sheet.name] = out;
  }
  return {
    fileName,
    byteLength: 1000,
    sha256: 'f'.repeat(64),
    sheets: spec.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    names: spec.names.map((n) => ({
      name: n.name,
      sheet: n.sheet,
      address: rangeAddress(n.range),
      raw: `'${n.sheet}'!${rangeAddress(n.range, true)}`,
    })),
    customProperties: { ...spec.properties },
    cells,
  };
}

export function namedAddress(wb: ReturnedWorkbook, name: string): { sheet: string; address: string } {
  const n = wb.names.find((x) => x.name === name);
  if (!n || n.sheet === null || n.address === null) throw new Error(`no name ${name}`);
  return { sheet: n.sheet, address: n.address };
}

export function setNamed(wb: ReturnedWorkbook, name: string, value: CellValue): void {
  const { sheet, address } = namedAddress(wb, name);
  const sheetCells = wb.cells[sheet] ?? (wb.cells[sheet] = {});
  if (value === null) delete sheetCells[address];
  else sheetCells[address] = { value };
}

export function getNamed(wb: ReturnedWorkbook, name: string): ReadCell | undefined {
  const { sheet, address } = namedAddress(wb, name);
  return wb.cells[sheet]?.[address];
}

/** Renames a sheet everywhere the reader would see it. */
export function renameSheet(wb: ReturnedWorkbook, from: string, to: string): void {
  wb.sheets = wb.sheets.map((s) => (s.name === from ? { ...s, name: to } : s));
  wb.names = wb.names.map((n) => (n.sheet === from ? { ...n, sheet: to } : n));
  const cells = wb.cells[from];
  if (cells) {
    wb.cells[to] = cells;
    delete wb.cells[from];
  }
}

export function fileInfo(
  fileName: string,
  receivedAt = '2026-11-15T03:00:00Z',
  sha256 = fileName.padEnd(64, '0').slice(0, 64),
): SubmissionFile {
  return { fileName, sha256, byteLength: 1000, receivedAt };
}

/** Writes a metadata value where the form keeps it: the hidden sheet and, when present, the document property. */
export function setMeta(wb: ReturnedWorkbook, key: string, value: string): void {
  const cells = wb.cells[META_SHEET] ?? {};
  for (const [addr, cell] of Object.entries(cells)) {
    if (addr.startsWith('A') && cell.value === key) cells[`B${addr.slice(1)}`] = { value };
  }
  if (`XHCNTT.${key}` in wb.customProperties) wb.customProperties[`XHCNTT.${key}`] = value;
}

/** Removes a metadata key from the hidden sheet and the document properties (an older or edited form). */
export function dropMeta(wb: ReturnedWorkbook, key: string): void {
  const cells = wb.cells[META_SHEET] ?? {};
  for (const [addr, cell] of Object.entries(cells)) {
    if (addr.startsWith('A') && cell.value === key) {
      delete cells[addr];
      delete cells[`B${addr.slice(1)}`];
    }
  }
  delete wb.customProperties[`XHCNTT.${key}`];
}
