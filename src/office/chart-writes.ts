/**
 * A sheet's native charts (ChartSpec) as writes, queued after its contents exist: one series
 * from a two-column range, titled, without legend, values shown on the bars (ExcelApi 1.1).
 */
import { cellAddress } from '../core/sheet/a1';
import type { SheetSpec } from '../core/sheet/spec';
import { rangeOf } from './content-writes';
import type { Write } from './request-budget';

const TYPE = { column: 'ColumnClustered', bar: 'BarClustered' } as const;

export function chartWrites(sheetOf: () => Excel.Worksheet, spec: SheetSpec): Write[] {
  return (spec.charts ?? []).map((c) => ({
    queue: () => {
      const sheet = sheetOf();
      const chart = sheet.charts.add(TYPE[c.kind], rangeOf(sheet, c.data), 'Columns');
      chart.title.text = c.title;
      chart.legend.visible = false;
      chart.dataLabels.showValue = true;
      chart.setPosition(
        cellAddress(c.anchor.row, c.anchor.col),
        cellAddress(c.anchor.lastRow, c.anchor.lastCol),
      );
    },
  }));
}
