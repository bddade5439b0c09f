/** One agency's figure rows on the data sheet, as the appraisers read them column by column. */
import { figureLines } from '../../../../src/core/consolidation/sheets/figure-lines';
import { DATA_COLUMNS as C } from '../../../../src/core/consolidation/sheets/layout';
import type { FigureRow } from '../../../../src/core/consolidation/state';
import type { Figure } from '../../../../src/core/template/figure-types';

const agency = { code: 'STP', name: 'Sở Tư pháp', group: 'Sở, ban, ngành' };
const yesNo: Figure = {
  key: 'ket_noi_tsl',
  label: 'Kết nối mạng truyền số liệu chuyên dùng',
  type: 'yesno',
  evidenceRequired: true,
};
const computers: Figure = {
  key: 'so_may_tinh',
  label: 'Số máy tính',
  type: 'integer',
  unit: 'máy',
  evidenceRequired: false,
};
const row = (
  key: string,
  value: FigureRow['value'],
  appraised: FigureRow['appraised'],
  reason = '',
): FigureRow => ({
  agencyCode: agency.code,
  key,
  value,
  appraised,
  reason,
});

describe('figureLines', () => {
  it('writes a figure without a unit as its bare label, with no evidence, the appraisal and the figure used', () => {
    const lines = figureLines(
      [row('ket_noi_tsl', 'Có', 'Không', 'Chưa có biên bản kết nối'), row('so_may_tinh', 12, null)],
      8,
      new Map([
        [yesNo.key, yesNo],
        [computers.key, computers],
      ]),
      agency,
    );
    const valuesOf = (r: number) =>
      Object.values(C).map((col) => {
        const cell = lines.cells.find((c) => c.row === r && c.col === col);
        return cell?.formula === undefined ? cell?.value : cell.cachedValue;
      });
    expect(valuesOf(8)).toEqual([
      'STP',
      'Sở Tư pháp',
      'Sở, ban, ngành',
      null,
      'SL_ket_noi_tsl',
      'Số liệu: Kết nối mạng truyền số liệu chuyên dùng',
      null,
      'Có',
      '',
      'Không',
      'Chưa có biên bản kết nối',
      'Không',
    ]);
    expect(valuesOf(9)).toEqual([
      'STP',
      'Sở Tư pháp',
      'Sở, ban, ngành',
      null,
      'SL_so_may_tinh',
      'Số liệu: Số máy tính (máy)',
      null,
      12,
      '',
      null,
      '',
      12,
    ]);
  });
});
