/**
 * Tells what kind of file a byte array is from its first bytes, before any parsing, so that a
 * renamed .xls, CSV, PDF or image gets a precise message instead of "corrupt".
 */

import type { ReadDetail } from '../../core/problems/params';

export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'cfb' }
  | { kind: 'empty' }
  | { kind: 'text'; markup: boolean }
  | { kind: 'binary'; format: OtherFormat | null };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

type OtherFormat = Extract<ReadDetail, { why: 'other-format' }>['format'];

/** Well-known non-spreadsheet formats, so the message can say what the file really is. */
const KNOWN_BINARIES: { magic: number[]; format: OtherFormat }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], format: 'png' },
  { magic: [0xff, 0xd8, 0xff], format: 'jpeg' },
  { magic: [0x47, 0x49, 0x46, 0x38], format: 'gif' },
  { magic: [0x25, 0x50, 0x44, 0x46], format: 'pdf' },
  { magic: [0x52, 0x61, 0x72, 0x21], format: 'rar' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], format: '7z' },
  { magic: [0x1f, 0x8b], format: 'gzip' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], format: 'rtf' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

const SAMPLE_BYTES = 4096;

/** Text if it has no NUL byte and almost no control characters (UTF-8 or a legacy 8-bit code page). */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return false;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return control <= n * 0.02;
}

function firstNonSpace(bytes: Uint8Array): number | undefined {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i];
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  if (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07)
  ) {
    return { kind: 'zip' };
  }
  if (startsWith(bytes, CFB_MAGIC)) return { kind: 'cfb' };
  const known = KNOWN_BINARIES.find((k) => startsWith(bytes, k.magic));
  if (known) return { kind: 'binary', format: known.format };
  if (looksLikeText(bytes)) return { kind: 'text', markup: firstNonSpace(bytes) === 0x3c };
  return { kind: 'binary', format: null };
}
