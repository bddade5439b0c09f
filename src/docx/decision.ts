/**
 * Dự thảo Quyết định phê duyệt kết quả (the UBND tỉnh's decision): Điều 1–3, the two ranking
 * tables and the commendation list as appendices.
 */
import type { Document, Paragraph, Table } from 'docx';
import { blankDate } from '../core/documents/format';
import type { DocumentModel } from '../core/documents/model';
import type { DocumentSettings } from '../core/documents/settings';
import { appendixSections, roman } from './appendix';
import {
  body,
  closingBlock,
  inSentence,
  headerBlock,
  line,
  officialDocument,
  run,
  section,
  titleBlock,
} from './official';

export function decisionDocument(model: DocumentModel, settings: DocumentSettings): Document {
  const s = settings.decision;
  const year = model.year;
  const appraiser = model.regime.appraiser.name;
  const tables = model.groups.map((g, i) => `Phụ lục ${roman(i + 1)}`).join(', ');
  const commendationAnnex = `Phụ lục ${roman(model.groups.length + 1)}`;
  const main: (Paragraph | Table)[] = [
    headerBlock(s, settings.place, year),
    ...titleBlock('QUYẾT ĐỊNH', [
      `Phê duyệt kết quả đánh giá, xếp hạng mức độ ứng dụng`,
      `công nghệ thông tin của các cơ quan nhà nước tỉnh ${model.regime.province} năm ${year}`,
    ]),
    line(`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ${model.regime.province.toLocaleUpperCase('vi')}`, {
      bold: true,
      after: 6,
    }),
    ...settings.decisionGrounds.map((g) => body(g, { italics: true })),
    body(`Căn cứ ${model.regime.legalBasis};`, { italics: true }),
    body(
      `Theo đề nghị của Giám đốc ${appraiser} tại Báo cáo số        /${settings.report.symbol} ${blankDate(year)}.`,
      { italics: true },
    ),
    line('QUYẾT ĐỊNH:', { bold: true, before: 6, after: 6 }),
    body([
      run('Điều 1. ', { bold: true }),
      run(
        `Phê duyệt kết quả đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin năm ${year} của ${model.groups.map((g) => inSentence(g.groupName)).join(' và ')} (chi tiết tại ${tables} kèm theo).`,
      ),
    ]),
    body([
      run('Điều 2. ', { bold: true }),
      run(
        model.commendation.entries.length === 0
          ? `Năm ${year} không có cơ quan, đơn vị nào đáp ứng tiêu chí đề xuất khen thưởng (${model.commendation.ruleText}). `
          : `Khen thưởng ${model.commendation.entries.length} cơ quan, đơn vị đạt kết quả cao (${model.commendation.ruleText}), danh sách tại ${commendationAnnex} kèm theo. `,
      ),
      run(
        `Giao ${appraiser} thông báo kết quả đến từng cơ quan, đơn vị; các cơ quan, đơn vị căn cứ kết quả xếp hạng có giải pháp khắc phục những hạn chế, nâng cao mức độ ứng dụng công nghệ thông tin.`,
      ),
    ]),
    body([
      run('Điều 3. ', { bold: true }),
      run(
        `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh; Giám đốc ${appraiser}; Thủ trưởng các sở, ban, ngành cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`,
      ),
    ]),
    closingBlock(s.recipients, s.signature),
  ];
  const reference = `Kèm theo Quyết định số        /${s.symbol} ${blankDate(year)} của Chủ tịch UBND tỉnh ${model.regime.province}`;
  return officialDocument(
    appraiser,
    `Dự thảo Quyết định phê duyệt kết quả xếp hạng ứng dụng CNTT năm ${year}`,
    [section(main, 'portrait', true), ...appendixSections(model, year, reference)],
  );
}
