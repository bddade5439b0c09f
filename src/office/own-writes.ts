/**
 * Tells the change handler which worksheet events the add-in caused itself. Excel marks them with
 * triggerSource 'ThisLocalAddin' (ExcelApi 1.14); older hosts do not, so while the add-in writes,
 * and briefly after, events without a trigger source are treated as its own.
 */

/** Events raised by a write arrive shortly after its sync; this covers that delay. */
const QUIET_AFTER_WRITE_MS = 400;

let writesInFlight = 0;
let quietUntil = 0;

export async function asOwnWrite<T>(write: () => Promise<T>): Promise<T> {
  writesInFlight++;
  try {
    return await write();
  } finally {
    writesInFlight--;
    quietUntil = Date.now() + QUIET_AFTER_WRITE_MS;
  }
}

export function isOwnWrite(event: { triggerSource?: string; source?: string }): boolean {
  if (event.triggerSource === 'ThisLocalAddin') return true;
  // A co-author's edit is never ours, whatever the timing.
  if (event.source === 'Remote') return false;
  if (event.triggerSource !== undefined) return false;
  return writesInFlight > 0 || Date.now() < quietUntil;
}
