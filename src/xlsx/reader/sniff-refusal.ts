/** Turns what the first bytes say into a refusal for everything that is not a zip package. */
import { classifyCfb } from './cfb';
import { refuse } from './read-error';
import type { Sniffed } from './sniff';

export function refuseNonZip(bytes: Uint8Array, sniffed: Exclude<Sniffed, { kind: 'zip' }>): never {
  switch (sniffed.kind) {
    case 'empty':
      return refuse('not-zip', { why: 'empty-file' });
    case 'text':
      return refuse('csv-or-text', { why: sniffed.markup ? 'markup' : 'plain-text' });
    case 'binary':
      return refuse(
        'not-zip',
        sniffed.format ? { why: 'other-format', format: sniffed.format } : { why: 'not-ooxml' },
      );
    case 'cfb':
      switch (classifyCfb(bytes)) {
        case 'encrypted-ooxml':
          return refuse('encrypted', { why: 'password' });
        case 'word':
          return refuse('not-zip', { why: 'word-doc' });
        case 'powerpoint':
          return refuse('not-zip', { why: 'powerpoint-ppt' });
        default:
          return refuse('xls-binary', { why: 'xls' });
      }
  }
}
