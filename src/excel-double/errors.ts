/**
 * Errors shaped like OfficeExtension.Error, so code under test handles the double's failures
 * exactly as it would handle Excel's (same `code` strings, `debugInfo` naming the statement).
 */
export type DoubleErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'NotImplemented'
  | 'InvalidObjectPath'
  | 'RequestPayloadSizeLimitExceeded';

export class DoubleError extends Error {
  readonly code: DoubleErrorCode;
  readonly debugInfo: { code: DoubleErrorCode; message: string; errorLocation?: string; statement?: string };
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(code: DoubleErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** Thrown when code under test touches a member the double does not model: fail loudly, never fake. */
export function unsupported(member: string): never {
  throw new DoubleError(
    'NotImplemented',
    `Excel test double: ${member} is not modelled. Add it to src/excel-double before using it.`,
    member,
  );
}
