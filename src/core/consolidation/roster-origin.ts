/**
 * Where a consolidation's roster came from, and how two rosters differ: plain data and Vietnamese
 * wording, without the roster parser or the sample roster (the task pane's first bundle uses these).
 */
import type { Agency } from '../roster/types';

/** Where the roster came from: the built-in sample, or a file the appraisers chose (its name, not its path). */
export type RosterOrigin = { kind: 'builtin' } | { kind: 'file'; fileName: string };

export interface StoredRoster {
  origin: RosterOrigin;
  agencies: Agency[];
}

/** "tệp don-vi.csv" / "danh sách mẫu có sẵn", for sentences. */
export function describeRosterOrigin(origin: RosterOrigin): string {
  return origin.kind === 'file' ? `tệp ${origin.fileName}` : 'danh sách mẫu có sẵn';
}

/** "tệp don-vi.csv, 52 cơ quan, đơn vị". */
export function describeRoster(stored: StoredRoster): string {
  return `${describeRosterOrigin(stored.origin)}, ${stored.agencies.length} cơ quan, đơn vị`;
}

export interface RosterChange {
  before: StoredRoster;
  after: StoredRoster;
  added: string[];
  removed: string[];
  /** Codes whose name, group or aliases changed. */
  changed: string[];
}

function sameAgency(a: Agency, b: Agency): boolean {
  const aliases = (x: Agency) => (x.aliases ?? []).join('\u0000');
  return a.name === b.name && a.group === b.group && aliases(a) === aliases(b);
}

/** How the agencies differ (by code); null when they are the same agencies (the origin alone does not count). */
export function rosterChange(before: StoredRoster, after: StoredRoster): RosterChange | null {
  const old = new Map(before.agencies.map((a) => [a.code, a]));
  const now = new Map(after.agencies.map((a) => [a.code, a]));
  const added = after.agencies.filter((a) => !old.has(a.code)).map((a) => a.code);
  const removed = before.agencies.filter((a) => !now.has(a.code)).map((a) => a.code);
  const changed = after.agencies
    .filter((a) => {
      const o = old.get(a.code);
      return o !== undefined && !sameAgency(o, a);
    })
    .map((a) => a.code);
  if (added.length === 0 && removed.length === 0 && changed.length === 0) return null;
  return { before, after, added, removed, changed };
}

const LISTED = 10;

function codes(list: readonly string[]): string {
  const shown = list.slice(0, LISTED).join(', ');
  return list.length > LISTED ? `${shown} và ${list.length - LISTED} đơn vị khác` : shown;
}

/** Vietnamese: what changed, e.g. "thêm 2 (SO-A, SO-B); bớt 1 (HUYEN-C); đổi tên, nhóm hoặc tên khác 1 (SO-D)". */
export function describeRosterChange(change: RosterChange): string {
  const parts: string[] = [];
  if (change.added.length > 0) parts.push(`thêm ${change.added.length} (${codes(change.added)})`);
  if (change.removed.length > 0) parts.push(`bớt ${change.removed.length} (${codes(change.removed)})`);
  if (change.changed.length > 0)
    parts.push(`đổi tên, nhóm hoặc tên khác ${change.changed.length} (${codes(change.changed)})`);
  return parts.join('; ');
}
