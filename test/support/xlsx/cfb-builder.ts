/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) with the given directory
 * entries: enough to stand for a password-protected .xlsx (streams EncryptionInfo and
 * EncryptedPackage) or a legacy .xls (stream Workbook) without shipping either.
 */
import { buildCfbLayout } from './cfb-layout';

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream. */
  type: 1 | 2;
  /** The storage this entry is in, as its index in the entries given; the root storage when absent. */
  parent?: number;
}

export function buildCfb(entries: CfbEntry[]): Uint8Array {
  return buildCfbLayout(entries);
}

/** The stream layout Office uses for a password-protected workbook (MS-OFFCRYPTO). */
export const ENCRYPTED_OOXML: CfbEntry[] = [
  { name: '\u0006DataSpaces', type: 1 },
  { name: 'EncryptionInfo', type: 2 },
  { name: 'EncryptedPackage', type: 2 },
];
