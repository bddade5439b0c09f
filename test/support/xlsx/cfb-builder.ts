/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) with the given directory
 * entries: enough to stand for a password-protected .xlsx (streams EncryptionInfo and
 * EncryptedPackage) or a legacy .xls (stream Workbook) without shipping either.
 */

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream. */
  type: 1 | 2;
}

const SECTOR = 512;

export function buildCfb(entries: CfbEntry[]): Uint8Array {
  const all: { name: string; type: number }[] = [{ name: 'Root Entry', type: 5 }, ...entries];
  const dirSectors = Math.ceil(all.length / 4);
  const bytes = new Uint8Array(SECTOR * (2 + dirSectors));
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, 0xfffffffe, true);
  view.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : 0xffffffff, true);
  // FAT (sector 0): itself, then the directory chain.
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  view.setUint32(fat, 0xfffffffd, true);
  for (let s = 0; s < dirSectors; s++)
    view.setUint32(fat + (1 + s) * 4, s === dirSectors - 1 ? 0xfffffffe : 2 + s, true);
  all.forEach((entry, i) => {
    const at = SECTOR * 2 + i * 128;
    for (let c = 0; c < entry.name.length; c++) view.setUint16(at + c * 2, entry.name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (entry.name.length + 1) * 2, true);
    bytes[at + 0x42] = entry.type;
    view.setUint32(at + 0x44, 0xffffffff, true);
    view.setUint32(at + 0x48, 0xffffffff, true);
    view.setUint32(at + 0x4c, i === 0 && all.length > 1 ? 1 : 0xffffffff, true);
    view.setUint32(at + 0x74, 0xfffffffe, true);
  });
  return bytes;
}

/** The stream layout Office uses for a password-protected workbook (MS-OFFCRYPTO). */
export const ENCRYPTED_OOXML: CfbEntry[] = [
  { name: '\u0006DataSpaces', type: 1 },
  { name: 'EncryptionInfo', type: 2 },
  { name: 'EncryptedPackage', type: 2 },
];
