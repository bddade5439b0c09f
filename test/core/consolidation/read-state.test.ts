/** Reading a consolidation back: a table name an appraiser pointed elsewhere is refused in Vietnamese. */
import { readConsolidationState } from '../../../src/core/consolidation/read-state';
import { DATA_NAME } from '../../../src/core/consolidation/sheets/layout';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState } from '../../../src/core/consolidation/state';
import { regime, roster, template, YEAR } from '../../support/consolidation/forms';
import { returnedFromSpec } from '../../support/consolidation/returned';

function consolidation() {
  const state = emptyState(YEAR, template.regimeId, template.id, template.version);
  const { spec } = buildConsolidationWorkbook(state, template, regime, roster);
  return returnedFromSpec(spec, 'tong-hop.xlsx');
}

describe('readConsolidationState', () => {
  it('reads back the tables it wrote', () => {
    expect(readConsolidationState(consolidation(), regime).ok).toBe(true);
  });

  it('refuses, naming the table, a table name pointing at whole columns or rows', () => {
    for (const address of ['A:Z', '3:40']) {
      const wb = consolidation();
      const n = wb.names.find((x) => x.name === DATA_NAME);
      if (!n) throw new Error('no data name');
      n.address = address;
      expect(readConsolidationState(wb, regime)).toMatchObject({
        ok: false,
        message: `Tệp tổng hợp “tong-hop.xlsx” không đọc lại được: tên vùng ${DATA_NAME} trỏ tới cả cột hoặc cả dòng (${address}), không phải một bảng. Không ghi đè tệp này; hãy chọn tệp kết quả khác.`,
      });
    }
  });
});
