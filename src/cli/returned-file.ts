/** The CLI's access to a returned file for the intake (`src/xlsx/intake.ts`): node:fs, node:crypto and node:zlib. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { HashFunction, ReturnedFileAccess } from '../xlsx/intake';
import type { RawInflate } from '../xlsx/read-workbook';
import { fileErrorReason } from './files';

export const nodeSha256: HashFunction = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** node:zlib's inflate, native, about twice as fast as fflate's; zlib refuses output beyond its limit (at least 1). */
export const nodeInflateRaw: RawInflate = (data, maxBytes) => {
  let out: Uint8Array;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw error;
  }
  return out.length > maxBytes ? null : out;
};

/** `file` as the user named it (relative to the working folder); received when last modified, unless `receivedAt` says otherwise. */
export function returnedFileOnDisk(file: string, receivedAt?: string): ReturnedFileAccess {
  return {
    fileName: path.relative(process.cwd(), path.resolve(file)) || path.basename(file),
    stat: () => {
      const stat = statSync(file);
      return Promise.resolve({ size: stat.size, receivedAt: receivedAt ?? stat.mtime.toISOString() });
    },
    read: () => Promise.resolve(new Uint8Array(readFileSync(file))),
    failure: fileErrorReason,
  };
}
