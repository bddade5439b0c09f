/**
 * The workbook the double holds: sheets, cell contents (in HyperFormula, which computes every
 * formula), formats, validation, conditional formats, names, custom properties, and the change
 * events Excel would fire. Proxies (src/excel-double/*-proxy.ts) only ever touch it during sync.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { columnLetters, columnNumber } from '../core/sheet/a1';
import { sheetNameBreach } from '../core/sheet/excel-limits';
import { DoubleError } from './errors';
import { installExcelFunctions } from './excel-functions';
import { invalidateRangeCache } from './sumifs';
import { type Rect, contains, intersects, qualify, rectCols, rectRows, rectToA1 } from './rect';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type Scalar = string | number | boolean;
export type BorderEdge =
  'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface CellFormat {
  fontName: string;
  fontSize: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  fontColor: string;
  fill: string | null;
  borders: Partial<
    Record<
      'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight',
      { style: string; weight: string; color: string }
    >
  >;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  numberFormat: string;
  locked: boolean;
}

export const DEFAULT_FORMAT: CellFormat = {
  fontName: 'Calibri',
  fontSize: 11,
  bold: false,
  italic: false,
  underline: 'None',
  fontColor: '#000000',
  fill: null,
  borders: {},
  horizontal: 'General',
  vertical: 'Bottom',
  wrap: false,
  numberFormat: 'General',
  locked: true,
};

export interface ValidationRule {
  decimal?: { formula1: number | string; formula2?: number | string; operator: string };
  wholeNumber?: { formula1: number | string; formula2?: number | string; operator: string };
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
}

export interface ValidationState {
  rect: Rect;
  rule: ValidationRule | null;
  ignoreBlanks: boolean;
  prompt: { title?: string; message?: string; showPrompt?: boolean } | null;
  errorAlert: { title?: string; message?: string; showAlert?: boolean; style?: string } | null;
}

export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  formula: string;
  fontColor: string | null;
  bold: boolean | null;
  fill: string | null;
  stopIfTrue: boolean;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  margins: { top: number; bottom: number; left: number; right: number };
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
  printArea: string | null;
  centerFooter: string | null;
}

export interface SheetState {
  readonly id: string;
  name: string;
  hfId: number;
  visibility: Visibility;
  tabColor: string;
  showGridlines: boolean;
  protection: { protected: boolean; password: string; options: Record<string, boolean> };
  freeze: { rows: number; columns: number };
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  merges: Rect[];
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  formats: Map<string, CellFormat>;
  pageLayout: PageLayoutState;
  charts: ChartState[];
  deleted: boolean;
}

/** A chart as the add-in set it up: what it draws from and how it looks. */
export interface ChartState {
  type: string;
  /** Range of the sheet the data comes from (A1, unqualified) and how series run. */
  source: { sheetId: string; address: string };
  seriesBy: string;
  title: string;
  legendVisible: boolean;
  showValue: boolean;
  /** Top-left and bottom-right cells it covers; null until setPosition. */
  position: { start: string; end: string } | null;
}

export interface ChangedEventArgsLike {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  changeType:
    | 'RangeEdited'
    | 'RowInserted'
    | 'RowDeleted'
    | 'ColumnInserted'
    | 'ColumnDeleted'
    | 'CellInserted'
    | 'CellDeleted';
  source: 'Local' | 'Remote';
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
  details?: { valueBefore: Scalar; valueAfter: Scalar; valueTypeBefore: string; valueTypeAfter: string };
}

// A handler may be async (Office.js awaits nothing): a rejection is kept in handlerErrors like a throw.
type ChangeListener = (args: ChangedEventArgsLike) => unknown;

/** What a cell holds, as HyperFormula input: '=formula', a number or boolean, "'text", or null. */
export type CellContent = string | number | boolean | null;

export class WorkbookModel {
  /** The engine itself; reads go through `hf`, which brings the values up to date first. */
  private readonly engine: HyperFormula;
  private batching = false;
  /**
   * Names a rename of the running batch gave (lower case). Office.js does not document whether a
   * lookup by name later in the same batch sees the rename, so the double refuses one: code keeps
   * the renamed sheet's proxy instead. (Reusing the freed old name in add() is as undocumented; the
   * adapter relies on it when it archives old sheets, so the double allows it.)
   */
  readonly sheets: SheetState[] = [];
  readonly names = new Map<string, { name: string; sheetId: string; rect: Rect; comment: string }>();
  readonly customProperties = new Map<string, { key: string; value: string }>();
  activeSheetId: string | null = null;
  /** Workbook structure protection: sheets cannot be added, renamed, hidden or deleted. */
  structureProtected = false;
  selection: { sheetId: string; rect: Rect } | null = null;
  private nextSheetId = 1;
  private readonly changeHandlers = new Map<string, Set<ChangeListener>>();
  private readonly modelListeners = new Set<() => void>();
  readonly handlerErrors: unknown[] = [];
  /** The host's ExcelApi level: event args carry only the fields that level has. */
  apiVersion = '1.17';
  calculationSuspensions = 0;
  screenUpdatingSuspensions = 0;
  /**
   * A request ran with calculation suspended and no Application.calculate has run since: Excel
   * leaves recalculating to the caller (reference: suspendApiCalculationUntilNextSync), so the
   * formulas it wrote may show no value yet.
   */
  uncalculated = false;

  constructor() {
    installExcelFunctions();
    this.engine = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      useArrayArithmetic: false,
      smartRounding: false,
    });
  }

  /**
   * HyperFormula for reading: recalculated first if a sync's writes are pending, as Excel
   * recalculates before a load returns.
   */
  get hf(): HyperFormula {
    if (this.engine.isEvaluationSuspended()) this.engine.resumeEvaluation();
    return this.engine;
  }

  /** HyperFormula for writing: inside a sync, recalculation waits until something is read or the sync ends. */
  private writer(): HyperFormula {
    invalidateRangeCache();
    if (this.batching && !this.engine.isEvaluationSuspended()) this.engine.suspendEvaluation();
    return this.engine;
  }

  /** Brackets the operations of one sync, so a large batch of writes is recalculated once. */
  beginSync(): void {
    this.batching = true;
    this.namesChangedInSync.clear();
  }

  endSync(): void {
    this.batching = false;
    if (this.engine.isEvaluationSuspended()) this.engine.resumeEvaluation();
  }

  // ---- sheets -------------------------------------------------------------------------------

  liveSheets(): SheetState[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(name: string): SheetState | undefined {
    const key = name.toLocaleLowerCase();
    return this.liveSheets().find((s) => s.name.toLocaleLowerCase() === key);
  }

  sheetById(id: string): SheetState | undefined {
    return this.liveSheets().find((s) => s.id === id);
  }

  requireSheet(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new DoubleError('ItemNotFound', `The requested resource doesn't exist: worksheet "${name}".`);
    return sheet;
  }

  private guardStructure(): void {
    if (this.structureProtected)
      throw new DoubleError('AccessDenied', 'The workbook structure is protected.', 'WorkbookProtection');
  }

  addSheet(name: string): SheetState {
    this.guardStructure();
    checkSheetName(name);
    if (this.findSheet(name))
      throw new DoubleError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
    this.writer().addSheet(name);
    const hfId = this.engine.getSheetId(name);
    if (hfId === undefined)
      throw new DoubleError('InvalidOperation', `Could not create worksheet "${name}".`);
    const sheet: SheetState = {
      id: `{${String(this.nextSheetId++).padStart(8, '0')}-0000-4000-8000-000000000000}`,
      name,
      hfId,
      visibility: 'Visible',
      tabColor: '',
      showGridlines: true,
      protection: { protected: false, password: '', options: {} },
      freeze: { rows: 0, columns: 0 },
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      formats: new Map(),
      pageLayout: {
        orientation: 'Portrait',
        paperSize: 'Letter',
        margins: { top: 54, bottom: 54, left: 50.4, right: 50.4 },
        zoom: { scale: 100 },
        printTitleRows: null,
        printArea: null,
        centerFooter: null,
      },
      charts: [],
      deleted: false,
    };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    this.notify();
    return sheet;
  }

  /**
   * Sheet names that changed hands in the current request (renamed from or to, deleted). Excel does
   * not document whether a lookup by such a name in the same request sees the change, so the
   * double refuses one (OFFICE-JS-NOTES: keep the proxy or use the sheet's id).
   */
  private readonly namesChangedInSync = new Set<string>();

  /** A sheet by name or id (WorksheetCollection.getItem takes either). */
  lookUpSheet(key: string): SheetState | undefined {
    const byId = this.sheetById(key);
    if (byId) return byId;
    if (this.batching && this.namesChangedInSync.has(key.toLocaleLowerCase())) {
      throw new DoubleError(
        'InvalidOperation',
        `Worksheet "${key}" is looked up by a name that changed in the same request (undocumented in Excel): keep the proxy or use the sheet's id.`,
        'WorksheetCollection.getItem',
      );
    }
    return this.findSheet(key);
  }

  renameSheet(sheet: SheetState, name: string): void {
    if (sheet.name === name) return;
    this.guardStructure();
    checkSheetName(name);
    const other = this.findSheet(name);
    if (other && other !== sheet)
      throw new DoubleError('InvalidArgument', `A worksheet named "${name}" already exists.`);
    if (this.batching) {
      this.namesChangedInSync.add(sheet.name.toLocaleLowerCase());
      this.namesChangedInSync.add(name.toLocaleLowerCase());
    }
    this.writer().renameSheet(sheet.hfId, name);
    sheet.name = name;
    this.notify();
  }

  /**
   * Excel refuses to delete a very hidden sheet (make it hidden first) or the last visible one.
   * Workbook-scoped names that pointed at the sheet stay, broken (`=#REF!`), until deleted.
   */
  deleteSheet(sheet: SheetState): void {
    this.guardStructure();
    if (sheet.visibility === 'VeryHidden')
      throw new DoubleError(
        'InvalidOperation',
        'A very hidden worksheet cannot be deleted; change its visibility first.',
        'Worksheet.delete',
      );
    const visible = this.liveSheets().filter((s) => s.visibility === 'Visible' && s !== sheet);
    if (visible.length === 0)
      throw new DoubleError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    if (this.batching) this.namesChangedInSync.add(sheet.name.toLocaleLowerCase());
    this.writer().removeSheet(sheet.hfId);
    sheet.deleted = true;
    if (this.activeSheetId === sheet.id) this.activeSheetId = visible[0]?.id ?? null;
    this.changeHandlers.delete(sheet.id);
    this.notify();
  }

  setVisibility(sheet: SheetState, visibility: Visibility): void {
    if (sheet.visibility !== visibility) this.guardStructure();
    if (visibility !== 'Visible') {
      const others = this.liveSheets().filter((s) => s !== sheet && s.visibility === 'Visible');
      if (others.length === 0)
        throw new DoubleError('InvalidOperation', 'The last visible worksheet cannot be hidden.');
      if (this.activeSheetId === sheet.id) this.activeSheetId = others[0]?.id ?? null;
    }
    sheet.visibility = visibility;
    this.notify();
  }

  // ---- cells --------------------------------------------------------------------------------

  /** The computed value as Range.values reports it: '' for empty, error text such as '#DIV/0!'. */
  value(sheet: SheetState, row: number, col: number): Scalar {
    const v = this.hf.getCellValue({ sheet: sheet.hfId, row, col });
    if (v === null || v === undefined) return '';
    if (v instanceof DetailedCellError) return v.value;
    return v as Scalar;
  }

  /** What Range.formulas reports: the formula with `=`, else the constant, else ''. */
  formula(sheet: SheetState, row: number, col: number): Scalar {
    const addr = { sheet: sheet.hfId, row, col };
    if (this.hf.doesCellHaveFormula(addr)) return this.hf.getCellFormula(addr) ?? '';
    return this.value(sheet, row, col);
  }

  content(sheet: SheetState, row: number, col: number): CellContent {
    const addr = { sheet: sheet.hfId, row, col };
    if (this.hf.doesCellHaveFormula(addr)) return this.hf.getCellFormula(addr) ?? null;
    const v = this.hf.getCellValue(addr);
    if (v === null || v === undefined || v instanceof DetailedCellError) return null;
    // Text is stored with the apostrophe that keeps HyperFormula from parsing it again.
    if (typeof v === 'string') return `'${v}`;
    return v as Scalar;
  }

  /** Writes a block of contents (formulas start with '=', text that must stay text with "'"). */
  writeContents(sheet: SheetState, rect: Rect, contents: CellContent[][]): void {
    const raw = contents.map((row) => row.map((c) => (c === '' ? null : c)));
    this.writer().setCellContents({ sheet: sheet.hfId, row: rect.r0, col: rect.c0 }, raw);
    this.notify();
  }

  format(sheet: SheetState, row: number, col: number): CellFormat {
    return sheet.formats.get(`${row},${col}`) ?? DEFAULT_FORMAT;
  }

  updateFormat(
    sheet: SheetState,
    rect: Rect,
    update: (f: CellFormat, row: number, col: number) => void,
  ): void {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const current = sheet.formats.get(`${r},${c}`) ?? DEFAULT_FORMAT;
        const next: CellFormat = { ...current, borders: { ...current.borders } };
        update(next, r, c);
        sheet.formats.set(`${r},${c}`, next);
      }
    }
    this.notify();
  }

  /** True when the sheet is protected and some cell of the rectangle is locked. */
  isLockedForEdit(sheet: SheetState, rect: Rect): boolean {
    if (!sheet.protection.protected) return false;
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) if (this.format(sheet, r, c).locked) return true;
    return false;
  }

  usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
    let r1 = -1;
    let c1 = -1;
    let r0 = Infinity;
    let c0 = Infinity;
    const note = (r: number, c: number) => {
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    };
    const dims = this.hf.getSheetDimensions(sheet.hfId);
    for (let r = 0; r < dims.height; r++) {
      for (let c = 0; c < dims.width; c++)
        if (!this.hf.isCellEmpty({ sheet: sheet.hfId, row: r, col: c })) note(r, c);
    }
    if (!valuesOnly)
      for (const key of sheet.formats.keys()) note(...(key.split(',').map(Number) as [number, number]));
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  // ---- names --------------------------------------------------------------------------------

  addName(name: string, sheet: SheetState, rect: Rect, comment: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new DoubleError('InvalidArgument', `"${name}" is not a valid name.`);
    }
    if (this.names.has(name.toUpperCase()))
      throw new DoubleError('InvalidArgument', `The name "${name}" already exists.`);
    const ref = `=${qualify(sheet.name, rect)
      .replace(/!([A-Z]+)(\d+)/g, '!$$$1$$$2')
      .replace(/:([A-Z]+)(\d+)/, ':$$$1$$$2')}`;
    this.writer().addNamedExpression(name, ref);
    this.names.set(name.toUpperCase(), { name, sheetId: sheet.id, rect, comment });
    this.notify();
  }

  deleteName(name: string): void {
    const entry = this.names.get(name.toUpperCase());
    if (!entry) throw new DoubleError('ItemNotFound', `The name "${name}" does not exist.`);
    this.writer().removeNamedExpression(entry.name);
    this.names.delete(name.toUpperCase());
    this.notify();
  }

  nameFormula(name: string): string {
    const entry = this.names.get(name.toUpperCase());
    if (!entry) return '=#REF!';
    const sheet = this.sheetById(entry.sheetId);
    if (!sheet) return '=#REF!';
    const rect = entry.rect;
    const abs = rectToA1(rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    const quoted = qualify(sheet.name, rect).split('!')[0];
    return `=${quoted}!${abs}`;
  }

  // ---- events -------------------------------------------------------------------------------

  addChangeHandler(sheetId: string, handler: ChangeListener): void {
    const set = this.changeHandlers.get(sheetId) ?? new Set();
    set.add(handler);
    this.changeHandlers.set(sheetId, set);
  }

  removeChangeHandler(sheetId: string, handler: ChangeListener): void {
    this.changeHandlers.get(sheetId)?.delete(handler);
  }

  /** Number of onChanged handlers currently registered (all sheets). */
  handlerCount(): number {
    let n = 0;
    for (const set of this.changeHandlers.values()) n += set.size;
    return n;
  }

  /** Fires onChanged like Excel: asynchronously, after the change is in the workbook. */
  emitChange(
    sheet: SheetState,
    rect: Rect,
    source: 'Local' | 'Remote',
    triggerSource: 'ThisLocalAddin' | 'Unknown',
    before?: Scalar,
  ): void {
    const handlers = [...(this.changeHandlers.get(sheet.id) ?? [])];
    if (handlers.length === 0) return;
    const args: ChangedEventArgsLike = {
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
      address: rectToA1(rect),
      changeType: 'RangeEdited',
      source,
    };
    // triggerSource exists from ExcelApi 1.14, details from 1.9.
    if (atLeast(this.apiVersion, '1.14')) args.triggerSource = triggerSource;
    // Excel only describes the values for a single-cell edit; multi-cell edits carry no details.
    if (
      atLeast(this.apiVersion, '1.9') &&
      rectRows(rect) === 1 &&
      rectCols(rect) === 1 &&
      before !== undefined
    ) {
      const after = this.value(sheet, rect.r0, rect.c0);
      args.details = {
        valueBefore: before,
        valueAfter: after,
        valueTypeBefore: valueType(before),
        valueTypeAfter: valueType(after),
      };
    }
    setTimeout(() => {
      for (const h of handlers) {
        try {
          const result = h(args);
          if (result instanceof Promise) result.catch((e: unknown) => this.handlerErrors.push(e));
        } catch (e) {
          this.handlerErrors.push(e);
        }
      }
    }, 0);
  }

  // ---- conditional formats and validation, evaluated for inspection --------------------------

  /** The look conditional formats give a cell now (first matching rule wins per attribute). */
  conditionalLook(
    sheet: SheetState,
    row: number,
    col: number,
  ): { fill: string | null; fontColor: string | null; bold: boolean | null } {
    const look = {
      fill: null as string | null,
      fontColor: null as string | null,
      bold: null as boolean | null,
    };
    for (const cf of sheet.conditionalFormats) {
      if (!contains(cf.rect, row, col)) continue;
      const formula = shiftRelative(cf.formula.replace(/^=/, ''), row - cf.rect.r0, col - cf.rect.c0);
      const result = this.hf.calculateFormula(`=${formula}`, sheet.hfId);
      const truthy = result === true || (typeof result === 'number' && result !== 0);
      if (!truthy) continue;
      look.fill ??= cf.fill;
      look.fontColor ??= cf.fontColor;
      look.bold ??= cf.bold;
      if (cf.stopIfTrue) break;
    }
    return look;
  }

  validationAt(sheet: SheetState, row: number, col: number): ValidationState | undefined {
    return sheet.validations.find((v) => contains(v.rect, row, col));
  }

  replaceValidation(sheet: SheetState, rect: Rect, update: (v: ValidationState) => void): void {
    const existing = sheet.validations.find(
      (v) => v.rect.r0 === rect.r0 && v.rect.c0 === rect.c0 && v.rect.r1 === rect.r1 && v.rect.c1 === rect.c1,
    );
    sheet.validations = sheet.validations.filter((v) => v === existing || !intersects(v.rect, rect));
    const target = existing ?? { rect, rule: null, ignoreBlanks: true, prompt: null, errorAlert: null };
    if (!existing) sheet.validations.push(target);
    update(target);
    this.notify();
  }

  // ---- observers (the preview grid) ---------------------------------------------------------

  subscribe(listener: () => void): () => void {
    this.modelListeners.add(listener);
    return () => this.modelListeners.delete(listener);
  }

  private notifyPending = false;
  notify(): void {
    if (this.notifyPending || this.modelListeners.size === 0) return;
    this.notifyPending = true;
    queueMicrotask(() => {
      this.notifyPending = false;
      for (const l of this.modelListeners) l();
    });
  }
}

function atLeast(have: string, need: string): boolean {
  const [hMaj = 0, hMin = 0] = have.split('.').map(Number);
  const [nMaj = 0, nMin = 0] = need.split('.').map(Number);
  return hMaj > nMaj || (hMaj === nMaj && hMin >= nMin);
}

export function valueType(v: Scalar): string {
  if (v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  if (/^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!)$/.test(v)) return 'Error';
  return 'String';
}

function checkSheetName(name: string): void {
  const breach = sheetNameBreach(name);
  if (breach) throw new DoubleError('InvalidArgument', `"${name}" is not a valid worksheet name: ${breach}.`);
}

/** Moves the relative (non-$) A1 references of a formula by a row/column offset, outside strings. */
export function shiftRelative(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g,
            (_m, pre: string, dc: string, col: string, dr: string, row: string) => {
              const newCol = dc ? col : columnLetters(columnNumber(col) + dCol);
              const newRow = dr ? row : String(Number(row) + dRow);
              return `${pre}${dc}${newCol}${dr}${newRow}`;
            },
          ),
    )
    .join('');
}
