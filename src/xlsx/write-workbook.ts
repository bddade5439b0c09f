/**
 * Renders any WorkbookSpec (survey, ranking tables, ...) into .xlsx bytes with ExcelJS.
 * ExcelJS lacks custom document properties; they are added to the package afterwards.
 */
import ExcelJS from 'exceljs';
import { quoteSheet, rangeAddress } from '../core/sheet/a1';
import type { WorkbookSpec } from '../core/sheet/spec';
import { addCustomProperties } from './exceljs/custom-properties';
import { renderSheet } from './exceljs/render-sheet';

export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'xep-hang-cntt';
  wb.lastModifiedBy = 'xep-hang-cntt';
  // Cached results describe an empty form; Excel recomputes everything when it opens the file.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const sheetNames = new Set(spec.sheets.map((s) => s.name));
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    await renderSheet(ws, sheet, spec.styles);
  }
  for (const n of spec.names) {
    if (!sheetNames.has(n.sheet)) throw new RangeError(`name ${n.name} points at missing sheet "${n.sheet}"`);
    wb.definedNames.add(`${quoteSheet(n.sheet)}!${rangeAddress(n.range, true)}`, n.name);
  }
  const active = Math.max(
    0,
    spec.sheets.findIndex((s) => s.name === spec.activeSheet),
  );
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: 'visible' },
  ];
  const buffer = await wb.xlsx.writeBuffer();
  return addCustomProperties(new Uint8Array(buffer as ArrayBuffer), spec.properties);
}
