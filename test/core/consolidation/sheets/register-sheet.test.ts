/** The "Sổ theo dõi" sheet: one line per file received or agency missing, problems one per line. */
import type { RegisterRow } from '../../../../src/core/consolidation/register';
import { buildRegisterSheet } from '../../../../src/core/consolidation/sheets/register-sheet';
import { HEADER_ROW, REGISTER_COLUMNS as C } from '../../../../src/core/consolidation/sheets/layout';
import { builtInRegime } from '../../../../src/core/regime/load';

const missing: RegisterRow = {
  agencyCode: 'SNV',
  agencyName: 'Sở Nội vụ',
  groupId: 'x',
  status: 'missing',
  fileName: '',
  sha256: '',
  receivedAt: '',
  problems: [],
};
const received: RegisterRow = {
  ...missing,
  agencyCode: 'SYT',
  agencyName: 'Sở Y tế',
  status: 'received',
  fileName: 'syt.xlsx',
  sha256: 'a'.repeat(64),
  receivedAt: '2026-11-15T03:00:00Z',
  problems: ['Ô C5 để trống'],
};

describe('buildRegisterSheet', () => {
  it('writes the title, each problem on its own line, no time for a file not received, rows tall enough', () => {
    const { sheet, lastRow } = buildRegisterSheet([missing, received], builtInRegime, 2026);
    const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value;
    expect(lastRow).toBe(HEADER_ROW + 2);
    expect(at(1, 1)).toBe('Sổ theo dõi tiếp nhận phiếu tự đánh giá năm 2026');
    expect(at(HEADER_ROW + 1, C.receivedAt)).toBe('');
    expect(at(HEADER_ROW + 2, C.receivedAt)).toBe('15/11/2026 10:00:00 +07:00');
    expect(at(HEADER_ROW + 2, C.problems)).toBe('Ô C5 để trống');
    // The header wraps; a hash takes three 9 pt lines (36 pt); other rows one 13 pt line (21 pt).
    expect(sheet.rows).toEqual([
      { row: HEADER_ROW, height: 37 },
      { row: HEADER_ROW + 1, height: 21 },
      { row: HEADER_ROW + 2, height: 36 },
    ]);
    expect(sheet.showGridLines).toBe(true);
  });

  it('writes each problem of a rejected file on its own line, the row as tall as the lines', () => {
    const rejected: RegisterRow = {
      ...missing,
      status: 'rejected',
      problems: ['Ô C5 để trống', 'Ô C6 không phải số'],
    };
    const { sheet } = buildRegisterSheet([rejected], builtInRegime, 2026);
    const cell = sheet.cells.find((c) => c.row === HEADER_ROW + 1 && c.col === C.problems);
    expect(cell?.value).toBe('Ô C5 để trống\nÔ C6 không phải số');
    expect(sheet.rows[1]).toEqual({ row: HEADER_ROW + 1, height: 37 });
  });
});
