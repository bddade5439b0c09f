/**
 * Tells the change handler which worksheet events the add-in caused itself. Excel marks them with
 * triggerSource 'ThisLocalAddin' (ExcelApi 1.14); older hosts do not, so while the add-in writes,
 * and briefly after, events without a trigger source are treated as its own, and whoever skipped
 * one reads again once the writes are over (afterOwnWrites): a user's edit made meanwhile is not lost.
 */

/** Events raised by a write arrive shortly after its sync; this covers that delay. */
const QUIET_AFTER_WRITE_MS = 400;

let writesInFlight = 0;
let quietUntil = 0;
let waiting: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function arm(): void {
  if (writesInFlight > 0 || waiting.length === 0) return;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(fire, Math.max(0, quietUntil - Date.now()));
}

function fire(): void {
  timer = undefined;
  if (writesInFlight > 0 || Date.now() < quietUntil) {
    arm();
    return;
  }
  const callbacks = waiting;
  waiting = [];
  for (const callback of callbacks) callback();
}

/** Calls `callback` once no write is in flight and the quiet window after the last one has passed. */
export function afterOwnWrites(callback: () => void): void {
  waiting.push(callback);
  arm();
}

export async function asOwnWrite<T>(write: () => Promise<T>): Promise<T> {
  writesInFlight++;
  try {
    return await write();
  } finally {
    writesInFlight--;
    quietUntil = Date.now() + QUIET_AFTER_WRITE_MS;
    arm();
  }
}

export function isOwnWrite(event: { triggerSource?: string; source?: string }): boolean {
  if (event.triggerSource === 'ThisLocalAddin') return true;
  // A co-author's edit is never ours, whatever the timing.
  if (event.source === 'Remote') return false;
  if (event.triggerSource !== undefined) return false;
  return writesInFlight > 0 || Date.now() < quietUntil;
}
