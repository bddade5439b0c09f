/** The reader's refusals are worded in src/core/problems/messages.ts; these name the file for them. */
import { worded } from '../../core/problems/messages';

/** The refusal of a file over the size limit, the same whether it is caught before or after reading. */
export function tooLargeMessage(fileName: string, byteLength: number, maxBytes: number): string {
  return worded('too-large', 'error', { file: fileName }, { bytes: byteLength, maxBytes }).message;
}
