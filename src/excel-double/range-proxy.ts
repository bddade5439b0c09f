/**
 * Excel.Range in the double: values/formulas/numberFormat by blocks, formats, cell protection,
 * data validation, conditional formats, merge and select, all queued until sync.
 */
import { EXCEL_LIMITS } from '../core/sheet/excel-limits';
import { DoubleObject, type DoubleRequestContext } from './client';
import { DoubleError, unsupported } from './errors';
import type { CellFormat, ConditionalFormatState, Scalar, SheetState, ValidationRule } from './model';
import { parseInput } from './parse-input';
import { type Rect, checkRect, qualify, rectCols, rectRows } from './rect';

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

type Resolver = () => RangeTarget | null;

function matrixDims(m: unknown): { rows: number; cols: number } | null {
  if (!Array.isArray(m) || m.length === 0 || !Array.isArray(m[0])) return null;
  const cols = (m[0] as unknown[]).length;
  if (!m.every((row) => Array.isArray(row) && row.length === cols)) return null;
  return { rows: m.length, cols };
}

/** Excel accepts a matrix of the range's size, or a single value for every cell. */
function expand(t: RangeTarget, value: unknown, what: string): unknown[][] {
  const rows = rectRows(t.rect);
  const cols = rectCols(t.rect);
  if (!Array.isArray(value))
    return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
  const dims = matrixDims(value);
  if (!dims || dims.rows !== rows || dims.cols !== cols) {
    throw new DoubleError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
  return value as unknown[][];
}

export class RangeProxy extends DoubleObject<RangeTarget> {
  constructor(
    context: DoubleRequestContext,
    private readonly resolver: Resolver,
    nullable = false,
  ) {
    super(context, nullable);
  }

  protected get typeName() {
    return 'Range';
  }
  protected get defaultProperties() {
    return [
      'address',
      'values',
      'formulas',
      'numberFormat',
      'rowCount',
      'columnCount',
      'rowIndex',
      'columnIndex',
    ];
  }
  protected resolve(): RangeTarget | null {
    const t = this.resolver();
    if (t) checkRect(t.rect);
    return t;
  }

  /** The range now (during a sync), for operations that take a Range argument. */
  resolveNow(): RangeTarget {
    return this.target();
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    const m = this.context.model;
    const grid = <T>(f: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rectRows(t.rect) }, (_, i) =>
        Array.from({ length: rectCols(t.rect) }, (_, j) => f(t.rect.r0 + i, t.rect.c0 + j)),
      );
    switch (name) {
      case 'values':
        return grid((r, c) => m.value(t.sheet, r, c));
      case 'formulas':
        return grid((r, c) => m.formula(t.sheet, r, c));
      case 'numberFormat':
        return grid((r, c) => m.format(t.sheet, r, c).numberFormat);
      case 'text':
        return grid((r, c) => String(m.value(t.sheet, r, c)));
      case 'valueTypes':
        return grid((r, c) => {
          const v = m.value(t.sheet, r, c);
          return v === ''
            ? 'Empty'
            : typeof v === 'number'
              ? 'Double'
              : typeof v === 'boolean'
                ? 'Boolean'
                : /^#/.test(v)
                  ? 'Error'
                  : 'String';
        });
      case 'address':
        return qualify(t.sheet.name, t.rect);
      case 'rowCount':
        return rectRows(t.rect);
      case 'columnCount':
        return rectCols(t.rect);
      case 'rowIndex':
        return t.rect.r0;
      case 'columnIndex':
        return t.rect.c0;
      default:
        return unsupported(`Range.${name}`);
    }
  }

  get values(): Scalar[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.writeCells(v, 'values');
  }
  get formulas(): Scalar[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeCells(v, 'formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v, (t) => {
      const m = expand(t, v, 'numberFormat');
      this.guardFormat(t);
      this.context.model.updateFormat(t.sheet, t.rect, (f, r, c) => {
        f.numberFormat = String(m[r - t.rect.r0]?.[c - t.rect.c0] ?? 'General');
      });
    });
  }
  get text(): string[][] {
    return this.read('text');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }

  private writeCells(v: unknown[][], what: 'values' | 'formulas'): void {
    this.write(what, v, (t) => {
      const m = expand(t, v, what);
      const model = this.context.model;
      if (model.isLockedForEdit(t.sheet, t.rect)) {
        throw new DoubleError(
          'AccessDenied',
          'The cell or chart you are trying to change is on a protected sheet.',
          `Range.${what}`,
        );
      }
      const single = rectRows(t.rect) === 1 && rectCols(t.rect) === 1;
      const before = single ? model.value(t.sheet, t.rect.r0, t.rect.c0) : undefined;
      const contents = m.map((row, i) =>
        row.map((x, j) =>
          parseInput(x, 'en-US', model.format(t.sheet, t.rect.r0 + i, t.rect.c0 + j).numberFormat === '@'),
        ),
      );
      model.writeContents(t.sheet, t.rect, contents);
      model.emitChange(t.sheet, t.rect, 'Local', 'ThisLocalAddin', before);
    });
  }

  /** Formatting a protected sheet is refused unless the protection allows it. */
  guardFormat(t: RangeTarget): void {
    const p = t.sheet.protection;
    if (p.protected && !p.options['allowFormatCells']) {
      throw new DoubleError(
        'AccessDenied',
        'The sheet is protected: formats cannot be changed.',
        'Range.format',
      );
    }
  }

  private formatProxy?: RangeFormatProxy;
  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.context, () => this.resolve(), this);
    return this.formatProxy;
  }

  private validationProxy?: DataValidationProxy;
  get dataValidation(): DataValidationProxy {
    this.validationProxy ??= new DataValidationProxy(this.context, () => this.resolve());
    return this.validationProxy;
  }

  private cfProxy?: ConditionalFormatCollectionProxy;
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.cfProxy ??= new ConditionalFormatCollectionProxy(this.context, () => this.resolve());
    return this.cfProxy;
  }

  merge(across = false): void {
    this.context.enqueue(
      () => {
        const t = this.target();
        if (t.sheet.protection.protected)
          throw new DoubleError('AccessDenied', 'Cannot merge cells on a protected sheet.', 'Range.merge');
        const rows = across
          ? Array.from({ length: rectRows(t.rect) }, (_, i) => ({
              ...t.rect,
              r0: t.rect.r0 + i,
              r1: t.rect.r0 + i,
            }))
          : [t.rect];
        for (const rect of rows) t.sheet.merges.push(rect);
        this.context.model.notify();
      },
      null,
      { version: '1.2', member: 'Range.merge' },
    );
  }

  unmerge(): void {
    this.context.enqueue(() => {
      const t = this.target();
      t.sheet.merges = t.sheet.merges.filter(
        (m) => !(m.r0 >= t.rect.r0 && m.r1 <= t.rect.r1 && m.c0 >= t.rect.c0 && m.c1 <= t.rect.c1),
      );
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const t = this.target();
      if (t.sheet.visibility !== 'Visible')
        throw new DoubleError('InvalidOperation', 'Cannot select a range on a hidden sheet.', 'Range.select');
      this.context.model.activeSheetId = t.sheet.id;
      this.context.model.selection = { sheetId: t.sheet.id, rect: t.rect };
      this.context.model.notify();
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.resolve();
      return (
        t && {
          sheet: t.sheet,
          rect: { r0: t.rect.r0 + row, c0: t.rect.c0 + column, r1: t.rect.r0 + row, c1: t.rect.c0 + column },
        }
      );
    });
  }

  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.resolve();
      return t && { sheet: t.sheet, rect: { r0: 0, c0: t.rect.c0, r1: 1048575, c1: t.rect.c1 } };
    });
  }

  getEntireRow(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.resolve();
      return t && { sheet: t.sheet, rect: { r0: t.rect.r0, c0: 0, r1: t.rect.r1, c1: 16383 } };
    });
  }

  set columnHidden(hidden: boolean) {
    this.write('columnHidden', hidden, (t) => {
      this.guardFormat(t);
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  clear(applyTo: string = 'All'): void {
    this.context.enqueue(() => {
      const t = this.target();
      const model = this.context.model;
      if (applyTo === 'All' || applyTo === 'Contents') {
        if (model.isLockedForEdit(t.sheet, t.rect))
          throw new DoubleError('AccessDenied', 'The sheet is protected.', 'Range.clear');
        model.writeContents(
          t.sheet,
          t.rect,
          Array.from({ length: rectRows(t.rect) }, () =>
            Array.from({ length: rectCols(t.rect) }, () => null),
          ),
        );
        model.emitChange(t.sheet, t.rect, 'Local', 'ThisLocalAddin');
      }
      if (applyTo === 'All' || applyTo === 'Formats') {
        for (let r = t.rect.r0; r <= t.rect.r1; r++)
          for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.formats.delete(`${r},${c}`);
      }
    });
  }
}

/** Range.format and its children write to every cell of the range at sync. */
export class RangeFormatProxy extends DoubleObject<RangeTarget> {
  constructor(
    context: DoubleRequestContext,
    private readonly resolver: Resolver,
    private readonly range: RangeProxy,
  ) {
    super(context);
  }
  protected get typeName() {
    return 'RangeFormat';
  }
  protected get defaultProperties() {
    return ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'columnWidth', 'rowHeight'];
  }
  protected resolve() {
    return this.resolver();
  }
  protected readProperty(t: RangeTarget, name: string): unknown {
    const f = this.context.model.format(t.sheet, t.rect.r0, t.rect.c0);
    switch (name) {
      case 'wrapText':
        return f.wrap;
      case 'horizontalAlignment':
        return f.horizontal;
      case 'verticalAlignment':
        return f.vertical;
      case 'columnWidth':
        return t.sheet.columnWidths.get(t.rect.c0) ?? 48;
      case 'rowHeight':
        return t.sheet.rowHeights.get(t.rect.r0) ?? 15;
      default:
        return unsupported(`RangeFormat.${name}`);
    }
  }

  /** Applies a cell-format change to every cell, refusing on a protected sheet. */
  setCells(
    name: string,
    value: unknown,
    update: (f: CellFormat, r: number, c: number, t: RangeTarget) => void,
    api?: { version: string; member: string },
  ): void {
    this.write(
      name,
      value,
      (t) => {
        if (name !== 'protection.locked') this.range.guardFormat(t);
        else if (t.sheet.protection.protected)
          throw new DoubleError(
            'AccessDenied',
            'Cannot change locking on a protected sheet.',
            'RangeFormat.protection',
          );
        this.context.model.updateFormat(t.sheet, t.rect, (f, r, c) => update(f, r, c, t));
      },
      api,
    );
  }

  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.setCells('wrapText', v, (f) => (f.wrap = v));
  }
  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setCells('horizontalAlignment', v, (f) => (f.horizontal = v));
  }
  get verticalAlignment(): string {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setCells('verticalAlignment', v, (f) => (f.vertical = v));
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.write(
      'columnWidth',
      v,
      (t) => {
        this.range.guardFormat(t);
        for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, v);
        this.context.model.notify();
      },
      { version: '1.2', member: 'RangeFormat.columnWidth' },
    );
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(v: number) {
    this.write(
      'rowHeight',
      v,
      (t) => {
        this.range.guardFormat(t);
        for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, v);
        this.context.model.notify();
      },
      { version: '1.2', member: 'RangeFormat.rowHeight' },
    );
  }

  readonly font = new FormatPartProxy(this, 'font', {
    name: (f, v) => (f.fontName = String(v)),
    size: (f, v) => (f.fontSize = Number(v)),
    bold: (f, v) => (f.bold = Boolean(v)),
    italic: (f, v) => (f.italic = Boolean(v)),
    underline: (f, v) => (f.underline = String(v)),
    color: (f, v) => (f.fontColor = String(v)),
  });
  readonly fill = new FormatPartProxy(
    this,
    'fill',
    { color: (f, v) => (f.fill = String(v)) },
    (f) => (f.fill = null),
  );
  readonly protection = new FormatPartProxy(
    this,
    'protection',
    { locked: (f, v) => (f.locked = Boolean(v)) },
    undefined,
    { version: '1.2', member: 'RangeFormat.protection' },
  );

  private bordersProxy?: BordersProxy;
  get borders(): BordersProxy {
    this.bordersProxy ??= new BordersProxy(this);
    return this.bordersProxy;
  }

  autofitColumns(): void {
    this.context.enqueue(() => undefined);
  }
  autofitRows(): void {
    this.context.enqueue(() => undefined);
  }
}

type PartSetter = (f: CellFormat, v: unknown) => void;

/** font, fill and protection: write-only setters in the double (the adapter never reads them back). */
export class FormatPartProxy {
  constructor(
    private readonly format: RangeFormatProxy,
    private readonly part: string,
    setters: Record<string, PartSetter>,
    clear?: (f: CellFormat) => void,
    api?: { version: string; member: string },
  ) {
    for (const [prop, set] of Object.entries(setters)) {
      Object.defineProperty(this, prop, {
        enumerable: true,
        get: () => unsupported(`RangeFormat.${part}.${prop} (read)`),
        set: (v: unknown) => this.format.setCells(`${part}.${prop}`, v, (f) => set(f, v), api),
      });
    }
    if (clear)
      (this as Record<string, unknown>)['clear'] = () =>
        this.format.setCells(`${part}.clear`, null, (f) => clear(f));
  }
  get context(): DoubleRequestContext {
    return this.format.context;
  }
  load(): this {
    return unsupported(`RangeFormat.${this.part}.load`);
  }
}

const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;
type Edge = (typeof EDGES)[number];

export class BordersProxy {
  constructor(private readonly format: RangeFormatProxy) {}
  get context(): DoubleRequestContext {
    return this.format.context;
  }
  getItem(index: string): BorderProxy {
    if (!(EDGES as readonly string[]).includes(index))
      unsupported(`RangeBorderCollection.getItem('${index}')`);
    return new BorderProxy(this.format, index as Edge);
  }
}

/** One border edge; inside edges become the neighbouring cells' edges, as Excel stores them. */
export class BorderProxy {
  constructor(
    private readonly format: RangeFormatProxy,
    private readonly edge: Edge,
  ) {}
  private apply(prop: 'style' | 'weight' | 'color', v: string): void {
    this.format.setCells(`borders.${this.edge}.${prop}`, v, (f, r, c, t) => {
      const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight')[] = [];
      if (this.edge === 'EdgeTop' && r === t.rect.r0) edges.push('EdgeTop');
      if (this.edge === 'EdgeBottom' && r === t.rect.r1) edges.push('EdgeBottom');
      if (this.edge === 'EdgeLeft' && c === t.rect.c0) edges.push('EdgeLeft');
      if (this.edge === 'EdgeRight' && c === t.rect.c1) edges.push('EdgeRight');
      if (this.edge === 'InsideHorizontal') {
        if (r > t.rect.r0) edges.push('EdgeTop');
        if (r < t.rect.r1) edges.push('EdgeBottom');
      }
      if (this.edge === 'InsideVertical') {
        if (c > t.rect.c0) edges.push('EdgeLeft');
        if (c < t.rect.c1) edges.push('EdgeRight');
      }
      for (const e of edges) {
        const cur = f.borders[e] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };
        f.borders[e] = { ...cur, [prop]: v };
      }
    });
  }
  set style(v: string) {
    this.apply('style', v);
  }
  set weight(v: string) {
    this.apply('weight', v);
  }
  set color(v: string) {
    this.apply('color', v);
  }
}

export class DataValidationProxy extends DoubleObject<RangeTarget> {
  private static readonly API = { version: '1.8', member: 'Range.dataValidation' };
  constructor(
    context: DoubleRequestContext,
    private readonly resolver: Resolver,
  ) {
    super(context);
  }
  protected get typeName() {
    return 'DataValidation';
  }
  protected get defaultProperties() {
    return ['rule', 'ignoreBlanks', 'prompt', 'errorAlert', 'type'];
  }
  protected resolve() {
    return this.resolver();
  }
  protected readProperty(t: RangeTarget, name: string): unknown {
    const v = this.context.model.validationAt(t.sheet, t.rect.r0, t.rect.c0);
    switch (name) {
      case 'rule':
        return v?.rule ?? {};
      case 'ignoreBlanks':
        return v?.ignoreBlanks ?? true;
      case 'prompt':
        return v?.prompt ?? { showPrompt: false };
      case 'errorAlert':
        return v?.errorAlert ?? { showAlert: true, style: 'Stop' };
      case 'type':
        return v?.rule ? (Object.keys(v.rule)[0] ?? 'None') : 'None';
      default:
        return unsupported(`DataValidation.${name}`);
    }
  }
  private update(name: string, value: unknown, f: (v: import('./model').ValidationState) => void): void {
    this.write(
      name,
      value,
      (t) => {
        if (t.sheet.protection.protected)
          throw new DoubleError(
            'AccessDenied',
            'Cannot change data validation on a protected sheet.',
            'DataValidation',
          );
        this.context.model.replaceValidation(t.sheet, t.rect, f);
      },
      DataValidationProxy.API,
    );
  }
  get rule(): ValidationRule {
    return this.read('rule');
  }
  set rule(rule: ValidationRule) {
    const kinds = Object.keys(rule);
    if (kinds.length !== 1 || !['decimal', 'wholeNumber', 'list', 'custom'].includes(kinds[0] ?? ''))
      unsupported(`DataValidation.rule of kind ${kinds.join(',')}`);
    this.update('rule', rule, (v) => (v.rule = rule));
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set ignoreBlanks(b: boolean) {
    this.update('ignoreBlanks', b, (v) => (v.ignoreBlanks = b));
  }
  set prompt(p: { title?: string; message?: string; showPrompt?: boolean }) {
    checkLength('prompt title', p.title, EXCEL_LIMITS.validationTitle);
    checkLength('prompt message', p.message, EXCEL_LIMITS.validationPrompt);
    this.update('prompt', p, (v) => (v.prompt = p));
  }
  get prompt(): { title?: string; message?: string; showPrompt?: boolean } {
    return this.read('prompt');
  }
  set errorAlert(e: { title?: string; message?: string; showAlert?: boolean; style?: string }) {
    checkLength('error alert title', e.title, EXCEL_LIMITS.validationTitle);
    checkLength('error alert message', e.message, EXCEL_LIMITS.validationError);
    this.update('errorAlert', e, (v) => (v.errorAlert = e));
  }
  get errorAlert(): { title?: string; message?: string; showAlert?: boolean; style?: string } {
    return this.read('errorAlert');
  }
  clear(): void {
    this.context.enqueue(
      () => {
        const t = this.target();
        t.sheet.validations = t.sheet.validations.filter(
          (v) =>
            !(
              v.rect.r0 >= t.rect.r0 &&
              v.rect.r1 <= t.rect.r1 &&
              v.rect.c0 >= t.rect.c0 &&
              v.rect.c1 <= t.rect.c1
            ),
        );
      },
      null,
      DataValidationProxy.API,
    );
  }
}

/** Excel's limits on validation texts (longer ones are refused with InvalidArgument). */
export function checkLength(what: string, text: string | undefined, max: number): void {
  if (text !== undefined && text.length > max) {
    throw new DoubleError(
      'InvalidArgument',
      `The data validation ${what} is ${text.length} characters; Excel allows ${max}.`,
    );
  }
}

export class ConditionalFormatCollectionProxy {
  constructor(
    readonly context: DoubleRequestContext,
    private readonly resolver: Resolver,
  ) {}
  add(type: string): ConditionalFormatProxy {
    if (type !== 'Custom') unsupported(`ConditionalFormatCollection.add('${type}')`);
    const state: ConditionalFormatState = {
      rect: { r0: 0, c0: 0, r1: 0, c1: 0 },
      type,
      formula: '',
      fontColor: null,
      bold: null,
      fill: null,
      stopIfTrue: false,
    };
    this.context.enqueue(
      () => {
        const t = this.resolver();
        if (!t)
          throw new DoubleError(
            'ItemNotFound',
            'The range does not exist.',
            'ConditionalFormatCollection.add',
          );
        if (t.sheet.protection.protected)
          throw new DoubleError(
            'AccessDenied',
            'Cannot add conditional formats on a protected sheet.',
            'ConditionalFormatCollection.add',
          );
        state.rect = t.rect;
        // Office.js gives a newly added rule the highest priority.
        t.sheet.conditionalFormats.unshift(state);
      },
      null,
      { version: '1.6', member: 'Range.conditionalFormats' },
    );
    return new ConditionalFormatProxy(this.context, state);
  }
  clearAll(): void {
    this.context.enqueue(() => {
      const t = this.resolver();
      if (t)
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
          (cf) =>
            !(
              cf.rect.r0 >= t.rect.r0 &&
              cf.rect.r1 <= t.rect.r1 &&
              cf.rect.c0 >= t.rect.c0 &&
              cf.rect.c1 <= t.rect.c1
            ),
        );
    });
  }
}

/** A custom (formula) conditional format; the rule and look are set after add(), before sync. */
export class ConditionalFormatProxy {
  constructor(
    readonly context: DoubleRequestContext,
    private readonly state: ConditionalFormatState,
  ) {}
  private set(f: () => void, payload: unknown): void {
    this.context.enqueue(f, payload);
  }
  set stopIfTrue(v: boolean) {
    this.set(() => (this.state.stopIfTrue = v), v);
  }
  get custom() {
    const state = this.state;
    const set = (f: () => void, p: unknown) => this.set(f, p);
    return {
      rule: {
        set formula(v: string) {
          if (!v.startsWith('='))
            throw new DoubleError('InvalidArgument', 'A conditional format formula must start with "=".');
          set(() => (state.formula = v), v);
        },
      },
      format: {
        font: {
          set color(v: string) {
            set(() => (state.fontColor = v), v);
          },
          set bold(v: boolean) {
            set(() => (state.bold = v), v);
          },
        },
        fill: {
          set color(v: string) {
            set(() => (state.fill = v), v);
          },
        },
      },
    };
  }
}
