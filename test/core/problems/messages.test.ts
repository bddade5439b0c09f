/**
 * The wording of every problem worded in messages.ts (template-file problems are template-wording.ts's): a
 * representative sentence per family with its placeholders filled, each branch of a message that has
 * several, and properties that hold for every code.
 */
import { formatPoints } from '../../../src/core/numbers/hundredths';
import { vnDecimal } from '../../../src/core/numbers/decimal-text';
import { worded } from '../../../src/core/problems/messages';
import type {
  FigureReason,
  ProblemCode,
  ProblemParams,
  StructureChange,
  TemplateParams,
  VersionChange,
} from '../../../src/core/problems/params';
import { whereText, type Where } from '../../../src/core/problems/where';

/** The message as the user reads it; without a place it is the wording alone, capitalised. */
function say<C extends ProblemCode>(code: C, params: ProblemParams[C], where: Where = {}): string {
  return worded(code, 'error', where, params).message;
}

const MB = 1024 * 1024;
const SYT = { code: 'SO-Y-TE', name: 'Sở Y tế' };
const STP = { code: 'SO-TU-PHAP', name: 'Sở Tư pháp' };
const STALE = 'giá trị lưu trong tệp đã cũ hoặc bị sửa; dùng kết quả tính lại từ điểm tự chấm';
const KEPT = 'Phần bổ trợ không ghi gì vào sổ tính.';

type OwnCode = Exclude<ProblemCode, keyof TemplateParams>;

/** One problem of every code worded in messages.ts itself; a code added without a sample does not compile. */
const SAMPLES: { [C in OwnCode]: ProblemParams[C] } = {
  'too-large': { bytes: 60 * MB, maxBytes: 50 * MB },
  'zip-bomb': { detail: { why: 'entry-over-limit', entry: 'xl/worksheets/sheet1.xml', maxBytes: 200 * MB } },
  'not-zip': { detail: { why: 'plain-text' } },
  'xls-binary': { detail: { why: 'xls' } },
  encrypted: { detail: { why: 'password' } },
  'csv-or-text': { detail: { why: 'markup' } },
  'macro-enabled': { detail: { why: 'vba', part: 'xl/vbaProject.bin' } },
  corrupt: { detail: { why: 'entry-corrupt', entry: 'xl/styles.xml' } },
  'no-workbook-part': { detail: { why: 'no-workbook-xml' } },
  'file-unreachable': { reason: 'không có quyền đọc thư mục' },
  'file-unprocessable': { error: 'Unexpected end of data' },
  blank: {},
  'not-a-number': { text: 'tám', capHundredths: 800 },
  'text-number': { text: '7,5' },
  negative: { value: -1.5 },
  'over-cap': { value: 9, capHundredths: 800 },
  'too-many-decimals': { value: 7.555, roundedHundredths: 756 },
  'evidence-missing': {},
  'formula-in-input': { formula: 'B2*2', stored: 4.5 },
  'not-a-survey': {},
  'consolidation-workbook': {},
  'metadata-mismatch': { key: 'templateVersion' },
  'wrong-year': { found: '2024', year: 2026 },
  'regime-mismatch': { found: 'qd-khac', expected: 'qd-4289-2016' },
  'template-unknown': { templateId: 'mau-la', known: ['mau-2026', 'mau-2025'] },
  'template-newer-version': { found: '7', current: 3 },
  'template-older-version': { version: 2, current: 3 },
  'template-outdated': { version: 1, current: 4, changes: [{ change: 'sub-added', code: '3.4' }] },
  'group-unknown': { groupId: 'xa', in: 'regime' },
  'wrong-group': { agency: SYT, agencyGroup: 'so', formGroup: 'huyen' },
  'name-missing': { names: ['TC_1_1', 'TONG_DIEM'] },
  'structure-changed': { changes: [{ change: 'formula-lost', cell: 'E20' }] },
  'year-cell-mismatch': { found: '2025', year: 2027 },
  'group-cell-mismatch': { found: 'Huyện', groupId: 'so' },
  'agency-unknown': { code: 'SO-LA', name: 'Sở Lạ' },
  'agency-code-unknown': { code: 'SO-YT', name: 'Sở Y tế', agency: SYT },
  'agency-code-missing': { name: 'Sở Y tế', agency: SYT },
  'agency-name-mismatch': { name: 'Sở Y', agency: SYT },
  'agency-code-name-conflict': { code: 'SO-Y-TE', name: 'Sở Tư pháp', byCode: SYT, byName: STP },
  'agency-prefilled-mismatch': { prefilled: 'SO-TU-PHAP', agency: SYT },
  'stale-subtotal': { criterion: 2, storedHundredths: 1250, expectedHundredths: 1200 },
  'stale-total': { storedHundredths: 8501, expectedHundredths: 8500 },
  'stale-rating': { stored: 'Tốt', expected: 'Khá' },
  'figure-blank': { label: 'Số máy tính' },
  'figure-invalid': { label: 'Số cán bộ', reason: 'not-whole' },
  'logic-check-failed': { text: 'Số máy có kết nối vượt số máy', severity: 'warning' },
  'roster-not-a-list': {},
  'roster-row-not-an-agency': {},
  'roster-code-invalid': { code: 'so y te' },
  'roster-code-duplicate': { code: 'SO-A', firstRow: 3 },
  'roster-name-missing': {},
  'roster-group-unknown': { group: 'tinh', known: ['so', 'huyen'] },
  'roster-aliases-invalid': {},
  'roster-name-shared': { name: 'Sở Y tế', otherCode: 'SYT', otherRow: 4 },
  'roster-file-empty': {},
  'roster-file-too-large': { bytes: 6 * MB },
  'roster-columns-missing': { columns: ['mã', 'nhóm'] },
  'roster-cells-outside': { cells: ['Sở Y', 'SYT'] },
  'roster-no-agencies': {},
  'criteria-sheet-missing': {},
  'criteria-info-missing': { label: 'Năm' },
  'criteria-blank': { label: 'Tên mẫu' },
  'criteria-date': { text: '31-10-2026' },
  'criteria-list': { text: 'Hơi có', items: ['Có', 'Không'] },
  'criteria-pairs': { line: 2, text: '90 2' },
  'criteria-number': { text: 'hai' },
  'criteria-group-blank': {},
  'previous-unreadable': { reason: 'name-missing', name: 'XHCNTT_DU_LIEU', use: 'read' },
  'previous-other-template': {
    year: 2025,
    templateId: 'mau-2025',
    expectedYear: 2026,
    expectedTemplateId: 'mau-2026',
    use: 'merge-into-file',
  },
  'workbook-holds-survey': {},
  'workbook-other-product': { product: 'khac' },
  'workbook-sheets-taken': { sheets: ['Bảng 1'] },
};

/** Parameters that choose the wording or are shown reworded (sizes in MB), not shown as they are. */
const NOT_SHOWN = new Set(['why', 'change', 'reason', 'use', 'severity', 'in', 'bytes', 'maxBytes']);

/** Every value a message must show, as it shows it: text as is, points with a decimal comma. */
function shownValues(params: unknown, key = ''): string[] {
  if (NOT_SHOWN.has(key) || params === null || params === undefined) return [];
  if (typeof params === 'string') return [params];
  if (typeof params === 'number')
    return [key.endsWith('Hundredths') ? formatPoints(params) : vnDecimal(params)];
  if (Array.isArray(params)) return params.flatMap((v) => shownValues(v));
  return Object.entries(params as object).flatMap(([k, v]) => shownValues(v, k));
}

const codes = Object.keys(SAMPLES) as OwnCode[];
/** Every sample is placed in a file: some wordings go on from the file's name without a colon. */
const PLACE: Where = { file: 'ho-so.xlsx' };
const messages = codes.map((code) => [code, say(code, SAMPLES[code] as never, PLACE)] as const);

describe('every problem’s message', () => {
  it.each(messages)(
    '%s: says something after its place, in NFC, showing every value it is given',
    (code, message) => {
      expect(message.startsWith(whereText(PLACE))).toBe(true);
      expect(message.length).toBeGreaterThan(whereText(PLACE).length + 2);
      expect(message.normalize('NFC')).toBe(message);
      for (const value of shownValues(SAMPLES[code])) expect(message).toContain(value);
    },
  );

  it('is not the same for two codes', () => {
    const texts = messages.map(([, m]) => m);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('a file that cannot be read', () => {
  it('keeps the platform’s reason and an unforeseen error as they are', () => {
    const where = { file: 'so-y-te.xlsx' };
    expect(say('file-unreachable', { reason: 'không có quyền đọc thư mục' }, where)).toBe(
      'Tệp “so-y-te.xlsx”: không đọc được tệp (không có quyền đọc thư mục).',
    );
    expect(say('file-unprocessable', { error: 'Unexpected end of data' }, where)).toBe(
      'Tệp “so-y-te.xlsx”: không xử lý được tệp (Unexpected end of data).',
    );
  });
});

describe('an entry of a form', () => {
  const at = { criterion: '2.3' };

  it('says a score is not a number, stored as text or negative, and what it counts', () => {
    expect(say('not-a-number', { text: 'tám', capHundredths: 850 }, at)).toBe(
      'Tiêu chí 2.3: “tám” không phải là số; ô này được tính 0 điểm. Hãy nhập điểm từ 0 đến 8,5.',
    );
    // The text as the user sees it: stray spaces gone.
    expect(say('text-number', { text: ' 7,5\u00a0' }, at)).toBe(
      'Tiêu chí 2.3: điểm “7,5” đang được lưu dạng văn bản nên không được tính (0 điểm). Hãy nhập lại dưới dạng số.',
    );
    expect(say('negative', { value: -1.5 }, at)).toBe('Tiêu chí 2.3: điểm -1,5 là số âm; được tính 0 điểm.');
    expect(say('evidence-missing', {}, at)).toBe(
      'Tiêu chí 2.3: chưa ghi minh chứng (số, ngày văn bản hoặc đường dẫn) cho điểm đã tự chấm.',
    );
  });

  it('says which cell holds a formula, with its stored result when the score cell keeps one', () => {
    expect(say('formula-in-input', { formula: 'B2*2' }, { ...at, field: 'evidence' })).toBe(
      'Tiêu chí 2.3: ô minh chứng chứa công thức “=B2*2”; hãy ghi minh chứng trực tiếp.',
    );
    const advice = '; điểm phải được gõ trực tiếp nên ô này được tính 0 điểm. Hãy nhập điểm dưới dạng số.';
    expect(say('formula-in-input', { formula: 'B2*2', stored: 4.5 }, { ...at, field: 'score' })).toBe(
      `Tiêu chí 2.3: ô điểm chứa công thức “=B2*2” (kết quả lưu trong tệp: 4,5)${advice}`,
    );
    expect(say('formula-in-input', { formula: 'B2*2' }, { ...at, field: 'score' })).toBe(
      `Tiêu chí 2.3: ô điểm chứa công thức “=B2*2”${advice}`,
    );
  });
});

describe('a returned form as a whole', () => {
  const at = { file: 'syt.xlsx' };

  it('says what the file is instead of a survey form', () => {
    expect(say('not-a-survey', {}, at)).toBe(
      'Tệp “syt.xlsx”: không phải phiếu khảo sát do công cụ xếp hạng CNTT tạo ra (không có trang ẩn XHCNTT_META hay thuộc tính XHCNTT.*); đề nghị đơn vị điền vào mẫu phiếu đã gửi.',
    );
    expect(say('consolidation-workbook', {}, at)).toBe(
      'Tệp “syt.xlsx”: đây là bảng tổng hợp xếp hạng, không phải phiếu của một đơn vị.',
    );
    expect(say('metadata-mismatch', { key: 'year' }, at)).toBe(
      'Tệp “syt.xlsx”: thông tin ẩn “year” của phiếu khác với thuộc tính tài liệu XHCNTT.year; dùng thông tin ẩn của phiếu.',
    );
  });

  it('names the year, criteria set and template of the form and of the merge', () => {
    expect(say('wrong-year', { found: '2025', year: 2026 })).toBe(
      'Phiếu của năm 2025, không phải năm 2026 đang tổng hợp; đề nghị đơn vị điền phiếu năm 2026.',
    );
    expect(say('wrong-year', { found: null, year: 2026 })).toBe(
      'Phiếu của năm (không rõ), không phải năm 2026 đang tổng hợp; đề nghị đơn vị điền phiếu năm 2026.',
    );
    expect(say('regime-mismatch', { found: 'qd-khac', expected: 'qd-4289-2016' })).toBe(
      'Phiếu theo bộ tiêu chí “qd-khac”, không phải “qd-4289-2016”.',
    );
    expect(say('template-unknown', { templateId: 'mau-la', known: ['mau-2026', 'mau-2025'] })).toBe(
      'Phiếu được tạo từ mẫu “mau-la” không được biết (mẫu đang dùng: “mau-2026”, “mau-2025”).',
    );
    expect(say('template-newer-version', { found: '7', current: 3 })).toBe(
      'Phiên bản mẫu phiếu “7” không được biết (phiên bản hiện hành: 3); hãy nạp mẫu phiếu mới nhất rồi tổng hợp lại.',
    );
    expect(say('year-cell-mismatch', { found: '2025', year: 2026 })).toBe(
      'Năm ghi trong phiếu là “2025”, siêu dữ liệu ghi 2026.',
    );
    expect(say('group-cell-mismatch', { found: 'Huyện', groupId: 'so' })).toBe(
      'Nhóm ghi trong phiếu là “Huyện”, siêu dữ liệu ghi “so”.',
    );
  });

  it('keeps an older version with the same criteria, naming what it keeps self-scored', () => {
    expect(say('template-older-version', { version: 2, current: 3 })).toBe(
      'Phiếu theo mẫu phiên bản 2 (hiện hành: 3); các tiêu chí và điểm tối đa không đổi nên vẫn được tổng hợp.',
    );
    expect(say('template-older-version', { version: 2, current: 3, selfScored: ['1.1', '2.3'] })).toBe(
      'Phiếu theo mẫu phiên bản 2 (tự chấm điểm); phiên bản hiện hành 3 tính điểm từ số liệu ở các tiêu chí 1.1, 2.3. Các tiêu chí và điểm tối đa không đổi nên phiếu vẫn được tổng hợp với điểm tự chấm; đề nghị thẩm định các tiêu chí này.',
    );
  });

  it('lists the first five differences of an outdated version, each in its words', () => {
    const changes: VersionChange[] = [
      { change: 'embedded-unreadable' },
      { change: 'embedded-group-missing', groupId: 'huyen' },
      { change: 'sub-added', code: '3.4' },
      { change: 'sub-cap', code: '1.2', oldHundredths: 250, newHundredths: 300 },
      { change: 'sub-rule', code: '2.1' },
      { change: 'figures' },
    ];
    const tail = 'Đề nghị đơn vị nhập lại số liệu vào mẫu phiếu hiện hành.';
    expect(say('template-outdated', { version: 1, current: 4, changes })).toBe(
      'Phiếu theo mẫu phiên bản 1, đã được thay bằng phiên bản 4: không đọc được mẫu phiếu lưu kèm trong tệp; mẫu lưu kèm không có nhóm “huyen”; tiêu chí 3.4 không có trong phiên bản cũ; tiêu chí 1.2 có điểm tối đa 2,5 thay vì 3; tiêu chí 2.1 đã đổi cách tính điểm. ' +
        tail,
    );
    const rest: VersionChange[] = [{ change: 'figures' }, { change: 'sub-removed', code: '4.2' }];
    expect(say('template-outdated', { version: 1, current: 4, changes: rest })).toBe(
      `Phiếu theo mẫu phiên bản 1, đã được thay bằng phiên bản 4: danh sách số liệu đã thay đổi; tiêu chí 4.2 đã bị bỏ trong phiên bản hiện hành. ${tail}`,
    );
  });

  it('says where a group is unknown, naming the valid groups when it knows them', () => {
    expect(say('group-unknown', { groupId: 'xa', in: 'regime', known: ['so', 'huyen'] })).toBe(
      'Nhóm “xa” không có trong quy định; các nhóm hợp lệ: “so”, “huyen”.',
    );
    expect(say('group-unknown', { groupId: 'xa', in: 'regime' })).toBe(
      'Nhóm “xa” không có trong bộ tiêu chí.',
    );
    expect(say('group-unknown', { groupId: 'xa', in: 'template' })).toBe(
      'Nhóm cơ quan “xa” không có trong mẫu phiếu.',
    );
  });

  it('lists at most eight missing names, then how many there are', () => {
    const names = Array.from({ length: 9 }, (_, i) => `TC_${i + 1}`);
    const tail = '; phiếu đã bị sửa cấu trúc.';
    expect(say('name-missing', { names: names.slice(0, 8) })).toBe(
      `Thiếu hoặc hỏng tên vùng (defined name) TC_1, TC_2, TC_3, TC_4, TC_5, TC_6, TC_7, TC_8${tail}`,
    );
    expect(say('name-missing', { names })).toBe(
      `Thiếu hoặc hỏng tên vùng (defined name) TC_1, TC_2, TC_3, TC_4, TC_5, TC_6, TC_7, TC_8, … (9 tên)${tail}`,
    );
  });

  it('lists the first five edits of a form’s structure, each in its words, or says what kind of content differs', () => {
    const changes: StructureChange[] = [
      { change: 'sheet-renamed', expected: 'Phiếu', found: 'Phiếu (2)' },
      { change: 'name-moved', name: 'TC_1_1', cell: 'D15', expected: 'D14' },
      { change: 'formula-lost', cell: 'E20' },
      { change: 'formula-edited', cell: 'E21', formula: 'SUM(D1:D3)' },
      { change: 'value-edited', cell: 'C14', found: '9', expected: '8' },
      { change: 'cell-extra', cell: 'H3' },
    ];
    const advice =
      'Đề nghị đơn vị nhập lại điểm vào phiếu gốc, không sửa công thức, không chèn/xóa dòng, không đổi tên trang.';
    expect(say('structure-changed', { changes })).toBe(
      'Cấu trúc phiếu đã bị sửa so với mẫu (trang “Phiếu” đã bị đổi tên thành “Phiếu (2)”; tên TC_1_1 trỏ tới ô D15 thay vì ô D14 (có dòng hoặc cột bị chèn/xóa); ô E20 đã mất công thức; công thức ô E21 đã bị sửa thành =SUM(D1:D3); ô C14 ghi “9” thay vì “8”). ' +
        advice,
    );
    expect(say('structure-changed', { changes: changes.slice(5) })).toBe(
      `Cấu trúc phiếu đã bị sửa so với mẫu (ô H3 có nội dung không có trong mẫu). ${advice}`,
    );
    expect(say('structure-changed', { changes: [] })).toBe(
      `Cấu trúc phiếu đã bị sửa so với mẫu (nội dung không nhập liệu (công thức, điểm tối đa, tiêu đề hoặc vị trí ô) khác với mẫu). ${advice}`,
    );
  });
});

describe('the agency of a form', () => {
  it('says a form names no known agency, and whether it names one at all', () => {
    const tail = '; không xác định được đơn vị gửi phiếu.';
    expect(say('agency-unknown', { code: '', name: '' })).toBe(`Phiếu không ghi mã và tên đơn vị${tail}`);
    expect(say('agency-unknown', { code: '', name: 'Sở Lạ' })).toBe(
      `Mã đơn vị “” và tên đơn vị “Sở Lạ” đều không có trong danh sách đơn vị${tail}`,
    );
    expect(say('agency-unknown', { code: 'SO-LA', name: '' })).toBe(
      `Mã đơn vị “SO-LA” và tên đơn vị “” đều không có trong danh sách đơn vị${tail}`,
    );
  });

  it('names the agency it took, by code and name, and why', () => {
    expect(say('wrong-group', { agency: SYT, agencyGroup: 'so', formGroup: 'huyen' })).toBe(
      'Đơn vị SO-Y-TE (“Sở Y tế”) thuộc nhóm “so” nhưng đã điền phiếu của nhóm “huyen”.',
    );
    expect(say('agency-code-unknown', { code: 'SO-YT', name: 'Sở Y tế', agency: SYT })).toBe(
      'Mã đơn vị “SO-YT” không có trong danh sách; nhận theo tên “Sở Y tế” là SO-Y-TE (“Sở Y tế”).',
    );
    expect(say('agency-code-missing', { name: 'Sở Y tế', agency: SYT })).toBe(
      'Thiếu mã đơn vị; nhận theo tên “Sở Y tế” là SO-Y-TE (“Sở Y tế”).',
    );
    expect(say('agency-name-mismatch', { name: 'Sở Y', agency: SYT })).toBe(
      'Tên đơn vị “Sở Y” không khớp với tên của mã SO-Y-TE (“Sở Y tế”); dùng theo mã đơn vị.',
    );
    expect(
      say('agency-code-name-conflict', { code: 'SO-Y-TE', name: 'Sở Tư pháp', byCode: SYT, byName: STP }),
    ).toBe(
      'Mã đơn vị “SO-Y-TE” là của “Sở Y tế” nhưng tên đơn vị ghi “Sở Tư pháp” là của “Sở Tư pháp” (mã SO-TU-PHAP); không xác định được phiếu của đơn vị nào.',
    );
    expect(say('agency-prefilled-mismatch', { prefilled: 'SO-TU-PHAP', agency: SYT })).toBe(
      'Phiếu được tạo sẵn cho đơn vị SO-TU-PHAP nhưng ghi đơn vị SO-Y-TE (“Sở Y tế”).',
    );
  });
});

describe('what a form stores and its figures', () => {
  it('says a stored subtotal, total or rating is stale, and that the recomputed one is used', () => {
    expect(say('stale-subtotal', { criterion: 2, storedHundredths: 1250, expectedHundredths: 1200 })).toBe(
      `Điểm tiêu chí 2 lưu trong tệp là 12,5, tính lại được 12: ${STALE}.`,
    );
    expect(say('stale-total', { storedHundredths: 8501, expectedHundredths: 8500 })).toBe(
      `Tổng điểm lưu trong tệp là 85,01, tính lại được 85: ${STALE}.`,
    );
    expect(say('stale-rating', { stored: 'Tốt', expected: 'Khá' })).toBe(
      `Xếp loại lưu trong tệp là “Tốt”, tính lại được “Khá”: ${STALE}.`,
    );
  });

  it('says a figure is blank or unusable, and why, for every reason', () => {
    const tail = '; các tiêu chí tính từ số liệu này được 0 điểm.';
    expect(say('figure-blank', { label: 'Số máy tính' })).toBe(`Số liệu “Số máy tính” chưa nhập${tail}`);
    expect(say('figure-invalid', { label: 'Số máy tính', reason: 'not-whole' })).toBe(
      `Số liệu “Số máy tính” phải là số nguyên${tail}`,
    );
    const reasons: FigureReason[] = [
      'not-a-number',
      'not-whole',
      'out-of-bounds',
      'too-many-decimals',
      'not-in-list',
    ];
    const why = reasons.map((reason) => {
      const m = say('figure-invalid', { label: 'Số máy tính', reason });
      return /^Số liệu “Số máy tính” (.+); các tiêu chí/.exec(m)?.[1];
    });
    expect(why.every((w) => w !== undefined && w.trim() !== '')).toBe(true);
    expect(new Set(why).size).toBe(reasons.length);
  });

  it('quotes a failed logic check, marking the ones that only warn', () => {
    const text = 'Số máy có kết nối vượt số máy.';
    expect(say('logic-check-failed', { text, severity: 'error' })).toBe(`Kiểm tra lôgic không đạt: ${text}`);
    expect(say('logic-check-failed', { text, severity: 'warning' })).toBe(
      `Kiểm tra lôgic không đạt (cảnh báo): ${text}`,
    );
  });
});

describe('a roster', () => {
  const row = { file: 'don-vi.csv', fileKind: 'roster', row: 5 } as const;
  const file = { file: 'don-vi.csv', fileKind: 'roster' } as const;

  it('says what is wrong with a row', () => {
    const at = 'Tệp danh sách đơn vị “don-vi.csv”, dòng 5: ';
    expect(say('roster-not-a-list', {})).toBe('Danh sách cơ quan, đơn vị phải là một danh sách các dòng.');
    expect(say('roster-row-not-an-agency', {}, row)).toBe(
      `${at}không phải một cơ quan, đơn vị (cần mã, tên, nhóm).`,
    );
    expect(say('roster-code-invalid', { code: 'so y te' }, row)).toBe(
      `${at}mã cơ quan “so y te” phải gồm chữ in hoa không dấu, chữ số và dấu gạch ngang, ví dụ SO-TU-PHAP.`,
    );
    expect(say('roster-code-duplicate', { code: 'SO-A', firstRow: 3 }, row)).toBe(
      `${at}mã SO-A trùng với dòng 3.`,
    );
    expect(say('roster-name-missing', {}, row)).toBe(`${at}thiếu tên cơ quan, đơn vị.`);
    expect(say('roster-group-unknown', { group: 'tinh', known: ['so', 'huyen'] }, row)).toBe(
      `${at}nhóm “tinh” không hợp lệ; dùng một trong “so”, “huyen”.`,
    );
    expect(say('roster-aliases-invalid', {}, row)).toBe(
      `${at}tên gọi khác (aliases) phải là danh sách tên hoặc các tên cách nhau bởi dấu “;”.`,
    );
    expect(say('roster-name-shared', { name: 'Sở Y tế', otherCode: 'SYT', otherRow: 4 }, row)).toBe(
      `${at}tên “Sở Y tế” trùng với tên hoặc tên gọi khác của SYT (dòng 4); không phân biệt được hai đơn vị.`,
    );
  });

  it('says what is wrong with the file as a table, some as one sentence from the file’s name', () => {
    expect(say('roster-file-empty', {}, file)).toBe('Tệp danh sách đơn vị “don-vi.csv” trống.');
    expect(say('roster-columns-missing', { columns: ['mã', 'nhóm'] }, file)).toBe(
      'Tệp danh sách đơn vị “don-vi.csv” thiếu cột mã, nhóm ở dòng tiêu đề (cần các cột: mã, tên, nhóm).',
    );
    expect(say('roster-no-agencies', {}, file)).toBe(
      'Tệp danh sách đơn vị “don-vi.csv” không có đơn vị nào dưới dòng tiêu đề.',
    );
    expect(say('roster-cells-outside', { cells: ['Sở Y', 'SYT'] }, row)).toBe(
      'Tệp danh sách đơn vị “don-vi.csv”, dòng 5: có ô nằm ngoài các cột có tiêu đề (“Sở Y”, “SYT”). Nếu đó là tên khác, hãy để mọi tên khác trong cột “Tên khác”, cách nhau bởi dấu ; (trong tệp CSV dùng dấu ; phân cách cột, ô đó phải đặt trong dấu ngoặc kép).',
    );
  });
});

describe('a criteria workbook', () => {
  it('says what is wrong with a sheet or a cell', () => {
    const at = { file: 'tieu-chi.xlsx', sheet: 'Thông tin chung', cell: 'B3' };
    const place = 'Tệp “tieu-chi.xlsx”, trang “Thông tin chung”, ô B3: ';
    expect(say('criteria-sheet-missing', {}, { file: 'tieu-chi.xlsx', sheet: 'Số liệu' })).toBe(
      'Tệp “tieu-chi.xlsx”, trang “Số liệu”: không có trang này trong bảng tính.',
    );
    expect(say('criteria-info-missing', { label: 'Năm' }, at)).toBe(`${place}thiếu dòng “Năm”.`);
    expect(say('criteria-blank', { label: 'Tên mẫu' }, at)).toBe(`${place}“Tên mẫu” đang để trống.`);
    expect(say('criteria-date', { text: '31-10-2026' }, at)).toBe(
      `${place}“31-10-2026” không phải ngày dạng dd/mm/yyyy.`,
    );
    expect(say('criteria-list', { text: 'Hơi có', items: ['Có', 'Không'] }, at)).toBe(
      `${place}“Hơi có” không có trong danh sách (“Có”, “Không”).`,
    );
    expect(say('criteria-pairs', { line: 2, text: '90 2' }, at)).toBe(
      `${place}dòng 2 “90 2” phải có dạng “giá trị: điểm” (ví dụ “90: 2”).`,
    );
    expect(say('criteria-number', { text: 'hai' }, at)).toBe(
      `${place}số tiêu chí “hai” phải là một số nguyên; dòng này bị bỏ qua.`,
    );
    expect(say('criteria-group-blank', {}, at)).toBe(`${place}chưa chọn nhóm; dòng này bị bỏ qua.`);
  });
});

describe('a previous consolidation read back', () => {
  const at = { file: 'tong-hop.xlsx', fileKind: 'consolidation' } as const;
  const unreadable = (reason: ProblemParams['previous-unreadable']): string =>
    say('previous-unreadable', reason, at);

  it('says what is missing or wrong in it, each in its words', () => {
    const start = 'Tệp tổng hợp “tong-hop.xlsx” không đọc lại được: ';
    expect(unreadable({ reason: 'name-missing', name: 'XHCNTT_DU_LIEU', use: 'read' })).toBe(
      `${start}không tìm thấy tên vùng XHCNTT_DU_LIEU.`,
    );
    expect(
      unreadable({ reason: 'name-whole-lines', name: 'XHCNTT_DU_LIEU', address: 'A:Z', use: 'read' }),
    ).toBe(`${start}tên vùng XHCNTT_DU_LIEU trỏ tới cả cột hoặc cả dòng (A:Z), không phải một bảng.`);
    expect(
      unreadable({ reason: 'header', sheet: 'Dữ liệu', cell: 'C1', header: 'Mã đơn vị', use: 'read' }),
    ).toBe(`${start}trang “Dữ liệu”, ô C1 phải là tiêu đề “Mã đơn vị”.`);
    expect(
      unreadable({ reason: 'status-invalid', text: 'Đã nhận?', sheet: 'Sổ theo dõi', use: 'read' }),
    ).toBe(`${start}trạng thái “Đã nhận?” trong trang “Sổ theo dõi” không hợp lệ.`);
    expect(unreadable({ reason: 'event-invalid', text: 'Xóa', sheet: 'Nhật ký', use: 'read' })).toBe(
      `${start}sự kiện “Xóa” trong trang “Nhật ký” không hợp lệ.`,
    );
  });

  it('names the two rows that hold one thing: an agency’s file, or one of its items', () => {
    const start = 'Tệp tổng hợp “tong-hop.xlsx” không đọc lại được: ';
    const twice = {
      reason: 'row-duplicate' as const,
      rows: [4, 9] as [number, number],
      agencyCode: 'SYT',
      use: 'read' as const,
    };
    expect(unreadable({ ...twice, sheet: 'Sổ theo dõi', item: '' })).toBe(
      `${start}trang “Sổ theo dõi”, dòng 4 và dòng 9 cùng ghi tệp đang dùng của đơn vị SYT: chỉ được có một dòng.`,
    );
    expect(unreadable({ ...twice, sheet: 'Dữ liệu', item: '2.3' })).toBe(
      `${start}trang “Dữ liệu”, dòng 4 và dòng 9 cùng ghi mã đơn vị SYT, mã “2.3”: chỉ được có một dòng.`,
    );
  });

  it('refuses one of another year or template, with advice for where the merge writes', () => {
    const other = { year: 2025, templateId: 'mau-2025', expectedYear: 2026, expectedTemplateId: 'mau-2026' };
    expect(say('previous-other-template', { ...other, use: 'merge-into-file' }, at)).toBe(
      'Tệp tổng hợp “tong-hop.xlsx” là bảng tổng hợp năm 2025, mẫu mau-2025; không phải năm 2026, mẫu mau-2026. Không ghi đè; hãy chọn tệp kết quả khác.',
    );
    expect(say('previous-other-template', { ...other, use: 'merge-into-workbook' })).toBe(
      `Sổ tính đang mở chứa bảng tổng hợp năm 2025 (mẫu mau-2025), không phải năm 2026 (mẫu mau-2026). ${KEPT} Hãy mở một sổ tính mới để tổng hợp năm 2026.`,
    );
  });
});

describe('the open workbook in the way of a merge', () => {
  it('says what it holds and that nothing is written to it', () => {
    expect(say('workbook-holds-survey', {})).toBe(
      `Sổ tính đang mở chứa phiếu thu thập số liệu (trang ẩn XHCNTT_META của phiếu). Bảng tổng hợp dùng chung trang ẩn đó nên không ghi vào cùng sổ tính với phiếu. ${KEPT} Hãy mở một sổ tính mới (Tệp > Mới) rồi tổng hợp lại.`,
    );
    expect(say('workbook-other-product', { product: 'khac' })).toBe(
      `Sổ tính đang mở có siêu dữ liệu của sản phẩm khác (“khac”). ${KEPT} Hãy tổng hợp vào một sổ tính mới.`,
    );
  });

  it('names the user’s sheets in the way, one or several', () => {
    const one = say('workbook-sheets-taken', { sheets: ['Bảng 1'] });
    expect(one).toBe(
      `Sổ tính đang mở đã có trang “Bảng 1” không phải do công cụ xếp hạng tạo ra. ${KEPT} Để không ghi đè trang của bạn, hãy đổi tên (hoặc chuyển sang sổ tính khác) trang đó rồi tổng hợp lại.`,
    );
    expect(say('workbook-sheets-taken', { sheets: ['Bảng 1', 'Bảng 2'] })).toBe(
      `Sổ tính đang mở đã có trang “Bảng 1”, “Bảng 2” không phải do công cụ xếp hạng tạo ra. ${KEPT} Để không ghi đè trang của bạn, hãy đổi tên (hoặc chuyển sang sổ tính khác) các trang đó rồi tổng hợp lại.`,
    );
  });
});
