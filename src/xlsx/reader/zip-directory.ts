/**
 * Reads a zip's central directory (names, methods, declared sizes, offsets) without inflating
 * anything. fflate inflates; the directory is read here because the reader must see every
 * entry's declared size before it trusts any of them, and must locate only the parts it needs.
 */
import { refuse } from './read-error';

export interface ZipEntry {
  /** As stored, with `\` turned into `/` and no leading `/`. */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  /** Keyed by lower-case name: OPC part names are case-insensitive. */
  entries: Map<string, ZipEntry>;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const U32_MAX = 0xffffffff;
const nameDecoder = new TextDecoder('utf-8');

function u64(view: DataView, offset: number): number {
  return view.getUint32(offset, true) + view.getUint32(offset + 4, true) * 0x100000000;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return refuse('corrupt', { why: 'no-directory' });
}

/** Count, size and offset of the central directory, from the zip64 record when the classic one overflows. */
function centralDirectoryBounds(
  view: DataView,
  eocd: number,
): { count: number; offset: number; size: number } {
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (
    (count === 0xffff || size === U32_MAX || offset === U32_MAX) &&
    locator >= 0 &&
    view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE
  ) {
    const record = u64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
      refuse('corrupt', { why: 'zip64-corrupt' });
    }
    count = u64(view, record + 32);
    size = u64(view, record + 40);
    offset = u64(view, record + 48);
  }
  if (offset + size > view.byteLength) refuse('corrupt', { why: 'directory-outside' });
  return { count, offset, size };
}

/** Applies the zip64 extended-information extra field to the fields that overflowed. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  let p = start;
  const end = start + length;
  while (p + 4 <= end) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      if (entry.uncompressedSize === U32_MAX && q + 8 <= end) {
        entry.uncompressedSize = u64(view, q);
        q += 8;
      }
      if (entry.compressedSize === U32_MAX && q + 8 <= end) {
        entry.compressedSize = u64(view, q);
        q += 8;
      }
      if (entry.localHeaderOffset === U32_MAX && q + 8 <= end) entry.localHeaderOffset = u64(view, q);
      return;
    }
    p += 4 + size;
  }
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (bytes.length < 22) refuse('corrupt', { why: 'too-short' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bounds = centralDirectoryBounds(view, findEndOfCentralDirectory(view));
  const entries = new Map<string, ZipEntry>();
  let p = bounds.offset;
  const end = bounds.offset + bounds.size;
  for (let i = 0; i < bounds.count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      refuse('corrupt', { why: 'directory-corrupt' });
    }
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > end) refuse('corrupt', { why: 'directory-corrupt' });
    const rawName = nameDecoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const entry: ZipEntry = {
      name: rawName.replace(/\\/g, '/').replace(/^\/+/, ''),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    const key = entry.name.toLowerCase();
    if (entries.has(key)) refuse('corrupt', { why: 'duplicate-entry', entry: entry.name });
    entries.set(key, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}
