/** Reading a consolidation back: a table name an appraiser pointed elsewhere is refused in Vietnamese. */
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { readConsolidationState } from '../../../src/core/consolidation/read-state';
import {
  AUDIT_COLUMNS,
  AUDIT_NAME,
  AUDIT_SHEET,
  DATA_NAME,
  REGISTER_COLUMNS,
  REGISTER_NAME,
  REGISTER_SHEET,
} from '../../../src/core/consolidation/sheets/layout';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState, type ConsolidationState } from '../../../src/core/consolidation/state';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { cellAddress, parseRange } from '../../../src/core/sheet/a1';
import { agencyOf, regime, roster, template, YEAR } from '../../support/consolidation/forms';
import { returnedFromSpec } from '../../support/consolidation/returned';
import { submission } from '../../support/consolidation/submissions';

function consolidation(state = emptyState(YEAR, template.regimeId, template.id, template.version)) {
  const { spec } = buildConsolidationWorkbook(state, template, regime, roster);
  return returnedFromSpec(spec, 'tong-hop.xlsx');
}

/** A consolidation with one agency's file merged: its register and audit log have rows. */
function merged(): ConsolidationState {
  const agency = agencyOf('so', 0);
  const empty = emptyState(YEAR, template.regimeId, template.id, template.version);
  const sub = submission(agency, {}, 'so-a.xlsx', '2026-11-10T00:00:00Z', 'a'.repeat(64));
  return mergeSubmissions(empty, [sub], template, '2026-11-25T02:00:00Z').state;
}

/** Types `text` into the first row of a table, in its column `col`. */
function typeInto(wb: ReturnedWorkbook, table: string, col: number, text: string): void {
  const n = wb.names.find((x) => x.name === table);
  if (!n?.address || n.sheet === null) throw new Error(`no table ${table}`);
  const range = parseRange(n.address.replace(/\$/g, ''));
  const sheet = wb.cells[n.sheet];
  if (!sheet) throw new Error(`no sheet ${n.sheet}`);
  sheet[cellAddress(range.row + 1, range.col + col - 1)] = { value: text };
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

  it('reads back the register and the log of a merge', () => {
    const state = merged();
    const read = readConsolidationState(consolidation(state), regime);
    expect(read.ok && read.state.sources.map((x) => x.fileName)).toEqual(['so-a.xlsx']);
    expect(read.ok && read.state.audit.map((e) => e.kind)).toEqual(state.audit.map((e) => e.kind));
  });

  it('refuses a register status or a log event it does not know, naming the text and the sheet', () => {
    const register = consolidation(merged());
    typeInto(register, REGISTER_NAME, REGISTER_COLUMNS.status, 'Đã xem');
    expect(readConsolidationState(register, regime, 'read')).toMatchObject({
      ok: false,
      problem: { params: { reason: 'status-invalid', text: 'Đã xem', sheet: REGISTER_SHEET } },
    });
    const audit = consolidation(merged());
    typeInto(audit, AUDIT_NAME, AUDIT_COLUMNS.kind, 'Xóa tệp');
    const read = readConsolidationState(audit, regime);
    expect(read).toMatchObject({
      ok: false,
      problem: { params: { reason: 'event-invalid', sheet: AUDIT_SHEET } },
    });
    expect(read.ok ? '' : read.message).toContain(
      `sự kiện “Xóa tệp” trong trang “${AUDIT_SHEET}” không hợp lệ`,
    );
  });
});
