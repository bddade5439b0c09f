/**
 * A zip written byte by byte, for the archives fflate does not write: zip64 records and extra fields,
 * archive and entry comments, stored entries, other flags and methods, directories that lie. No CRC
 * (the reader does not check it).
 */
import { deflateSync, strToU8 } from 'fflate';

export interface RawZipEntry {
  name: string;
  content: string | Uint8Array;
  /** 8 (deflate, the default) or 0 (stored); any other number is written as is, with the content stored. */
  method?: number;
  /** Deflate level (0: stored blocks inside the deflate stream). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  flags?: number;
  /** What the central directory declares as the inflated size, when not the truth. */
  declaredSize?: number;
  /** Which of the central header's fields overflow into a zip64 extra field (0xFFFFFFFF in the header). */
  zip64?: { uncompressed?: boolean; compressed?: boolean; offset?: boolean };
  /** Extra fields written before the zip64 one (each: id, then its data). */
  extraBefore?: { id: number; data: Uint8Array }[];
  /** Bytes appended to the zip64 extra field's data (past the values it must hold). */
  zip64Padding?: number;
  /** The local header's extra field (its length is all the reader takes from it). */
  localExtra?: Uint8Array;
  comment?: string | Uint8Array;
}

export interface RawZipOptions {
  /** Bytes before the first local header (offsets count from the start of the file). */
  prefix?: Uint8Array;
  comment?: string | Uint8Array;
  /**
   * Writes a zip64 end record and its locator; the classic end record then says 0xFFFF / 0xFFFFFFFF for the
   * fields listed (all three by default).
   */
  zip64End?: { count?: boolean; size?: boolean; offset?: boolean };
  /** Bytes between the central directory and the end records. */
  afterDirectory?: Uint8Array;
}

export interface RawZip {
  bytes: Uint8Array;
  /** Where each record starts, for tests that damage one. */
  eocd: number;
  directory: number;
  directorySize: number;
  zip64Record: number | null;
  zip64Locator: number | null;
  central: number[];
  local: number[];
}

const U32_MAX = 0xffffffff;

class Writer {
  private chunks: number[] = [];
  get length(): number {
    return this.chunks.length;
  }
  u8(v: number): void {
    this.chunks.push(v & 0xff);
  }
  u16(v: number): void {
    this.u8(v);
    this.u8(v >>> 8);
  }
  u32(v: number): void {
    this.u16(v & 0xffff);
    this.u16(Math.floor(v / 0x10000));
  }
  u64(v: number): void {
    this.u32(v % 0x100000000);
    this.u32(Math.floor(v / 0x100000000));
  }
  bytes(b: Uint8Array): void {
    for (const x of b) this.chunks.push(x);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

const asBytes = (v: string | Uint8Array | undefined): Uint8Array =>
  v === undefined ? new Uint8Array(0) : typeof v === 'string' ? strToU8(v) : v;

export function rawZip(entries: RawZipEntry[], options: RawZipOptions = {}): RawZip {
  const w = new Writer();
  w.bytes(options.prefix ?? new Uint8Array(0));
  const local: number[] = [];
  const written = entries.map((e) => {
    const name = strToU8(e.name);
    const content = asBytes(e.content);
    const method = e.method ?? 8;
    const data = method === 8 ? deflateSync(content, { level: e.level ?? 6 }) : content;
    const at = w.length;
    local.push(at);
    const localExtra = e.localExtra ?? new Uint8Array(0);
    w.u32(0x04034b50);
    w.u16(20);
    w.u16(e.flags ?? 0);
    w.u16(method);
    w.u32(0); // time, date
    w.u32(0); // crc
    w.u32(data.length);
    w.u32(e.declaredSize ?? content.length);
    w.u16(name.length);
    w.u16(localExtra.length);
    w.bytes(name);
    w.bytes(localExtra);
    w.bytes(data);
    return { e, name, data, at, size: e.declaredSize ?? content.length };
  });
  const directory = w.length;
  const central: number[] = [];
  for (const { e, name, data, at, size } of written) {
    central.push(w.length);
    const z = e.zip64 ?? {};
    const values: number[] = [];
    if (z.uncompressed) values.push(size);
    if (z.compressed) values.push(data.length);
    if (z.offset) values.push(at);
    const extra = new Writer();
    for (const f of e.extraBefore ?? []) {
      extra.u16(f.id);
      extra.u16(f.data.length);
      extra.bytes(f.data);
    }
    if (values.length > 0 || e.zip64Padding) {
      extra.u16(0x0001);
      extra.u16(values.length * 8 + (e.zip64Padding ?? 0));
      for (const v of values) extra.u64(v);
      for (let i = 0; i < (e.zip64Padding ?? 0); i++) extra.u8(0);
    }
    const extraBytes = extra.done();
    const comment = asBytes(e.comment);
    w.u32(0x02014b50);
    w.u16(45);
    w.u16(45);
    w.u16(e.flags ?? 0);
    w.u16(e.method ?? 8);
    w.u32(0);
    w.u32(0);
    w.u32(z.compressed ? U32_MAX : data.length);
    w.u32(z.uncompressed ? U32_MAX : size);
    w.u16(name.length);
    w.u16(extraBytes.length);
    w.u16(comment.length);
    w.u16(0); // disk
    w.u16(0); // internal attributes
    w.u32(0); // external attributes
    w.u32(z.offset ? U32_MAX : at);
    w.bytes(name);
    w.bytes(extraBytes);
    w.bytes(comment);
  }
  const directorySize = w.length - directory;
  w.bytes(options.afterDirectory ?? new Uint8Array(0));
  let zip64Record: number | null = null;
  let zip64Locator: number | null = null;
  const big = options.zip64End;
  if (big) {
    zip64Record = w.length;
    w.u32(0x06064b50);
    w.u64(44);
    w.u16(45);
    w.u16(45);
    w.u32(0);
    w.u32(0);
    w.u64(entries.length);
    w.u64(entries.length);
    w.u64(directorySize);
    w.u64(directory);
    zip64Locator = w.length;
    w.u32(0x07064b50);
    w.u32(0);
    w.u64(zip64Record);
    w.u32(1);
  }
  const all = big && big.count === undefined && big.size === undefined && big.offset === undefined;
  const eocd = w.length;
  const comment = asBytes(options.comment);
  w.u32(0x06054b50);
  w.u16(0);
  w.u16(0);
  const count = big && (all || big.count) ? 0xffff : entries.length;
  w.u16(count);
  w.u16(count);
  w.u32(big && (all || big.size) ? U32_MAX : directorySize);
  w.u32(big && (all || big.offset) ? U32_MAX : directory);
  w.u16(comment.length);
  w.bytes(comment);
  return {
    bytes: w.done(),
    eocd,
    directory,
    directorySize,
    zip64Record,
    zip64Locator,
    central,
    local,
  };
}

/** The parts of a package (see package-builder) as raw entries, in the same order. */
export function rawEntries(
  parts: Record<string, string | Uint8Array>,
  each: (name: string) => Partial<RawZipEntry> = () => ({}),
): RawZipEntry[] {
  return Object.entries(parts).map(([name, content]) => ({ name, content, ...each(name) }));
}
