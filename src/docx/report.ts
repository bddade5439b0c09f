/**
 * Báo cáo kết quả đánh giá, xếp hạng (the Sở's report to the UBND tỉnh, QĐ 4289 mục 6.2c):
 * returns, results per band, averages and attainment per criterion, highest and lowest, appraisal
 * changes, year-over-year movement, the commendation proposal, two charts per group; Bảng 1 and 2 as appendices.
 */
import type { Document, Paragraph, Table } from 'docx';
import type { DocumentModel, GroupSummary } from '../core/documents/model';
import { blankDate, percent2, points2 } from '../core/documents/format';
import type { DocumentSettings } from '../core/documents/settings';
import { appendixSections, roman } from './appendix';
import { chartParagraph, type GroupChartImages } from './charts';
import { grid } from './grid';
import {
  body,
  closingBlock,
  inSentence,
  headerBlock,
  heading,
  line,
  officialDocument,
  PORTRAIT_TEXT_MM,
  section,
  titleBlock,
} from './official';

const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name).join(', ');

function groupParagraphs(
  g: GroupSummary,
  index: number,
  previousYear: number | null,
  charts: GroupChartImages,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(`${index}. ${g.groupName} (Bảng ${g.tableNumber})`)];
  if (g.rows.length === 0) return [...out, body('Chưa có cơ quan, đơn vị nào trong nhóm được xếp hạng.')];
  const bands = g.bandCounts.map((b) => `${b.label}: ${b.count} đơn vị`).join('; ');
  out.push(body(`Có ${g.rows.length} cơ quan, đơn vị được xếp hạng. Kết quả xếp loại: ${bands}.`));
  out.push(
    body(
      `Điểm trung bình của nhóm: ${points2(g.averageTotalHundredths ?? 0)} điểm. Cao nhất: ${names(g.highest)} (${points2(g.highest[0]?.totalHundredths ?? 0)} điểm); thấp nhất: ${names(g.lowest)} (${points2(g.lowest[0]?.totalHundredths ?? 0)} điểm).`,
    ),
  );
  if (previousYear !== null) {
    const count = (f: (c: string) => boolean) => g.rows.filter((r) => f(r.rankChange)).length;
    out.push(
      body(
        `So với năm ${previousYear}: ${count((c) => c.startsWith('↑'))} đơn vị tăng hạng, ${count((c) => c.startsWith('↓'))} đơn vị giảm hạng, ${count((c) => c === '=')} đơn vị giữ nguyên thứ hạng, ${count((c) => c === 'mới')} đơn vị lần đầu được xếp hạng.`,
      ),
    );
  }
  out.push(body(`Mức độ đạt của từng tiêu chí (điểm trung bình so với điểm tối đa):`));
  out.push(
    grid(
      [
        { header: 'Tiêu chí', widthMm: PORTRAIT_TEXT_MM - 28 - 30 - 30, align: 'left' },
        { header: 'Điểm tối đa', widthMm: 28 },
        { header: 'Điểm trung bình', widthMm: 30 },
        { header: 'Tỷ lệ đạt', widthMm: 30 },
      ],
      g.criteria.map((c) => [
        `${c.number}. ${c.title}`,
        points2(c.capHundredths),
        points2(c.averageHundredths ?? 0),
        percent2(c.attainmentHundredths ?? 0),
      ]),
    ),
  );
  const images = charts.get(g.groupId);
  if (images) out.push(chartParagraph(images));
  return out;
}

export function reportDocument(
  model: DocumentModel,
  settings: DocumentSettings,
  charts: GroupChartImages,
): Document {
  const s = settings.report;
  const r = model.returns;
  const year = model.year;
  const appraiser = model.regime.appraiser.name;
  const main: (Paragraph | Table)[] = [
    headerBlock(s, settings.place, year),
    ...titleBlock('BÁO CÁO', [
      `Kết quả đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin`,
      `của các cơ quan nhà nước tỉnh ${model.regime.province} năm ${year}`,
    ]),
    line(`Kính gửi: ${settings.addressee}`, { after: 6 }),
    body(
      `Thực hiện ${model.regime.legalBasis}, ${appraiser} đã tổ chức thu thập số liệu, thẩm định và xếp hạng mức độ ứng dụng công nghệ thông tin năm ${year}. ${appraiser} báo cáo kết quả như sau:`,
    ),
    heading('I. TÌNH HÌNH THU THẬP PHIẾU'),
    body(
      `Phiếu thu thập số liệu được gửi đến ${r.surveyed} cơ quan, đơn vị (${model.groups.map((g) => `${g.returns.surveyed} ${inSentence(g.groupName)}`).join('; ')}). ` +
        `Có ${r.onTime} đơn vị gửi đúng hạn, ${r.late} đơn vị gửi muộn, ${r.missing} đơn vị chưa gửi phiếu hợp lệ${r.rejectedOnly > 0 ? ` (trong đó ${r.rejectedOnly} đơn vị có phiếu bị từ chối)` : ''}.`,
    ),
    heading('II. KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG'),
    ...model.groups.flatMap((g, i) => groupParagraphs(g, i + 1, model.previousYear, charts)),
    body(
      `Kết quả chi tiết tại ${model.groups.map((g, i) => `Phụ lục ${roman(i + 1)} (Bảng ${g.tableNumber})`).join(' và ')} kèm theo.`,
    ),
    heading('III. CÔNG TÁC THẨM ĐỊNH'),
    body(
      model.appraisal.changedScores === 0
        ? 'Tổ thẩm định không điều chỉnh điểm tự chấm của cơ quan, đơn vị nào.'
        : `Tổ thẩm định đã điều chỉnh ${model.appraisal.changedScores} điểm tiêu chí thành phần của ${model.appraisal.agencies} cơ quan, đơn vị: tổng cộng tăng ${points2(model.appraisal.raisedHundredths)} điểm, giảm ${points2(model.appraisal.loweredHundredths)} điểm so với điểm tự chấm. Lý do từng điều chỉnh được thông báo đến đơn vị.`,
    ),
    heading('IV. ĐỀ XUẤT KHEN THƯỞNG'),
    body(
      model.commendation.entries.length === 0
        ? `Không có cơ quan, đơn vị nào đáp ứng tiêu chí đề xuất khen thưởng (${model.commendation.ruleText}).`
        : `Đề xuất khen thưởng ${model.commendation.ruleText}: ${model.commendation.entries.length} cơ quan, đơn vị (danh sách tại Phụ lục ${roman(model.groups.length + 1)}).`,
    ),
    heading('V. KIẾN NGHỊ'),
    body(
      `${appraiser} kính trình Chủ tịch UBND tỉnh xem xét, phê duyệt kết quả đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin năm ${year} và đề xuất khen thưởng nêu trên./.`,
    ),
    closingBlock(s.recipients, s.signature),
  ];
  const reference = `Kèm theo Báo cáo số        /${s.symbol} ${blankDate(year)} của ${appraiser}`;
  return officialDocument(appraiser, `Báo cáo kết quả xếp hạng ứng dụng CNTT năm ${year}`, [
    section(main, 'portrait', true),
    ...appendixSections(model, year, reference),
  ]);
}
