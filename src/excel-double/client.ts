/**
 * Request context and proxy objects with Excel's batching rules: every write and load is queued
 * and happens at context.sync(); a property can only be read after it was loaded AND synced;
 * *OrNullObject proxies report isNullObject after a sync. Syncs, queued operations and payload
 * size are counted so tests can hold the adapter to its round-trip budget.
 */
import { ApiGuard } from './api-guard';
import { DoubleError, type DoubleErrorCode } from './errors';
import type { WorkbookModel } from './model';

export interface SyncRecord {
  operations: number;
  /** Estimated UTF-8 bytes of the JSON request (arguments plus a fixed cost per operation). */
  payloadChars: number;
}

export interface DoubleStats {
  syncs: SyncRecord[];
  apiCalculationSuspended: number;
  screenUpdatingSuspended: number;
  /** protect()/unprotect() calls: each clears the user's undo history in Excel, so the live check makes none. */
  protectionCalls: number;
}

export interface DoubleSettings {
  /** Highest ExcelApi requirement set the simulated host supports, e.g. '1.17'. */
  excelApi: string;
  /** Excel on the web refuses requests over 5 MB (estimated bytes); the double does too. */
  maxPayloadChars: number;
}

interface Operation {
  run: () => void;
  payload: number;
  api?: { version: string; member: string };
}

/**
 * Bytes one queued operation costs in the request besides its arguments: Office.js sends each
 * action as {Id, ActionType, Name, ObjectPathId, ArgumentInfo} and each object it acts on as an
 * object path (+ an Instantiate action), about 100 bytes of JSON together.
 */
export const OPERATION_OVERHEAD = 100;

/** The request travels as UTF-8: Vietnamese letters take 2–3 bytes each. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function versionAtLeast(have: string, need: string): boolean {
  const [hMaj = 0, hMin = 0] = have.split('.').map(Number);
  const [nMaj = 0, nMin = 0] = need.split('.').map(Number);
  return hMaj > nMaj || (hMaj === nMaj && hMin >= nMin);
}

export class DoubleRequestContext {
  private queue: Operation[] = [];
  /** Handlers registered through this context, removed only through it (Excel's rule). */
  readonly ownedHandlers = new Set<object>();
  private syncing = false;

  constructor(
    readonly model: WorkbookModel,
    readonly stats: DoubleStats,
    readonly settings: DoubleSettings,
    private readonly makeWorkbook: (ctx: DoubleRequestContext) => unknown,
  ) {}

  /** Every object the add-in gets is checked against the host's requirement sets (api-guard.ts). */
  readonly guard = new ApiGuard({
    supports: (set) => /^\d+\.\d+$/.test(set) && versionAtLeast(this.settings.excelApi, set),
    refuse: (member, set) => this.enqueue(() => undefined, null, { version: set, member }),
  });

  private workbookProxy: unknown;
  get workbook(): never {
    this.workbookProxy ??= this.guard.wrap(this.makeWorkbook(this), 'Workbook');
    return this.workbookProxy as never;
  }

  /** Queues an operation; `api` marks members that need a requirement set the host may lack. */
  enqueue(run: () => void, payload: unknown = null, api?: { version: string; member: string }): void {
    const size = OPERATION_OVERHEAD + (payload === null ? 0 : utf8Length(JSON.stringify(payload)));
    this.queue.push({ run, payload: size, ...(api ? { api } : {}) });
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.syncing)
      throw new DoubleError(
        'InvalidOperation',
        'context.sync() called while another sync of the same context is running.',
      );
    this.syncing = true;
    this.requests++;
    const ops = this.queue;
    this.queue = [];
    const payloadChars = ops.reduce((n, op) => n + op.payload, 0);
    this.stats.syncs.push({ operations: ops.length, payloadChars });
    try {
      // A real sync is a round trip: yield to the event loop like one.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (payloadChars > this.settings.maxPayloadChars) {
        // Refused as a whole before anything runs (documented code; Excel on the web only).
        throw new DoubleError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size has exceeded the limit (${payloadChars} bytes in one sync).`,
        );
      }
      this.model.beginSync();
      for (const op of ops) {
        if (
          op.api &&
          !(/^\d+\.\d+$/.test(op.api.version) && versionAtLeast(this.settings.excelApi, op.api.version))
        ) {
          throw new DoubleError(
            'ApiNotFound',
            `${op.api.member} needs ${/^\d/.test(op.api.version) ? `ExcelApi ${op.api.version}` : op.api.version}; this host supports ${this.settings.excelApi}.`,
            op.api.member,
          );
        }
        op.run();
      }
    } finally {
      this.model.endSync();
      if (this.model.calculationSuspensions > 0) this.model.uncalculated = true;
      this.model.calculationSuspensions = 0;
      this.model.screenUpdatingSuspensions = 0;
      this.syncing = false;
    }
    return passThroughValue as T;
  }

  /** Requests sent so far by this context: the one being built is number `requests + 1`. */
  requests = 0;
  /** Objects kept valid across requests (Office.js's trackedObjects). */
  readonly tracked = new WeakSet<object>();
  readonly trackedObjects = {
    add: (x: object): void => void this.tracked.add(this.guard.unwrap(x)),
    remove: (x: object): void => void this.tracked.delete(this.guard.unwrap(x)),
  };
}

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] };

export function parseLoadOption(option: LoadOption | undefined): string[] {
  if (option === undefined) return [];
  if (typeof option === 'string')
    return option
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(option)) return option.map((s) => s.trim()).filter(Boolean);
  return [...parseLoadOption(option.select), ...parseLoadOption(option.expand)];
}

/** Base of every proxy: load/sync bookkeeping and the null-object state. */
export abstract class DoubleObject<Target> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: DoubleRequestContext,
    protected readonly nullable = false,
  ) {
    if (nullable) this.context.enqueue(() => this.probe());
  }

  /** Finds the object in the workbook at sync time; null when it does not exist. */
  protected abstract resolve(): Target | null;
  /** Reads one scalar property of the object, for load. */
  protected abstract readProperty(target: Target, name: string): unknown;
  protected abstract get typeName(): string;
  /** Properties loaded by load() with no argument. */
  protected abstract get defaultProperties(): string[];

  private probe(): void {
    this.nullState = this.resolve() === null;
  }

  /** The object now, or the error Excel gives for a missing one. */
  protected target(): Target {
    const t = this.resolve();
    if (t === null) {
      throw new DoubleError(
        this.nullable ? 'InvalidObjectPath' : 'ItemNotFound',
        `The requested resource doesn't exist (${this.typeName}).`,
        this.typeName,
      );
    }
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new DoubleError(
        'PropertyNotLoaded',
        `The property 'isNullObject' of ${this.typeName} is not available before context.sync().`,
        `${this.typeName}.isNullObject`,
      );
    }
    return this.nullState;
  }

  load(option?: LoadOption): this {
    const props = parseLoadOption(option);
    const names = props.length > 0 ? props : this.defaultProperties;
    this.context.enqueue(() => {
      const t = this.resolve();
      if (t === null) {
        if (!this.nullable)
          throw new DoubleError(
            'ItemNotFound',
            `The requested resource doesn't exist (${this.typeName}).`,
            this.typeName,
          );
        this.nullState = true;
        return;
      }
      if (this.nullable) this.nullState = false;
      for (const name of names) this.loadProperty(t, name);
    });
    return this;
  }

  /** Collections override this for `items/...` paths. */
  protected loadProperty(target: Target, name: string): void {
    this.loaded.set(name, this.readProperty(target, name));
  }

  /** Reading a property: only after load + sync, like Excel. */
  protected read<T>(name: string): T {
    if (this.nullState === true) {
      throw new DoubleError(
        'InvalidObjectPath',
        `${this.typeName} is a null object; check isNullObject before reading '${name}'.`,
        `${this.typeName}.${name}`,
      );
    }
    if (!this.loaded.has(name)) {
      throw new DoubleError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.typeName}.${name}`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Writing a property: queued, applied at sync. */
  protected write(
    name: string,
    value: unknown,
    apply: (t: Target) => void,
    api?: { version: string; member: string },
  ): void {
    this.context.enqueue(() => apply(this.target()), value, api);
    void name;
  }

  /** Items of a loaded collection arrive with their properties: copied during that sync. */
  preloadProperties(names: string[]): void {
    const t = this.resolve();
    if (t === null) return;
    for (const name of names) this.loaded.set(name, this.readProperty(t, name));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export function fail(code: DoubleErrorCode, message: string): never {
  throw new DoubleError(code, message);
}
