/**
 * Inflates one zip entry with fflate's streaming decoder, counting bytes as they come out, so a
 * header that lies about the size cannot make the reader allocate or spend beyond the limits.
 */
import { Inflate, inflateSync } from 'fflate';
import { FileReadError, refuse } from './read-error';
import type { ZipEntry } from './zip-directory';

const LOCAL_SIGNATURE = 0x04034b50;
/** Compressed bytes fed per step: at deflate's ~1032:1 worst ratio a step yields at most ~16 MB. */
const INPUT_STEP = 16 * 1024;
/** Deflate expands at most ~1032:1, so inflating this many compressed bytes costs bounded work. */
const MAX_RATIO = 1032;

/**
 * Inflates a whole raw deflate stream whose output may be at most `maxBytes` long: the bytes, or null when
 * the stream holds more; throws when the stream is broken. fflate's by default (the browser has nothing
 * synchronous and native); the CLI passes node:zlib's, about twice as fast (`src/cli/returned-file.ts`).
 */
export type RawInflate = (data: Uint8Array, maxBytes: number) => Uint8Array | null;

/** fflate into one buffer one byte longer than allowed, so output beyond it shows (fflate drops writes past the end). */
export const fflateInflate: RawInflate = (data, maxBytes) => {
  const out = inflateSync(data, { out: new Uint8Array(maxBytes + 1) });
  return out.length > maxBytes ? null : out;
};

export interface InflateBudget {
  maxEntryBytes: number;
  /** Bytes still allowed across all entries of this file; decreased as entries are inflated. */
  remainingTotal: number;
  maxTotalBytes: number;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    refuse('corrupt', { why: 'entry-corrupt', entry: entry.name });
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) refuse('corrupt', { why: 'entry-short', entry: entry.name });
  return bytes.subarray(start, end);
}

function tooBig(entry: ZipEntry, budget: InflateBudget, produced: number): never {
  if (produced > budget.maxEntryBytes) {
    refuse('zip-bomb', { why: 'entry-over-limit', entry: entry.name, maxBytes: budget.maxEntryBytes });
  }
  return refuse('zip-bomb', { why: 'total-over-limit', maxBytes: budget.maxTotalBytes });
}

export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  inflate: RawInflate = fflateInflate,
): Uint8Array {
  if (entry.flags & 0x0001) refuse('encrypted', { why: 'entry-encrypted', entry: entry.name });
  const cap = Math.min(budget.maxEntryBytes, budget.remainingTotal);
  if (entry.uncompressedSize > cap) tooBig(entry, budget, entry.uncompressedSize);
  const data = entryData(bytes, entry);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
  } else if (entry.method === 8) {
    out =
      data.length * MAX_RATIO <= cap
        ? inflateSmall(data, entry, inflate)
        : inflateBounded(data, entry, budget, cap);
  } else {
    return refuse('corrupt', { why: 'entry-method', entry: entry.name, method: entry.method });
  }
  if (out.length !== entry.uncompressedSize) {
    refuse('corrupt', { why: 'entry-size-mismatch', entry: entry.name });
  }
  budget.remainingTotal -= out.length;
  return out;
}

/**
 * Fast path for entries whose compressed size bounds the work: inflated whole, allowed no more than
 * the declared size, so output beyond the declaration shows.
 */
function inflateSmall(data: Uint8Array, entry: ZipEntry, inflate: RawInflate): Uint8Array {
  let out: Uint8Array | null;
  try {
    out = inflate(data, entry.uncompressedSize);
  } catch {
    return refuse('corrupt', { why: 'entry-inflate-failed', entry: entry.name });
  }
  if (out === null || out.length !== entry.uncompressedSize) {
    refuse('corrupt', { why: 'entry-size-mismatch', entry: entry.name });
  }
  return out;
}

function inflateBounded(data: Uint8Array, entry: ZipEntry, budget: InflateBudget, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    produced += chunk.length;
    if (produced > cap) tooBig(entry, budget, produced);
    // Output past the declared size is only counted, never kept: a lying header costs no memory.
    if (produced <= entry.uncompressedSize) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += INPUT_STEP) {
      const next = Math.min(at + INPUT_STEP, data.length);
      inflater.push(data.subarray(at, next), next === data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    refuse('corrupt', { why: 'entry-inflate-failed', entry: entry.name });
  }
  if (!ended) refuse('corrupt', { why: 'entry-truncated', entry: entry.name });
  if (produced !== entry.uncompressedSize) {
    refuse('corrupt', { why: 'entry-size-mismatch', entry: entry.name });
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
