/**
 * Lists the stream names at the top of an OLE compound file (CFB), the container of legacy .xls files and of
 * password-protected .xlsx files (MS-CFB). Only the directory is read, never stream contents.
 */

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
/** Enough for any directory of a real file; stops cycles in a corrupt FAT. */
const MAX_DIRECTORY_SECTORS = 4096;

function u32(view: DataView, offset: number): number {
  return view.getUint32(offset, true);
}

interface DirectoryEntry {
  name: string;
  left: number;
  right: number;
  child: number;
}

/**
 * Names of the streams and storages directly inside the root storage, or `null` when the container is too
 * broken to walk. Only the root's own children say what the file is: an object embedded in a document (an
 * Excel table in a Word file) keeps its streams in a nested storage.
 */
export function cfbRootNames(bytes: Uint8Array): string[] | null {
  try {
    const entries = readDirectory(bytes);
    return entries && rootChildren(entries);
  } catch {
    return null;
  }
}

/** The root's children are a binary tree of siblings under its child link (MS-CFB 2.6.4); a corrupt file may loop. */
function rootChildren(entries: (DirectoryEntry | undefined)[]): string[] | null {
  const root = entries[0];
  if (root === undefined) return null;
  const names: string[] = [];
  const pending = [root.child];
  const seen = new Set<number>();
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    // NOSTREAM (0xFFFFFFFF), the end of a chain, is past any directory: no entry.
    const entry = entries[id];
    if (entry === undefined || seen.has(id)) continue;
    seen.add(id);
    names.push(entry.name);
    pending.push(entry.left, entry.right);
  }
  return names.length > 0 ? names : null;
}

/** Directory entries by stream id (their place in the directory), `undefined` for unused or unreadable ones. */
function readDirectory(bytes: Uint8Array): (DirectoryEntry | undefined)[] | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const sectorFits = (sector: number): boolean =>
    sector < FREE_SECTOR - 5 && sectorOffset(sector) + sectorSize <= bytes.length;

  // FAT sector numbers: 109 in the header, the rest in a DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
    const s = u32(view, 0x4c + i * 4);
    if (s !== FREE_SECTOR) fatSectors.push(s);
  }
  let difat = u32(view, 0x44);
  for (
    let guard = 0;
    difat !== END_OF_CHAIN && difat !== FREE_SECTOR && guard < MAX_DIRECTORY_SECTORS;
    guard++
  ) {
    if (!sectorFits(difat)) break;
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector; i++) {
      const s = u32(view, base + i * 4);
      if (s !== FREE_SECTOR) fatSectors.push(s);
    }
    difat = u32(view, base + perSector * 4);
  }
  const entriesPerFatSector = sectorSize / 4;
  const nextSector = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerFatSector)];
    if (fatSector === undefined || !sectorFits(fatSector)) return END_OF_CHAIN;
    return u32(view, sectorOffset(fatSector) + (sector % entriesPerFatSector) * 4);
  };

  const entries: (DirectoryEntry | undefined)[] = [];
  let sector = u32(view, 0x30);
  for (let guard = 0; sector !== END_OF_CHAIN && guard < MAX_DIRECTORY_SECTORS; guard++) {
    if (!sectorFits(sector)) break;
    const base = sectorOffset(sector);
    for (let e = 0; e < sectorSize / 128; e++) {
      const entry = base + e * 128;
      const type = bytes[entry + 0x42];
      const nameBytes = view.getUint16(entry + 0x40, true);
      if (type === 0) {
        entries.push(undefined);
        continue;
      }
      // A name length the format does not allow gives no name; the entry's links still hold its siblings.
      let name = '';
      if (nameBytes <= 64)
        for (let i = 0; i < nameBytes - 2; i += 2)
          name += String.fromCharCode(view.getUint16(entry + i, true));
      entries.push({
        name,
        left: u32(view, entry + 0x44),
        right: u32(view, entry + 0x48),
        child: u32(view, entry + 0x4c),
      });
    }
    sector = nextSector(sector);
  }
  return entries;
}

/** Fallback when the directory cannot be walked: looks for a UTF-16LE name anywhere in the header area. */
export function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  const limit = bytes.length - pattern.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

export type CfbKind = 'encrypted-ooxml' | 'xls' | 'word' | 'powerpoint' | 'unknown';

export function classifyCfb(bytes: Uint8Array): CfbKind {
  const names = cfbRootNames(bytes);
  const has = (name: string): boolean =>
    names ? names.some((n) => n.toLowerCase() === name.toLowerCase()) : containsUtf16Name(bytes, name);
  if (has('EncryptedPackage') || has('EncryptionInfo')) return 'encrypted-ooxml';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('WordDocument')) return 'word';
  if (has('PowerPoint Document')) return 'powerpoint';
  return 'unknown';
}
