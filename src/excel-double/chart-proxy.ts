/**
 * Excel.ChartCollection and Excel.Chart in the double: the members the add-in uses to add a
 * chart from a range and set its title, legend, data labels and position (all ExcelApi 1.1; the
 * guard checks them against the simulated host). Writes are queued and applied at sync.
 */
import type { DoubleRequestContext } from './client';
import { DoubleError } from './errors';
import type { ChartState, SheetState } from './model';
import type { RangeProxy } from './range-proxy';
import { rectFromA1, rectToA1 } from './rect';

// The chart types the adapter draws; others are not modelled.
const TYPES = ['ColumnClustered', 'BarClustered'];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];

type Resolver = () => SheetState | null;

function needSheet(resolve: Resolver): SheetState {
  const s = resolve();
  if (!s) throw new DoubleError('ItemNotFound', 'The worksheet does not exist.');
  return s;
}

export class ChartCollectionProxy {
  constructor(
    private readonly context: DoubleRequestContext,
    private readonly resolver: Resolver,
  ) {}

  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    if (!TYPES.includes(type))
      throw new DoubleError('InvalidArgument', `Chart type ${type} is not modelled.`);
    if (!SERIES_BY.includes(seriesBy))
      throw new DoubleError('InvalidArgument', `Unknown seriesBy ${seriesBy}.`);
    let state: ChartState | null = null;
    this.context.enqueue(
      () => {
        const sheet = needSheet(this.resolver);
        const source = sourceData.resolveNow();
        state = {
          type,
          source: { sheetId: source.sheet.id, address: rectToA1(source.rect) },
          seriesBy,
          title: '',
          legendVisible: true,
          showValue: false,
          position: null,
        };
        sheet.charts.push(state);
        this.context.model.notify();
      },
      { type, seriesBy },
    );
    return new ChartProxy(this.context, () => {
      if (!state) throw new DoubleError('InvalidObjectPath', 'The chart was not added.');
      return state;
    });
  }
}

export class ChartProxy {
  constructor(
    private readonly context: DoubleRequestContext,
    private readonly chart: () => ChartState,
  ) {}

  private apply(payload: unknown, f: (c: ChartState) => void): void {
    this.context.enqueue(() => f(this.chart()), payload);
  }

  readonly title = {
    set text(v: string) {
      this.owner.apply({ text: v }, (c) => (c.title = v));
    },
    owner: this as ChartProxy,
  };
  readonly legend = {
    set visible(v: boolean) {
      this.owner.apply({ visible: v }, (c) => (c.legendVisible = v));
    },
    owner: this as ChartProxy,
  };
  readonly dataLabels = {
    set showValue(v: boolean) {
      this.owner.apply({ showValue: v }, (c) => (c.showValue = v));
    },
    owner: this as ChartProxy,
  };

  setPosition(startCell: string, endCell: string): void {
    // Excel takes one cell for each corner.
    for (const a of [startCell, endCell]) {
      const r = rectFromA1(a);
      if (r.r0 !== r.r1 || r.c0 !== r.c1)
        throw new DoubleError('InvalidArgument', `setPosition takes one cell, not ${a}.`);
    }
    this.apply({ startCell, endCell }, (c) => (c.position = { start: startCell, end: endCell }));
  }
}
