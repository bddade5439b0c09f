/**
 * The CSV roster (UTF-8 with or without BOM, or UTF-16 as Excel's "Unicode Text"; comma, semicolon
 * or tab separated). Uses papaparse only, never ExcelJS: the task pane loads this with its services,
 * the .xlsx reader (roster-xlsx.ts) only when an .xlsx is chosen.
 */
import Papa from 'papaparse';
import { rosterFileLabel, rosterRowsFromTable, type RosterRowsResult } from '../core/roster/roster-table';

const DELIMITERS = [',', ';', '\t'];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The text of the file, or why it is not usable text (a workbook named .csv, or a legacy encoding). */
function decode(bytes: Uint8Array): { text: string } | { problem: string } {
  if (startsWith(bytes, [0x50, 0x4b]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      problem: 'là một sổ tính chứ không phải tệp CSV; hãy lưu danh sách thành tệp .xlsx hoặc CSV UTF-8.',
    };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return {
      problem:
        'không phải văn bản UTF-8 nên các chữ có dấu sẽ bị sai; trong Excel hãy lưu lại bằng “CSV UTF-8 (phân tách bằng dấu phẩy)” hoặc dùng tệp .xlsx.',
    };
  }
}

/** Reads the rows of a CSV roster; each row keeps its line number (the row Excel shows when it opens the file). */
export function readRosterCsv(bytes: Uint8Array, fileName: string): RosterRowsResult {
  const decoded = decode(bytes);
  if ('problem' in decoded)
    return { ok: false, problems: [`${rosterFileLabel(fileName)} ${decoded.problem}`] };
  const text = decoded.text;
  // Guess the delimiter on the non-blank lines, then read every record so record i is line i + 1.
  const guess = Papa.parse<string[]>(text, {
    preview: 50,
    skipEmptyLines: 'greedy',
    delimitersToGuess: DELIMITERS,
  });
  const parsed = Papa.parse<string[]>(text, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  if (parsed.errors.length > 0 && parsed.data.length === 0) {
    return {
      ok: false,
      problems: parsed.errors.map(
        (e) => `${rosterFileLabel(fileName)}, dòng ${(e.row ?? 0) + 1}: ${e.message}`,
      ),
    };
  }
  return rosterRowsFromTable(
    fileName,
    parsed.data.map((cells, i) => ({ line: i + 1, cells })),
  );
}
