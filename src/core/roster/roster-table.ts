/**
 * The roster as the appraisers keep it: a table (CSV or the first sheet of an .xlsx) whose header row
 * names the columns, in English or Vietnamese: code/mã, name/tên, group/nhóm, aliases/tên khác
 * (aliases separated by ';'). Turns the table into roster rows, then into agencies; every message
 * names the file and the line the user sees. Pure: the file formats are read in src/xlsx.
 */
import { builtInRegime } from '../regime/load';
import type { Regime } from '../regime/types';
import { nameKey } from '../text/normalize';
import { parseRoster } from './roster';
import type { Agency } from './types';

export type RosterRow = { code: string; name: string; group: string; aliases?: string[] };

/** One row of the file: its line as the user sees it (1-based) and its cells as text. */
export interface RosterTableLine {
  line: number;
  cells: string[];
}

export type RosterRowsResult =
  | { ok: true; rows: RosterRow[]; /** The line of each row, in the same order. */ lines: number[] }
  | { ok: false; problems: string[] };

export type RosterFileRoster = { ok: true; roster: Agency[] } | { ok: false; problems: string[] };

const HEADERS: Record<string, keyof RosterRow> = {
  code: 'code',
  mã: 'code',
  ma: 'code',
  'mã đơn vị': 'code',
  name: 'name',
  tên: 'name',
  ten: 'name',
  'tên đơn vị': 'name',
  'tên cơ quan, đơn vị': 'name',
  group: 'group',
  nhóm: 'group',
  nhom: 'group',
  aliases: 'aliases',
  'tên khác': 'aliases',
};

const NEEDED = ['code', 'name', 'group'] as const;
/** The header is looked for in this many lines from the first non-blank one (titles may stand above it). */
const HEADER_SEARCH = 10;

/** How messages name a roster file. */
export function rosterFileLabel(fileName: string): string {
  return `Tệp danh sách đơn vị “${fileName}”`;
}

const blank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * The rows under the header (the first line naming the code, name and group columns, among the first
 * lines; lines above it, such as a title, are ignored); blank lines are skipped. Fails only when the
 * file is empty, the header lacks the code, name or group column, or a row has cells past the header
 * (they would be lost); the rows' contents are checked by parseRoster.
 */
export function rosterRowsFromTable(fileName: string, table: readonly RosterTableLine[]): RosterRowsResult {
  const first = table.findIndex((l) => !blank(l.cells));
  if (first < 0) return { ok: false, problems: [`${rosterFileLabel(fileName)} trống.`] };
  // The header is the first line naming the three needed columns; a title may stand above it.
  const columnsOf = (l: RosterTableLine): (keyof RosterRow | undefined)[] =>
    l.cells.map((h) => HEADERS[nameKey(h)]);
  const found = table
    .slice(first, first + HEADER_SEARCH)
    .findIndex((l) => NEEDED.every((k) => columnsOf(l).includes(k)));
  const start = found < 0 ? first : first + found;
  const header = table[start] ?? { line: 0, cells: [] };
  const columns = columnsOf(header);
  const missing = NEEDED.filter((k) => !columns.includes(k));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        `${rosterFileLabel(fileName)} thiếu cột ${missing.join(', ')} ở dòng tiêu đề (cần các cột: mã, tên, nhóm).`,
      ],
    };
  }
  const rows: RosterRow[] = [];
  const lines: number[] = [];
  const problems: string[] = [];
  for (const { line, cells } of table.slice(start + 1)) {
    if (blank(cells)) continue;
    // Cells past the header would be lost; most often aliases split by an unquoted ';' in a ';' CSV.
    const beyond = cells.slice(header.cells.length).filter((c) => c.trim() !== '');
    if (beyond.length > 0) {
      problems.push(
        `${rosterFileLabel(fileName)}, dòng ${line}: có ô nằm ngoài các cột có tiêu đề (“${beyond.join('”, “')}”). Nếu đó là tên khác, hãy để mọi tên khác trong cột “Tên khác”, cách nhau bởi dấu ; (trong tệp CSV dùng dấu ; phân cách cột, ô đó phải đặt trong dấu ngoặc kép).`,
      );
      continue;
    }
    const row: RosterRow = { code: '', name: '', group: '' };
    cells.forEach((cell, i) => {
      const key = columns[i];
      if (key === 'aliases') {
        const aliases = cell
          .split(';')
          .map((a) => a.trim())
          .filter((a) => a !== '');
        if (aliases.length > 0) row.aliases = aliases;
      } else if (key) row[key] = cell.trim();
    });
    rows.push(row);
    lines.push(line);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, lines };
}

/**
 * The agencies of a roster file already read into rows, or every problem, each naming the file and
 * the line (e.g. "Tệp danh sách đơn vị 'don-vi.csv', dòng 5 (mã SO-A): mã SO-A trùng với dòng 3.").
 */
export function rosterFromRows(
  fileName: string,
  read: RosterRowsResult,
  regime: Regime = builtInRegime,
): RosterFileRoster {
  if (!read.ok) return read;
  if (read.rows.length === 0) {
    return { ok: false, problems: [`${rosterFileLabel(fileName)} không có đơn vị nào dưới dòng tiêu đề.`] };
  }
  const parsed = parseRoster(read.rows, regime, {
    lineOf: (i) => read.lines[i] ?? i + 1,
    where: rosterFileLabel(fileName),
  });
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map((p) => p.message) };
}

/** Counts of agencies per group, in the regime's order (groups without agencies are left out). */
export function rosterGroupCounts(
  roster: readonly Agency[],
  regime: Regime = builtInRegime,
): { groupId: string; name: string; count: number }[] {
  return regime.groups
    .map((g) => ({ groupId: g.id, name: g.name, count: roster.filter((a) => a.group === g.id).length }))
    .filter((g) => g.count > 0);
}
