/**
 * A simulated person at the keyboard: typing goes through Excel's data validation and sheet
 * protection; pasting and filling down bypass validation (as in Excel) but not protection;
 * every edit fires onChanged (details only for single-cell edits) and can be undone.
 */
import type { CellContent, Scalar, SheetState, WorkbookModel } from './model';
import { type Culture, parseInput } from './parse-input';
import { type Rect, rectCols, rectFromA1, rectRows } from './rect';

export interface UserEditResult {
  accepted: boolean;
  /** Why Excel refused the edit (Vietnamese, as the user would read it). */
  message?: string;
}

export interface EditOptions {
  /** 'Remote' simulates a co-author's edit arriving from Excel on the web. */
  source?: 'Local' | 'Remote';
}

interface UndoEntry {
  sheet: SheetState;
  rect: Rect;
  before: CellContent[][];
}

const PROTECTED_MESSAGE =
  'Ô bạn đang cố thay đổi nằm trên trang tính được bảo vệ. Hãy nhập vào các ô dành cho nhập liệu.';

export class SimulatedUser {
  private readonly undoStack: UndoEntry[] = [];

  constructor(
    private readonly model: WorkbookModel,
    private readonly culture: Culture,
  ) {}

  /** Types text into one cell and presses Enter. */
  type(sheetName: string, address: string, text: string, options: EditOptions = {}): UserEditResult {
    const sheet = this.model.requireSheet(sheetName);
    const rect = rectFromA1(address);
    if (this.model.isLockedForEdit(sheet, rect)) return { accepted: false, message: PROTECTED_MESSAGE };
    const content = parseInput(
      text,
      this.culture,
      this.model.format(sheet, rect.r0, rect.c0).numberFormat === '@',
    );
    const refusal = this.validationRefusal(sheet, rect.r0, rect.c0, content);
    if (refusal) return { accepted: false, message: refusal };
    this.apply(sheet, rect, [[content]], options);
    return { accepted: true };
  }

  /** Pastes values copied elsewhere (kept as they are: numbers stay numbers, text stays text). */
  paste(sheetName: string, topLeft: string, rows: Scalar[][], options: EditOptions = {}): UserEditResult {
    const sheet = this.model.requireSheet(sheetName);
    const start = rectFromA1(topLeft);
    const width = Math.max(...rows.map((r) => r.length));
    const rect = { r0: start.r0, c0: start.c0, r1: start.r0 + rows.length - 1, c1: start.c0 + width - 1 };
    if (this.model.isLockedForEdit(sheet, rect)) return { accepted: false, message: PROTECTED_MESSAGE };
    const contents = rows.map((r) => Array.from({ length: width }, (_, j) => literal(r[j] ?? null)));
    this.apply(sheet, rect, contents, options);
    return { accepted: true };
  }

  /** Presses Delete on a range. */
  clear(sheetName: string, address: string, options: EditOptions = {}): UserEditResult {
    const sheet = this.model.requireSheet(sheetName);
    const rect = rectFromA1(address);
    if (this.model.isLockedForEdit(sheet, rect)) return { accepted: false, message: PROTECTED_MESSAGE };
    this.apply(
      sheet,
      rect,
      grid(rect, () => null),
      options,
    );
    return { accepted: true };
  }

  /** Ctrl+D: copies the top row of the range into the rows below it. */
  fillDown(sheetName: string, address: string, options: EditOptions = {}): UserEditResult {
    const sheet = this.model.requireSheet(sheetName);
    const rect = rectFromA1(address);
    if (this.model.isLockedForEdit(sheet, rect)) return { accepted: false, message: PROTECTED_MESSAGE };
    const top = Array.from({ length: rectCols(rect) }, (_, j) =>
      this.model.content(sheet, rect.r0, rect.c0 + j),
    );
    if (top.some((c) => typeof c === 'string' && c.startsWith('=')))
      return { accepted: false, message: 'Mô phỏng chỉ điền xuống giá trị, không điền công thức.' };
    this.apply(
      sheet,
      rect,
      grid(rect, (_, j) => top[j] ?? null),
      options,
    );
    return { accepted: true };
  }

  /** Ctrl+Z: restores the cells of the last edit. */
  undo(): boolean {
    const entry = this.undoStack.pop();
    if (!entry || entry.sheet.deleted) return false;
    const single = rectRows(entry.rect) === 1 && rectCols(entry.rect) === 1;
    const before = single ? this.model.value(entry.sheet, entry.rect.r0, entry.rect.c0) : undefined;
    this.model.writeContents(entry.sheet, entry.rect, entry.before);
    this.model.emitChange(entry.sheet, entry.rect, 'Local', 'Unknown', before);
    return true;
  }

  private apply(sheet: SheetState, rect: Rect, contents: CellContent[][], options: EditOptions): void {
    const before = grid(rect, (i, j) => this.model.content(sheet, rect.r0 + i, rect.c0 + j));
    const single = rectRows(rect) === 1 && rectCols(rect) === 1;
    const valueBefore = single ? this.model.value(sheet, rect.r0, rect.c0) : undefined;
    this.model.writeContents(sheet, rect, contents);
    this.undoStack.push({ sheet, rect, before });
    this.model.emitChange(sheet, rect, options.source ?? 'Local', 'Unknown', valueBefore);
  }

  /** A list rule's items: written in the rule (comma-separated) or, after “=”, the cells of a range. */
  private listItems(source: string): string[] {
    if (!source.startsWith('=')) return source.split(',').map((s) => s.trim());
    const ref = source.slice(1);
    const bang = ref.lastIndexOf('!');
    const name = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const sheet = this.model.findSheet(name);
    if (!sheet) return [];
    const rect = rectFromA1(ref);
    return grid(rect, (i, j) => this.model.value(sheet, rect.r0 + i, rect.c0 + j))
      .flat()
      .map((v) => String(v ?? ''));
  }

  private validationRefusal(
    sheet: SheetState,
    row: number,
    col: number,
    content: CellContent,
  ): string | null {
    const v = this.model.validationAt(sheet, row, col);
    if (!v?.rule) return null;
    const alert = v.errorAlert ?? {};
    if (alert.showAlert === false || (alert.style && alert.style !== 'Stop')) return null;
    if (content === null) return v.ignoreBlanks ? null : (alert.message ?? 'Giá trị không hợp lệ.');
    const message = alert.message ?? 'Giá trị bạn nhập không hợp lệ.';
    const rule = v.rule.decimal ?? v.rule.wholeNumber;
    if (rule) {
      if (typeof content !== 'number') return message;
      if (v.rule.wholeNumber && !Number.isInteger(content)) return message;
      const lo = Number(String(rule.formula1).replace(/^=/, ''));
      const hi = Number(String(rule.formula2 ?? '').replace(/^=/, ''));
      if (rule.operator === 'Between' && (content < lo || content > hi)) return message;
      if (rule.operator === 'GreaterThanOrEqualTo' && content < lo) return message;
      if (rule.operator === 'LessThanOrEqualTo' && content > lo) return message;
      return null;
    }
    if (v.rule.list) {
      const items = this.listItems(v.rule.list.source);
      const text = typeof content === 'string' ? content.replace(/^'/, '') : String(content);
      return items.includes(text) ? null : message;
    }
    return null;
  }
}

function literal(v: Scalar | null): CellContent {
  if (v === null || v === '') return null;
  if (typeof v === 'string') return `'${v}`;
  return v;
}

function grid<T>(rect: Rect, f: (i: number, j: number) => T): T[][] {
  return Array.from({ length: rectRows(rect) }, (_, i) =>
    Array.from({ length: rectCols(rect) }, (_, j) => f(i, j)),
  );
}
