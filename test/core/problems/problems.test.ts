import { readConsolidationState } from '../../../src/core/consolidation/read-state';
import { readDocumentSource } from '../../../src/core/documents/source';
import { builtInRegime } from '../../../src/core/regime/load';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { defaultTemplate, parseTemplate, templateToJson } from '../../../src/core/template/load';
import { planReplacement, readPrevious } from '../../../src/office/consolidation-plan';
import { readConsolidationFile } from '../../../src/xlsx/consolidation-file';
import { placed, problemMessage, refusedPrevious, worded } from '../../../src/core/problems/messages';
import { whereText } from '../../../src/core/problems/where';
import { checkEntry } from '../../../src/core/scoring/rules';
import type { SubCriterion } from '../../../src/core/template/types';

const sub: SubCriterion = {
  code: '2.3',
  criterionNumber: 2,
  index: 3,
  title: 'Thử',
  capHundredths: 800,
  evidenceRequired: true,
};

describe('where a problem is', () => {
  it('reads file, sheet, cell and its name the way every message starts', () => {
    expect(whereText({ file: 'a.xlsx', sheet: 'Phiếu', cell: 'D14', name: 'TC_2_3' })).toBe(
      'Tệp “a.xlsx”, trang “Phiếu”, ô D14 (TC_2_3)',
    );
    expect(whereText({ file: 'don-vi.csv', fileKind: 'roster', row: 5, record: 'SO-A' })).toBe(
      'Tệp danh sách đơn vị “don-vi.csv”, dòng 5 (mã SO-A)',
    );
    expect(whereText({ row: 5 })).toBe('Dòng 5');
    expect(whereText({})).toBe('');
  });

  it('names the sub-criterion only when no cell already names it', () => {
    expect(whereText({ criterion: '2.3' })).toBe('Tiêu chí 2.3');
    expect(whereText({ file: 'a.xlsx', sheet: 'Phiếu', cell: 'D14', criterion: '2.3' })).not.toContain(
      'tiêu chí',
    );
  });
});

describe('problems as values', () => {
  it('keeps the code, plain parameters and place beside the message', () => {
    const [p] = checkEntry(sub, 9, 'QĐ 12');
    if (!p) throw new Error('expected a problem');
    expect(p).toMatchObject({
      code: 'over-cap',
      severity: 'error',
      params: { value: 9, capHundredths: 800 },
      where: { criterion: '2.3', field: 'score' },
      message: 'Tiêu chí 2.3: điểm 9 vượt điểm tối đa 8. Chỉ được tính 8 điểm.',
    });
    // Plain data: the JSON report can keep it as it is and word it again.
    const copy = JSON.parse(JSON.stringify(p)) as typeof p;
    expect(problemMessage(copy)).toBe(p.message);
  });

  it('words an entry problem again with the file and cell, without naming the criterion twice', () => {
    const [p] = checkEntry(sub, 7.555, 'QĐ 12');
    if (!p) throw new Error('expected a problem');
    const inFile = placed(p, { file: 'a.xlsx', sheet: 'Phiếu', cell: 'D14', name: 'TC_2_3' }, 'warning');
    expect(inFile.severity).toBe('warning');
    expect(inFile.message).toBe(
      'Tệp “a.xlsx”, trang “Phiếu”, ô D14 (TC_2_3): điểm 7,555 có quá 2 chữ số thập phân; được làm tròn thành 7,56.',
    );
  });

  it('starts a message without a place with a capital letter', () => {
    expect(worded('blank', 'warning', {}, {}).message).toBe('Chưa nhập điểm (đang tính 0 điểm).');
  });

  it('words a roster file refused for its size as one sentence from the file’s name', () => {
    const where = { file: 'don-vi.xlsx', fileKind: 'roster' } as const;
    expect(worded('roster-file-too-large', 'error', where, { bytes: 6 * 1024 * 1024 }).message).toBe(
      'Tệp danh sách đơn vị “don-vi.xlsx” quá lớn để là một danh sách đơn vị (6144 KB).',
    );
  });
});

describe('template problems as values', () => {
  it('keep the JSON path, the item and the field as data, and word the same from a JSON copy', () => {
    const json = templateToJson(defaultTemplate(2026));
    const sub = json.groups[0]?.criteria[1]?.subCriteria[2];
    if (!sub) throw new Error('no sub-criterion 2.3');
    sub.cap = 8.125;
    const result = parseTemplate(json, builtInRegime);
    const p = result.ok ? undefined : result.problems.find((q) => q.code === 'cap-decimals');
    expect(p).toMatchObject({
      severity: 'error',
      params: { cap: 8.125 },
      where: {
        path: 'groups.so.criteria[1].subCriteria[2]',
        item: { kind: 'sub-criterion', group: { id: 'so', name: 'Sở, ban, ngành cấp tỉnh' }, code: '2.3' },
      },
      message:
        'Tiêu chí thành phần 2.3 (nhóm “Sở, ban, ngành cấp tỉnh”): điểm tối đa 8,125 có quá 2 chữ số thập phân.',
    });
    if (!p) return;
    expect(problemMessage(JSON.parse(JSON.stringify(p)) as typeof p)).toBe(p.message);
    // Placed on a workbook cell, the place comes first and the item stays the subject.
    expect(placed(p, { sheet: 'Tiêu chí thành phần', row: 12, column: 'E' }).message).toBe(
      'Trang “Tiêu chí thành phần”, dòng 12, cột E: Tiêu chí thành phần 2.3 (nhóm “Sở, ban, ngành cấp tỉnh”): điểm tối đa 8,125 có quá 2 chữ số thập phân.',
    );
  });

  it('go on from the item as one sentence where the wording says so', () => {
    const item = { kind: 'figure', group: { index: 1 }, key: 'so_may', index: 0 } as const;
    expect(worded('figure-unused', 'error', { item }, {}).message).toBe(
      'Số liệu “so_may” (nhóm thứ 2) không được tiêu chí thành phần hay phép kiểm tra nào dùng.',
    );
    expect(worded('template-file-empty', 'error', { file: 'mau.json' }, {}).message).toBe(
      'Tệp “mau.json” trống.',
    );
  });
});

describe('a previous consolidation that cannot be read back', () => {
  // Table names of a consolidation without its metadata: a user's sheet in the way, or a damaged one.
  const wb: ReturnedWorkbook = {
    fileName: 'tong-hop.xlsx',
    byteLength: 1,
    sha256: '',
    sheets: [{ name: 'Dữ liệu', visibility: 'visible' }],
    names: [{ name: 'XHCNTT_DU_LIEU', sheet: 'Dữ liệu', address: 'A1:B2', raw: "'Dữ liệu'!$A$1:$B$2" }],
    customProperties: {},
    cells: {},
  };

  it('gives advice for where the merge would write, and none when the file is only read', () => {
    const inFile = readConsolidationState(wb, builtInRegime);
    const reason = 'không phải bảng tổng hợp do công cụ xếp hạng CNTT tạo ra';
    expect(inFile).toMatchObject({
      ok: false,
      problem: {
        code: 'previous-unreadable',
        where: { file: 'tong-hop.xlsx' },
        params: { reason: 'not-a-consolidation', use: 'merge-into-file' },
      },
      message: `Tệp tổng hợp “tong-hop.xlsx” không đọc lại được: ${reason}. Không ghi đè tệp này; hãy chọn tệp kết quả khác.`,
    });
    const inWorkbook = readPrevious(wb, builtInRegime, defaultTemplate(2026));
    expect(inWorkbook.ok).toBe(false);
    if (inWorkbook.ok) return;
    expect(inWorkbook.message).toContain(
      'Phần bổ trợ không ghi gì vào sổ tính. Hãy khôi phục phần đã bị sửa',
    );
    expect(inWorkbook.message).not.toContain('Không ghi đè tệp này');
    const forDocuments = readDocumentSource(wb, builtInRegime);
    expect(forDocuments).toEqual({
      ok: false,
      message: `Tệp tổng hợp “tong-hop.xlsx” không đọc lại được: ${reason}.`,
    });
  });
});

describe('refusals where a merge would write', () => {
  it('refuses an oversized earlier consolidation without the advice meant for a returned form', () => {
    const where = { file: 'tong-hop-2025.xlsx', fileKind: 'consolidation' as const };
    const tooLarge = worded('too-large', 'error', where, {
      bytes: 60 * 1024 * 1024,
      maxBytes: 50 * 1024 * 1024,
    });
    expect(tooLarge.message).toContain('Phiếu khảo sát chỉ vài trăm KB');
    expect(refusedPrevious(tooLarge, 'merge-into-file').message).toBe(
      'Tệp tổng hợp “tong-hop-2025.xlsx”: tệp nặng 60 MB, vượt giới hạn 50 MB. Không ghi đè tệp này; hãy chọn tệp kết quả khác.',
    );
  });

  it('words the reader’s refusal of an earlier consolidation file with the advice not to overwrite it', () => {
    const read = readConsolidationFile(
      new TextEncoder().encode('ma,ten\n'),
      'ket-qua/tong-hop.xlsx',
      builtInRegime,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(
      /^Tệp “tong-hop\.xlsx”: .*Không ghi đè tệp này; hãy chọn tệp kết quả khác\.$/,
    );
  });

  it('names the user’s sheets in the way, as a problem with the sheets as data', () => {
    const wb: ReturnedWorkbook = {
      fileName: '',
      byteLength: 1,
      sha256: '',
      sheets: [{ name: 'Bảng 1', visibility: 'visible' }],
      names: [],
      customProperties: {},
      cells: {},
    };
    const plan = planReplacement(wb, false, ['Bảng 1', 'Bảng 2']);
    expect(plan).toMatchObject({
      ok: false,
      problem: { code: 'workbook-sheets-taken', params: { sheets: ['Bảng 1'] } },
    });
    if (!plan.ok) expect(plan.message).toMatch(/^Sổ tính đang mở đã có trang “Bảng 1” không phải do công cụ/);
  });
});
