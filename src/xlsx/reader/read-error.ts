/** Thrown inside the reader when a file must be refused; read-workbook turns it into a FileProblem. */
import type { FileParams } from '../../core/problems/params';
import type { FileProblemCode } from '../../core/returned/types';

export class FileReadError extends Error {
  constructor(
    readonly code: FileProblemCode,
    /** What the message is made from (a detail is Vietnamese, without the file name). */
    readonly params: FileParams[FileProblemCode],
  ) {
    super('detail' in params ? params.detail : code);
    this.name = 'FileReadError';
  }
}

export function refuse(code: Exclude<FileProblemCode, 'too-large'>, detail: string): never {
  throw new FileReadError(code, { detail });
}

export function refuseTooLarge(bytes: number, maxBytes: number): never {
  throw new FileReadError('too-large', { bytes, maxBytes });
}
