/**
 * An OLE compound file (MS-CFB) laid out as a test needs: any sector size, a directory spread over
 * chosen sectors, FAT sector numbers partly in a DIFAT chain, FAT links that loop or lead nowhere,
 * deleted entries and impossible name lengths. Each storage's children are chained through their right-sibling
 * links (a tree leaning right, which readers accept). Only the header, FAT, DIFAT and directory are written;
 * cfb-builder.ts gives the plain case (this layout with its defaults).
 */

export interface CfbLayoutEntry {
  name: string;
  /** 0 unused (a deleted entry), 1 storage, 2 stream. */
  type: number;
  /** The name length field in bytes, when not the name's own (length + 1) * 2. */
  nameBytes?: number;
  /** The storage this entry is in, as its index in the entries given; the root storage when absent. */
  parent?: number;
  /** The left-sibling link (none by default), as a directory id: the root is 0, the first entry given 1. */
  left?: number;
  /** The right-sibling link, when not the computed one (e.g. an earlier entry's id: a loop). */
  right?: number;
}

export interface CfbLayoutOptions {
  /** The sector size as a power of two, as the header says it (9: 512 bytes, 12: 4096). Default 9. */
  shift?: number;
  /** The directory's sectors in chain order. Default: those right after the FAT and DIFAT sectors. */
  directorySectors?: number[];
  /** How many FAT sector numbers the header lists (at most 109); the rest go to DIFAT sectors. */
  headerFatSlots?: number;
  /** FAT sector numbers each DIFAT sector holds (default: as many as fit). */
  difatPerSector?: number;
  /** The last DIFAT sector's link to the next, when not the end of the chain (e.g. itself: a loop). */
  difatNext?: number;
  /** The header's first DIFAT sector, when not the computed one (e.g. past the end of the file). */
  difatStart?: number;
  /** Sectors in the file at least (the file is always long enough for those used). */
  sectors?: number;
  /** FAT entries to write over the computed ones (sector number → next sector). */
  fat?: Record<number, number>;
  /** Where the FAT sectors are (index → sector), when not the first sectors of the file. */
  fatAt?: Record<number, number>;
  /** FAT sector numbers to list in place of the real ones (index → sector), e.g. one past the end. */
  fatSectorNumbers?: Record<number, number>;
  /** The root entry's child link, when not the computed one (e.g. none, 0xFFFFFFFF). */
  rootChild?: number;
  /** Bytes written at the start of this sector (stream data the directory does not describe). */
  data?: { sector: number; bytes: Uint8Array };
}

const END = 0xfffffffe;
const FREE = 0xffffffff;

export function buildCfbLayout(entries: CfbLayoutEntry[], options: CfbLayoutOptions = {}): Uint8Array {
  const shift = options.shift ?? 9;
  const size = 1 << shift;
  const perFat = size / 4;
  const all: CfbLayoutEntry[] = [{ name: 'Root Entry', type: 5 }, ...entries];
  const dirCount = Math.ceil(all.length / (size / 128));
  const headerSlots = Math.min(109, options.headerFatSlots ?? 109);
  const perDifat = Math.min(perFat - 1, options.difatPerSector ?? perFat - 1);

  let total = Math.max(options.sectors ?? 0, 1 + dirCount);
  let nFat = 0;
  let nDifat = 0;
  let directory: number[] = [];
  for (let round = 0; round < 10; round++) {
    nFat = Math.ceil(total / perFat);
    nDifat = Math.ceil(Math.max(0, nFat - headerSlots) / perDifat);
    directory = options.directorySectors ?? Array.from({ length: dirCount }, (_, i) => nFat + nDifat + i);
    const used = Math.max(
      nFat + nDifat,
      ...directory.map((d) => d + 1),
      ...Object.values(options.fatAt ?? {}).map((s) => s + 1),
      options.sectors ?? 0,
    );
    if (used <= total && Math.ceil(used / perFat) === nFat) {
      total = used;
      break;
    }
    total = used;
  }
  nFat = Math.ceil(total / perFat);
  const fatAt = Array.from({ length: nFat }, (_, i) => options.fatAt?.[i] ?? i);
  const fatSectors = fatAt.map((s, i) => options.fatSectorNumbers?.[i] ?? s);
  const difatSectors = Array.from({ length: nDifat }, (_, i) => nFat + i);

  const bytes = new Uint8Array(size * (total + 1));
  const view = new DataView(bytes.buffer);
  const at = (sector: number) => (sector + 1) * size;
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, shift === 12 ? 4 : 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, shift, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, nFat, true);
  view.setUint32(0x30, directory[0] ?? END, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END, true);
  view.setUint32(0x44, options.difatStart ?? difatSectors[0] ?? END, true);
  view.setUint32(0x48, nDifat, true);
  for (let i = 0; i < 109; i++)
    view.setUint32(0x4c + i * 4, i < headerSlots && i < nFat ? (fatSectors[i] as number) : FREE, true);

  // DIFAT sectors: the FAT sector numbers the header could not hold, then the next DIFAT sector.
  difatSectors.forEach((d, k) => {
    for (let i = 0; i < perFat - 1; i++) {
      const index = headerSlots + k * perDifat + i;
      view.setUint32(
        at(d) + i * 4,
        i < perDifat && index < nFat ? (fatSectors[index] as number) : FREE,
        true,
      );
    }
    view.setUint32(at(d) + (perFat - 1) * 4, difatSectors[k + 1] ?? options.difatNext ?? END, true);
  });

  // The FAT itself, written where its sectors really are.
  const fat = new Map<number, number>();
  for (const s of fatAt) fat.set(s, 0xfffffffd);
  for (const d of difatSectors) fat.set(d, 0xfffffffc);
  directory.forEach((d, i) => fat.set(d, directory[i + 1] ?? END));
  for (const [s, next] of Object.entries(options.fat ?? {})) fat.set(Number(s), next);
  for (let s = 0; s < nFat * perFat; s++) {
    const fatSector = Math.floor(s / perFat);
    if (fatSector >= nFat) break;
    view.setUint32(at(fatAt[fatSector] as number) + (s % perFat) * 4, fat.get(s) ?? FREE, true);
  }

  // Directory ids: the root is 0, entries[i] is i + 1. Each storage's child is its first entry, each entry's right
  // sibling the next entry in the same storage.
  const child = new Map<number, number>();
  const right = new Map<number, number>();
  const last = new Map<number, number>();
  entries.forEach((entry, i) => {
    const parent = (entry.parent ?? -1) + 1;
    const previous = last.get(parent);
    if (previous === undefined) child.set(parent, i + 1);
    else right.set(previous, i + 1);
    last.set(parent, i + 1);
  });
  if (options.rootChild !== undefined) child.set(0, options.rootChild);

  all.forEach((entry, i) => {
    const sector = directory[Math.floor(i / (size / 128))];
    if (sector === undefined) throw new Error('more entries than directory sectors');
    const base = at(sector) + (i % (size / 128)) * 128;
    for (let c = 0; c < entry.name.length && c < 32; c++)
      view.setUint16(base + c * 2, entry.name.charCodeAt(c), true);
    view.setUint16(base + 0x40, entry.nameBytes ?? (entry.name.length + 1) * 2, true);
    bytes[base + 0x42] = entry.type;
    view.setUint32(base + 0x44, entry.left ?? FREE, true);
    view.setUint32(base + 0x48, entry.right ?? right.get(i) ?? FREE, true);
    view.setUint32(base + 0x4c, child.get(i) ?? FREE, true);
    view.setUint32(base + 0x74, END, true);
  });
  if (options.data) bytes.set(options.data.bytes, at(options.data.sector));
  return bytes;
}

/** A name as UTF-16LE bytes, as it appears in a directory entry or in text inside a stream. */
export function utf16(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) new DataView(out.buffer).setUint16(i * 2, text.charCodeAt(i), true);
  return out;
}
