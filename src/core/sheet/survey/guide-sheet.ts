/** The "Hướng dẫn" sheet: what the survey is, deadlines, how to fill it, how points are counted, colours. */
import { formatPoints } from '../../numbers/hundredths';
import type { AgencyGroup, Regime } from '../../regime/types';
import type { Agency } from '../../roster/types';
import type { GroupTemplate, SurveyTemplate } from '../../template/types';
import { wrappedRowHeight } from '../row-height';
import type { CellSpec, RangeSpec, RowSpec, SheetSpec } from '../spec';
import { FORM_SHEET, GUIDE_SHEET } from './layout';
import { STATUS } from './status';
import { BODY_SIZE, S } from './styles';
import { formatVnDate } from '../../text/vn-date';
import { EVIDENCE_REQUIRED_MARK } from './text';
import { PAGE_NUMBER_FOOTER } from '../page-footer';

const SWATCH_WIDTH = 16;
const TEXT_WIDTH = 78;

export interface GuideSheetInput {
  regime: Regime;
  template: SurveyTemplate;
  regimeGroup: AgencyGroup;
  group: GroupTemplate;
  agency?: Agency;
}

function bandsText(regime: Regime): string {
  const bands = [...regime.bands].sort(
    (a, b) => (b.minHundredths ?? -Infinity) - (a.minHundredths ?? -Infinity),
  );
  return bands
    .map((band, i) => {
      const upper = i > 0 ? bands[i - 1]?.minHundredths : null;
      const from = band.minHundredths === null ? null : `từ ${formatPoints(band.minHundredths)} điểm`;
      const below = upper === null || upper === undefined ? null : `dưới ${formatPoints(upper)} điểm`;
      return `${band.label}: ${[from, below].filter((x) => x !== null).join(' đến ')}`;
    })
    .join('; ');
}

export function buildGuideSheet(input: GuideSheetInput): SheetSpec {
  const { regime, template, regimeGroup, group, agency } = input;
  const cells: CellSpec[] = [];
  const rows: RowSpec[] = [];
  const merges: RangeSpec[] = [];
  let row = 1;
  const full = (text: string, style: string, size = BODY_SIZE, minHeight = 18, bold = false): void => {
    cells.push({ row, col: 1, value: text, style });
    merges.push({ row, col: 1, lastRow: row, lastCol: 2 });
    rows.push({ row, height: wrappedRowHeight(text, SWATCH_WIDTH + TEXT_WIDTH, size, minHeight, { bold }) });
    row += 1;
  };
  const heading = (text: string): void => full(text, S.guideHeading, BODY_SIZE, 26, true);
  const para = (text: string): void => full(text, S.guideText);
  const swatch = (style: string, label: string, text: string): void => {
    cells.push({ row, col: 1, value: label, style });
    cells.push({ row, col: 2, value: text, style: S.guideText });
    rows.push({
      row,
      height: Math.max(
        wrappedRowHeight(text, TEXT_WIDTH, BODY_SIZE, 22),
        wrappedRowHeight(label, SWATCH_WIDTH, 11, 22),
      ),
    });
    row += 1;
  };

  const appraiser = regime.appraiser.name;
  const due = formatVnDate(template.returnBy);
  const asOf = formatVnDate(template.dataAsOf);
  full(
    `HƯỚNG DẪN TỰ ĐÁNH GIÁ MỨC ĐỘ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM ${template.year}`,
    S.guideTitle,
    14,
    40,
    true,
  );
  full(
    `${regimeGroup.name}${agency ? ` — ${agency.name} (mã ${agency.code})` : ''} — mẫu phiếu ${template.id}, phiên bản ${template.version}`,
    S.subtitle,
  );

  heading('1. Phiếu này dùng để làm gì');
  para(
    `Phiếu thu thập số liệu để đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin năm ${template.year} ` +
      `của các cơ quan nhà nước tỉnh ${regime.province}, theo ${regime.legalBasis}. ` +
      `Mỗi cơ quan, đơn vị tự chấm điểm từng tiêu chí thành phần và nêu minh chứng; ${appraiser} tổng hợp, ` +
      `thẩm định (có thể kiểm tra số liệu hoặc làm việc trực tiếp) và đề xuất xếp hạng. ` +
      `Đơn vị phải xuất trình được minh chứng khi được yêu cầu.`,
  );

  heading('2. Thời hạn');
  para(`Số liệu tính đến ngày ${asOf}.`);
  para(
    `Gửi tệp phiếu đã điền (định dạng .xlsx, giữ nguyên tên trang và cấu trúc) về ${appraiser} trước ngày ${due}.`,
  );

  heading('3. Cách điền');
  para(
    agency
      ? `Tên và mã đơn vị đã được điền sẵn ở đầu trang “${FORM_SHEET}”.`
      : `Ở đầu trang “${FORM_SHEET}”, điền tên cơ quan, đơn vị và mã đơn vị do ${appraiser} cấp.`,
  );
  para(
    `Cột “Điểm tự chấm”: với mỗi tiêu chí thành phần, nhập một số từ 0 đến điểm tối đa của dòng đó, ` +
      `tối đa 2 chữ số thập phân, dùng dấu thập phân theo cài đặt của máy (máy cài tiếng Việt: 7,5; máy cài tiếng Anh: 7.5). ` +
      `Không gõ điểm dưới dạng chữ; ô để trống được tính 0 điểm.`,
  );
  para(
    `Cột “Minh chứng”: ghi số, ngày văn bản, trích yếu hoặc đường dẫn tới tài liệu chứng minh. ` +
      `Tiêu chí thành phần có dấu ${EVIDENCE_REQUIRED_MARK} bắt buộc có minh chứng khi tự chấm điểm lớn hơn 0.`,
  );
  para(
    `Cột “Tình trạng” cho biết từng dòng: “${STATUS.ok}”, “${STATUS.blank}”, “${STATUS.notNumber}”, “${STATUS.negative}”, ` +
      `“${STATUS.overCap}”, “${STATUS.tooManyDecimals}” hoặc “${STATUS.evidenceMissing}”. Trước khi gửi, mọi dòng nên ở trạng thái “${STATUS.ok}”.`,
  );
  if ((group.figures ?? []).length > 0) {
    // Format 2 only: format-1 guides stay word for word as before.
    para(
      `Phần “Số liệu” (dưới bảng điểm): nhập từng số liệu tính đến ngày ${asOf} vào cột “Giá trị” — số nguyên, tỷ lệ % từ 0 đến 100 ` +
        `hoặc chọn trong danh sách thả xuống. Điểm của các tiêu chí thành phần ghi “Điểm tự động tính từ số liệu” được tính bằng công thức ` +
        `từ các số liệu này (ô khóa, không nhập tay); số liệu chưa nhập hoặc chưa hợp lệ thì tiêu chí đó được 0 điểm.`,
    );
    para(
      `Phần “Kiểm tra lôgic số liệu” so sánh các số liệu với nhau (ví dụ phần không lớn hơn tổng): “Không đạt” là số liệu mâu thuẫn cần sửa, ` +
        `“Cần xem lại” là cảnh báo. ${appraiser} thẩm định số liệu qua các phép kiểm tra này.`,
    );
  }
  para(
    `Khi dán số liệu từ nơi khác, hãy dùng “Dán giá trị” (Paste Values): dán có thể bỏ qua kiểm tra nhập liệu của Excel, ` +
      `nhưng cột “Tình trạng” và màu ô vẫn báo lỗi.`,
  );

  heading('4. Cách tính điểm và xếp loại');
  para(
    `Điểm được tính của một tiêu chí thành phần = điểm tự chấm làm tròn đến 2 chữ số thập phân, giới hạn trong khoảng ` +
      `từ 0 đến điểm tối đa; ô trống hoặc không phải số được tính 0 điểm.`,
  );
  para(
    `Điểm mỗi tiêu chí = tổng điểm được tính của các tiêu chí thành phần, làm tròn 2 chữ số thập phân. ` +
      `Tổng điểm = tổng điểm các tiêu chí (tối đa ${formatPoints(regime.totalHundredths)} điểm), làm tròn 2 chữ số thập phân.`,
  );
  para(
    `Các tiêu chí của nhóm “${regimeGroup.name}”: ` +
      group.criteria
        .map((c) => `${c.number}. ${c.title} (${formatPoints(c.capHundredths)} điểm)`)
        .join('; ') +
      '.',
  );
  para(`Xếp loại theo tổng điểm đã làm tròn: ${bandsText(regime)}.`);
  para(
    `Điểm, tổng điểm và xếp loại được tính ngay trong trang “${FORM_SHEET}” bằng công thức, trong Excel (2010 trở lên) hoặc LibreOffice Calc.`,
  );

  heading('5. Ý nghĩa màu sắc');
  swatch(
    S.swatchInput,
    'Nền xanh lá',
    'Ô nhập liệu (điểm tự chấm, minh chứng, tên và mã đơn vị); giá trị đã nhập hợp lệ.',
  );
  swatch(
    S.swatchBlank,
    'Nền vàng',
    'Ô nhập liệu còn trống: điểm tự chấm chưa nhập, hoặc đã tự chấm điểm nhưng chưa ghi minh chứng bắt buộc.',
  );
  swatch(S.swatchOverCap, 'Nền đỏ', 'Điểm tự chấm vượt điểm tối đa của tiêu chí thành phần.');
  swatch(S.swatchNegative, 'Nền tím', 'Điểm tự chấm là số âm.');
  swatch(
    S.swatchNotNumber,
    'Nền cam',
    'Điểm tự chấm không phải là số (ví dụ gõ “7,5” trên máy dùng dấu chấm thập phân, hoặc gõ chữ).',
  );
  swatch(S.swatchDecimals, 'Nền xanh lam', 'Điểm tự chấm có quá 2 chữ số thập phân.');
  swatch(S.swatchLocked, 'Nền trắng', 'Ô cố định (mã, tiêu chí, điểm tối đa, công thức): không sửa được.');

  heading('6. Vì sao trang tính bị khóa');
  para(
    `Các trang được bảo vệ (khóa) KHÔNG đặt mật khẩu: chỉ các ô nhập liệu sửa được, để tránh vô tình xóa công thức ` +
      `hoặc làm lệch cấu trúc phiếu. Không bỏ khóa, không chèn, xóa dòng, cột, không đổi tên trang: khi tổng hợp, ` +
      `${appraiser} kiểm tra cấu trúc phiếu và không chấp nhận phiếu đã bị sửa cấu trúc.`,
  );
  para(
    `Phiếu dùng các tên vùng cố định (TC_<tiêu chí>_<thành phần>, MC_..., TC_<tiêu chí>, TONG_DIEM, XEP_LOAI, ` +
      `MA_DON_VI, TEN_DON_VI, NAM, NHOM) để phần mềm tổng hợp đọc số liệu; không xóa hay đổi các tên này.`,
  );

  return {
    name: GUIDE_SHEET,
    visibility: 'visible',
    tabColor: '#548235',
    columns: [
      { col: 1, width: SWATCH_WIDTH },
      { col: 2, width: TEXT_WIDTH },
    ],
    rows,
    cells,
    merges,
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
  };
}
