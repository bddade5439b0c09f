/** The "Hướng dẫn" sheet of the survey (src/core/sheet/survey/guide-sheet.ts), in the words the agency reads. */
import { PAGE_NUMBER_FOOTER } from '../../../src/core/sheet/page-footer';
import { wrappedRowHeight } from '../../../src/core/sheet/row-height';
import type { CellSpec, SheetSpec } from '../../../src/core/sheet/spec';
import { GUIDE_SHEET, buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import { BODY_SIZE } from '../../../src/core/sheet/survey/styles';
import { builtInTemplate } from '../../../src/core/template/load';
import { regime } from '../../support/sheet/fixtures';

const agency = { code: 'STP', name: 'Sở Tư pháp', group: 'so' };
// Built before each test (not at file scope) so Stryker runs these tests for the mutants they reach.
let format2: SheetSpec;
let format1: SheetSpec;
beforeEach(() => {
  const guideOf = (version: number, withAgency: boolean): SheetSpec => {
    const { spec } = buildSurveyWorkbook({
      regime,
      template: builtInTemplate(2026, version, regime),
      groupId: 'so',
      ...(withAgency ? { agency } : {}),
    });
    const guide = spec.sheets.find((s) => s.name === GUIDE_SHEET);
    if (!guide) throw new Error('no guide sheet');
    return guide;
  };
  format2 = guideOf(2, true);
  format1 = guideOf(1, false);
});
const lines = (guide: SheetSpec): string[] => guide.cells.map((c) => `${c.style ?? ''}: ${String(c.value)}`);

/** The guide of a format-2 form prefilled for Sở Tư pháp, line by line with the style of each cell. */
const FORMAT2_WITH_AGENCY = [
  'guideTitle: HƯỚNG DẪN TỰ ĐÁNH GIÁ MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026',
  'subtitle: Sở, ban, ngành cấp tỉnh — Sở Tư pháp (mã STP) — mẫu phiếu thanh-hoa-cntt-2026, phiên bản 2',
  'guideHeading: 1. Phiếu này dùng để làm gì',
  'guideText: Phiếu thu thập số liệu để đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin năm 2026 của các cơ quan nhà nước tỉnh Thanh Hóa, theo Quyết định số 4289/QĐ-UBND ngày 01/11/2016 của Chủ tịch UBND tỉnh Thanh Hóa. Mỗi cơ quan, đơn vị tự chấm điểm từng tiêu chí thành phần và nêu minh chứng; Sở Thông tin và Truyền thông tổng hợp, thẩm định (có thể kiểm tra số liệu hoặc làm việc trực tiếp) và đề xuất xếp hạng. Đơn vị phải xuất trình được minh chứng khi được yêu cầu.',
  'guideHeading: 2. Thời hạn',
  'guideText: Số liệu tính đến ngày 31/10/2026.',
  'guideText: Gửi tệp phiếu đã điền (định dạng .xlsx, giữ nguyên tên trang và cấu trúc) về Sở Thông tin và Truyền thông trước ngày 20/11/2026.',
  'guideHeading: 3. Cách điền',
  'guideText: Tên và mã đơn vị đã được điền sẵn ở đầu trang “Phiếu”.',
  'guideText: Cột “Điểm tự chấm”: với mỗi tiêu chí thành phần, nhập một số từ 0 đến điểm tối đa của dòng đó, tối đa 2 chữ số thập phân, dùng dấu thập phân theo cài đặt của máy (máy cài tiếng Việt: 7,5; máy cài tiếng Anh: 7.5). Không gõ điểm dưới dạng chữ; ô để trống được tính 0 điểm.',
  'guideText: Cột “Minh chứng”: ghi số, ngày văn bản, trích yếu hoặc đường dẫn tới tài liệu chứng minh. Tiêu chí thành phần có dấu (*) bắt buộc có minh chứng khi tự chấm điểm lớn hơn 0.',
  'guideText: Cột “Tình trạng” cho biết từng dòng: “Hợp lệ”, “Chưa nhập”, “Không phải số”, “Điểm âm”, “Vượt điểm tối đa”, “Quá 2 chữ số thập phân” hoặc “Thiếu minh chứng”. Trước khi gửi, mọi dòng nên ở trạng thái “Hợp lệ”.',
  'guideText: Phần “Số liệu” (dưới bảng điểm): nhập từng số liệu tính đến ngày 31/10/2026 vào cột “Giá trị” — số nguyên, tỷ lệ % từ 0 đến 100 hoặc chọn trong danh sách thả xuống. Điểm của các tiêu chí thành phần ghi “Điểm tự động tính từ số liệu” được tính bằng công thức từ các số liệu này (ô khóa, không nhập tay); số liệu chưa nhập hoặc chưa hợp lệ thì tiêu chí đó được 0 điểm.',
  'guideText: Phần “Kiểm tra lôgic số liệu” so sánh các số liệu với nhau (ví dụ phần không lớn hơn tổng): “Không đạt” là số liệu mâu thuẫn cần sửa, “Cần xem lại” là cảnh báo. Sở Thông tin và Truyền thông thẩm định số liệu qua các phép kiểm tra này.',
  'guideText: Khi dán số liệu từ nơi khác, hãy dùng “Dán giá trị” (Paste Values): dán có thể bỏ qua kiểm tra nhập liệu của Excel, nhưng cột “Tình trạng” và màu ô vẫn báo lỗi.',
  'guideHeading: 4. Cách tính điểm và xếp loại',
  'guideText: Điểm được tính của một tiêu chí thành phần = điểm tự chấm làm tròn đến 2 chữ số thập phân, giới hạn trong khoảng từ 0 đến điểm tối đa; ô trống hoặc không phải số được tính 0 điểm.',
  'guideText: Điểm mỗi tiêu chí = tổng điểm được tính của các tiêu chí thành phần, làm tròn 2 chữ số thập phân. Tổng điểm = tổng điểm các tiêu chí (tối đa 100 điểm), làm tròn 2 chữ số thập phân.',
  'guideText: Các tiêu chí của nhóm “Sở, ban, ngành cấp tỉnh”: 1. Hạ tầng kỹ thuật CNTT (8 điểm); 2. Ứng dụng CNTT trong hoạt động nội bộ cơ quan (35 điểm); 3. Ứng dụng CNTT phục vụ người dân và doanh nghiệp (25 điểm); 4. Công tác đảm bảo an toàn thông tin mạng (15 điểm); 5. Nhân lực cho ứng dụng CNTT (7 điểm); 6. Cơ chế, chính sách và các quy định cho ứng dụng CNTT (10 điểm).',
  'guideText: Xếp loại theo tổng điểm đã làm tròn: Tốt: từ 85 điểm; Khá: từ 70 điểm đến dưới 85 điểm; Trung bình: từ 50 điểm đến dưới 70 điểm; Yếu: dưới 50 điểm.',
  'guideText: Điểm, tổng điểm và xếp loại được tính ngay trong trang “Phiếu” bằng công thức, trong Excel (2010 trở lên) hoặc LibreOffice Calc.',
  'guideHeading: 5. Ý nghĩa màu sắc',
  'swatchInput: Nền xanh lá',
  'guideText: Ô nhập liệu (điểm tự chấm, minh chứng, tên và mã đơn vị); giá trị đã nhập hợp lệ.',
  'swatchBlank: Nền vàng',
  'guideText: Ô nhập liệu còn trống: điểm tự chấm chưa nhập, hoặc đã tự chấm điểm nhưng chưa ghi minh chứng bắt buộc.',
  'swatchOverCap: Nền đỏ',
  'guideText: Điểm tự chấm vượt điểm tối đa của tiêu chí thành phần.',
  'swatchNegative: Nền tím',
  'guideText: Điểm tự chấm là số âm.',
  'swatchNotNumber: Nền cam',
  'guideText: Điểm tự chấm không phải là số (ví dụ gõ “7,5” trên máy dùng dấu chấm thập phân, hoặc gõ chữ).',
  'swatchDecimals: Nền xanh lam',
  'guideText: Điểm tự chấm có quá 2 chữ số thập phân.',
  'swatchLocked: Nền trắng',
  'guideText: Ô cố định (mã, tiêu chí, điểm tối đa, công thức): không sửa được.',
  'guideHeading: 6. Vì sao trang tính bị khóa',
  'guideText: Các trang được bảo vệ (khóa) KHÔNG đặt mật khẩu: chỉ các ô nhập liệu sửa được, để tránh vô tình xóa công thức hoặc làm lệch cấu trúc phiếu. Không bỏ khóa, không chèn, xóa dòng, cột, không đổi tên trang: khi tổng hợp, Sở Thông tin và Truyền thông kiểm tra cấu trúc phiếu và không chấp nhận phiếu đã bị sửa cấu trúc.',
  'guideText: Phiếu dùng các tên vùng cố định (TC_<tiêu chí>_<thành phần>, MC_..., TC_<tiêu chí>, TONG_DIEM, XEP_LOAI, MA_DON_VI, TEN_DON_VI, NAM, NHOM) để phần mềm tổng hợp đọc số liệu; không xóa hay đổi các tên này.',
];

describe('the guide sheet', () => {
  it('explains the survey, deadlines, filling in, points, bands, colours and protection, word for word', () => {
    expect(lines(format2)).toEqual(FORMAT2_WITH_AGENCY);
  });

  it('asks for the agency when the form is not prefilled, and explains figures only on format-2 forms', () => {
    const expected = FORMAT2_WITH_AGENCY.filter((l) => !l.startsWith('guideText: Phần “')).map((l) =>
      l.startsWith('subtitle: ')
        ? 'subtitle: Sở, ban, ngành cấp tỉnh — mẫu phiếu thanh-hoa-cntt-2026, phiên bản 1'
        : l === 'guideText: Tên và mã đơn vị đã được điền sẵn ở đầu trang “Phiếu”.'
          ? 'guideText: Ở đầu trang “Phiếu”, điền tên cơ quan, đơn vị và mã đơn vị do Sở Thông tin và Truyền thông cấp.'
          : l,
    );
    expect(lines(format1)).toEqual(expected);
  });

  it('states each rating band with its range of rounded points, highest first', () => {
    expect(lines(format2).filter((t) => t.includes('Xếp loại theo'))).toEqual([
      'guideText: Xếp loại theo tổng điểm đã làm tròn: Tốt: từ 85 điểm; Khá: từ 70 điểm đến dưới 85 điểm; ' +
        'Trung bình: từ 50 điểm đến dưới 70 điểm; Yếu: dưới 50 điểm.',
    ]);
  });

  it('gives each line a row of its own, tall enough for its wrapped text; text lines span both columns', () => {
    const byRow = new Map<number, CellSpec[]>();
    for (const c of format2.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
    expect([...byRow.keys()]).toEqual(Array.from({ length: byRow.size }, (_, i) => i + 1));
    const expectedHeights = [...byRow].map(([row, cells]) => {
      const [first, second] = cells;
      const text = String(first?.value);
      if (second) {
        // A colour swatch (column A, its label in 11 pt) and what the colour means (column B).
        const height = Math.max(
          wrappedRowHeight(String(second.value), 78, BODY_SIZE, 22),
          wrappedRowHeight(text, 16, 11, 22),
        );
        return { row, height };
      }
      if (row === 1) return { row, height: wrappedRowHeight(text, 94, 14, 40, { bold: true }) };
      if (first?.style === 'guideHeading')
        return { row, height: wrappedRowHeight(text, 94, BODY_SIZE, 26, { bold: true }) };
      return { row, height: wrappedRowHeight(text, 94, BODY_SIZE, 18, { bold: false }) };
    });
    expect(format2.rows).toEqual(expectedHeights);
    const spanned = [...byRow]
      .filter(([, cells]) => cells.length === 1)
      .map(([row]) => ({ row, col: 1, lastRow: row, lastCol: 2 }));
    expect(format2.merges).toEqual(spanned);
    // The swatch rows: seven colours, label and meaning side by side.
    expect([...byRow.values()].filter((cells) => cells.length === 2)).toHaveLength(7);
  });

  it('is a visible, green-tabbed, protected sheet without password, printed on A4 portrait with page numbers', () => {
    const { cells: _cells, rows: _rows, merges: _merges, ...settings } = format2;
    expect(settings).toEqual({
      name: 'Hướng dẫn',
      visibility: 'visible',
      tabColor: '#548235',
      columns: [
        { col: 1, width: 16 },
        { col: 2, width: 78 },
      ],
      validations: [],
      conditionalFormats: [],
      protection: { password: '', allowFormatColumns: true, allowFormatRows: true },
      print: {
        footerCenter: PAGE_NUMBER_FOOTER,
        orientation: 'portrait',
        paper: 'A4',
        fitToWidth: true,
        margins: { top: 20, bottom: 20, left: 30, right: 15 },
      },
      showGridLines: false,
    });
  });
});
