/** Renders one SheetSpec onto an ExcelJS worksheet. */
import type ExcelJS from 'exceljs';
import { cellAddress, quoteSheet, rangeAddress } from '../../core/sheet/a1';
import type { CellSpec, CellStyle, SheetSpec, ValidationSpec } from '../../core/sheet/spec';
import { argb, toCellStyle, toConditionalStyle } from './style';

const MM_PER_INCH = 25.4;
const A4 = 9;

function cellValue(cell: CellSpec): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const formula = cell.formula.replace(/^=/, '');
    return cell.cachedValue === undefined || cell.cachedValue === null
      ? ({ formula } as ExcelJS.CellFormulaValue)
      : ({ formula, result: cell.cachedValue } as ExcelJS.CellFormulaValue);
  }
  return typeof cell.value === 'string' ? escapeOoxml(cell.value) : (cell.value ?? null);
}

/**
 * A literal `_x` is written `_x005F_x`, as OOXML asks (ExcelJS writes text raw): otherwise LibreOffice reads
 * `so_xa_vb` as an escape and shows a line break. Excel, LibreOffice and our reader decode it back to `_x`.
 */
export function escapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x/g, '_x005F_x') : text;
}

function validationModel(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: v.allowBlank,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.error.title,
    error: v.error.message,
  } as const;
  if (v.kind === 'decimal')
    return {
      ...common,
      type: v.whole === true ? 'whole' : 'decimal',
      operator: 'between',
      formulae: [v.min, v.max],
    };
  const list = v.source
    ? `${quoteSheet(v.source.sheet)}!${rangeAddress(v.source.range, true)}`
    : `"${v.items.map((i) => i.replace(/"/g, '""')).join(',')}"`;
  return { ...common, type: 'list', formulae: [list] };
}

function styleOf(styles: Record<string, CellStyle>, key: string | undefined): Partial<ExcelJS.Style> | null {
  if (key === undefined) return null;
  const style = styles[key];
  if (!style) throw new RangeError(`style "${key}" is not defined in the workbook description`);
  return toCellStyle(style);
}

export async function renderSheet(
  ws: ExcelJS.Worksheet,
  sheet: SheetSpec,
  styles: Record<string, CellStyle>,
): Promise<void> {
  ws.state = sheet.visibility;
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  for (const c of sheet.columns) {
    const column = ws.getColumn(c.col);
    // ExcelJS drops a width of exactly 9 as its default, and Excel then uses 8.43: nudge it so it is written.
    column.width = c.width === 9 ? 9.001 : c.width;
    if (c.hidden) column.hidden = true;
  }
  for (const r of sheet.rows) ws.getRow(r.row).height = r.height;
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.row, cell.col);
    target.value = cellValue(cell);
    const style = styleOf(styles, cell.style);
    // A fresh object per cell: ExcelJS keeps references, and shared ones leak edits between cells.
    if (style) target.style = JSON.parse(JSON.stringify(style)) as Partial<ExcelJS.Style>;
  }
  // Merged cells take the top-left cell's style, so borders and fills cover the whole block.
  for (const m of sheet.merges) ws.mergeCells(m.row, m.col, m.lastRow, m.lastCol);
  // ExcelJS's typings omit `dataValidations`, which writes one rule for a whole range.
  const validations = (
    ws as unknown as { dataValidations: { add(ref: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of sheet.validations) validations.add(rangeAddress(v.range), validationModel(v));
  let priority = 1;
  for (const cf of sheet.conditionalFormats) {
    const style = styles[cf.style];
    if (!style) throw new RangeError(`style "${cf.style}" is not defined in the workbook description`);
    ws.addConditionalFormatting({
      ref: rangeAddress(cf.range),
      rules: [
        {
          type: 'expression',
          priority: priority++,
          formulae: [cf.formula],
          style: toConditionalStyle(style),
        },
      ],
    });
  }
  const showGridLines = sheet.showGridLines ?? true;
  ws.views = sheet.freeze
    ? [
        {
          state: 'frozen',
          xSplit: sheet.freeze.columns,
          ySplit: sheet.freeze.rows,
          topLeftCell: cellAddress(sheet.freeze.rows + 1, sheet.freeze.columns + 1),
          activeCell: cellAddress(sheet.freeze.rows + 1, sheet.freeze.columns + 1),
          showGridLines,
        },
      ]
    : [{ state: 'normal', showGridLines }];
  if (sheet.print) {
    const p = sheet.print;
    const pageSetup: Partial<ExcelJS.PageSetup> = {
      paperSize: A4,
      orientation: p.orientation,
      horizontalCentered: true,
      margins: {
        top: p.margins.top / MM_PER_INCH,
        bottom: p.margins.bottom / MM_PER_INCH,
        left: p.margins.left / MM_PER_INCH,
        right: p.margins.right / MM_PER_INCH,
        header: 0.3,
        footer: 0.3,
      },
    };
    if (p.fitToWidth) Object.assign(pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (p.titleRows) pageSetup.printTitlesRow = `${p.titleRows.first}:${p.titleRows.last}`;
    // ExcelJS prefixes each corner with '$' itself, so give it `A$1:G$56` to get `$A$1:$G$56`.
    if (p.area) pageSetup.printArea = rangeAddress(p.area, true).replace(/(^|:)\$/g, '$1');
    ws.pageSetup = { ...ws.pageSetup, ...pageSetup };
    if (p.footerCenter) ws.headerFooter = { oddFooter: `&C${p.footerCenter}` };
  }
  if (sheet.protection) {
    const p = sheet.protection;
    await ws.protect(p.password, {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: p.allowFormatColumns ?? false,
      formatRows: p.allowFormatRows ?? false,
      sort: p.allowSort ?? false,
      autoFilter: p.allowAutoFilter ?? false,
    });
  }
}
