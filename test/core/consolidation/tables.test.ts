/** The ranking tables come in table order (Bảng 1, then Bảng 2), whatever order the regime lists its groups in. */
import { emptyState } from '../../../src/core/consolidation/state';
import { rankingTables } from '../../../src/core/consolidation/tables';
import { regime, template, YEAR } from '../../support/consolidation/forms';

describe('rankingTables', () => {
  it('orders the tables by their number, not by the regime’s list of groups', () => {
    const state = emptyState(YEAR, template.regimeId, template.id, template.version);
    const reversed = { ...regime, groups: [...regime.groups].reverse() };
    const numbers = regime.groups.map((g) => g.tableNumber).sort((a, b) => a - b);
    expect(rankingTables(state, template, reversed).map((t) => t.tableNumber)).toEqual(numbers);
    expect(rankingTables(state, template, regime).map((t) => t.tableNumber)).toEqual(numbers);
  });
});
