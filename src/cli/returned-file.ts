/** The CLI's access to a returned file for the intake (`src/xlsx/intake.ts`): node:fs and node:crypto. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HashFunction, ReturnedFileAccess } from '../xlsx/intake';
import { fileErrorReason } from './files';

export const nodeSha256: HashFunction = (bytes) => createHash('sha256').update(bytes).digest('hex');

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
