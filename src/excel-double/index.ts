/**
 * A test double of the Excel JavaScript API (and the bits of Office.js the add-in touches),
 * backed by HyperFormula. Used by the adapter tests (Node) and as the browser preview host.
 * No Node-only imports here: webpack bundles it for the preview page.
 */
import { DoubleRequestContext, type DoubleSettings, type DoubleStats, versionAtLeast } from './client';
import { DoubleError } from './errors';
import { type CellFormat, DEFAULT_FORMAT, type Scalar, type SheetState, WorkbookModel } from './model';
import type { Culture } from './parse-input';
import { rectFromA1, rectToA1 } from './rect';
import { SimulatedUser } from './user';
import { WorkbookProxy } from './workbook-proxy';

export { DoubleError } from './errors';
export type { UserEditResult } from './user';
export type { SheetState, CellFormat, Scalar } from './model';
export type { SyncRecord, DoubleStats } from './client';

export interface ExcelDoubleOptions {
  /** Highest ExcelApi set the simulated Excel supports (default '1.17'). */
  excelApi?: string;
  /** How typed text is parsed (default 'vi-VN': 7,5 is a number). */
  userCulture?: Culture;
  /** Sheets the workbook starts with (default one sheet, 'Sheet1'). */
  initialSheets?: string[];
  platform?: 'OfficeOnline' | 'PC' | 'Mac' | 'iOS';
  maxPayloadChars?: number;
}

type Batch<T> = (context: DoubleRequestContext) => Promise<T>;

export interface ExcelDouble {
  /** Drop-in for the global `Excel` namespace (the members the add-in uses). */
  readonly Excel: typeof Excel;
  /** Drop-in for the global `Office` namespace (onReady, requirements, host info). */
  readonly Office: typeof Office;
  readonly model: WorkbookModel;
  readonly user: SimulatedUser;
  readonly stats: DoubleStats;
  readonly settings: DoubleSettings;
  /** Number of context.sync() calls since creation or the last resetStats(). */
  syncCount(): number;
  resetStats(): void;
  sheetNames(): string[];
  sheet(name: string): SheetState;
  value(sheet: string, address: string): Scalar;
  formula(sheet: string, address: string): Scalar;
  format(sheet: string, address: string): CellFormat;
  /** The look of a cell with its conditional formats applied (what the user sees). */
  look(sheet: string, address: string): { fill: string | null; fontColor: string; bold: boolean };
  names(): { name: string; sheet: string; address: string }[];
  customProperties(): Record<string, string>;
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  handlerCount(): number;
  /** True when formulas were written with calculation suspended and nothing recalculated since. */
  uncalculated(): boolean;
  /** Errors thrown by onChanged handlers (Excel swallows them; tests should not). */
  handlerErrors(): unknown[];
  /** Waits for queued events and timers (e.g. a debounce) to run. */
  settle(ms?: number): Promise<void>;
}

export function createExcelDouble(options: ExcelDoubleOptions = {}): ExcelDouble {
  const model = new WorkbookModel();
  model.apiVersion = options.excelApi ?? '1.17';
  for (const name of options.initialSheets ?? ['Sheet1']) model.addSheet(name);
  const stats: DoubleStats = {
    syncs: [],
    apiCalculationSuspended: 0,
    screenUpdatingSuspended: 0,
    protectionCalls: 0,
  };
  const settings: DoubleSettings = {
    excelApi: options.excelApi ?? '1.17',
    maxPayloadChars: options.maxPayloadChars ?? 5_000_000,
  };
  const newContext = () => new DoubleRequestContext(model, stats, settings, (ctx) => new WorkbookProxy(ctx));

  async function run<T>(first: unknown, second?: unknown): Promise<T> {
    let batch: Batch<T>;
    let context: DoubleRequestContext;
    if (typeof first === 'function') {
      batch = first as Batch<T>;
      context = newContext();
    } else if (typeof second === 'function') {
      batch = second as Batch<T>;
      context = contextOf(first) ?? newContext();
    } else {
      throw new DoubleError('InvalidArgument', 'Excel.run needs a batch function.');
    }
    const result = await batch(context);
    // Excel.run flushes whatever the batch queued but did not sync: one more round trip.
    if (context.pendingOperations > 0) await context.sync();
    return result;
  }

  const ExcelNs = {
    run,
    RequestContext: function RequestContext() {
      return newContext();
    },
    ConditionalFormatType: { custom: 'Custom' },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    EventSource: { local: 'Local', remote: 'Remote' },
    EventTriggerSource: { thisLocalAddin: 'ThisLocalAddin', unknown: 'Unknown' },
    DataChangeType: {
      rangeEdited: 'RangeEdited',
      rowInserted: 'RowInserted',
      rowDeleted: 'RowDeleted',
      columnInserted: 'ColumnInserted',
      columnDeleted: 'ColumnDeleted',
    },
    BorderIndex: {
      edgeTop: 'EdgeTop',
      edgeBottom: 'EdgeBottom',
      edgeLeft: 'EdgeLeft',
      edgeRight: 'EdgeRight',
      insideVertical: 'InsideVertical',
      insideHorizontal: 'InsideHorizontal',
    },
    BorderLineStyle: { continuous: 'Continuous', none: 'None' },
    BorderWeight: { thin: 'Thin', medium: 'Medium' },
    HorizontalAlignment: { left: 'Left', center: 'Center', right: 'Right', general: 'General' },
    VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' },
    DataValidationOperator: {
      between: 'Between',
      greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
      lessThanOrEqualTo: 'LessThanOrEqualTo',
    },
    DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
    CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
    PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
    PaperType: { a4: 'A4', letter: 'Letter' },
    ErrorCodes: {
      itemNotFound: 'ItemNotFound',
      invalidArgument: 'InvalidArgument',
      accessDenied: 'AccessDenied',
      apiNotFound: 'ApiNotFound',
      invalidOperation: 'InvalidOperation',
    },
  };

  const platform = options.platform ?? 'OfficeOnline';
  const OfficeNs = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac', iOS: 'iOS' },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: 'Excel',
      platform,
      displayLanguage: 'vi-VN',
      contentLanguage: 'vi-VN',
      diagnostics: { host: 'Excel', platform, version: '16.0.0.0' },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          name === 'ExcelApi' &&
          versionAtLeast(settings.excelApi, minVersion === undefined ? '1.1' : String(minVersion)),
      },
    },
  };

  const user = new SimulatedUser(model, options.userCulture ?? 'vi-VN');
  const at = (sheet: string, address: string) => {
    const s = model.requireSheet(sheet);
    const r = rectFromA1(address);
    return { s, row: r.r0, col: r.c0 };
  };

  return {
    Excel: ExcelNs as unknown as typeof Excel,
    Office: OfficeNs as unknown as typeof Office,
    model,
    user,
    stats,
    settings,
    syncCount: () => stats.syncs.length,
    resetStats: () => {
      stats.syncs.length = 0;
      stats.apiCalculationSuspended = 0;
      stats.screenUpdatingSuspended = 0;
      stats.protectionCalls = 0;
    },
    sheetNames: () => model.liveSheets().map((s) => s.name),
    sheet: (name) => model.requireSheet(name),
    value: (sheet, address) => {
      const { s, row, col } = at(sheet, address);
      return model.value(s, row, col);
    },
    formula: (sheet, address) => {
      const { s, row, col } = at(sheet, address);
      return model.formula(s, row, col);
    },
    format: (sheet, address) => {
      const { s, row, col } = at(sheet, address);
      return model.format(s, row, col) ?? DEFAULT_FORMAT;
    },
    look: (sheet, address) => {
      const { s, row, col } = at(sheet, address);
      const base = model.format(s, row, col);
      const cf = model.conditionalLook(s, row, col);
      return {
        fill: cf.fill ?? base.fill,
        fontColor: cf.fontColor ?? base.fontColor,
        bold: cf.bold ?? base.bold,
      };
    },
    names: () =>
      [...model.names.values()].map((n) => ({
        name: n.name,
        sheet: model.sheetById(n.sheetId)?.name ?? '#REF!',
        address: rectToA1(n.rect),
      })),
    customProperties: () =>
      Object.fromEntries([...model.customProperties.values()].map((p) => [p.key, p.value])),
    selection: () => {
      const sel = model.selection;
      const s = sel && model.sheetById(sel.sheetId);
      return sel && s ? { sheet: s.name, address: rectToA1(sel.rect) } : null;
    },
    activeSheet: () => (model.activeSheetId ? (model.sheetById(model.activeSheetId)?.name ?? null) : null),
    handlerCount: () => model.handlerCount(),
    uncalculated: () => model.uncalculated,
    handlerErrors: () => [...model.handlerErrors],
    settle: (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

function contextOf(x: unknown): DoubleRequestContext | null {
  if (x instanceof DoubleRequestContext) return x;
  if (Array.isArray(x)) return contextOf(x[0]);
  if (x && typeof x === 'object') {
    const o = x as { context?: unknown; previousObjects?: unknown };
    if (o.context instanceof DoubleRequestContext) return o.context;
    if (o.previousObjects) return contextOf(o.previousObjects);
  }
  return null;
}

/** Installs the double as the global Excel/Office/OfficeExtension (tests, preview page). */
export function installExcelDouble(
  target: object = globalThis,
  doubleOrOptions?: ExcelDouble | ExcelDoubleOptions,
): ExcelDouble {
  const double =
    doubleOrOptions && 'model' in doubleOrOptions
      ? doubleOrOptions
      : createExcelDouble(doubleOrOptions as ExcelDoubleOptions | undefined);
  const g = target as Record<string, unknown>;
  g['Excel'] = double.Excel;
  g['Office'] = double.Office;
  g['OfficeExtension'] = { Error: DoubleError, ErrorCodes: { generalException: 'GeneralException' } };
  return double;
}
