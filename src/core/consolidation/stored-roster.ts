/**
 * The roster a consolidation was built with, kept in its metadata sheet so a later merge or re-sort
 * (CLI without --roster, the pane reopened) lists the same agencies as "Chưa nộp". The agencies go
 * to the metadata sheet as JSON in chunks (a cell holds at most 32,767 characters); only the short
 * keys (origin, count) also become document properties.
 */
import type { Regime } from '../regime/types';
import { parseRoster } from '../roster/roster';
import { chunkRecord, joinChunks } from '../sheet/metadata';
import { cleanText } from '../text/normalize';
import type { StoredRoster } from './roster-origin';

export type { RosterOrigin, StoredRoster } from './roster-origin';
export {
  describeRoster,
  describeRosterChange,
  describeRosterOrigin,
  rosterChange,
  type RosterChange,
} from './roster-origin';

export const ROSTER_KEYS = {
  origin: 'rosterOrigin',
  fileName: 'rosterFile',
  count: 'rosterCount',
  json: 'rosterJson',
} as const;

/** Metadata keys that stay out of the document properties (long text; Office caps a property at 255 characters). */
export function isSheetOnlyRosterKey(key: string): boolean {
  return key === ROSTER_KEYS.fileName || key.startsWith(`${ROSTER_KEYS.json}.`);
}

/** The metadata keys of a stored roster, in writing order. */
export function rosterMetadata(stored: StoredRoster): Record<string, string> {
  const rows = stored.agencies.map((a) => ({
    code: a.code,
    name: a.name,
    group: a.group,
    ...(a.aliases && a.aliases.length > 0 ? { aliases: a.aliases } : {}),
  }));
  return {
    [ROSTER_KEYS.origin]: stored.origin.kind,
    ...(stored.origin.kind === 'file' ? { [ROSTER_KEYS.fileName]: stored.origin.fileName } : {}),
    [ROSTER_KEYS.count]: String(stored.agencies.length),
    ...chunkRecord(ROSTER_KEYS.json, JSON.stringify(rows)),
  };
}

export type StoredRosterRead =
  { kind: 'none' } | { kind: 'ok'; roster: StoredRoster } | { kind: 'unreadable'; message: string };

/**
 * The roster stored in a consolidation's metadata. `none` for a consolidation written before rosters
 * were stored; `unreadable` (Vietnamese reason) when the stored keys are damaged.
 */
export function readStoredRoster(meta: Record<string, string>, regime: Regime): StoredRosterRead {
  const origin = meta[ROSTER_KEYS.origin];
  const json = joinChunks(meta, ROSTER_KEYS.json);
  if (origin === undefined && json === undefined) return { kind: 'none' };
  const bad = (why: string): StoredRosterRead => ({
    kind: 'unreadable',
    message: `danh sách đơn vị lưu trong trang ẩn bị hỏng (${why})`,
  });
  if (origin !== 'builtin' && origin !== 'file') return bad(`nguồn “${origin ?? ''}” không hợp lệ`);
  const fileName = cleanText(meta[ROSTER_KEYS.fileName] ?? '');
  if (origin === 'file' && fileName === '') return bad('thiếu tên tệp');
  if (json === undefined) return bad('thiếu nội dung');
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    return bad('nội dung không đọc được');
  }
  const parsed = parseRoster(rows, regime);
  if (!parsed.ok) return bad(parsed.problems[0]?.message ?? 'có dòng không hợp lệ');
  if (String(parsed.roster.length) !== (meta[ROSTER_KEYS.count] ?? ''))
    return bad('số cơ quan, đơn vị không khớp');
  return {
    kind: 'ok',
    roster: {
      origin: origin === 'file' ? { kind: 'file', fileName } : { kind: 'builtin' },
      agencies: parsed.roster,
    },
  };
}
