/**
 * The .xlsx roster: the first sheet, header row first. Uses ExcelJS, so the task pane imports this
 * module only when an .xlsx roster is chosen (roster-file.ts loads it with import()).
 */
import ExcelJS from 'exceljs';
import {
  rosterFileLabel,
  rosterRowsFromTable,
  type RosterRowsResult,
  type RosterTableLine,
} from '../core/roster/roster-table';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value)
      return value.result === undefined || value.result === null ? '' : String(value.result);
    if ('text' in value) return String(value.text);
    if (value instanceof Date) return value.toISOString();
  }
  return String(value);
}

/** Reads the rows of an .xlsx roster; each row keeps its sheet row number. */
export async function readRosterXlsx(bytes: Uint8Array, fileName: string): Promise<RosterRowsResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problems: [`${rosterFileLabel(fileName)} không phải tệp .xlsx đọc được.`] };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false, problems: [`${rosterFileLabel(fileName)} không có trang tính nào.`] };
  const table: RosterTableLine[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    table.push({ line: row.number, cells });
  });
  return rosterRowsFromTable(fileName, table);
}
