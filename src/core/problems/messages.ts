/**
 * The Vietnamese wording of every problem, made from its code, parameters and place, in one place.
 * WORDING is a record over every code: a code without wording does not compile.
 */
import { vnDecimal } from '../numbers/decimal-text';
import { formatPoints } from '../numbers/hundredths';
import { cleanText } from '../text/normalize';
import { META_SHEET } from '../sheet/metadata';
import type {
  AgencyRef,
  FigureReason,
  FileParams,
  PreviousUse,
  ProblemCode,
  ProblemParams,
  ReadDetail,
  StructureChange,
  Typed,
  UnreadableReason,
  VersionChange,
} from './params';
import type { Problem, Severity, WordedProblem } from './problem';
import { megabytes, readDetailText } from './read-wording';
import { TEMPLATE_CONTINUES, TEMPLATE_WORDING } from './template-wording';
import { whereText, type Where } from './where';

/** The reader's finding alone, as the reader's own error says it. */
export { readDetailText };

const STALE = 'giá trị lưu trong tệp đã cũ hoặc bị sửa; dùng kết quả tính lại từ điểm tự chấm';

const FIGURE_REASON: Record<FigureReason, string> = {
  'not-a-number': 'không phải là số',
  'not-whole': 'phải là số nguyên',
  'out-of-bounds': 'nằm ngoài giới hạn cho phép',
  'too-many-decimals': 'có quá 2 chữ số thập phân',
  'not-in-list': 'không có trong danh sách lựa chọn',
};

/** `mã X ('Tên')`. */
function agencyText(a: AgencyRef): string {
  return `${a.code} (“${a.name}”)`;
}

/** Said of the open workbook whenever the add-in refuses to merge into it. */
const WORKBOOK_KEPT = 'Phần bổ trợ không ghi gì vào sổ tính.';

const PREVIOUS_ADVICE: Record<PreviousUse, string> = {
  'merge-into-file': ' Không ghi đè tệp này; hãy chọn tệp kết quả khác.',
  'merge-into-workbook': ` ${WORKBOOK_KEPT} Hãy khôi phục phần đã bị sửa (Hoàn tác, hoặc mở bản đã lưu trước đó), hoặc tổng hợp vào một sổ tính mới.`,
  read: '',
};

/** What the user should do about each kind of refusal, after the reader's detail. */
const FILE_ADVICE = {
  'too-large': 'Phiếu khảo sát chỉ vài trăm KB; hãy kiểm tra lại tệp gửi về.',
  'zip-bomb': 'Tệp có thể đã bị hỏng hoặc cố ý làm phình to; hãy đề nghị đơn vị gửi lại phiếu.',
  'not-zip': 'Hãy đề nghị đơn vị gửi lại phiếu dạng Excel (.xlsx).',
  'xls-binary': 'Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng “Excel Workbook (.xlsx)”.',
  encrypted: 'Hãy đề nghị đơn vị gỡ mật khẩu mở tệp (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.',
  'csv-or-text': 'Hãy dùng đúng tệp phiếu khảo sát .xlsx đã phát hành, không lưu lại dạng CSV hay văn bản.',
  'macro-enabled':
    'Tệp chứa macro không được mở để bảo đảm an toàn; hãy lưu lại dạng “Excel Workbook (.xlsx)” rồi gửi lại.',
  corrupt: 'Hãy đề nghị đơn vị gửi lại tệp.',
  'no-workbook-part': 'Hãy dùng đúng tệp phiếu khảo sát .xlsx đã phát hành.',
} as const;

/** The reader's detail, then what to do; an earlier consolidation also says it is not overwritten. */
function refused(p: { detail: ReadDetail; use?: PreviousUse }, code: keyof typeof FILE_ADVICE): string {
  return `${readDetailText(p.detail)} ${FILE_ADVICE[code]}${PREVIOUS_ADVICE[p.use ?? 'read']}`;
}

/** One difference between template versions, as the outdated-form message lists it. */
function versionChangeText(c: VersionChange): string {
  switch (c.change) {
    case 'embedded-unreadable':
      return 'không đọc được mẫu phiếu lưu kèm trong tệp';
    case 'embedded-group-missing':
      return `mẫu lưu kèm không có nhóm “${c.groupId}”`;
    case 'sub-added':
      return `tiêu chí ${c.code} không có trong phiên bản cũ`;
    case 'sub-cap':
      return `tiêu chí ${c.code} có điểm tối đa ${formatPoints(c.oldHundredths)} thay vì ${formatPoints(c.newHundredths)}`;
    case 'sub-rule':
      return `tiêu chí ${c.code} đã đổi cách tính điểm`;
    case 'figures':
      return 'danh sách số liệu đã thay đổi';
    case 'sub-removed':
      return `tiêu chí ${c.code} đã bị bỏ trong phiên bản hiện hành`;
  }
}

/** One difference between an edited form and its template, as the rejection lists it. */
export function structureChangeText(c: StructureChange): string {
  switch (c.change) {
    case 'sheet-renamed':
      return `trang “${c.expected}” đã bị đổi tên thành “${c.found}”`;
    case 'name-moved':
      return `tên ${c.name} trỏ tới ô ${c.cell} thay vì ô ${c.expected} (có dòng hoặc cột bị chèn/xóa)`;
    case 'formula-lost':
      return `ô ${c.cell} đã mất công thức`;
    case 'formula-edited':
      return `công thức ô ${c.cell} đã bị sửa thành =${c.formula}`;
    case 'value-edited':
      return `ô ${c.cell} ghi “${c.found}” thay vì “${c.expected}”`;
    case 'cell-extra':
      return `ô ${c.cell} có nội dung không có trong mẫu`;
  }
}

/** What is wrong in a consolidation read back. */
function unreadableText(r: UnreadableReason): string {
  switch (r.reason) {
    case 'not-a-consolidation':
      return 'không phải bảng tổng hợp do công cụ xếp hạng CNTT tạo ra';
    case 'name-missing':
      return `không tìm thấy tên vùng ${r.name}`;
    case 'name-whole-lines':
      return `tên vùng ${r.name} trỏ tới cả cột hoặc cả dòng (${r.address}), không phải một bảng`;
    case 'header':
      return `trang “${r.sheet}”, ô ${r.cell} phải là tiêu đề “${r.header}”`;
    case 'status-invalid':
      return `trạng thái “${r.text}” trong trang “${r.sheet}” không hợp lệ`;
    case 'event-invalid':
      return `sự kiện “${r.text}” trong trang “${r.sheet}” không hợp lệ`;
    case 'row-duplicate':
      return r.item === ''
        ? `trang “${r.sheet}”, dòng ${r.rows[0]} và dòng ${r.rows[1]} cùng ghi tệp đang dùng của đơn vị ${r.agencyCode}: chỉ được có một dòng`
        : `trang “${r.sheet}”, dòng ${r.rows[0]} và dòng ${r.rows[1]} cùng ghi mã đơn vị ${r.agencyCode}, mã “${r.item}”: chỉ được có một dòng`;
  }
}

type Wording = { [C in ProblemCode]: (params: ProblemParams[C], where: Where) => string };

/** A value as the user wrote it, with the Vietnamese decimal comma. */
function shown(value: Typed): string {
  return typeof value === 'number' ? vnDecimal(value) : cleanText(value);
}

const WORDING: Wording = {
  // a file the reader refuses
  'too-large': (p) =>
    // A returned form is small; an earlier consolidation (`use` given) gets only the advice about overwriting.
    `tệp nặng ${megabytes(p.bytes)}, vượt giới hạn ${megabytes(p.maxBytes)}.${p.use === undefined ? ` ${FILE_ADVICE['too-large']}` : PREVIOUS_ADVICE[p.use]}`,
  'zip-bomb': (p) => refused(p, 'zip-bomb'),
  'not-zip': (p) => refused(p, 'not-zip'),
  'xls-binary': (p) => refused(p, 'xls-binary'),
  encrypted: (p) => refused(p, 'encrypted'),
  'csv-or-text': (p) => refused(p, 'csv-or-text'),
  'macro-enabled': (p) => refused(p, 'macro-enabled'),
  corrupt: (p) => refused(p, 'corrupt'),
  'no-workbook-part': (p) => refused(p, 'no-workbook-part'),
  'file-unreachable': (p) => `không đọc được tệp (${p.reason}).`,
  'file-unprocessable': (p) => `không xử lý được tệp (${p.error}).`,

  // entries
  blank: () => 'chưa nhập điểm (đang tính 0 điểm).',
  'not-a-number': (p) =>
    `“${p.text}” không phải là số; ô này được tính 0 điểm. Hãy nhập điểm từ 0 đến ${formatPoints(p.capHundredths)}.`,
  'text-number': (p) =>
    `điểm “${shown(p.text)}” đang được lưu dạng văn bản nên không được tính (0 điểm). Hãy nhập lại dưới dạng số.`,
  negative: (p) => `điểm ${shown(p.value)} là số âm; được tính 0 điểm.`,
  'over-cap': (p) => {
    const cap = formatPoints(p.capHundredths);
    return `điểm ${shown(p.value)} vượt điểm tối đa ${cap}. Chỉ được tính ${cap} điểm.`;
  },
  'too-many-decimals': (p) =>
    `điểm ${shown(p.value)} có quá 2 chữ số thập phân; được làm tròn thành ${formatPoints(p.roundedHundredths)}.`,
  'evidence-missing': () => 'chưa ghi minh chứng (số, ngày văn bản hoặc đường dẫn) cho điểm đã tự chấm.',
  'formula-in-input': (p, where) =>
    where.field === 'evidence'
      ? `ô minh chứng chứa công thức “=${p.formula}”; hãy ghi minh chứng trực tiếp.`
      : `ô điểm chứa công thức “=${p.formula}”${p.stored === undefined ? '' : ` (kết quả lưu trong tệp: ${shown(p.stored)})`}; điểm phải được gõ trực tiếp nên ô này được tính 0 điểm. Hãy nhập điểm dưới dạng số.`,

  // a returned form as a whole
  'not-a-survey': () =>
    `không phải phiếu khảo sát do công cụ xếp hạng CNTT tạo ra (không có trang ẩn ${META_SHEET} hay thuộc tính XHCNTT.*); đề nghị đơn vị điền vào mẫu phiếu đã gửi.`,
  'consolidation-workbook': () => 'đây là bảng tổng hợp xếp hạng, không phải phiếu của một đơn vị.',
  'metadata-mismatch': (p) =>
    `thông tin ẩn “${p.key}” của phiếu khác với thuộc tính tài liệu XHCNTT.${p.key}; dùng thông tin ẩn của phiếu.`,
  'wrong-year': (p) =>
    `phiếu của năm ${p.found ?? '(không rõ)'}, không phải năm ${p.year} đang tổng hợp; đề nghị đơn vị điền phiếu năm ${p.year}.`,
  'regime-mismatch': (p) => `phiếu theo bộ tiêu chí “${p.found}”, không phải “${p.expected}”.`,
  'template-unknown': (p) =>
    `phiếu được tạo từ mẫu “${p.templateId}” không được biết (mẫu đang dùng: ${p.known.map((id) => `“${id}”`).join(', ')}).`,
  'template-newer-version': (p) =>
    `phiên bản mẫu phiếu “${p.found}” không được biết (phiên bản hiện hành: ${p.current}); hãy nạp mẫu phiếu mới nhất rồi tổng hợp lại.`,
  'template-older-version': (p) =>
    p.selfScored === undefined
      ? `phiếu theo mẫu phiên bản ${p.version} (hiện hành: ${p.current}); các tiêu chí và điểm tối đa không đổi nên vẫn được tổng hợp.`
      : `phiếu theo mẫu phiên bản ${p.version} (tự chấm điểm); phiên bản hiện hành ${p.current} tính điểm từ số liệu ở các tiêu chí ${p.selfScored.join(', ')}. Các tiêu chí và điểm tối đa không đổi nên phiếu vẫn được tổng hợp với điểm tự chấm; đề nghị thẩm định các tiêu chí này.`,
  'template-outdated': (p) =>
    `phiếu theo mẫu phiên bản ${p.version}, đã được thay bằng phiên bản ${p.current}: ${p.changes.slice(0, 5).map(versionChangeText).join('; ')}. Đề nghị đơn vị nhập lại số liệu vào mẫu phiếu hiện hành.`,
  'group-unknown': (p) =>
    p.known !== undefined
      ? `Nhóm “${p.groupId}” không có trong quy định; các nhóm hợp lệ: ${p.known.map((g) => `“${g}”`).join(', ')}.`
      : p.in === 'regime'
        ? `nhóm “${p.groupId}” không có trong bộ tiêu chí.`
        : `nhóm cơ quan “${p.groupId}” không có trong mẫu phiếu.`,
  'wrong-group': (p) =>
    `đơn vị ${agencyText(p.agency)} thuộc nhóm “${p.agencyGroup}” nhưng đã điền phiếu của nhóm “${p.formGroup}”.`,
  'name-missing': (p) => {
    const list = p.names.slice(0, 8).join(', ') + (p.names.length > 8 ? `, … (${p.names.length} tên)` : '');
    return `thiếu hoặc hỏng tên vùng (defined name) ${list}; phiếu đã bị sửa cấu trúc.`;
  },
  'structure-changed': (p) => {
    const text =
      p.changes.length > 0
        ? p.changes.slice(0, 5).map(structureChangeText).join('; ')
        : 'nội dung không nhập liệu (công thức, điểm tối đa, tiêu đề hoặc vị trí ô) khác với mẫu';
    return `cấu trúc phiếu đã bị sửa so với mẫu (${text}). Đề nghị đơn vị nhập lại điểm vào phiếu gốc, không sửa công thức, không chèn/xóa dòng, không đổi tên trang.`;
  },
  'year-cell-mismatch': (p) => `năm ghi trong phiếu là “${p.found}”, siêu dữ liệu ghi ${p.year}.`,
  'group-cell-mismatch': (p) => `nhóm ghi trong phiếu là “${p.found}”, siêu dữ liệu ghi “${p.groupId}”.`,
  'agency-unknown': (p) => {
    const what =
      p.code === '' && p.name === ''
        ? 'phiếu không ghi mã và tên đơn vị'
        : `mã đơn vị “${p.code}” và tên đơn vị “${p.name}” đều không có trong danh sách đơn vị`;
    return `${what}; không xác định được đơn vị gửi phiếu.`;
  },
  'agency-code-unknown': (p) =>
    `mã đơn vị “${p.code}” không có trong danh sách; nhận theo tên “${p.name}” là ${agencyText(p.agency)}.`,
  'agency-code-missing': (p) => `thiếu mã đơn vị; nhận theo tên “${p.name}” là ${agencyText(p.agency)}.`,
  'agency-name-mismatch': (p) =>
    `tên đơn vị “${p.name}” không khớp với tên của mã ${p.agency.code} (“${p.agency.name}”); dùng theo mã đơn vị.`,
  'agency-code-name-conflict': (p) =>
    `mã đơn vị “${p.code}” là của “${p.byCode.name}” nhưng tên đơn vị ghi “${p.name}” là của “${p.byName.name}” (mã ${p.byName.code}); không xác định được phiếu của đơn vị nào.`,
  'agency-prefilled-mismatch': (p) =>
    `phiếu được tạo sẵn cho đơn vị ${p.prefilled} nhưng ghi đơn vị ${agencyText(p.agency)}.`,
  'stale-subtotal': (p) =>
    `điểm tiêu chí ${p.criterion} lưu trong tệp là ${formatPoints(p.storedHundredths)}, tính lại được ${formatPoints(p.expectedHundredths)}: ${STALE}.`,
  'stale-total': (p) =>
    `tổng điểm lưu trong tệp là ${formatPoints(p.storedHundredths)}, tính lại được ${formatPoints(p.expectedHundredths)}: ${STALE}.`,
  'stale-rating': (p) => `xếp loại lưu trong tệp là “${p.stored}”, tính lại được “${p.expected}”: ${STALE}.`,
  'figure-blank': (p) => `số liệu “${p.label}” chưa nhập; các tiêu chí tính từ số liệu này được 0 điểm.`,
  'figure-invalid': (p) =>
    `số liệu “${p.label}” ${FIGURE_REASON[p.reason]}; các tiêu chí tính từ số liệu này được 0 điểm.`,
  'logic-check-failed': (p) =>
    `kiểm tra lôgic không đạt${p.severity === 'error' ? '' : ' (cảnh báo)'}: ${p.text}`,

  // a roster
  'roster-not-a-list': () => 'danh sách cơ quan, đơn vị phải là một danh sách các dòng.',
  'roster-row-not-an-agency': () => 'không phải một cơ quan, đơn vị (cần mã, tên, nhóm).',
  'roster-code-invalid': (p) =>
    `mã cơ quan “${p.code}” phải gồm chữ in hoa không dấu, chữ số và dấu gạch ngang, ví dụ SO-TU-PHAP.`,
  'roster-code-duplicate': (p) => `mã ${p.code} trùng với dòng ${p.firstRow}.`,
  'roster-name-missing': () => 'thiếu tên cơ quan, đơn vị.',
  'roster-group-unknown': (p) =>
    `nhóm “${p.group}” không hợp lệ; dùng một trong ${p.known.map((g) => `“${g}”`).join(', ')}.`,
  'roster-aliases-invalid': () =>
    'tên gọi khác (aliases) phải là danh sách tên hoặc các tên cách nhau bởi dấu “;”.',
  'roster-name-shared': (p) =>
    `tên “${p.name}” trùng với tên hoặc tên gọi khác của ${p.otherCode} (dòng ${p.otherRow}); không phân biệt được hai đơn vị.`,
  'roster-file-empty': () => 'trống.',
  'roster-file-too-large': (p) => `quá lớn để là một danh sách đơn vị (${Math.round(p.bytes / 1024)} KB).`,
  'roster-columns-missing': (p) =>
    `thiếu cột ${p.columns.join(', ')} ở dòng tiêu đề (cần các cột: mã, tên, nhóm).`,
  'roster-cells-outside': (p) =>
    `có ô nằm ngoài các cột có tiêu đề (“${p.cells.join('”, “')}”). Nếu đó là tên khác, hãy để mọi tên khác trong cột “Tên khác”, cách nhau bởi dấu ; (trong tệp CSV dùng dấu ; phân cách cột, ô đó phải đặt trong dấu ngoặc kép).`,
  'roster-no-agencies': () => 'không có đơn vị nào dưới dòng tiêu đề.',

  // a criteria workbook's cells
  'criteria-sheet-missing': () => 'không có trang này trong bảng tính.',
  'criteria-info-missing': (p) => `thiếu dòng “${p.label}”.`,
  'criteria-blank': (p) => `“${p.label}” đang để trống.`,
  'criteria-date': (p) => `“${p.text}” không phải ngày dạng dd/mm/yyyy.`,
  'criteria-list': (p) =>
    `“${p.text}” không có trong danh sách (${p.items.map((i) => `“${i}”`).join(', ')}).`,
  'criteria-pairs': (p) => `dòng ${p.line} “${p.text}” phải có dạng “giá trị: điểm” (ví dụ “90: 2”).`,
  'criteria-number': (p) => `số tiêu chí “${p.text}” phải là một số nguyên; dòng này bị bỏ qua.`,
  'criteria-group-blank': () => 'chưa chọn nhóm; dòng này bị bỏ qua.',

  // a previous consolidation read back
  'previous-unreadable': (p) => `không đọc lại được: ${unreadableText(p)}.${PREVIOUS_ADVICE[p.use]}`,
  'previous-other-template': (p) =>
    p.use === 'merge-into-file'
      ? `là bảng tổng hợp năm ${p.year}, mẫu ${p.templateId}; không phải năm ${p.expectedYear}, mẫu ${p.expectedTemplateId}. Không ghi đè; hãy chọn tệp kết quả khác.`
      : `Sổ tính đang mở chứa bảng tổng hợp năm ${p.year} (mẫu ${p.templateId}), không phải năm ${p.expectedYear} (mẫu ${p.expectedTemplateId}). ${WORKBOOK_KEPT} Hãy mở một sổ tính mới để tổng hợp năm ${p.expectedYear}.`,
  'workbook-holds-survey': () =>
    `Sổ tính đang mở chứa phiếu thu thập số liệu (trang ẩn ${META_SHEET} của phiếu). Bảng tổng hợp dùng chung trang ẩn đó nên không ghi vào cùng sổ tính với phiếu. ${WORKBOOK_KEPT} Hãy mở một sổ tính mới (Tệp > Mới) rồi tổng hợp lại.`,
  'workbook-other-product': (p) =>
    `Sổ tính đang mở có siêu dữ liệu của sản phẩm khác (“${p.product}”). ${WORKBOOK_KEPT} Hãy tổng hợp vào một sổ tính mới.`,
  'workbook-sheets-taken': (p) =>
    `Sổ tính đang mở đã có trang ${p.sheets.map((s) => `“${s}”`).join(', ')} không phải do công cụ xếp hạng tạo ra. ${WORKBOOK_KEPT} Để không ghi đè trang của bạn, hãy đổi tên (hoặc chuyển sang sổ tính khác) ${p.sheets.length > 1 ? 'các trang đó' : 'trang đó'} rồi tổng hợp lại.`,

  // a template file
  ...TEMPLATE_WORDING,
};

/** Codes whose wording goes on from the file's name as one sentence (“Tệp … trống.”), without a colon. */
const CONTINUES_PLACE: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'roster-file-empty',
  'roster-file-too-large',
  'roster-columns-missing',
  'roster-no-agencies',
  'previous-unreadable',
  'previous-other-template',
  ...TEMPLATE_CONTINUES,
]);

/** The problem's message: where it is, then what is wrong and what to do. */
export function problemMessage(problem: Problem): string {
  const wording = WORDING[problem.code] as (params: unknown, where: Where) => string;
  const text = wording(problem.params, problem.where);
  const at = whereText(problem.where);
  const joint = CONTINUES_PLACE.has(problem.code) ? ' ' : ': ';
  const message = at === '' ? text.charAt(0).toUpperCase() + text.slice(1) : `${at}${joint}${text}`;
  return message.normalize('NFC');
}

/** A problem with its message, ready for the edges and the JSON report. */
export function worded<C extends ProblemCode>(
  code: C,
  severity: Severity,
  where: Where,
  params: ProblemParams[C],
): WordedProblem<C> {
  // The generic C is one code at every call site; TypeScript cannot see it through the mapped union.
  const problem = { code, severity, where, params } as unknown as Problem;
  return { ...problem, message: problemMessage(problem) } as WordedProblem<C>;
}

/** The same problem seen from further out: the merge adds the file and the cell to an entry's place. */
export function placed(problem: Problem, where: Where, severity: Severity = problem.severity): WordedProblem {
  const moved = { ...problem, severity, where: { ...problem.where, ...where } } as Problem;
  return { ...moved, message: problemMessage(moved) };
}

/** A reader's refusal of an earlier consolidation: the same problem, advising for where a re-merge would write. */
export function refusedPrevious(problem: Problem<keyof FileParams>, use: PreviousUse): WordedProblem {
  const advised = { ...problem, params: { ...problem.params, use } } as Problem;
  return { ...advised, message: problemMessage(advised) };
}
