/** RangeAreas: one request action for many ranges with the same setting. */
import { rangeAddress } from '../core/sheet/a1';
import type { RangeSpec } from '../core/sheet/spec';
import type { Capabilities } from './capabilities';

/** RangeAreas (ExcelApi 1.9): one request action for many ranges, as the payload docs advise. */
const AREAS_API = '1.9';
/** Addresses per getRanges call are kept short: far under the 8,192 characters Excel cuts silently (excel-limits.ts). */
const AREAS_ADDRESS_CHARS = 250;

export function supportsAreas(caps: Capabilities): boolean {
  const [major = 0, minor = 0] = caps.excelApi.split('.').map(Number);
  return major > 1 || (major === 1 && minor >= Number(AREAS_API.split('.')[1]));
}

/** Comma-joined A1 addresses of the ranges, in chunks short enough for one getRanges call. */
export function areaAddresses(ranges: readonly RangeSpec[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const r of ranges) {
    const a = rangeAddress(r);
    if (current !== '' && current.length + 1 + a.length > AREAS_ADDRESS_CHARS) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? a : `${current},${a}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** Ranges grouped by a key (validations with the same rule and texts, rows of the same height). */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return [...groups.values()];
}
