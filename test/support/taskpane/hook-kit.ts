/**
 * Helpers for the tests of the pane's state hooks (run under jsdom): promises the test settles by
 * hand, so each step of a flow (busy, then done or failed; a stale answer after a newer one) can be
 * observed, and the messages the pane would show.
 */
import { act } from '@testing-library/react';
import './jsdom-globals';
import { subscribe, type PaneMessage } from '../../../src/taskpane/messages/message-bus';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Lets pending promise callbacks run and React apply the state they set; a few turns of the event
 * loop too, for jsdom's FileReader (behind Blob#arrayBuffer here), which answers in setImmediate.
 */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/**
 * The messages the pane's message list would show, from now on; console.error (where reportError
 * also writes, for support staff) is silenced and kept in `logged`.
 */
export function watchMessages(): {
  shown: PaneMessage[];
  logged: unknown[][];
  /** React's own warnings (an update outside act(), a missing key…): a test should cause none. */
  reactWarnings: () => string[];
  stop: () => void;
} {
  const shown: PaneMessage[] = [];
  const logged: unknown[][] = [];
  const unsubscribe = subscribe((m) => shown.push(m));
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
  return {
    shown,
    logged,
    reactWarnings: () =>
      logged.flatMap(([first]) => (typeof first === 'string' && first.startsWith('Warning:') ? [first] : [])),
    stop: () => {
      unsubscribe();
      spy.mockRestore();
    },
  };
}

/**
 * `watchMessages` around every test of the file, which then fails if React warned; `shown` and `logged`
 * are the current test's.
 */
export function watchMessagesInEachTest(): { readonly shown: PaneMessage[]; readonly logged: unknown[][] } {
  let current: ReturnType<typeof watchMessages> | undefined;
  beforeEach(() => {
    current = watchMessages();
  });
  afterEach(() => {
    current?.stop();
    expect(current?.reactWarnings()).toEqual([]);
  });
  const now = () => {
    if (!current) throw new Error('messages are watched inside a test only');
    return current;
  };
  return {
    get shown() {
      return now().shown;
    },
    get logged() {
      return now().logged;
    },
  };
}
