/**
 * The roster: the agencies that are ranked, identified by a stable code; names are labels with known aliases,
 * matched through nameKey so Unicode form, tone placement, case and spaces do not matter.
 */
import { builtInRegime, findGroup } from '../regime/load';
import type { Regime } from '../regime/types';
import { cleanText, nameKey } from '../text/normalize';
import { worded } from '../problems/messages';
import type { ProblemParams, RosterParams } from '../problems/params';
import type { WordedProblem } from '../problems/problem';
import type { Where } from '../problems/where';
import type { Agency } from './types';

type RosterCode = keyof RosterParams;
import sampleRosterJson from './sample-roster.json';

/** A problem of one row; its message names the row and the code. */
export type RosterProblem = WordedProblem & {
  /** The row's number: its 1-based position in the input, or the line given by `RosterSource.lineOf`. */
  row: number;
};

export type RosterResult = { ok: true; roster: Agency[] } | { ok: false; problems: RosterProblem[] };

/** Where the rows came from, so messages point at the line the user sees. */
export interface RosterSource {
  /** The row's number as the user sees it (e.g. the line of a file) for its 0-based index; default index + 1. */
  lineOf?: (index: number) => number;
  /** The file the rows came from, e.g. `{ file: 'don-vi.csv', fileKind: 'roster' }`; messages then read "Tệp danh sách đơn vị “don-vi.csv”, dòng 5 (mã X): …". */
  where?: Where;
}

const CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Aliases as a list, or as one text cell separated by ";" or "|" (how a CSV or sheet holds them). */
function readAliases(v: unknown): string[] | null {
  if (v === undefined || v === null) return [];
  const list =
    typeof v === 'string'
      ? v.split(/[;|]/)
      : Array.isArray(v) && v.every((a) => typeof a === 'string')
        ? (v as string[])
        : null;
  return list === null ? null : list.map(cleanText).filter((a) => a !== '');
}

/**
 * Reads roster rows ({ code, name, group, aliases? }); returns the agencies or every problem: bad or duplicate
 * codes, empty names, groups the regime does not know, a name or alias shared by two agencies.
 */
export function parseRoster(
  rows: unknown,
  regime: Regime = builtInRegime,
  source: RosterSource = {},
): RosterResult {
  const lineOf = source.lineOf ?? ((i: number) => i + 1);
  const problems: RosterProblem[] = [];
  const add = <C extends RosterCode>(
    code: C,
    row: number,
    record: string,
    params: ProblemParams[C],
  ): void => {
    const where: Where = { ...source.where, ...(row > 0 ? { row } : {}), ...(record ? { record } : {}) };
    problems.push({ ...(worded(code, 'error', where, params) as WordedProblem), row });
  };
  if (!Array.isArray(rows)) {
    add('roster-not-a-list', 0, '', {});
    return { ok: false, problems };
  }
  const roster: Agency[] = [];
  const codes = new Map<string, number>();
  const names = new Map<string, { row: number; code: string }>();
  rows.forEach((raw: unknown, i) => {
    const row = lineOf(i);
    if (!isObject(raw)) {
      add('roster-row-not-an-agency', row, '', {});
      return;
    }
    const code = typeof raw['code'] === 'string' ? agencyCodeKey(raw['code']) : '';
    const name = typeof raw['name'] === 'string' ? cleanText(raw['name']) : '';
    const group = typeof raw['group'] === 'string' ? cleanText(raw['group']) : '';
    const aliases = readAliases(raw['aliases']);
    const before = problems.length;
    const firstRow = codes.get(code);
    if (!CODE_PATTERN.test(code)) add('roster-code-invalid', row, code, { code });
    else if (firstRow !== undefined) add('roster-code-duplicate', row, code, { code, firstRow });
    if (name === '') add('roster-name-missing', row, code, {});
    if (!findGroup(regime, group))
      add('roster-group-unknown', row, code, { group, known: regime.groups.map((g) => g.id) });
    if (aliases === null) add('roster-aliases-invalid', row, code, {});
    if (problems.length > before) return;
    codes.set(code, row);
    for (const text of [name, ...(aliases ?? [])]) {
      const other = names.get(nameKey(text));
      if (other && other.code !== code)
        add('roster-name-shared', row, code, { name: text, otherCode: other.code, otherRow: other.row });
      else names.set(nameKey(text), { row, code });
    }
    roster.push({ code, name, group, ...(aliases && aliases.length > 0 ? { aliases } : {}) });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, roster };
}

function loadSample(): Agency[] {
  const result = parseRoster(sampleRosterJson);
  if (!result.ok)
    throw new Error(
      `Danh sách cơ quan mẫu không hợp lệ:\n- ${result.problems.map((p) => p.message).join('\n- ')}`,
    );
  return result.roster;
}

/** The built-in sample roster of Thanh Hóa (editable data, not authoritative). */
export const sampleRoster: Agency[] = loadSample();

/** An agency code as the roster keys it: cleaned (spaces, Unicode form) and upper-cased. */
export function agencyCodeKey(code: string): string {
  return cleanText(code).toUpperCase();
}

/** The agency with this code; codes compare by agencyCodeKey. */
export function findAgencyByCode(roster: readonly Agency[], code: string): Agency | undefined {
  return indexOf(roster).byCode.get(agencyCodeKey(code));
}

// Keys of an agency's name and aliases, computed once per agency object: the merge matches many files.
const agencyKeys = new WeakMap<Agency, Set<string>>();

function keysOf(a: Agency): Set<string> {
  let keys = agencyKeys.get(a);
  if (!keys) {
    keys = new Set([a.name, ...(a.aliases ?? [])].map(nameKey));
    agencyKeys.set(a, keys);
  }
  return keys;
}

/** The agency whose name or an alias equals this name up to Unicode form, tone placement, case and spaces. */
export function matchAgencyByName(roster: readonly Agency[], name: string): Agency | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  return indexOf(roster).byName.get(key);
}

/** The first agency of each code and of each name key, in roster order (what a search from the top finds). */
interface RosterIndex {
  agencies: readonly Agency[];
  byCode: Map<string, Agency>;
  byName: Map<string, Agency>;
}

// Built once per roster: a merge looks up every file's agency. A roster is not changed once loaded: another
// array, a changed length or other agencies at its ends are indexed anew (comparing every entry cost more than
// the look-up it saves).
const rosterIndexes = new WeakMap<readonly Agency[], RosterIndex>();

function indexOf(roster: readonly Agency[]): RosterIndex {
  const known = rosterIndexes.get(roster);
  const n = roster.length;
  if (
    known &&
    known.agencies.length === n &&
    known.agencies[0] === roster[0] &&
    known.agencies[n - 1] === roster[n - 1]
  )
    return known;
  const index: RosterIndex = { agencies: [...roster], byCode: new Map(), byName: new Map() };
  for (const a of roster) {
    if (!index.byCode.has(a.code)) index.byCode.set(a.code, a);
    for (const key of keysOf(a)) if (!index.byName.has(key)) index.byName.set(key, a);
  }
  rosterIndexes.set(roster, index);
  return index;
}

/** The agencies of one group, in roster order. */
export function agenciesOfGroup(roster: readonly Agency[], groupId: string): Agency[] {
  return roster.filter((a) => a.group === groupId);
}
