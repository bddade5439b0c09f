/**
 * The preview workbook over the Excel test double: reads the double's model directly (no
 * context.sync, so watching the grid never changes the add-in's sync counts) and edits through
 * its simulated user, so typing obeys data validation and protection, pasting bypasses
 * validation, and both fire onChanged as a person's edits do.
 */
import { columnNumber } from '../core/sheet/a1';
import type { SimulatedUser } from '../excel-double/user';
import type { SheetState, WorkbookModel } from '../excel-double/model';
import { parseInput, type Culture } from '../excel-double/parse-input';
import { formatNumber } from './number-display';
import type { GridCell, GridSheet, PreviewWorkbook, Selection } from './preview-workbook';
import { a1 } from './grid/address';

const POINTS_TO_PX = 4 / 3;
/** Empty rows and columns shown past the used range, so the sheet does not end abruptly. */
const MARGIN = 3;

function horizontal(h: string): GridCell['horizontal'] {
  if (h === 'Center' || h === 'CenterAcrossSelection') return 'center';
  if (h === 'Right') return 'right';
  if (h === 'Left') return 'left';
  return null;
}

/** A pasted clipboard cell becomes what Excel would store: number, boolean or text. */
function pastedValue(text: string, culture: Culture): string | number | boolean {
  const content = parseInput(text, culture);
  if (content === null) return '';
  if (typeof content === 'string') return content.startsWith("'") ? content.slice(1) : content;
  return content;
}

export function doubleWorkbook(model: WorkbookModel, user: SimulatedUser, culture: Culture): PreviewWorkbook {
  const sheetNamed = (name: string): SheetState | undefined => model.findSheet(name);

  const cellOf = (sheet: SheetState, row: number, col: number): GridCell | null => {
    const value = model.value(sheet, row, col);
    const f = model.format(sheet, row, col);
    const look = model.conditionalLook(sheet, row, col);
    const conditional = look.fill !== null || look.fontColor !== null || look.bold !== null;
    if (value === '' && !f.fill && !conditional && f.locked) return null;
    const formula = model.formula(sheet, row, col);
    const isNumber = typeof value === 'number';
    return {
      display: isNumber
        ? formatNumber(value, f.numberFormat)
        : typeof value === 'boolean'
          ? value
            ? 'TRUE'
            : 'FALSE'
          : value,
      input: isNumber && typeof formula === 'number' ? formatNumber(formula, 'General') : String(formula),
      isNumber,
      fill: look.fill ?? f.fill,
      fontColor: look.fontColor ?? (f.fontColor === '#000000' ? null : f.fontColor),
      bold: look.bold ?? f.bold,
      italic: f.italic,
      horizontal: horizontal(f.horizontal),
      wrap: f.wrap,
      locked: f.locked,
      conditional,
    };
  };

  const sheetView = (sheet: SheetState): GridSheet => {
    const used = model.usedRect(sheet, false);
    const widths = new Map<number, number>();
    for (const [c, w] of sheet.columnWidths) widths.set(c, Math.round(w * POINTS_TO_PX));
    const heights = new Map<number, number>();
    for (const [r, h] of sheet.rowHeights) heights.set(r, Math.round(h * POINTS_TO_PX));
    return {
      name: sheet.name,
      lastRow: (used?.r1 ?? 0) + MARGIN,
      lastCol: (used?.c1 ?? 0) + MARGIN,
      columnWidths: widths,
      rowHeights: heights,
      merges: sheet.merges.map((m) => ({
        row: m.r0,
        col: m.c0,
        rows: m.r1 - m.r0 + 1,
        cols: m.c1 - m.c0 + 1,
      })),
      frozenRows: sheet.freeze.rows,
      protectedSheet: sheet.protection.protected,
      showGridlines: sheet.showGridlines,
      cell: (row, col) => cellOf(sheet, row, col),
    };
  };

  const refuseUnless = (result: { accepted: boolean; message?: string }): void => {
    if (!result.accepted) throw new Error(result.message ?? 'Excel không nhận giá trị này.');
  };

  return {
    visibleSheets: () =>
      model
        .liveSheets()
        .filter((s) => s.visibility === 'Visible')
        .map((s) => s.name),
    activeSheet: () => (model.activeSheetId ? (model.sheetById(model.activeSheetId)?.name ?? null) : null),
    activate: (name) => {
      const sheet = sheetNamed(name);
      if (!sheet) return;
      model.activeSheetId = sheet.id;
      model.notify();
    },
    sheet: (name) => {
      const sheet = sheetNamed(name);
      return sheet ? sheetView(sheet) : null;
    },
    selection: () => {
      const sel = model.selection;
      const sheet = sel ? model.sheetById(sel.sheetId) : undefined;
      return sel && sheet ? { sheet: sheet.name, row: sel.rect.r0, col: sel.rect.c0 } : null;
    },
    select: ({ sheet: name, row, col }: Selection) => {
      const sheet = sheetNamed(name);
      if (!sheet) return;
      model.selection = { sheetId: sheet.id, rect: { r0: row, c0: col, r1: row, c1: col } };
      model.notify();
    },
    nameAt: (name, row, col) => {
      const sheet = sheetNamed(name);
      if (!sheet) return null;
      for (const n of model.names.values()) {
        const r = n.rect;
        if (n.sheetId === sheet.id && r.r0 === row && r.r1 === row && r.c0 === col && r.c1 === col)
          return n.name;
      }
      return null;
    },
    resolve: (reference, currentSheet) => {
      const named = model.names.get(reference.toUpperCase());
      if (named) {
        const sheet = model.sheetById(named.sheetId);
        return sheet ? { sheet: sheet.name, row: named.rect.r0, col: named.rect.c0 } : null;
      }
      const m = /^(?:'((?:[^']|'')+)'!|([^'!]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(reference);
      if (!m) return null;
      const sheetName = (m[1]?.replace(/''/g, "'") ?? m[2] ?? currentSheet).trim();
      if (!sheetNamed(sheetName)) return null;
      return { sheet: sheetName, row: Number(m[4]) - 1, col: columnNumber(m[3] ?? '') - 1 };
    },
    type: (sheet, row, col, text) => refuseUnless(user.type(sheet, a1(row, col), text)),
    paste: (sheet, row, col, block) =>
      refuseUnless(
        user.paste(
          sheet,
          a1(row, col),
          block.map((r) => r.map((t) => pastedValue(t, culture))),
        ),
      ),
    clear: (sheet, row, col) => refuseUnless(user.clear(sheet, a1(row, col))),
    fillDown: (sheet, row, col) => {
      if (row === 0) return;
      refuseUnless(user.fillDown(sheet, `${a1(row - 1, col)}:${a1(row, col)}`));
    },
    undo: () => user.undo(),
    subscribe: (listener) => model.subscribe(listener),
  };
}
