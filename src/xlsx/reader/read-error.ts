/** Thrown inside the reader when a file must be refused; read-workbook turns it into a FileProblem. */
import type { FileProblemCode } from '../../core/returned/types';

export class FileReadError extends Error {
  constructor(
    readonly code: FileProblemCode,
    /** Vietnamese detail, without the file name (the caller prefixes it). */
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'FileReadError';
  }
}

export function refuse(code: FileProblemCode, detail: string): never {
  throw new FileReadError(code, detail);
}
