/** Loads a sheet of a WorkbookSpec into HyperFormula, so its formulas are evaluated by a real engine. */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { SheetSpec } from '../../../src/core/sheet/spec';
import { parseRange } from '../../../src/core/sheet/a1';
import { installExcelRound } from './excel-round';

export interface HfSheet {
  hf: HyperFormula;
  sheetId: number;
  set(address: string, value: unknown): void;
  /** Sets many cells in one batch (one recalculation). */
  setMany(values: { address: string; value: unknown }[]): void;
  get(address: string): unknown;
}

/** What a user's entry becomes in the engine: text stays text (leading apostrophe), blank is empty. */
export function rawContent(value: unknown): RawCellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return `'${String(value)}`;
}

/**
 * HyperFormula does not read Excel's escaped quote (`""` inside a string literal): such a literal is
 * rewritten as a concatenation with CHAR(34), the same text. Other literals are left as they are.
 */
export function excelStringsForHf(formula: string): string {
  return formula.replace(/"((?:[^"]|"")*)"/g, (literal, body: string) =>
    body.includes('""')
      ? `(${body
          .split('""')
          .map((part) => `"${part}"`)
          .join('&CHAR(34)&')})`
      : literal,
  );
}

export function loadSheet(sheet: SheetSpec): HfSheet {
  installExcelRound();
  const maxRow = Math.max(...sheet.cells.map((c) => c.row));
  const maxCol = Math.max(...sheet.cells.map((c) => c.col));
  const data: RawCellContent[][] = Array.from({ length: maxRow }, () =>
    Array<RawCellContent>(maxCol).fill(null),
  );
  for (const c of sheet.cells) {
    const row = data[c.row - 1];
    if (!row) continue;
    row[c.col - 1] =
      c.formula !== undefined ? `=${excelStringsForHf(c.formula)}` : rawContent(c.value ?? null);
  }
  const hf = HyperFormula.buildFromSheets(
    { [sheet.name]: data },
    // Exact binary arithmetic and comparisons (no tolerance, no display rounding): a formula that is only right
    // thanks to an engine's tolerance (a missing ROUND before `=`) fails here, whatever Excel would forgive.
    { licenseKey: 'gpl-v3', accentSensitive: true, smartRounding: false, precisionEpsilon: 0 },
  );
  const sheetId = hf.getSheetId(sheet.name);
  if (sheetId === undefined) throw new Error('sheet not loaded');
  const at = (address: string) => {
    const r = parseRange(address);
    return { sheet: sheetId, row: r.row - 1, col: r.col - 1 };
  };
  return {
    hf,
    sheetId,
    set: (address, value) => hf.setCellContents(at(address), [[rawContent(value)]]),
    setMany: (values) => {
      hf.batch(() => {
        for (const v of values) hf.setCellContents(at(v.address), [[rawContent(v.value)]]);
      });
    },
    get: (address) => hf.getCellValue(at(address)),
  };
}
