// The Vietnamese sentences a template author reads for each problem of a template file, as the pane and
// the CLI show them: the item the problem concerns, then what is wrong.
import { worded } from '../../../src/core/problems/messages';
import type {
  ProblemParams,
  RulePoints,
  SchemaRule,
  TemplateParams,
} from '../../../src/core/problems/params';
import type { TemplateItem, Where } from '../../../src/core/problems/where';

const SO = { id: 'so', name: 'Sở, ban, ngành cấp tỉnh' };
const SUB: TemplateItem = { kind: 'sub-criterion', group: SO, code: '2.3', index: 2 };
const SUB_TEXT = 'Tiêu chí thành phần 2.3 (nhóm “Sở, ban, ngành cấp tỉnh”)';
const CRITERION: TemplateItem = { kind: 'criterion', group: SO, number: 2, index: 1 };
const CRITERION_TEXT = 'Tiêu chí 2 (nhóm “Sở, ban, ngành cấp tỉnh”)';
const FIGURE: TemplateItem = { kind: 'figure', group: SO, key: 'so_may_tinh', index: 0 };
const FIGURE_TEXT = 'Số liệu “so_may_tinh” (nhóm “Sở, ban, ngành cấp tỉnh”)';
const CHECK: TemplateItem = { kind: 'check', group: SO, index: 0 };
const CHECK_TEXT = 'Kiểm tra lôgic thứ 1 (nhóm “Sở, ban, ngành cấp tỉnh”)';

function message<C extends keyof TemplateParams>(code: C, params: ProblemParams[C], where: Where): string {
  return worded(code, 'error', where, params).message;
}

describe('a template file that breaks the schema', () => {
  const schema = (rule: SchemaRule, item: TemplateItem = SUB): string => message('schema', rule, { item });

  it('names the type a field must have, in words', () => {
    const cases: [string, string][] = [
      ['number', 'một số'],
      ['integer', 'một số nguyên'],
      ['string', 'một chuỗi văn bản'],
      ['boolean', 'true hoặc false'],
      ['array', 'một danh sách'],
      ['object', 'một đối tượng'],
    ];
    for (const [type, words] of cases) {
      expect(schema({ rule: 'type', field: 'cap', type })).toBe(
        `${SUB_TEXT}: trường “cap” phải là ${words}.`,
      );
    }
    // A type the wording does not know is named as the schema writes it.
    expect(schema({ rule: 'type', field: 'cap', type: 'null' })).toBe(
      `${SUB_TEXT}: trường “cap” phải là null.`,
    );
  });

  it('says “giá trị” for a value that is not a named field, and names the field otherwise', () => {
    const item: TemplateItem = { kind: 'group', group: SO };
    expect(schema({ rule: 'type', field: null, type: 'object' }, item)).toBe(
      'Nhóm “Sở, ban, ngành cấp tỉnh”: giá trị phải là một đối tượng.',
    );
    expect(schema({ rule: 'min-length', field: 'title' })).toBe(
      `${SUB_TEXT}: trường “title” không được để trống.`,
    );
    expect(schema({ rule: 'min-length', field: null })).toBe(`${SUB_TEXT}: giá trị không được để trống.`);
  });

  it('words each schema rule as its own sentence', () => {
    const template: TemplateItem = { kind: 'template' };
    expect(schema({ rule: 'required', field: 'year' }, template)).toBe('Tệp mẫu phiếu: thiếu trường “year”.');
    expect(schema({ rule: 'unknown-field', field: 'titel' })).toBe(
      `${SUB_TEXT}: trường “titel” không thuộc định dạng mẫu phiếu (sai chính tả?).`,
    );
    expect(schema({ rule: 'minimum', field: 'cap', limit: 0 })).toBe(
      `${SUB_TEXT}: trường “cap” phải lớn hơn hoặc bằng 0.`,
    );
    expect(schema({ rule: 'min-items', field: 'subCriteria', limit: 1 }, CRITERION)).toBe(
      `${CRITERION_TEXT}: trường “subCriteria” phải có ít nhất 1 phần tử.`,
    );
    expect(schema({ rule: 'enum', field: 'type', allowed: ['integer', 'percent', 'decimal'] }, FIGURE)).toBe(
      `${FIGURE_TEXT}: trường “type” phải là một trong các giá trị “integer”, “percent”, “decimal”.`,
    );
    expect(schema({ rule: 'other', field: 'code', detail: 'must match pattern' })).toBe(
      `${SUB_TEXT}: trường “code” không hợp lệ (must match pattern).`,
    );
  });
});

describe('a template file against the regime', () => {
  it('words the template’s head: regime, year, dates, format version', () => {
    const template = { item: { kind: 'template' } } as const;
    expect(
      message(
        'template-regime-mismatch',
        { found: 'qd-1234-2020', expected: 'qd-4289-2016', legalBasis: 'Quyết định 4289/QĐ-UBND' },
        {},
      ),
    ).toBe(
      'Mẫu phiếu viết cho bộ tiêu chí “qd-1234-2020”, không phải “qd-4289-2016” (Quyết định 4289/QĐ-UBND).',
    );
    expect(message('year-range', { year: 1999, min: 2000, max: 2100 }, {})).toBe(
      'Năm 1999 nằm ngoài khoảng cho phép (2000–2100).',
    );
    expect(message('date-invalid', { field: 'dataAsOf', text: '31/10/2026' }, {})).toBe(
      'Ngày chốt số liệu “31/10/2026” không phải ngày hợp lệ dạng YYYY-MM-DD (ví dụ 2026-10-31).',
    );
    expect(message('date-invalid', { field: 'returnBy', text: '2026-02-30' }, {})).toBe(
      'Hạn gửi phiếu “2026-02-30” không phải ngày hợp lệ dạng YYYY-MM-DD (ví dụ 2026-10-31).',
    );
    expect(message('date-order', { dataAsOf: '2026-10-31', returnBy: '2026-10-15' }, {})).toBe(
      'Hạn gửi phiếu (2026-10-15) sớm hơn ngày chốt số liệu (2026-10-31).',
    );
    expect(message('format-version', {}, template)).toBe(
      'Tệp mẫu phiếu: Mẫu phiếu có số liệu, cách tính điểm hoặc kiểm tra lôgic (định dạng 2) nên phải ghi "formatVersion": 2.',
    );
  });

  it('words groups and criteria that differ from the regime', () => {
    expect(message('group-duplicate', {}, { item: { kind: 'group', group: SO } })).toBe(
      'Nhóm “Sở, ban, ngành cấp tỉnh” xuất hiện hơn một lần.',
    );
    expect(message('group-missing', { groupId: 'huyen', name: 'UBND cấp huyện' }, {})).toBe(
      'Thiếu nhóm “UBND cấp huyện” (mã nhóm “huyen”).',
    );
    expect(message('criterion-duplicate', {}, { item: CRITERION })).toBe(
      `${CRITERION_TEXT} xuất hiện hơn một lần.`,
    );
    expect(message('criterion-extra', { groupId: 'so', count: 6 }, { item: CRITERION })).toBe(
      `${CRITERION_TEXT} không có trong quy định: nhóm này chỉ có 6 tiêu chí.`,
    );
    expect(message('criterion-cap', { cap: 12.5, expectedHundredths: 1500 }, { item: CRITERION })).toBe(
      `${CRITERION_TEXT}: điểm tối đa 12,5 khác quy định (15).`,
    );
    expect(
      message('criterion-title', { title: 'Hạ tầng', expected: 'Hạ tầng kỹ thuật' }, { item: CRITERION }),
    ).toBe(`${CRITERION_TEXT}: tên “Hạ tầng” khác tên trong quy định “Hạ tầng kỹ thuật”.`);
    expect(
      message('criterion-missing', { number: 4, title: 'Nhân lực', group: { id: 'so', name: SO.name } }, {}),
    ).toBe('Thiếu tiêu chí 4 “Nhân lực” (nhóm “Sở, ban, ngành cấp tỉnh”).');
    expect(message('no-subcriteria', {}, { item: CRITERION })).toBe(
      `${CRITERION_TEXT} chưa có tiêu chí thành phần nào.`,
    );
  });

  it('says by how much the sub-criteria’s caps miss the criterion’s, over or under', () => {
    expect(message('cap-sum', { sumHundredths: 1650, capHundredths: 1500 }, { item: CRITERION })).toBe(
      `${CRITERION_TEXT}: tổng điểm tối đa các tiêu chí thành phần là 16,5, phải bằng đúng 15 (thừa 1,5).`,
    );
    expect(message('cap-sum', { sumHundredths: 1475, capHundredths: 1500 }, { item: CRITERION })).toBe(
      `${CRITERION_TEXT}: tổng điểm tối đa các tiêu chí thành phần là 14,75, phải bằng đúng 15 (thiếu 0,25).`,
    );
  });

  it('words a sub-criterion’s code, title and cap', () => {
    const at = { item: SUB };
    expect(message('code-malformed', { code: '2-3', criterion: 2, index: 3 }, at)).toBe(
      `${SUB_TEXT}: mã “2-3” không đúng dạng <tiêu chí>.<số thứ tự>, ví dụ “2.3”.`,
    );
    expect(message('code-prefix', { code: '3.3', criterion: 2 }, at)).toBe(
      `${SUB_TEXT}: mã “3.3” phải bắt đầu bằng “2.” vì thuộc tiêu chí 2.`,
    );
    expect(message('duplicate-code', { code: '2.3', first: { criterion: 2, index: 1 } }, at)).toBe(
      `${SUB_TEXT}: mã “2.3” bị trùng (đã dùng ở tiêu chí thành phần thứ 1 của tiêu chí 2).`,
    );
    expect(message('title-empty', {}, at)).toBe(`${SUB_TEXT}: tên tiêu chí thành phần đang để trống.`);
    expect(message('cap-not-positive', { cap: -0.5 }, at)).toBe(
      `${SUB_TEXT}: điểm tối đa phải lớn hơn 0 (đang là -0,5).`,
    );
  });
});

describe('a template file’s figures', () => {
  const at = { item: FIGURE };

  it('words a figure’s key, label and options', () => {
    expect(message('figure-key-malformed', {}, at)).toBe(
      `${FIGURE_TEXT}: mã số liệu chỉ gồm chữ thường không dấu, chữ số và “_”, bắt đầu bằng chữ, tối đa 40 ký tự (ví dụ “so_may_tinh”).`,
    );
    expect(message('figure-duplicate', {}, at)).toBe(`${FIGURE_TEXT}: mã số liệu bị trùng.`);
    expect(message('figure-label-empty', {}, at)).toBe(`${FIGURE_TEXT}: tên số liệu đang để trống.`);
    const options: [TemplateParams['figure-options'], string][] = [
      [{ issue: 'missing' }, 'số liệu loại “chọn một trong danh sách” phải có danh sách “options”.'],
      [{ issue: 'blank' }, 'có lựa chọn để trống.'],
      [{ issue: 'not-choice' }, 'chỉ số liệu loại “chọn một trong danh sách” mới có “options”.'],
      [
        { issue: 'comma', option: 'Có, một phần' },
        'lựa chọn “Có, một phần” không được chứa dấu phẩy (danh sách thả xuống của Excel tách theo dấu phẩy).',
      ],
      [{ issue: 'duplicate', option: 'Có' }, 'lựa chọn “Có” bị trùng.'],
      [
        { issue: 'too-long', length: 300, max: 255 },
        'danh sách lựa chọn dài 300 ký tự, Excel chỉ cho tối đa 255; hãy rút gọn các lựa chọn.',
      ],
    ];
    for (const [params, text] of options)
      expect(message('figure-options', params, at)).toBe(`${FIGURE_TEXT}: ${text}`);
    expect(message('figure-partly', {}, at)).toBe(
      `${FIGURE_TEXT}: “partly” chỉ dùng cho số liệu loại có/không.`,
    );
  });

  it('words a figure’s bounds, naming the figure type in words', () => {
    const bounds: [TemplateParams['figure-bounds'], string][] = [
      [
        { issue: 'not-numeric', type: 'choice' },
        'giới hạn “min”/“max” chỉ dùng cho số liệu dạng số, không dùng cho loại “chọn một trong danh sách”.',
      ],
      // A type the file misspells is named as written.
      [
        { issue: 'not-numeric', type: 'chuoi' },
        'giới hạn “min”/“max” chỉ dùng cho số liệu dạng số, không dùng cho loại “chuoi”.',
      ],
      [{ issue: 'not-whole', field: 'min', value: 1.5 }, 'giới hạn “min” = 1,5 phải là số nguyên không âm.'],
      [{ issue: 'not-percent', field: 'max', value: 120 }, 'giới hạn “max” = 120 phải nằm trong 0–100.'],
      [
        { issue: 'decimals', field: 'max', value: 2.125 },
        'giới hạn “max” = 2,125 có quá 2 chữ số thập phân.',
      ],
      [{ issue: 'min-over-max', min: 10, max: 2.5 }, 'giới hạn dưới 10 lớn hơn giới hạn trên 2,5.'],
    ];
    for (const [params, text] of bounds)
      expect(message('figure-bounds', params, at)).toBe(`${FIGURE_TEXT}: ${text}`);
  });
});

describe('a template file’s scoring rules', () => {
  const at = { item: SUB };

  it('words the fields and figures a rule needs', () => {
    expect(message('rule-field-missing', { field: 'figure', kind: 'yesno' }, at)).toBe(
      `${SUB_TEXT}: thiếu trường “figure” (bắt buộc với loại “yesno”).`,
    );
    expect(message('rule-field-extra', { field: 'tiers', kind: 'count' }, at)).toBe(
      `${SUB_TEXT}: trường “tiers” không dùng cho loại “count”.`,
    );
    expect(message('rule-figure-unknown', { key: 'so_may', field: 'figure' }, at)).toBe(
      `${SUB_TEXT}: số liệu “so_may” (trường “figure”) chưa được khai báo trong “figures” của nhóm.`,
    );
    expect(
      message(
        'rule-figure-type',
        { kind: 'ratio', allowed: ['integer', 'percent', 'decimal'], key: 'co_website', type: 'yesno' },
        at,
      ),
    ).toBe(
      `${SUB_TEXT}: cách tính “ratio” cần số liệu loại “số nguyên” hoặc “tỷ lệ phần trăm” hoặc “số thập phân”, nhưng “co_website” là loại “có/không”.`,
    );
    expect(message('rule-partial', { figure: 'co_website' }, at)).toBe(
      `${SUB_TEXT}: có điểm “Một phần” nhưng số liệu “co_website” không cho chọn “Một phần” (thêm "partly": true).`,
    );
  });

  it('names which points of a rule are wrong', () => {
    const points: [RulePoints, string][] = [
      [{ of: 'partial' }, 'điểm “Một phần”'],
      [{ of: 'per-unit' }, 'điểm mỗi đơn vị'],
      [{ of: 'tier', tier: 2 }, 'điểm của bậc thứ 2'],
      [{ of: 'option', option: 'Toàn bộ' }, 'điểm của lựa chọn “Toàn bộ”'],
    ];
    for (const [p, words] of points) {
      expect(message('rule-points', { issue: 'negative', points: p, value: -1 }, at)).toBe(
        `${SUB_TEXT}: ${words} -1 là số âm.`,
      );
    }
    expect(message('rule-points', { issue: 'decimals', points: { of: 'per-unit' }, value: 0.125 }, at)).toBe(
      `${SUB_TEXT}: điểm mỗi đơn vị 0,125 có quá 2 chữ số thập phân.`,
    );
    expect(message('rule-points', { issue: 'zero', points: { of: 'tier', tier: 1 } }, at)).toBe(
      `${SUB_TEXT}: điểm của bậc thứ 1 phải lớn hơn 0.`,
    );
    expect(
      message(
        'rule-points-over-cap',
        { points: { of: 'tier', tier: 3 }, value: 9.5, capHundredths: 850 },
        at,
      ),
    ).toBe(`${SUB_TEXT}: điểm của bậc thứ 3 9,5 vượt điểm tối đa 8,5 của tiêu chí thành phần.`);
  });

  it('words ratio, tier and choice rules', () => {
    expect(message('ratio-thresholds', { issue: 'range', field: 'fullFrom', value: 120 }, at)).toBe(
      `${SUB_TEXT}: ngưỡng “fullFrom” = 120 phải là tỷ lệ phần trăm từ 0 đến 100, tối đa 2 chữ số thập phân.`,
    );
    expect(message('ratio-thresholds', { issue: 'order', zeroBelow: 80, fullFrom: 50.5 }, at)).toBe(
      `${SUB_TEXT}: ngưỡng không tính điểm (80 %) phải nhỏ hơn ngưỡng đạt điểm tối đa (50,5 %).`,
    );
    expect(message('ratio-same-figure', {}, at)).toBe(`${SUB_TEXT}: tử số và mẫu số là cùng một số liệu.`);
    expect(message('tiers-threshold', { value: 10.125, tier: 2 }, at)).toBe(
      `${SUB_TEXT}: ngưỡng 10,125 của bậc thứ 2 có quá 2 chữ số thập phân.`,
    );
    expect(message('tiers-order', { value: 5, tier: 3, previous: 7.5 }, at)).toBe(
      `${SUB_TEXT}: các ngưỡng phải tăng dần; ngưỡng 5 của bậc thứ 3 không lớn hơn ngưỡng trước (7,5).`,
    );
    expect(message('choice-option-duplicate', { option: 'Có' }, at)).toBe(
      `${SUB_TEXT}: lựa chọn “Có” được cho điểm hai lần.`,
    );
    expect(message('choice-option-unknown', { option: 'Khác', figure: 'muc_do' }, at)).toBe(
      `${SUB_TEXT}: lựa chọn “Khác” không có trong danh sách của số liệu “muc_do”.`,
    );
  });
});

describe('a template file’s logic checks', () => {
  const at = { item: CHECK };

  it('words the fields, figures, message and bounds of a check', () => {
    expect(message('check-field-missing', { field: 'left', kind: 'lte' }, at)).toBe(
      `${CHECK_TEXT}: thiếu trường “left” (bắt buộc với loại “lte”).`,
    );
    expect(message('check-field-extra', { field: 'min', kind: 'lte' }, at)).toBe(
      `${CHECK_TEXT}: trường “min” không dùng cho loại “lte”.`,
    );
    expect(message('check-message-empty', {}, at)).toBe(`${CHECK_TEXT}: thông báo đang để trống.`);
    expect(message('check-figure-unknown', { key: 'so_pc', field: 'right' }, at)).toBe(
      `${CHECK_TEXT}: số liệu “so_pc” (trường “right”) chưa được khai báo trong “figures” của nhóm.`,
    );
    expect(message('check-figure-type', { kind: 'range', key: 'ngay_ban_hanh', type: 'date' }, at)).toBe(
      `${CHECK_TEXT}: phép kiểm tra “range” cần số liệu dạng số, nhưng “ngay_ban_hanh” là loại “ngày”.`,
    );
    expect(message('check-bounds', { issue: 'none' }, at)).toBe(
      `${CHECK_TEXT}: cần ít nhất một giới hạn “min” hoặc “max”.`,
    );
    expect(message('check-bounds', { issue: 'min-over-max', min: 100, max: 0 }, at)).toBe(
      `${CHECK_TEXT}: giới hạn dưới 100 lớn hơn giới hạn trên 0.`,
    );
  });
});

describe('a template file the pane cannot read', () => {
  it('goes on from the file’s name as one sentence, its size in KB', () => {
    const at = { file: 'mau-2026.json' };
    expect(message('template-file-too-large', { bytes: 3 * 1024 * 1024 + 600 }, at)).toBe(
      'Tệp “mau-2026.json” quá lớn để là tệp mẫu phiếu (3073 KB).',
    );
    expect(
      message('template-file-not-json', { detail: 'Unexpected token } in JSON at position 12' }, at),
    ).toBe('Tệp “mau-2026.json” không phải JSON hợp lệ: Unexpected token } in JSON at position 12');
  });
});
