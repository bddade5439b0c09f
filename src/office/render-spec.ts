/**
 * Renders a WorkbookSpec (the same description the xlsx writer uses) into the open workbook
 * through Office.js, in at most two context.sync() whatever its size: everything in one request
 * when it is small (then a second, tiny one recalculates: calculation was suspended while writing),
 * or the writes split over two requests, the second ending with the recalculation.
 */
import type { WorkbookSpec } from '../core/sheet/spec';
import { type Capabilities, detectCapabilities } from './capabilities';
import { chartWrites } from './chart-writes';
import { contentWrites, rangeOf } from './content-writes';
import { lookWrites } from './look-writes';
import { RenderTooLargeError, SAFE_REQUEST_BYTES, type Write } from './request-budget';
import { type ByteCounter, measuringObject } from './request-size';

export interface RenderResult {
  syncs: number;
  payloadEstimate: number;
}

function suspend(context: Excel.RequestContext, caps: Capabilities): void {
  if (caps.canSuspendCalc) context.workbook.application.suspendApiCalculationUntilNextSync();
  if (caps.canSuspendScreen) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

export interface RenderOptions {
  /**
   * Queued after the size check and before any write: e.g. renaming the sheets the new ones
   * replace. Not called when the description is refused, so a refusal queues nothing.
   */
  beforeWrites?: () => void;
  /** Queued in the last request just before the new names: e.g. deleting the old names they replace. */
  beforeNames?: () => void;
  /**
   * Queued just before the last sync, after everything else: e.g. deleting the sheets the new ones
   * replace, only once the new ones are written, so a failure never leaves the data half gone.
   */
  beforeFinalSync?: () => void;
}

/**
 * The writes of the whole description, contents first (protection would refuse them), then looks,
 * then each sheet's finish, then its charts. A write looks its sheet up only when queued, so the plan and its size
 * exist before any sheet does.
 */
function planWrites(
  spec: WorkbookSpec,
  caps: Capabilities,
  sheetOf: (name: string) => Excel.Worksheet,
): Write[] {
  const looks = spec.sheets.map((s) => lookWrites(() => sheetOf(s.name), s, spec, caps));
  return [
    ...spec.sheets.flatMap((s) => contentWrites(() => sheetOf(s.name), s, spec.styles)),
    ...looks.flatMap((l) => l.writes),
    ...looks.map((l) => l.finish),
    ...spec.sheets.flatMap((s) => chartWrites(() => sheetOf(s.name), s)),
  ];
}

/** The plan's request bytes, each write's and those of the names and properties written after them. */
interface Measure {
  writes: number[];
  names: number;
  total: number;
}

/** Queues the plan on stand-ins that count what Office.js would send (request-size.ts). */
function measure(spec: WorkbookSpec, caps: Capabilities): Measure {
  const counter: ByteCounter = { bytes: 0 };
  const workbook = measuringObject<Excel.Workbook>(counter);
  const sheets = new Map(spec.sheets.map((s) => [s.name, workbook.worksheets.add(s.name)]));
  const sheetOf = (name: string): Excel.Worksheet => sheets.get(name) ?? workbook.worksheets.getItem(name);
  const writes = planWrites(spec, caps, sheetOf).map((w) => {
    const before = counter.bytes;
    w.queue();
    return counter.bytes - before;
  });
  const before = counter.bytes;
  for (const n of spec.names) workbook.names.add(n.name, rangeOf(sheetOf(n.sheet), n.range), n.comment ?? '');
  for (const [key, value] of Object.entries(spec.properties)) workbook.properties.custom.add(key, value);
  const names = counter.bytes - before;
  return { writes, names, total: counter.bytes };
}

/** Estimated request bytes of rendering `spec`, computed without queuing anything. */
export function estimateRenderPayload(spec: WorkbookSpec, caps: Capabilities = detectCapabilities()): number {
  return measure(spec, caps).total;
}

/**
 * Queues the whole description on `context` (after anything the caller queued, e.g. renames)
 * and syncs once, or twice for a very large description.
 */
export async function renderWorkbookSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  caps: Capabilities = detectCapabilities(),
  options: RenderOptions = {},
): Promise<RenderResult> {
  const sheets = new Map<string, Excel.Worksheet>();
  const writes = planWrites(spec, caps, (name) => {
    const sheet = sheets.get(name);
    if (!sheet) throw new Error(`Trang “${name}” chưa được thêm vào sổ tính.`);
    return sheet;
  });
  const measured = measure(spec, caps);
  const estimate = measured.total;
  // Small: everything in one request. Large: the writes cut where the two requests (the names and
  // properties go in the last) are closest to equal; refused before anything is queued when either
  // would exceed the safe size.
  const cut = estimate > SAFE_REQUEST_BYTES ? balancedCut(measured.writes, estimate) : writes.length;
  const first = measured.writes.slice(0, cut).reduce((n, w) => n + w, 0);
  if (Math.max(first, estimate - first) > SAFE_REQUEST_BYTES) throw new RenderTooLargeError(estimate);
  options.beforeWrites?.();
  suspend(context, caps);
  for (const s of spec.sheets) sheets.set(s.name, context.workbook.worksheets.add(s.name));
  for (const w of writes.slice(0, cut)) w.queue();

  let syncs = 0;
  const split = cut < writes.length;
  if (split) {
    await context.sync();
    syncs++;
    // A sheet from worksheets.add() is an object path valid for one request only (Microsoft's client
    // refuses it in the next, asking for trackedObjects): the second request finds the new sheets by name.
    for (const s of spec.sheets) sheets.set(s.name, context.workbook.worksheets.getItem(s.name));
    // Calculation stays on in the last request, which ends with the recalculation below.
    if (caps.canSuspendScreen) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const w of writes.slice(cut)) w.queue();
  }

  // The names and properties that make the new sheets the workbook's own go in the last request,
  // after everything they describe is written (no rollback: a failure before leaves the old names).
  options.beforeNames?.();
  for (const n of spec.names) {
    const sheet = sheets.get(n.sheet);
    if (!sheet) throw new Error(`Tên “${n.name}” trỏ tới trang “${n.sheet}” không có trong mô tả sổ tính.`);
    context.workbook.names.add(n.name, rangeOf(sheet, n.range), n.comment ?? '');
  }
  for (const [key, value] of Object.entries(spec.properties))
    context.workbook.properties.custom.add(key, value);

  const active = sheets.get(spec.activeSheet);
  active?.activate();
  // Hidden sheets last: the workbook must keep a visible sheet at every step.
  for (const s of spec.sheets) {
    const sheet = sheets.get(s.name);
    if (sheet && s.visibility !== 'visible')
      sheet.visibility = s.visibility === 'veryHidden' ? 'VeryHidden' : 'Hidden';
  }
  options.beforeFinalSync?.();
  if (split && caps.canSuspendCalc) recalculate(context);
  await context.sync();
  syncs++;
  if (!split && caps.canSuspendCalc) {
    // Formulas written while calculation was suspended are the caller's to recalculate (reference:
    // suspendApiCalculationUntilNextSync), once the suspension has ended with that sync.
    recalculate(context);
    await context.sync();
    syncs++;
  }
  return { syncs, payloadEstimate: estimate };
}

/** The index that splits the writes (their sizes) so the first request carries about half of `estimate`. */
function balancedCut(sizes: readonly number[], estimate: number): number {
  let queued = 0;
  for (let i = 0; i < sizes.length; i++) {
    const w = sizes[i] ?? 0;
    if (queued + w / 2 > estimate / 2) return i;
    queued += w;
  }
  return sizes.length;
}

/** Every formula computed again (ExcelApi 1.1): what was written under suspended calculation shows its value. */
function recalculate(context: Excel.RequestContext): void {
  context.workbook.application.calculate('Full');
}
