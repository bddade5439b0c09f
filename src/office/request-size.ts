/**
 * The request bytes of queued writes, measured by queuing them on stand-ins for Excel's objects
 * that count what Office.js serialises: each object reached (an object path and its Instantiate
 * action), each method call (with its arguments) and each property set (with its value). The
 * constants are fitted to Microsoft's client (test/office/real-client.test.ts keeps the measure
 * above the real bytes, and within a fifth of them).
 */
import { bytes } from './request-budget';

/** A navigation property reached once: {"Id","ObjectPathType","Name","ParentObjectPathId"} plus an Instantiate action. */
const PATH_BYTES = 175;
/** A method call: its object path with ArgumentInfo, or its action, plus the Instantiate action. */
const CALL_BYTES = 215;
/** A property set: {"Id","ActionType","Name","ObjectPathId","ArgumentInfo":{"Arguments":[…]},"L":[…]}. */
const SET_BYTES = 120;
/** Arguments travel as their JSON, and about 1.4 % more in large requests (fitted, with a margin). */
const ARGUMENT_FACTOR = 1.03;

const argumentBytes = (x: unknown): number => Math.ceil(bytes(x) * ARGUMENT_FACTOR);

export interface ByteCounter {
  bytes: number;
}

/** A stand-in Excel object: anything reached, called or set on it is counted, nothing is sent. */
export function measuringObject<T>(counter: ByteCounter): T {
  const node = (): unknown => {
    const children = new Map<string | symbol, unknown>();
    return new Proxy(function stand() {}, {
      get: (_t, prop) => {
        // Not a promise: `await` on a stand-in must not wait for it.
        if (prop === 'then') return undefined;
        let child = children.get(prop);
        if (child === undefined) {
          // Office.js keeps one object per navigation property: reached once, sent once.
          counter.bytes += PATH_BYTES + String(prop).length;
          child = node();
          children.set(prop, child);
        }
        return child;
      },
      set: (_t, prop, value: unknown) => {
        counter.bytes += SET_BYTES + String(prop).length + argumentBytes(value);
        return true;
      },
      apply: (_t, _self, args: unknown[]) => {
        counter.bytes += CALL_BYTES + argumentBytes(args);
        return node();
      },
    });
  };
  return node() as T;
}
