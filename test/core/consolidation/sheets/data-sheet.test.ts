/** The data sheet the appraisers type into: order of agencies and rows, row heights, inputs checked, reasons asked for. */
import { buildDataSheet } from '../../../../src/core/consolidation/sheets/data-sheet';
import { DATA_COLUMNS as C, HEADER_ROW } from '../../../../src/core/consolidation/sheets/layout';
import {
  emptyState,
  type ConsolidationState,
  type StateRow,
  type FigureRow,
} from '../../../../src/core/consolidation/state';
import { builtInRegime } from '../../../../src/core/regime/load';
import type { SheetSpec } from '../../../../src/core/sheet/spec';
import { format2Template } from '../../../support/format2-template';

const template = format2Template();
const LONG =
  'Lý do thẩm định rất dài, viết nhiều dòng để giải thích vì sao điểm tự chấm chưa đúng với minh chứng đã nộp';
const sub = (agencyCode: string, subCode: string, reason = ''): StateRow =>
  ({ agencyCode, subCode, self: 1, evidence: '', appraised: null, reason }) as StateRow;
const fig = (agencyCode: string, key: string): FigureRow =>
  ({ agencyCode, key, value: 10, appraised: null, reason: '' }) as FigureRow;
const source = (agencyCode: string, agencyName: string, groupId: string) =>
  ({
    agencyCode,
    agencyName,
    groupId,
    fileName: `${agencyCode}.xlsx`,
    receivedAt: '',
    late: false,
    problems: [],
  }) as never;

function state(): ConsolidationState {
  const s = emptyState(2026, builtInRegime.id, template.id, template.version);
  s.sources = [
    source('H1', 'An Định', 'huyen'),
    source('SYT', 'Sở Y tế', 'so'),
    source('B2', 'Sở Nội vụ', 'so'),
    source('B1', 'Sở Nội vụ', 'so'),
  ];
  s.rows = [
    sub('H1', '1.1'),
    sub('SYT', '1.1', LONG),
    sub('B2', '9.9'),
    sub('B2', '1.3'),
    sub('B1', '1.2'),
    sub('B1', '1.1'),
  ];
  s.figures = [fig('B2', 'zz_b'), fig('B2', 'so_may_tinh'), fig('B2', 'zz_a'), fig('B2', 'so_cbcc')];
  return s;
}
const textAt = (sheet: SheetSpec, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col)?.value;

describe('buildDataSheet', () => {
  it('orders agencies by table, name, code; figures first in the form order; sub-criteria by code', () => {
    const { sheet, lastRow } = buildDataSheet(state(), template, builtInRegime);
    expect(lastRow).toBe(14);
    const lines = Array.from({ length: lastRow - HEADER_ROW }, (_, k) =>
      [C.code, C.sub, C.title].map((c) => textAt(sheet, HEADER_ROW + 1 + k, c)).join(' | '),
    );
    expect(lines).toEqual([
      'B1 | 1.1 | Tỷ lệ cán bộ, công chức, viên chức được trang bị máy tính phục vụ công việc',
      'B1 | 1.2 | Tỷ lệ máy tính được kết nối mạng nội bộ (LAN) và Internet băng thông rộng',
      'B2 | SL_so_cbcc | Số liệu: Tổng số cán bộ, công chức, viên chức (người)',
      'B2 | SL_so_may_tinh | Số liệu: Số máy tính đang sử dụng (máy)',
      'B2 | SL_zz_a | (số liệu không còn trong mẫu phiếu hiện hành)',
      'B2 | SL_zz_b | (số liệu không còn trong mẫu phiếu hiện hành)',
      'B2 | 1.3 | Kết nối và sử dụng mạng truyền số liệu chuyên dùng của các cơ quan Đảng, Nhà nước',
      'B2 | 9.9 | (không còn trong mẫu phiếu hiện hành; không tính điểm)',
      'SYT | 1.1 | Tỷ lệ cán bộ, công chức, viên chức được trang bị máy tính phục vụ công việc',
      'H1 | 1.1 | Tỷ lệ cán bộ, công chức, viên chức được trang bị máy tính phục vụ công việc',
    ]);
    expect([1, 2, 3].map((r) => textAt(sheet, r, 1))).toEqual([
      'Dữ liệu tổng hợp phiếu tự đánh giá mức độ ứng dụng CNTT năm 2026',
      'Tổ thẩm định nhập điểm thẩm định (cột J) và lý do (cột K); ô điểm thẩm định để trống thì dùng điểm tự chấm. Bảng 1 và Bảng 2 tự tính lại.',
      'Dòng số liệu (mã SL_…): cột H là số liệu đơn vị báo cáo; nhập số liệu thẩm định ở cột J và lý do ở cột K, điểm các tiêu chí tính từ số liệu đó tự tính lại; cột L là số liệu được dùng.',
    ]);
  });

  it('makes each row as tall as its longest wrapped text: header, name, figure label, title, reason', () => {
    const { sheet } = buildDataSheet(state(), template, builtInRegime);
    expect(sheet.rows).toEqual([
      { row: 4, height: 102 },
      { row: 5, height: 53 },
      { row: 6, height: 53 },
      { row: 7, height: 37 },
      { row: 8, height: 21 },
      { row: 9, height: 21 },
      { row: 10, height: 21 },
      { row: 11, height: 53 },
      { row: 12, height: 37 },
      { row: 13, height: 86 },
      { row: 14, height: 53 },
    ]);
  });

  it('checks each appraised score from 0 to its cap, one range per run of rows with the same cap', () => {
    const { sheet } = buildDataSheet(state(), template, builtInRegime);
    expect(sheet.validations.map((v) => [v.range.row, v.range.lastRow])).toEqual([
      [5, 5],
      [6, 6],
      [7, 7],
      [8, 8],
      [11, 11],
      [12, 12],
      [13, 14],
    ]);
    expect(sheet.validations[0]).toEqual({
      kind: 'decimal',
      range: { row: 5, col: C.appraised, lastRow: 5, lastCol: C.appraised },
      min: 0,
      max: 2,
      allowBlank: true,
      prompt: {
        title: 'Điểm thẩm định',
        message: 'Nhập điểm từ 0 đến 2, tối đa 2 chữ số thập phân; để trống nếu giữ điểm tự chấm.',
      },
      error: { title: 'Điểm không hợp lệ', message: 'Điểm thẩm định phải là số từ 0 đến 2.' },
    });
  });

  it('marks a reason missing beside an appraised score or figure; the sheet protected, inputs open', () => {
    const { sheet } = buildDataSheet(state(), template, builtInRegime);
    expect(sheet.conditionalFormats).toEqual([
      {
        range: { row: 5, col: C.reason, lastRow: 14, lastCol: C.reason },
        formula:
          'AND(LEN(TRIM($K5))=0,IF(LEFT($E5,3)="SL_",LEN(TRIM($J5))>0,AND(ISNUMBER($J5),NOT(ISLOGICAL($J5)))))',
        style: 'c-missing-reason',
      },
    ]);
    expect(sheet.protection).toEqual({
      password: '',
      allowAutoFilter: true,
      allowFormatColumns: true,
      allowFormatRows: true,
    });
    expect(sheet.showGridLines).toBe(true);
  });

  it('writes no figures note and no reason format when there is nothing to appraise', () => {
    const s = emptyState(2026, builtInRegime.id, template.id, template.version);
    const { sheet, lastRow } = buildDataSheet(s, template, builtInRegime);
    expect(lastRow).toBe(HEADER_ROW);
    expect(textAt(sheet, 3, 1)).toBeUndefined();
    expect(sheet.conditionalFormats).toEqual([]);
  });

  it('breaks ties by code: agencies of the same name, and figures no longer in the form', () => {
    const s = emptyState(2026, builtInRegime.id, template.id, template.version);
    s.sources = ['N3', 'N1', 'N4', 'N2'].map((code) => source(code, 'Sở Nội vụ', 'so'));
    s.rows = ['N3', 'N1', 'N4', 'N2'].map((code) => sub(code, '1.1'));
    s.figures = ['zz_c', 'zz_a', 'zz_d', 'zz_b'].map((key) => fig('N1', key));
    const { sheet, lastRow } = buildDataSheet(s, template, builtInRegime);
    const lines = Array.from({ length: lastRow - HEADER_ROW }, (_, k) =>
      [C.code, C.sub].map((c) => textAt(sheet, HEADER_ROW + 1 + k, c)).join(' '),
    );
    expect(lines).toEqual([
      'N1 SL_zz_a',
      'N1 SL_zz_b',
      'N1 SL_zz_c',
      'N1 SL_zz_d',
      'N1 1.1',
      'N2 1.1',
      'N3 1.1',
      'N4 1.1',
    ]);
  });

  it('writes no figures note for a consolidation kept before figures existed', () => {
    const s: ConsolidationState = {
      ...emptyState(2026, builtInRegime.id, template.id, template.version),
      figures: undefined,
    };
    s.sources = [source('N1', 'Sở Nội vụ', 'so')];
    s.rows = [sub('N1', '1.1')];
    const { sheet } = buildDataSheet(s, template, builtInRegime);
    expect(textAt(sheet, 3, 1)).toBeUndefined();
  });
});
