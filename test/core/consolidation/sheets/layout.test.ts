/**
 * The names a consolidation workbook gives its tables are a contract (README, “The defined-name contract of a survey workbook”): the next
 * merge reads the workbook back through them, and so do the province's scripts and Power Query.
 */
import { buildConsolidationWorkbook } from '../../../../src/core/consolidation/sheets/workbook';
import { emptyState } from '../../../../src/core/consolidation/state';
import { regime, roster, template, YEAR } from '../../../support/consolidation/forms';

describe('the names of a consolidation workbook', () => {
  it('are the documented ones, each over the header row of its table on its sheet', () => {
    const state = emptyState(YEAR, template.regimeId, template.id, template.version);
    const { spec } = buildConsolidationWorkbook(state, template, regime, roster);
    expect(spec.names.map((n) => [n.name, n.sheet, n.range.row])).toEqual([
      ['XHCNTT_DU_LIEU', 'Dữ liệu', 4],
      ['XHCNTT_SO_THEO_DOI', 'Sổ theo dõi', 4],
      ['XHCNTT_NHAT_KY', 'Nhật ký', 4],
      ['XHCNTT_BANG_1', 'Bảng 1', 3],
      ['XHCNTT_BANG_2', 'Bảng 2', 3],
    ]);
  });
});
