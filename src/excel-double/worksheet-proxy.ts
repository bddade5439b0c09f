/** Excel.Worksheet and Excel.WorksheetCollection in the double. */
import { EXCEL_LIMITS } from '../core/sheet/excel-limits';
import { ChartCollectionProxy } from './chart-proxy';
import { DoubleObject, type DoubleRequestContext } from './client';
import { DoubleError, unsupported } from './errors';
import type { ChangedEventArgsLike, SheetState, Visibility } from './model';
import { RangeAreasProxy } from './range-areas-proxy';
import { RangeProxy } from './range-proxy';
import { type Rect, checkAddressLength, qualify, rectFromA1 } from './rect';

const VISIBILITIES: Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export class WorksheetProxy extends DoubleObject<SheetState> {
  private bound: SheetState | null = null;

  /** `key` finds the sheet by name (getItem) or the sheet is bound at creation (add). */
  constructor(
    context: DoubleRequestContext,
    private readonly key: string | null,
    nullable = false,
    bind?: (proxy: WorksheetProxy) => void,
  ) {
    super(context, nullable);
    bind?.(this);
  }

  bindTo(sheet: SheetState): void {
    this.bound = sheet;
  }

  get boundId(): string | null {
    return this.bound?.id ?? null;
  }

  protected get typeName() {
    return 'Worksheet';
  }
  protected get defaultProperties() {
    return ['id', 'name', 'position', 'visibility', 'tabColor', 'showGridlines'];
  }
  /**
   * Set for a sheet from worksheets.add(): Microsoft's client sends that object path only in the
   * request that added it and refuses it in a later one unless it is tracked.
   */
  onlyInRequest: number | null = null;

  protected resolve(): SheetState | null {
    if (
      this.onlyInRequest !== null &&
      this.onlyInRequest !== this.context.requests &&
      !this.context.tracked.has(this)
    ) {
      throw new DoubleError(
        'InvalidObjectPath',
        "The object path 'worksheets.add()' isn't working for what you're trying to do: use it in the request that added the sheet, or context.trackedObjects.add().",
        'Worksheet',
      );
    }
    if (this.bound && !this.bound.deleted) return this.bound;
    if (this.bound?.deleted) return null;
    if (this.key === null) return null;
    const sheet = this.context.model.lookUpSheet(this.key) ?? null;
    this.bound = sheet;
    return sheet;
  }
  protected readProperty(s: SheetState, name: string): unknown {
    switch (name) {
      case 'id':
        return s.id;
      case 'name':
        return s.name;
      case 'position':
        return this.context.model.liveSheets().indexOf(s);
      case 'visibility':
        return s.visibility;
      case 'tabColor':
        return s.tabColor;
      case 'showGridlines':
        return s.showGridlines;
      default:
        return unsupported(`Worksheet.${name}`);
    }
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v, (s) => this.context.model.renameSheet(s, v));
  }
  get position(): number {
    return this.read('position');
  }
  get visibility(): Visibility {
    return this.read('visibility');
  }
  set visibility(v: Visibility) {
    if (!VISIBILITIES.includes(v))
      throw new DoubleError('InvalidArgument', `Unknown visibility "${String(v)}".`);
    this.write('visibility', v, (s) => this.context.model.setVisibility(s, v));
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(v: string) {
    this.write('tabColor', v, (s) => (s.tabColor = v), { version: '1.7', member: 'Worksheet.tabColor' });
  }
  get showGridlines(): boolean {
    return this.read('showGridlines');
  }
  set showGridlines(v: boolean) {
    this.write('showGridlines', v, (s) => (s.showGridlines = v), {
      version: '1.8',
      member: 'Worksheet.showGridlines',
    });
  }

  getRange(address?: string): RangeProxy {
    if (address !== undefined) checkAddressLength(address, 'Worksheet.getRange');
    return new RangeProxy(this.context, () => {
      const s = this.resolve();
      if (!s) return null;
      if (address === undefined) return { sheet: s, rect: { r0: 0, c0: 0, r1: 1048575, c1: 16383 } };
      return { sheet: s, rect: rectFromA1(address) };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    const rect: Rect = {
      r0: startRow,
      c0: startColumn,
      r1: startRow + rowCount - 1,
      c1: startColumn + columnCount - 1,
    };
    this.context.enqueue(() => undefined, null, { version: '1.7', member: 'Worksheet.getRangeByIndexes' });
    return new RangeProxy(this.context, () => {
      const s = this.resolve();
      return s && { sheet: s, rect };
    });
  }

  /** Several rectangles changed by one request action (ExcelApi 1.9). */
  getRanges(address: string): RangeAreasProxy {
    checkAddressLength(address, 'Worksheet.getRanges');
    return new RangeAreasProxy(this.context, () => this.resolve(), address);
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = this.resolve();
      if (!s) return null;
      return { sheet: s, rect: this.context.model.usedRect(s, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const s = this.resolve();
        const rect = s && this.context.model.usedRect(s, valuesOnly);
        return s && rect ? { sheet: s, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.context.enqueue(() => {
      const s = this.target();
      if (s.visibility !== 'Visible')
        throw new DoubleError(
          'InvalidOperation',
          'A hidden sheet cannot be activated.',
          'Worksheet.activate',
        );
      this.context.model.activeSheetId = s.id;
      this.context.model.notify();
    });
  }

  delete(): void {
    this.context.enqueue(() => this.context.model.deleteSheet(this.target()));
  }

  readonly protection = new WorksheetProtectionProxy(this.context, () => this.resolve());
  readonly freezePanes = new FreezePanesProxy(this.context, () => this.resolve());
  readonly pageLayout = new PageLayoutProxy(this.context, () => this.resolve());
  readonly charts = new ChartCollectionProxy(this.context, () => this.resolve());

  private changed?: ChangedEvent;
  get onChanged(): ChangedEvent {
    this.changed ??= new ChangedEvent(this.context, () => this.target());
    return this.changed;
  }
}

export class WorksheetCollectionProxy extends DoubleObject<SheetState[]> {
  private loadedItems: WorksheetProxy[] | null = null;

  protected get typeName() {
    return 'WorksheetCollection';
  }
  protected get defaultProperties() {
    return ['items/name'];
  }
  protected resolve(): SheetState[] {
    return this.context.model.liveSheets();
  }
  protected readProperty(): unknown {
    return unsupported('WorksheetCollection scalar properties');
  }
  protected override loadProperty(sheets: SheetState[], name: string): void {
    if (!name.startsWith('items')) unsupported(`WorksheetCollection.load('${name}')`);
    const sub = name.slice('items/'.length);
    // 'items/name,items/visibility' arrives as two paths: the second adds to the same items.
    const previous = this.loadedItems;
    const reuse =
      previous !== null &&
      previous.length === sheets.length &&
      previous.every((p, i) => p.boundId === sheets[i]?.id);
    const items = reuse
      ? previous
      : sheets.map((s) => {
          const proxy = new WorksheetProxy(this.context, null);
          proxy.bindTo(s);
          return proxy;
        });
    this.loadedItems = items;
    for (const item of items) item.preloadProperties((sub || 'name').split(',').map((x) => x.trim()));
  }
  get items(): WorksheetProxy[] {
    if (!this.loadedItems) {
      throw new DoubleError(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load('items/...') and context.sync() first.",
        'WorksheetCollection.items',
      );
    }
    return this.loadedItems;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, key);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    this.context.enqueue(() => undefined, null, {
      version: '1.4',
      member: 'WorksheetCollection.getItemOrNullObject',
    });
    return new WorksheetProxy(this.context, key, true);
  }
  add(name?: string): WorksheetProxy {
    const proxy = new WorksheetProxy(this.context, name ?? null);
    proxy.onlyInRequest = this.context.requests + 1;
    this.context.enqueue(() => {
      const model = this.context.model;
      let n = name;
      for (let i = model.liveSheets().length + 1; n === undefined; i++)
        if (!model.findSheet(`Sheet${i}`)) n = `Sheet${i}`;
      proxy.bindTo(model.addSheet(n));
    }, name ?? null);
    return proxy;
  }
  getActiveWorksheet(): WorksheetProxy {
    const proxy = new WorksheetProxy(this.context, null);
    this.context.enqueue(() => {
      const s =
        this.context.model.activeSheetId && this.context.model.sheetById(this.context.model.activeSheetId);
      if (!s) throw new DoubleError('ItemNotFound', 'No active worksheet.');
      proxy.bindTo(s);
    });
    return proxy;
  }
}

export class WorksheetProtectionProxy extends DoubleObject<SheetState> {
  constructor(
    context: DoubleRequestContext,
    private readonly resolver: () => SheetState | null,
  ) {
    super(context);
  }
  protected get typeName() {
    return 'WorksheetProtection';
  }
  protected get defaultProperties() {
    return ['protected', 'options'];
  }
  protected resolve() {
    return this.resolver();
  }
  protected readProperty(s: SheetState, name: string): unknown {
    if (name === 'protected') return s.protection.protected;
    if (name === 'options') return { ...s.protection.options };
    return unsupported(`WorksheetProtection.${name}`);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protect(options?: Record<string, boolean>, password?: string): void {
    this.context.stats.protectionCalls++;
    this.context.enqueue(
      () => {
        const s = this.target();
        if (s.protection.protected)
          throw new DoubleError(
            'InvalidOperation',
            'The worksheet is already protected.',
            'WorksheetProtection.protect',
          );
        s.protection = { protected: true, password: password ?? '', options: { ...(options ?? {}) } };
        this.context.model.notify();
      },
      { options, password: password === undefined ? undefined : '***' },
      { version: password === undefined ? '1.2' : '1.7', member: 'WorksheetProtection.protect' },
    );
  }
  unprotect(password?: string): void {
    this.context.stats.protectionCalls++;
    this.context.enqueue(
      () => {
        const s = this.target();
        if (s.protection.protected && s.protection.password !== '' && s.protection.password !== password) {
          throw new DoubleError(
            'InvalidArgument',
            'The password is incorrect.',
            'WorksheetProtection.unprotect',
          );
        }
        s.protection = { protected: false, password: '', options: {} };
      },
      null,
      { version: password === undefined ? '1.2' : '1.7', member: 'WorksheetProtection.unprotect' },
    );
  }
}

export class FreezePanesProxy {
  private static readonly API = { version: '1.7', member: 'Worksheet.freezePanes' };
  constructor(
    readonly context: DoubleRequestContext,
    private readonly resolver: () => SheetState | null,
  ) {}
  private set(rows: number | null, columns: number | null): void {
    this.context.enqueue(
      () => {
        const s = this.resolver();
        if (!s) throw new DoubleError('ItemNotFound', 'The worksheet does not exist.');
        s.freeze = { rows: rows ?? 0, columns: columns ?? 0 };
        this.context.model.notify();
      },
      { rows, columns },
      FreezePanesProxy.API,
    );
  }
  freezeRows(count = 1): void {
    this.set(count, null);
  }
  freezeColumns(count = 1): void {
    this.set(null, count);
  }
  freezeAt(range: RangeProxy | string): void {
    const rect = typeof range === 'string' ? rectFromA1(range) : null;
    if (!rect) unsupported('FreezePanes.freezeAt(Range) — pass an address');
    this.set(rect.r1 + 1, rect.c1 + 1);
  }
  unfreeze(): void {
    this.set(0, 0);
  }
}

const PAPER = ['A4', 'Letter', 'A3', 'Legal'];

export class PageLayoutProxy {
  private static readonly API = { version: '1.9', member: 'Worksheet.pageLayout' };
  constructor(
    readonly context: DoubleRequestContext,
    private readonly resolver: () => SheetState | null,
  ) {}
  private apply(what: string, value: unknown, f: (s: SheetState) => void): void {
    this.context.enqueue(
      () => {
        const s = this.resolver();
        if (!s) throw new DoubleError('ItemNotFound', 'The worksheet does not exist.');
        f(s);
      },
      { [what]: value },
      PageLayoutProxy.API,
    );
  }
  set orientation(v: string) {
    if (v !== 'Portrait' && v !== 'Landscape')
      throw new DoubleError('InvalidArgument', `Unknown orientation ${v}.`);
    this.apply('orientation', v, (s) => (s.pageLayout.orientation = v));
  }
  set paperSize(v: string) {
    if (!PAPER.includes(v)) unsupported(`PageLayout.paperSize '${v}'`);
    this.apply('paperSize', v, (s) => (s.pageLayout.paperSize = v));
  }
  set topMargin(v: number) {
    this.apply('topMargin', v, (s) => (s.pageLayout.margins.top = v));
  }
  set bottomMargin(v: number) {
    this.apply('bottomMargin', v, (s) => (s.pageLayout.margins.bottom = v));
  }
  set leftMargin(v: number) {
    this.apply('leftMargin', v, (s) => (s.pageLayout.margins.left = v));
  }
  set rightMargin(v: number) {
    this.apply('rightMargin', v, (s) => (s.pageLayout.margins.right = v));
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.apply('zoom', v, (s) => (s.pageLayout.zoom = { ...v }));
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows))
      throw new DoubleError('InvalidArgument', `Print title rows must look like $5:$6, not ${rows}.`);
    this.apply('printTitleRows', rows, (s) => (s.pageLayout.printTitleRows = rows));
  }
  setPrintArea(area: string): void {
    rectFromA1(area);
    this.apply('printArea', area, (s) => (s.pageLayout.printArea = area));
  }
  readonly headersFooters = {
    defaultForAllPages: new HeaderFooterProxy((what, value, f) => this.apply(what, value, f)),
  };
}

/** PageLayout.headersFooters.defaultForAllPages: the footer every printed page gets. */
export class HeaderFooterProxy {
  constructor(private readonly apply: (what: string, value: unknown, f: (s: SheetState) => void) => void) {}
  set centerFooter(v: string) {
    // Excel refuses footers longer than 255 characters, codes included.
    if (v.length > EXCEL_LIMITS.headerFooter) {
      throw new DoubleError(
        'InvalidArgument',
        `A header or footer is at most ${EXCEL_LIMITS.headerFooter} characters.`,
      );
    }
    this.apply('centerFooter', v, (s) => (s.pageLayout.centerFooter = v));
  }
}

type Handler = (args: unknown) => Promise<unknown> | void;

/** Worksheet.onChanged: handlers are registered and removed at sync, and only via their context. */
export class ChangedEvent {
  constructor(
    readonly context: DoubleRequestContext,
    private readonly sheet: () => SheetState,
  ) {}
  add(handler: Handler): EventHandlerResultProxy {
    const result = new EventHandlerResultProxy(this.context);
    this.context.enqueue(
      () => {
        const s = this.sheet();
        const listener = (args: ChangedEventArgsLike) => {
          const ctxFree = { ...args };
          const full = {
            ...ctxFree,
            getRange: (ctx: DoubleRequestContext) =>
              new RangeProxy(ctx, () => ({ sheet: s, rect: rectFromA1(args.address) })),
            getRangeOrNullObject: (ctx: DoubleRequestContext) =>
              new RangeProxy(ctx, () => ({ sheet: s, rect: rectFromA1(args.address) }), true),
          };
          return handler(full);
        };
        this.context.model.addChangeHandler(s.id, listener);
        result.attach(() => this.context.model.removeChangeHandler(s.id, listener));
        this.context.ownedHandlers.add(result);
      },
      null,
      { version: '1.7', member: 'Worksheet.onChanged' },
    );
    return result;
  }
}

export class EventHandlerResultProxy {
  private detach: (() => void) | null = null;
  constructor(readonly context: DoubleRequestContext) {}
  attach(detach: () => void): void {
    this.detach = detach;
  }
  remove(): void {
    const owner = this.context;
    this.context.enqueue(() => {
      if (!owner.ownedHandlers.has(this))
        throw new DoubleError('InvalidOperation', 'The handler was already removed or never registered.');
      this.detach?.();
      owner.ownedHandlers.delete(this);
    });
  }
}

export { qualify };
