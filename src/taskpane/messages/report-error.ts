import { describeError } from './describe-error';
import { publish } from './message-bus';

/**
 * Shows a failure to the user and keeps the details in the console for support staff.
 * `what` says, in Vietnamese, what the pane was trying to do.
 */
export function reportError(what: string, error: unknown): void {
  console.error(what, error);
  publish('error', what, describeError(error));
}
