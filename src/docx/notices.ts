/**
 * Thông báo kết quả: one section per ranked agency, each a complete letter from the Sở: its points
 * per criterion against the cap, the group's average and last year's where known, where it lost
 * most, and the appraisers' changes with their reasons (so it can fix what was lacking, QĐ 4289 6.1c).
 */
import type { Document, Paragraph, Table } from 'docx';
import type { AgencyLetter, DocumentModel } from '../core/documents/model';
import { points2, signedPoints2 } from '../core/documents/format';
import type { DocumentSettings } from '../core/documents/settings';
import { grid, type Column } from './grid';
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

export function letterCriteriaColumns(previousYear: number | null): Column[] {
  const cols: Column[] = [
    { header: 'Điểm tối đa', widthMm: 20 },
    { header: 'Điểm đạt', widthMm: 20 },
    { header: 'Trung bình của nhóm', widthMm: 24 },
  ];
  if (previousYear !== null) cols.push({ header: `Năm ${previousYear}`, widthMm: 20 });
  return [
    {
      header: 'Tiêu chí',
      widthMm: PORTRAIT_TEXT_MM - cols.reduce((a, c) => a + c.widthMm, 0),
      align: 'left',
    },
    ...cols,
  ];
}

export function letterCriteriaCells(l: AgencyLetter, previousYear: number | null): string[][] {
  const rows = l.criteria.map((c) => {
    const cells = [
      `${c.number}. ${c.title}`,
      points2(c.capHundredths),
      points2(c.pointsHundredths),
      c.groupAverageHundredths === null ? '' : points2(c.groupAverageHundredths),
    ];
    if (previousYear !== null) cells.push(c.lastYearHundredths === null ? '' : points2(c.lastYearHundredths));
    return cells;
  });
  return rows;
}

export function changeColumns(): Column[] {
  return [
    { header: 'Mã', widthMm: 14 },
    { header: 'Nội dung', widthMm: 55, align: 'left' },
    { header: 'Tự chấm', widthMm: 20 },
    { header: 'Thẩm định', widthMm: 22 },
    { header: 'Lý do', widthMm: PORTRAIT_TEXT_MM - 14 - 55 - 20 - 22, align: 'left' },
  ];
}

export function changeCells(l: AgencyLetter): string[][] {
  return l.changes.map((c) => [
    c.subCode,
    c.subTitle,
    points2(c.selfHundredths),
    points2(c.appraisedHundredths),
    c.reason,
  ]);
}

function letter(l: AgencyLetter, model: DocumentModel, settings: DocumentSettings): (Paragraph | Table)[] {
  const s = settings.notice;
  const year = model.year;
  const appraiser = model.regime.appraiser.name;
  const r = l.row;
  const out: (Paragraph | Table)[] = [
    headerBlock(s, settings.place, year),
    ...titleBlock('THÔNG BÁO', [
      `Kết quả đánh giá, xếp hạng mức độ ứng dụng`,
      `công nghệ thông tin năm ${year} của ${l.name}`,
    ]),
    line(`Kính gửi: ${l.name}`, { after: 6 }),
    body(
      `Thực hiện ${model.regime.legalBasis}, ${appraiser} thông báo kết quả đánh giá, xếp hạng mức độ ứng dụng công nghệ thông tin năm ${year} của ${l.name} như sau:`,
    ),
    heading('1. Kết quả chung'),
    body(
      `Tổng điểm: ${points2(r.totalHundredths)}/${points2(l.criteria.reduce((a, c) => a + c.capHundredths, 0))} điểm; xếp loại: ${r.rating}; xếp hạng ${r.rank}/${l.rankedInGroup} trong nhóm ${inSentence(l.groupName)} (Bảng ${l.tableNumber}).`,
    ),
  ];
  if (model.previousYear !== null) {
    out.push(
      body(
        r.previousRank === null
          ? `Năm ${model.previousYear} đơn vị chưa được xếp hạng trong nhóm này.`
          : `So với năm ${model.previousYear} (hạng ${r.previousRank}, ${points2(r.previousTotalHundredths ?? 0)} điểm): thứ hạng ${r.rankChange === '=' ? 'giữ nguyên' : r.rankChange}, tổng điểm ${signedPoints2(r.totalChangeHundredths ?? 0)}.`,
      ),
    );
  }
  out.push(
    heading('2. Điểm từng tiêu chí'),
    grid(letterCriteriaColumns(model.previousYear), letterCriteriaCells(l, model.previousYear)),
  );
  out.push(heading('3. Những nội dung còn hạn chế'));
  if (l.lostMost.length === 0) out.push(body('Đơn vị đạt điểm tối đa ở tất cả các tiêu chí thành phần.'));
  else
    out.push(
      body(
        `Các tiêu chí thành phần đơn vị mất nhiều điểm nhất: ${l.lostMost.map((x) => `${x.code} “${x.title}” (đạt ${points2(x.pointsHundredths)}/${points2(x.capHundredths)} điểm)`).join('; ')}.`,
      ),
    );
  out.push(heading('4. Điều chỉnh của Tổ thẩm định'));
  if (l.changes.length === 0) out.push(body('Tổ thẩm định không điều chỉnh điểm tự chấm của đơn vị.'));
  else
    out.push(
      body(`Tổ thẩm định đã điều chỉnh ${l.changes.length} điểm tiêu chí thành phần:`),
      grid(changeColumns(), changeCells(l)),
    );
  out.push(
    body(
      `Đề nghị ${l.name} căn cứ kết quả trên xây dựng kế hoạch khắc phục những nội dung còn hạn chế, nâng cao mức độ ứng dụng công nghệ thông tin trong năm tiếp theo./.`,
    ),
    closingBlock(s.recipients, s.signature),
  );
  return out;
}

export function noticesDocument(model: DocumentModel, settings: DocumentSettings): Document {
  const appraiser = model.regime.appraiser.name;
  const sections = model.letters.map((l, i) => section(letter(l, model, settings), 'portrait', i === 0));
  if (sections.length === 0)
    sections.push(section([line('Chưa có cơ quan, đơn vị nào được xếp hạng.')], 'portrait', true));
  return officialDocument(appraiser, `Thông báo kết quả xếp hạng ứng dụng CNTT năm ${model.year}`, sections);
}
