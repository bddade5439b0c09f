/**
 * The templates the Sở published beside the add-in (templates/index.json of the web output, written by
 * scripts/published-templates.mjs): fetched relative to the pane's page, newest first. Any failure is an
 * answer, not an error: the pane then offers the built-in templates with a note saying why.
 */
export const PUBLISHED_INDEX = 'templates/index.json';

export interface PublishedEntry {
  id: string;
  year: number;
  version: number;
  groups: string[];
  file: string;
}

export type PublishedCatalog =
  { kind: 'list'; entries: PublishedEntry[] } | { kind: 'none' } | { kind: 'failed'; reason: string };

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json: () => Promise<unknown> }>;

function isEntry(e: unknown): e is PublishedEntry {
  if (typeof e !== 'object' || e === null) return false;
  const r = e as Record<string, unknown>;
  return (
    typeof r['id'] === 'string' &&
    Number.isInteger(r['year']) &&
    Number.isInteger(r['version']) &&
    Array.isArray(r['groups']) &&
    r['groups'].every((g) => typeof g === 'string') &&
    typeof r['file'] === 'string' &&
    /^[A-Za-z0-9._-]+$/.test(r['file'])
  );
}

/** The entries of an index, newest year then highest version first; null when it is not an index. */
export function parseIndex(json: unknown): PublishedEntry[] | null {
  if (!Array.isArray(json) || !json.every(isEntry)) return null;
  return [...json].sort((a, b) => b.year - a.year || b.version - a.version || a.id.localeCompare(b.id));
}

export async function loadPublishedCatalog(fetchFn: Fetch, base: string): Promise<PublishedCatalog> {
  try {
    const res = await fetchFn(new URL(PUBLISHED_INDEX, base).href);
    if (!res.ok)
      return res.status === 404
        ? { kind: 'none' }
        : { kind: 'failed', reason: `máy chủ trả lời ${res.status}` };
    const entries = parseIndex(await res.json());
    if (entries === null) return { kind: 'failed', reason: 'danh sách không đúng định dạng' };
    return entries.length > 0 ? { kind: 'list', entries } : { kind: 'none' };
  } catch {
    return { kind: 'failed', reason: 'không kết nối được máy chủ' };
  }
}

/** The JSON of one published template (checked by the caller like a file chosen by hand). */
export async function loadPublishedTemplate(
  fetchFn: Fetch,
  base: string,
  entry: PublishedEntry,
): Promise<unknown> {
  const res = await fetchFn(new URL(`templates/${entry.file}`, base).href);
  if (!res.ok) throw new Error(`Không tải được mẫu phiếu “${entry.file}” (máy chủ trả lời ${res.status}).`);
  return res.json();
}

/** What the pane says about the list, in Vietnamese (null when published templates are listed). */
export function catalogNote(catalog: PublishedCatalog): string | null {
  if (catalog.kind === 'none') return 'Sở chưa công bố mẫu phiếu nào kèm phần bổ trợ; đang dùng mẫu có sẵn.';
  if (catalog.kind === 'failed')
    return `Không tải được danh sách mẫu phiếu Sở đã công bố (${catalog.reason}); đang dùng mẫu có sẵn của phần bổ trợ.`;
  return null;
}

/** The label of an entry in the list, e.g. `Năm 2027 – phiên bản 2 (mới nhất)`. */
export function entryLabel(entry: PublishedEntry, entries: readonly PublishedEntry[]): string {
  const newest = !entries.some(
    (e) => e.id === entry.id && e.year === entry.year && e.version > entry.version,
  );
  return `Năm ${entry.year} – phiên bản ${entry.version}${newest ? ' (mới nhất)' : ''}`;
}
