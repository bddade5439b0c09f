/**
 * Reads the roster the appraisers keep: a CSV (UTF-8, comma or semicolon) or an .xlsx whose first
 * sheet has a header row. Columns are recognised by their header, in English or Vietnamese:
 * code/mã, name/tên, group/nhóm, aliases/tên khác (aliases separated by ';').
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { nameKey } from '../core/text/normalize';

export type RosterRow = { code: string; name: string; group: string; aliases?: string[] };
export type RosterFileResult = { ok: true; rows: RosterRow[] } | { ok: false; problems: string[] };

const HEADERS: Record<string, keyof RosterRow> = {
  code: 'code',
  'mã': 'code',
  ma: 'code',
  'mã đơn vị': 'code',
  name: 'name',
  'tên': 'name',
  ten: 'name',
  'tên đơn vị': 'name',
  'tên cơ quan, đơn vị': 'name',
  group: 'group',
  'nhóm': 'group',
  nhom: 'group',
  aliases: 'aliases',
  'tên khác': 'aliases',
};

function toRows(fileName: string, table: string[][]): RosterFileResult {
  const header = table[0];
  if (!header) return { ok: false, problems: [`Tệp danh sách đơn vị '${fileName}' trống.`] };
  const columns = header.map((h) => HEADERS[nameKey(h)]);
  const missing = (['code', 'name', 'group'] as const).filter((k) => !columns.includes(k));
  if (missing.length > 0) {
    return { ok: false, problems: [`Tệp danh sách đơn vị '${fileName}' thiếu cột ${missing.join(', ')} ở dòng tiêu đề (cần các cột: mã, tên, nhóm).`] };
  }
  const rows: RosterRow[] = [];
  for (const line of table.slice(1)) {
    if (line.every((c) => c.trim() === '')) continue;
    const row: RosterRow = { code: '', name: '', group: '' };
    line.forEach((cell, i) => {
      const key = columns[i];
      if (key === 'aliases') {
        const aliases = cell.split(';').map((a) => a.trim()).filter((a) => a !== '');
        if (aliases.length > 0) row.aliases = aliases;
      } else if (key) row[key] = cell.trim();
    });
    rows.push(row);
  }
  return { ok: true, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result);
    if ('text' in value) return String(value.text);
    if (value instanceof Date) return value.toISOString();
  }
  return String(value);
}

export async function readRosterFile(bytes: Uint8Array, fileName: string): Promise<RosterFileResult> {
  if (fileName.toLowerCase().endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      return { ok: false, problems: [`Tệp danh sách đơn vị '${fileName}' không phải tệp .xlsx đọc được.`] };
    }
    const ws = wb.worksheets[0];
    if (!ws) return { ok: false, problems: [`Tệp danh sách đơn vị '${fileName}' không có trang tính nào.`] };
    const table: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value));
      table.push(cells);
    });
    return toRows(fileName, table);
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  if (parsed.errors.length > 0 && parsed.data.length === 0) {
    return { ok: false, problems: parsed.errors.map((e) => `Tệp danh sách đơn vị '${fileName}', dòng ${(e.row ?? 0) + 1}: ${e.message}`) };
  }
  return toRows(fileName, parsed.data);
}
