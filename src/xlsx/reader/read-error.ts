/** Thrown inside the reader when a file must be refused; read-workbook turns it into a FileProblem. */
import { readDetailText } from '../../core/problems/messages';
import type { FileParams, ReadDetail } from '../../core/problems/params';
import type { FileProblemCode } from '../../core/returned/types';

export class FileReadError extends Error {
  constructor(
    readonly code: FileProblemCode,
    /** What the message is made from (the reader's finding as data, or the sizes). */
    readonly params: FileParams[FileProblemCode],
  ) {
    super('detail' in params ? readDetailText(params.detail) : code);
    this.name = 'FileReadError';
  }
}

export function refuse(code: Exclude<FileProblemCode, 'too-large'>, detail: ReadDetail): never {
  throw new FileReadError(code, { detail });
}

export function refuseTooLarge(bytes: number, maxBytes: number): never {
  throw new FileReadError('too-large', { bytes, maxBytes });
}
