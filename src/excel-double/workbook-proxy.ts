/** Excel.Workbook, its names, custom document properties and Application in the double. */
import { EXCEL_LIMITS } from '../core/sheet/excel-limits';
import { DoubleObject, type DoubleRequestContext } from './client';
import { DoubleError, unsupported } from './errors';
import { RangeProxy } from './range-proxy';
import { rectFromA1 } from './rect';
import { WorksheetCollectionProxy } from './worksheet-proxy';

interface NameEntry {
  name: string;
  sheetId: string;
  rect: import('./rect').Rect;
  comment: string;
}

export class NamedItemProxy extends DoubleObject<NameEntry> {
  constructor(
    context: DoubleRequestContext,
    private readonly key: string,
    nullable = false,
  ) {
    super(context, nullable);
  }
  protected get typeName() {
    return 'NamedItem';
  }
  protected get defaultProperties() {
    return ['name', 'formula', 'type', 'visible', 'comment'];
  }
  protected resolve(): NameEntry | null {
    return this.context.model.names.get(this.key.toUpperCase()) ?? null;
  }
  protected readProperty(n: NameEntry, name: string): unknown {
    switch (name) {
      case 'name':
        return n.name;
      case 'formula':
        return this.context.model.nameFormula(n.name);
      case 'type':
        // A name whose sheet was deleted evaluates to #REF!.
        return this.context.model.sheetById(n.sheetId) ? 'Range' : 'Error';
      case 'visible':
        return true;
      case 'comment':
        return n.comment;
      default:
        return unsupported(`NamedItem.${name}`);
    }
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  get type(): string {
    return this.read('type');
  }
  get comment(): string {
    return this.read('comment');
  }
  private rangeTarget(): { sheet: import('./model').SheetState; rect: import('./rect').Rect } | null {
    const n = this.resolve();
    const sheet = n && this.context.model.sheetById(n.sheetId);
    return n && sheet ? { sheet, rect: n.rect } : null;
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => this.rangeTarget());
  }
  /** A null object when the name does not exist or no longer points at a range (`=#REF!`). */
  getRangeOrNullObject(): RangeProxy {
    this.context.enqueue(() => undefined, null, { version: '1.4', member: 'NamedItem.getRangeOrNullObject' });
    return new RangeProxy(this.context, () => this.rangeTarget(), true);
  }
  delete(): void {
    this.context.enqueue(() => this.context.model.deleteName(this.target().name));
  }
}

export class NamedItemCollectionProxy extends DoubleObject<NameEntry[]> {
  private loadedItems: NamedItemProxy[] | null = null;
  protected get typeName() {
    return 'NamedItemCollection';
  }
  protected get defaultProperties() {
    return ['items/name'];
  }
  protected resolve(): NameEntry[] {
    return [...this.context.model.names.values()];
  }
  protected readProperty(): unknown {
    return unsupported('NamedItemCollection scalar properties');
  }
  protected override loadProperty(entries: NameEntry[], name: string): void {
    if (!name.startsWith('items')) unsupported(`NamedItemCollection.load('${name}')`);
    const sub = name.slice('items/'.length) || 'name';
    const previous = this.loadedItems;
    const items =
      previous && previous.length === entries.length
        ? previous
        : entries.map((e) => new NamedItemProxy(this.context, e.name));
    for (const item of items) item.preloadProperties(sub.split(',').map((s) => s.trim()));
    this.loadedItems = items;
  }
  get items(): NamedItemProxy[] {
    if (!this.loadedItems)
      throw new DoubleError(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load('items/name') and context.sync() first.",
        'NamedItemCollection.items',
      );
    return this.loadedItems;
  }
  add(name: string, reference: RangeProxy | string, comment = ''): NamedItemProxy {
    this.context.enqueue(
      () => {
        const model = this.context.model;
        if (typeof reference === 'string') {
          const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference);
          if (!m) throw new DoubleError('InvalidArgument', `Unsupported name reference ${reference}.`);
          const sheet = model.requireSheet((m[1] ?? m[2] ?? '').replace(/''/g, "'"));
          model.addName(name, sheet, rectFromA1((m[3] ?? '').replace(/\$/g, '')), comment);
        } else {
          const t = reference.resolveNow();
          model.addName(name, t.sheet, t.rect, comment);
        }
      },
      { name, comment },
      { version: '1.4', member: 'NamedItemCollection.add' },
    );
    return new NamedItemProxy(this.context, name);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, name);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    this.context.enqueue(() => undefined, null, {
      version: '1.4',
      member: 'NamedItemCollection.getItemOrNullObject',
    });
    return new NamedItemProxy(this.context, name, true);
  }
}

interface PropertyEntry {
  key: string;
  value: string;
}

export class CustomPropertyProxy extends DoubleObject<PropertyEntry> {
  constructor(
    context: DoubleRequestContext,
    private readonly propertyKey: string,
    nullable = false,
  ) {
    super(context, nullable);
  }
  protected get typeName() {
    return 'CustomProperty';
  }
  protected get defaultProperties() {
    return ['key', 'value', 'type'];
  }
  protected resolve(): PropertyEntry | null {
    return this.context.model.customProperties.get(this.propertyKey.toLowerCase()) ?? null;
  }
  protected readProperty(p: PropertyEntry, name: string): unknown {
    if (name === 'key') return p.key;
    if (name === 'value') return p.value;
    if (name === 'type') return 'String';
    return unsupported(`CustomProperty.${name}`);
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
  get type(): string {
    return this.read('type');
  }
  delete(): void {
    this.context.enqueue(() => this.context.model.customProperties.delete(this.target().key.toLowerCase()));
  }
}

export class CustomPropertyCollectionProxy extends DoubleObject<PropertyEntry[]> {
  private static readonly API = { version: '1.7', member: 'DocumentProperties.custom' };
  private loadedItems: CustomPropertyProxy[] | null = null;
  protected get typeName() {
    return 'CustomPropertyCollection';
  }
  protected get defaultProperties() {
    return ['items/key', 'items/value'];
  }
  protected resolve(): PropertyEntry[] {
    return [...this.context.model.customProperties.values()];
  }
  protected readProperty(): unknown {
    return unsupported('CustomPropertyCollection scalar properties');
  }
  override load(option?: Parameters<DoubleObject<PropertyEntry[]>['load']>[0]): this {
    this.context.enqueue(() => undefined, null, CustomPropertyCollectionProxy.API);
    return super.load(option);
  }
  protected override loadProperty(entries: PropertyEntry[], name: string): void {
    if (!name.startsWith('items')) unsupported(`CustomPropertyCollection.load('${name}')`);
    const sub = name.slice('items/'.length) || 'key';
    const previous = this.loadedItems;
    const items =
      previous && previous.length === entries.length
        ? previous
        : entries.map((e) => new CustomPropertyProxy(this.context, e.key));
    for (const item of items) item.preloadProperties(sub.split(',').map((s) => s.trim()));
    this.loadedItems = items;
  }
  get items(): CustomPropertyProxy[] {
    if (!this.loadedItems)
      throw new DoubleError(
        'PropertyNotLoaded',
        "The property 'items' is not available. Call load('items/key,items/value') and context.sync() first.",
        'CustomPropertyCollection.items',
      );
    return this.loadedItems;
  }
  /** Creates the property or replaces its value, as Excel does. */
  add(key: string, value: string): CustomPropertyProxy {
    if (key.length > EXCEL_LIMITS.customPropertyKey) {
      throw new DoubleError(
        'InvalidArgument',
        `A custom property key is at most ${EXCEL_LIMITS.customPropertyKey} characters.`,
      );
    }
    if (typeof value === 'string' && value.length > EXCEL_LIMITS.customPropertyValue) {
      throw new DoubleError(
        'InvalidArgument',
        `The value of custom property "${key}" is longer than ${EXCEL_LIMITS.customPropertyValue} characters.`,
      );
    }
    this.context.enqueue(
      () => {
        this.context.model.customProperties.set(key.toLowerCase(), { key, value: String(value) });
      },
      { key, value },
      CustomPropertyCollectionProxy.API,
    );
    return new CustomPropertyProxy(this.context, key);
  }
  getItem(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, key);
  }
  getItemOrNullObject(key: string): CustomPropertyProxy {
    return new CustomPropertyProxy(this.context, key, true);
  }
  deleteAll(): void {
    this.context.enqueue(
      () => this.context.model.customProperties.clear(),
      null,
      CustomPropertyCollectionProxy.API,
    );
  }
}

export class ApplicationProxy {
  constructor(readonly context: DoubleRequestContext) {}
  /** Recomputes every formula; queued in a request whose calculation is suspended, it does not count. */
  calculate(calculationType: string): void {
    this.context.enqueue(() => {
      if (this.context.model.calculationSuspensions === 0) this.context.model.uncalculated = false;
    }, calculationType);
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(
      () => {
        this.context.model.calculationSuspensions++;
        this.context.stats.apiCalculationSuspended++;
      },
      null,
      { version: '1.6', member: 'Application.suspendApiCalculationUntilNextSync' },
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue(
      () => {
        this.context.model.screenUpdatingSuspensions++;
        this.context.stats.screenUpdatingSuspended++;
      },
      null,
      { version: '1.9', member: 'Application.suspendScreenUpdatingUntilNextSync' },
    );
  }
}

/** Workbook.protection: structure protection (no adding, renaming, hiding or deleting sheets). */
export class WorkbookProtectionProxy extends DoubleObject<{ protected: boolean }> {
  private static readonly API = { version: '1.7', member: 'Workbook.protection' };
  protected get typeName() {
    return 'WorkbookProtection';
  }
  protected get defaultProperties() {
    return ['protected'];
  }
  protected resolve() {
    return { protected: this.context.model.structureProtected };
  }
  protected readProperty(p: { protected: boolean }, name: string): unknown {
    if (name === 'protected') return p.protected;
    return unsupported(`WorkbookProtection.${name}`);
  }
  override load(option?: Parameters<DoubleObject<{ protected: boolean }>['load']>[0]): this {
    this.context.enqueue(() => undefined, null, WorkbookProtectionProxy.API);
    return super.load(option);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protect(password?: string): void {
    this.context.enqueue(
      () => {
        if (this.context.model.structureProtected)
          throw new DoubleError(
            'InvalidOperation',
            'The workbook is already protected.',
            'WorkbookProtection.protect',
          );
        this.context.model.structureProtected = true;
      },
      password === undefined ? null : '***',
      WorkbookProtectionProxy.API,
    );
  }
  unprotect(): void {
    this.context.enqueue(
      () => {
        this.context.model.structureProtected = false;
      },
      null,
      WorkbookProtectionProxy.API,
    );
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly properties: { custom: CustomPropertyCollectionProxy };
  readonly application: ApplicationProxy;

  constructor(readonly context: DoubleRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
    this.protection = new WorkbookProtectionProxy(context);
    this.properties = { custom: new CustomPropertyCollectionProxy(context) };
    this.application = new ApplicationProxy(context);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sel = this.context.model.selection;
      const sheet = sel && this.context.model.sheetById(sel.sheetId);
      return sel && sheet ? { sheet, rect: sel.rect } : null;
    });
  }
}
