import { nameKey } from '../../core/text/normalize';
import type { Agency } from '../../core/roster/types';

/** Folds case, Unicode form, tone-mark placement and diacritics, so "so tu phap" finds "Sở Tư pháp". */
export function searchKey(text: string): string {
  return nameKey(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** Agencies whose name, alias or code contains the query; all of them for an empty query. */
export function filterAgencies(agencies: readonly Agency[], query: string): Agency[] {
  const q = searchKey(query);
  if (q === '') return [...agencies];
  return agencies.filter(
    (a) =>
      searchKey(a.code).includes(q) || [a.name, ...(a.aliases ?? [])].some((n) => searchKey(n).includes(q)),
  );
}

/** The agency whose name (or alias) is exactly what was typed, ignoring only case, tone-mark placement and spaces. */
export function exactAgency(agencies: readonly Agency[], typed: string): Agency | null {
  const key = nameKey(typed);
  if (key === '') return null;
  return agencies.find((a) => [a.name, ...(a.aliases ?? [])].some((n) => nameKey(n) === key)) ?? null;
}
