/** Reading a consolidation back: a table name an appraiser pointed elsewhere is refused in Vietnamese. */
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { readConsolidationState } from '../../../src/core/consolidation/read-state';
import {
  AUDIT_COLUMNS,
  AUDIT_NAME,
  AUDIT_SHEET,
  DATA_COLUMNS,
  DATA_NAME,
  DATA_SHEET,
  REGISTER_COLUMNS,
  REGISTER_NAME,
  REGISTER_SHEET,
} from '../../../src/core/consolidation/sheets/layout';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState, type ConsolidationState } from '../../../src/core/consolidation/state';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { cellAddress, parseRange } from '../../../src/core/sheet/a1';
import { META_KEYS, META_SHEET, PROPERTY_PREFIX } from '../../../src/core/sheet/metadata';
import type { CellValue } from '../../../src/core/sheet/spec';
import { agencyOf, filledForm, regime, roster, template, YEAR } from '../../support/consolidation/forms';
import { returnedFromSpec } from '../../support/consolidation/returned';
import { FORMAT2_VALID_FIGURES, format2Template } from '../../support/format2-template';
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

/** Types `value` into a table's row `row` (0: its header, 1: its first row), column `col`; null clears the cell. */
function typeAt(wb: ReturnedWorkbook, table: string, row: number, col: number, value: CellValue): void {
  const n = wb.names.find((x) => x.name === table);
  if (!n?.address || n.sheet === null) throw new Error(`no table ${table}`);
  const range = parseRange(n.address.replace(/\$/g, ''));
  const sheet = wb.cells[n.sheet];
  if (!sheet) throw new Error(`no sheet ${n.sheet}`);
  const address = cellAddress(range.row + row, range.col + col - 1);
  if (value === null) delete sheet[address];
  else sheet[address] = { value };
}

/** Types `value` into the first row of a table, in its column `col`. */
function typeInto(wb: ReturnedWorkbook, table: string, col: number, value: CellValue): void {
  typeAt(wb, table, 1, col, value);
}

function readOk(wb: ReturnedWorkbook): ConsolidationState {
  const read = readConsolidationState(wb, regime);
  if (!read.ok) throw new Error(read.message);
  return read.state;
}

/** Drops a metadata key from the hidden sheet and the document properties. */
function dropMeta(wb: ReturnedWorkbook, key: string): void {
  const meta = wb.cells[META_SHEET] ?? {};
  const row = Object.entries(meta)
    .find(([a, c]) => a.startsWith('A') && c.value === key)?.[0]
    .slice(1);
  if (row === undefined) throw new Error(`no metadata ${key}`);
  delete meta[`A${row}`];
  delete meta[`B${row}`];
  delete wb.customProperties[`${PROPERTY_PREFIX}${key}`];
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

  it('refuses a survey form given as the consolidation', () => {
    const form = filledForm({ agency: agencyOf('so', 0), fileName: 'phieu.xlsx' });
    expect(readConsolidationState(form, regime)).toMatchObject({
      ok: false,
      message:
        'Tệp tổng hợp “phieu.xlsx” không đọc lại được: không phải bảng tổng hợp do công cụ xếp hạng CNTT tạo ra. Không ghi đè tệp này; hãy chọn tệp kết quả khác.',
    });
  });

  it('refuses a table whose header was changed, naming the sheet, the cell and the header it needs', () => {
    const data = consolidation(merged());
    typeAt(data, DATA_NAME, 0, DATA_COLUMNS.sub, 'Mã');
    expect(readConsolidationState(data, regime, 'read')).toMatchObject({ ok: false });
    const register = consolidation(merged());
    typeAt(register, REGISTER_NAME, 0, REGISTER_COLUMNS.status, null);
    expect(readConsolidationState(register, regime)).toMatchObject({
      ok: false,
      message: `Tệp tổng hợp “tong-hop.xlsx” không đọc lại được: trang “${REGISTER_SHEET}”, ô E4 phải là tiêu đề “Trạng thái”. Không ghi đè tệp này; hãy chọn tệp kết quả khác.`,
    });
    const read = readConsolidationState(data, regime);
    expect(read.ok ? '' : read.message).toContain(
      `trang “${DATA_SHEET}”, ô E4 phải là tiêu đề “Mã tiêu chí thành phần”`,
    );
  });

  it('keeps TRUE/FALSE typed as scores as Excel shows them', () => {
    const wb = consolidation(merged());
    typeInto(wb, DATA_NAME, DATA_COLUMNS.self, true);
    typeInto(wb, DATA_NAME, DATA_COLUMNS.appraised, false);
    expect(readOk(wb).rows[0]).toMatchObject({ self: 'TRUE', appraised: 'FALSE' });
  });

  it('skips table rows left without an agency code, a status or an event', () => {
    const state = merged();
    const wb = consolidation(state);
    typeInto(wb, DATA_NAME, DATA_COLUMNS.code, null);
    for (const col of Object.values(REGISTER_COLUMNS)) typeAt(wb, REGISTER_NAME, 1, col, null);
    for (const col of Object.values(AUDIT_COLUMNS)) typeAt(wb, AUDIT_NAME, 1, col, null);
    const read = readOk(wb);
    expect(read.rows).toHaveLength(state.rows.length - 1);
    expect(read.rows.filter((r) => r.agencyCode === '')).toEqual([]);
    expect(read.sources).toEqual([]);
    expect(read.audit).toEqual(state.audit.slice(1));
  });

  it('reads a time it cannot read as none, and trims the register’s problems, dropping the appraisal notes', () => {
    const wb = consolidation(merged());
    typeInto(wb, REGISTER_NAME, REGISTER_COLUMNS.receivedAt, 'hôm qua');
    typeInto(wb, AUDIT_NAME, AUDIT_COLUMNS.at, null);
    typeInto(
      wb,
      REGISTER_NAME,
      REGISTER_COLUMNS.problems,
      '  Thiếu chữ ký  \n   \nThẩm định: tiêu chí 1.1 có điểm thẩm định 1 nhưng chưa ghi lý do.',
    );
    const read = readOk(wb);
    expect(read.sources[0]).toMatchObject({ receivedAt: '', problems: ['Thiếu chữ ký'] });
    expect(read.audit[0]?.at).toBe('');
  });

  it('reads back a file no agency could be found for as nobody’s', () => {
    const state: ConsolidationState = {
      ...merged(),
      files: [
        {
          fileName: 'khong-ro.xlsx',
          sha256: 'b'.repeat(64),
          receivedAt: '2026-11-12T00:00:00Z',
          status: 'rejected',
          agencyCode: null,
          problems: ['Không có mã đơn vị.'],
        },
      ],
    };
    expect(readOk(consolidation(state)).files).toEqual(state.files);
  });

  it('reads a metadata without regime or template as none', () => {
    const wb = consolidation(merged());
    dropMeta(wb, META_KEYS.regimeId);
    dropMeta(wb, META_KEYS.templateId);
    expect(readOk(wb)).toMatchObject({ regimeId: '', templateId: '' });
  });

  it('lists the agencies’ sources by code, not in the register’s order', () => {
    const [first, second] = [agencyOf('so', 0), agencyOf('so', 1)];
    const empty = emptyState(YEAR, template.regimeId, template.id, template.version);
    const subs = [
      submission(first, {}, 'a.xlsx', '2026-11-10T00:00:00Z', 'a'.repeat(64)),
      submission(second, {}, 'b.xlsx', '2026-11-10T00:00:00Z', 'b'.repeat(64)),
    ];
    const state = mergeSubmissions(empty, subs, template, '2026-11-25T02:00:00Z').state;
    // The register follows the roster (Văn phòng UBND tỉnh first); the state sorts by code.
    expect(readOk(consolidation(state)).sources.map((s) => s.agencyCode)).toEqual(
      [first.code, second.code].sort(),
    );
  });
});

/** Copies a table's row `from` over its row `to` (1: the first row under the header), as a paste would. */
function copyRow(
  wb: ReturnedWorkbook,
  table: string,
  from: number,
  to: number,
): { from: number; to: number } {
  const n = wb.names.find((x) => x.name === table);
  if (!n?.address || n.sheet === null) throw new Error(`no table ${table}`);
  const range = parseRange(n.address.replace(/\$/g, ''));
  const cells = wb.cells[n.sheet] ?? {};
  for (let col = range.col; col <= range.lastCol; col++) {
    const cell = cells[cellAddress(range.row + from, col)];
    if (cell) cells[cellAddress(range.row + to, col)] = { ...cell };
    else delete cells[cellAddress(range.row + to, col)];
  }
  return { from: range.row + from, to: range.row + to };
}

describe('a row copied over another (a re-merge would keep only one of the two)', () => {
  const advice = 'Không ghi đè tệp này; hãy chọn tệp kết quả khác.';

  it('is refused in the data sheet, naming both rows, the agency and the sub-criterion', () => {
    const wb = consolidation(merged());
    const rows = copyRow(wb, DATA_NAME, 1, 2);
    // The appraisers' score on the upper copy would have been lost.
    typeInto(wb, DATA_NAME, DATA_COLUMNS.appraised, 1);
    typeInto(wb, DATA_NAME, DATA_COLUMNS.reason, 'Đã kiểm tra');
    const code = agencyOf('so', 0).code;
    expect(readConsolidationState(wb, regime)).toMatchObject({
      ok: false,
      problem: { params: { reason: 'row-duplicate', sheet: DATA_SHEET, rows: [rows.from, rows.to] } },
      message: `Tệp tổng hợp “tong-hop.xlsx” không đọc lại được: trang “${DATA_SHEET}”, dòng ${rows.from} và dòng ${rows.to} cùng ghi mã đơn vị ${code}, mã “1.1”: chỉ được có một dòng. ${advice}`,
    });
  });

  it('is refused for a figure’s row too', () => {
    const f2 = format2Template();
    const agency = agencyOf('so', 0);
    const keys = Object.keys(FORMAT2_VALID_FIGURES).slice(0, 2);
    const state: ConsolidationState = {
      ...emptyState(YEAR, f2.regimeId, f2.id, f2.version),
      figures: keys.map((key) => ({ agencyCode: agency.code, key, value: 1, appraised: null, reason: '' })),
      sources: merged().sources,
    };
    const wb = returnedFromSpec(buildConsolidationWorkbook(state, f2, regime, roster).spec, 'tong-hop.xlsx');
    expect(readOk(wb).figures).toHaveLength(2);
    const rows = copyRow(wb, DATA_NAME, 1, 2);
    const read = readConsolidationState(wb, regime);
    expect(read).toMatchObject({
      ok: false,
      problem: { params: { reason: 'row-duplicate', rows: [rows.from, rows.to], agencyCode: agency.code } },
    });
    expect(read.ok ? '' : read.message).toMatch(
      /cùng ghi mã đơn vị [^,]+, mã “SL_[^”]+”: chỉ được có một dòng/,
    );
  });

  it('is refused in the register for an agency’s source file', () => {
    const empty = emptyState(YEAR, template.regimeId, template.id, template.version);
    const subs = [agencyOf('so', 0), agencyOf('so', 1)].map((a, i) =>
      submission(a, {}, `${i}.xlsx`, '2026-11-10T00:00:00Z', String(i).repeat(64)),
    );
    const wb = consolidation(mergeSubmissions(empty, subs, template, '2026-11-25T02:00:00Z').state);
    const rows = copyRow(wb, REGISTER_NAME, 1, 2);
    expect(readConsolidationState(wb, regime)).toMatchObject({
      ok: false,
      message: `Tệp tổng hợp “tong-hop.xlsx” không đọc lại được: trang “${REGISTER_SHEET}”, dòng ${rows.from} và dòng ${rows.to} cùng ghi tệp đang dùng của đơn vị ${agencyOf('so', 0).code}: chỉ được có một dòng. ${advice}`,
    });
  });
});
