/**
 * Reads the consolidation of the open workbook for the December documents: one batch of loads
 * (the probe with its tables) and one context.sync(), shaped like a saved file for the core.
 */
import type { Regime } from '../core/regime/types';
import type { ReturnedWorkbook } from '../core/returned/types';
import { detectCapabilities } from './capabilities';
import { probedWorkbook, queueProbe } from './consolidation-probe';

export async function readOpenConsolidation(regime: Regime): Promise<ReturnedWorkbook> {
  const caps = detectCapabilities();
  return Excel.run(async (context) => {
    const probe = queueProbe(context, caps, true, regime);
    await context.sync();
    return probedWorkbook(probe);
  });
}
