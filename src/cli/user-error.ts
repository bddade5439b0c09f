/** An error the user can fix: printed as Vietnamese lines, without a stack trace. */
import type { ExitCode } from './exit-codes';

export class UserError extends Error {
  override name = 'UserError';
  constructor(
    readonly exitCode: ExitCode,
    readonly lines: string[],
    /** Introduces a list of problems, e.g. which file they are in. */
    readonly heading?: string,
  ) {
    super([heading, ...lines].filter((l) => l !== undefined).join('\n'));
  }
}
