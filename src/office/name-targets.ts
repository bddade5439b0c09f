/**
 * Where defined names point, read through each name's range: Range.address is documented as A1
 * (`'Dữ liệu'!A4:L120`), whereas NamedItem.formula comes back localised on desktop (office-js
 * #2834) and needs ExcelApi 1.7. The result is the reader's ReadName, so the core reads the open
 * workbook like a returned file.
 */
import type { ReadName } from '../core/returned/types';

const REFERENCE =
  /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** `'Dữ liệu'!A4:L120` (Range.address) → sheet and unqualified A1 address; null sheet when unusable. */
export function readNameTarget(name: string, address: string): ReadName {
  const m = REFERENCE.exec(address.trim());
  const sheet = m ? (m[1]?.replace(/''/g, "'") ?? m[2] ?? '') : '';
  if (!m || sheet === '' || sheet.startsWith('#REF'))
    return { name, sheet: null, address: null, raw: address };
  const first = `${(m[3] ?? '').toUpperCase()}${m[4] ?? ''}`;
  const a1 = m[5] !== undefined && m[6] !== undefined ? `${first}:${m[5].toUpperCase()}${m[6]}` : first;
  return { name, sheet, address: a1, raw: address };
}

export interface QueuedTargets {
  names: Excel.NamedItemCollection;
  ranges: { name: string; range: Excel.Range }[];
}

/**
 * Queues the load of the workbook's names and of the ranges of `wanted` (null objects when a name
 * is absent or points nowhere: they cost nothing). ExcelApi 1.4. `extra` adds properties to load.
 */
export function queueNameTargets(
  workbook: Excel.Workbook,
  wanted: readonly string[],
  extra: readonly string[] = [],
): QueuedTargets {
  const names = workbook.names;
  names.load('items/name');
  const ranges = [...new Set(wanted.map((n) => n.toUpperCase()))].map((name) => {
    const range = names.getItemOrNullObject(name).getRangeOrNullObject();
    range.load(['address', ...extra]);
    return { name, range };
  });
  return { names, ranges };
}

/** Every name of the workbook; a name not asked for, or not pointing at a range, has no target. */
export function readNameTargets(q: QueuedTargets): ReadName[] {
  const ranges = new Map(q.ranges.map((r) => [r.name, r.range]));
  return q.names.items.map((item) => {
    const range = ranges.get(item.name.toUpperCase());
    return range && !range.isNullObject
      ? readNameTarget(item.name, range.address)
      : { name: item.name, sheet: null, address: null, raw: '' };
  });
}
