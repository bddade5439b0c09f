/**
 * Excel.RangeAreas (Worksheet.getRanges, ExcelApi 1.9) in the double: several rectangles of one
 * sheet changed by a single request action, which is how it keeps a large write's payload small.
 * Only what the adapter uses is modelled: data validation and row height.
 */
import { EXCEL_LIMITS } from '../core/sheet/excel-limits';
import type { DoubleRequestContext } from './client';
import { DoubleError, unsupported } from './errors';
import type { SheetState, ValidationRule, ValidationState } from './model';
import { checkLength, RangeProxy, type RangeTarget } from './range-proxy';
import { rectFromA1 } from './rect';

const API = { version: '1.9', member: 'Worksheet.getRanges' };

export class RangeAreasProxy {
  readonly dataValidation: AreasDataValidationProxy;
  readonly format: AreasFormatProxy;

  constructor(
    readonly context: DoubleRequestContext,
    private readonly sheet: () => SheetState | null,
    private readonly address: string,
  ) {
    // Getting the object is one object path (and action) in the request.
    this.context.enqueue(() => void this.targets(), address, API);
    this.dataValidation = new AreasDataValidationProxy(this);
    this.format = new AreasFormatProxy(this);
  }

  /** The areas now (during a sync): "A1:B2, D4" or "A1:B2; D4", as Excel accepts them. */
  targets(): RangeTarget[] {
    const sheet = this.sheet();
    if (!sheet) throw new DoubleError('ItemNotFound', 'The worksheet does not exist.', 'Worksheet.getRanges');
    const parts = this.address.split(/[,;]/).map((s) => s.trim());
    if (parts.length === 0 || parts.some((p) => p === ''))
      throw new DoubleError(
        'InvalidArgument',
        `Invalid range areas address "${this.address}".`,
        'Worksheet.getRanges',
      );
    return parts.map((p) => ({ sheet, rect: rectFromA1(p) }));
  }

  /** One queued action applied to every area. */
  apply(value: unknown, f: (t: RangeTarget) => void): void {
    this.context.enqueue(
      () => {
        for (const t of this.targets()) f(t);
      },
      value,
      API,
    );
  }
}

class AreasDataValidationProxy {
  constructor(private readonly areas: RangeAreasProxy) {}
  private update(value: unknown, f: (v: ValidationState) => void): void {
    this.areas.apply(value, (t) => {
      if (t.sheet.protection.protected)
        throw new DoubleError(
          'AccessDenied',
          'Cannot change data validation on a protected sheet.',
          'DataValidation',
        );
      this.areas.context.model.replaceValidation(t.sheet, t.rect, f);
    });
  }
  set rule(rule: ValidationRule) {
    const kinds = Object.keys(rule);
    if (kinds.length !== 1 || !['decimal', 'wholeNumber', 'list', 'custom'].includes(kinds[0] ?? ''))
      unsupported(`DataValidation.rule of kind ${kinds.join(',')}`);
    this.update(rule, (v) => (v.rule = rule));
  }
  set ignoreBlanks(b: boolean) {
    this.update(b, (v) => (v.ignoreBlanks = b));
  }
  set prompt(p: { title?: string; message?: string; showPrompt?: boolean }) {
    checkLength('prompt title', p.title, EXCEL_LIMITS.validationTitle);
    checkLength('prompt message', p.message, EXCEL_LIMITS.validationPrompt);
    this.update(p, (v) => (v.prompt = p));
  }
  set errorAlert(e: { title?: string; message?: string; showAlert?: boolean; style?: string }) {
    checkLength('error alert title', e.title, EXCEL_LIMITS.validationTitle);
    checkLength('error alert message', e.message, EXCEL_LIMITS.validationError);
    this.update(e, (v) => (v.errorAlert = e));
  }
}

class AreasFormatProxy {
  constructor(private readonly areas: RangeAreasProxy) {}
  set rowHeight(v: number) {
    const context = this.areas.context;
    this.areas.apply(v, (t) => {
      // The same refusal as Range.format on a protected sheet.
      new RangeProxy(context, () => t).guardFormat(t);
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, v);
      context.model.notify();
    });
  }
}
