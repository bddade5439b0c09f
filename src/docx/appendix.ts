/**
 * Appendices (Phụ lục) in landscape sections: Bảng 1/2 as the decision publishes them, with the
 * year-over-year columns when last year is known, and the commendation list.
 */
import type { ISectionOptions, Paragraph, Table } from 'docx';
import type { Commendation, DocumentModel, GroupSummary } from '../core/documents/model';
import { points2, signedPoints2 } from '../core/documents/format';
import { grid, type Column } from './grid';
import { LANDSCAPE_TEXT_MM, line, section } from './official';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const roman = (n: number) => ROMAN[n - 1] ?? String(n);

/** "Phụ lục I", its title, and the reference to the document it belongs to (NĐ 30: number and date). */
export function appendixHeading(numeral: string, title: string, reference: string): Paragraph[] {
  return [
    line(`Phụ lục ${numeral}`, { bold: true, size: 14 }),
    line(title.toLocaleUpperCase('vi'), { bold: true, size: 14 }),
    line(`(${reference})`, { italics: true, size: 14, after: 6 }),
  ];
}

/** Column layout of a ranking table: name takes what the fixed columns leave of the landscape width. */
export function rankingColumns(group: GroupSummary, previousYear: number | null): Column[] {
  const fixed: Column[] = [
    ...group.criteria.map((c) => ({
      header: `TC ${c.number}\n(${points2(c.capHundredths).replace(/,00$/, '')})`,
      widthMm: 14,
    })),
    { header: 'Tổng điểm', widthMm: 18 },
    { header: 'Xếp loại', widthMm: 24 },
    { header: 'Xếp hạng', widthMm: 15 },
  ];
  if (previousYear !== null) {
    fixed.push(
      { header: `Hạng so với năm ${previousYear}`, widthMm: 19 },
      { header: `Điểm so với năm ${previousYear}`, widthMm: 19 },
    );
  }
  const stt = { header: 'STT', widthMm: 11 };
  const used = stt.widthMm + fixed.reduce((a, c) => a + c.widthMm, 0);
  return [stt, { header: 'Tên cơ quan, đơn vị', widthMm: LANDSCAPE_TEXT_MM - used, align: 'left' }, ...fixed];
}

/** The cells of a ranking table, as the tests read them back. */
export function rankingCells(group: GroupSummary, previousYear: number | null): string[][] {
  return group.rows.map((r, i) => {
    const cells = [
      String(i + 1),
      r.name,
      ...r.criteriaHundredths.map(points2),
      points2(r.totalHundredths),
      r.rating,
      String(r.rank),
    ];
    if (previousYear !== null)
      cells.push(
        r.rankChange,
        r.totalChangeHundredths === null ? '' : signedPoints2(r.totalChangeHundredths),
      );
    return cells;
  });
}

export function rankingAppendix(
  group: GroupSummary,
  numeral: string,
  reference: string,
  previousYear: number | null,
): (Paragraph | Table)[] {
  const legend = group.criteria
    .map((c) => `TC ${c.number}: ${c.title} (tối đa ${points2(c.capHundredths)} điểm)`)
    .join('; ');
  const out: (Paragraph | Table)[] = [...appendixHeading(numeral, group.title, reference)];
  if (group.rows.length === 0)
    out.push(line('Không có cơ quan, đơn vị nào được xếp hạng.', { italics: true }));
  else out.push(grid(rankingColumns(group, previousYear), rankingCells(group, previousYear)));
  out.push(line(`Ghi chú: ${legend}.`, { size: 12, italics: true, before: 6, align: 'both' }));
  return out;
}

export function commendationColumns(): Column[] {
  return [
    { header: 'STT', widthMm: 12 },
    { header: 'Tên cơ quan, đơn vị', widthMm: LANDSCAPE_TEXT_MM - 12 - 30 - 26 - 26 - 22, align: 'left' },
    { header: 'Nhóm', widthMm: 30 },
    { header: 'Tổng điểm', widthMm: 26 },
    { header: 'Xếp loại', widthMm: 26 },
    { header: 'Xếp hạng', widthMm: 22 },
  ];
}

export function commendationCells(c: Commendation): string[][] {
  return c.entries.map((e, i) => [
    String(i + 1),
    e.row.name,
    `Bảng ${e.tableNumber}`,
    points2(e.row.totalHundredths),
    e.row.rating,
    String(e.row.rank),
  ]);
}

export function commendationAppendix(
  c: Commendation,
  numeral: string,
  year: number,
  reference: string,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    ...appendixHeading(numeral, `Danh sách cơ quan, đơn vị đề xuất khen thưởng năm ${year}`, reference),
  ];
  out.push(line(`Tiêu chí đề xuất: ${c.ruleText}.`, { italics: true, after: 6 }));
  if (c.entries.length === 0)
    out.push(line('Không có cơ quan, đơn vị nào đáp ứng tiêu chí đề xuất.', { italics: true }));
  else out.push(grid(commendationColumns(), commendationCells(c)));
  return out;
}

/** The report's and the decision's appendices: Bảng 1, 2 (one per group) and the commendation list, landscape. */
export function appendixSections(model: DocumentModel, year: number, reference: string): ISectionOptions[] {
  const appendices = model.groups.map((g, i) =>
    section(rankingAppendix(g, roman(i + 1), reference, model.previousYear), 'landscape', false),
  );
  appendices.push(
    section(
      commendationAppendix(model.commendation, roman(model.groups.length + 1), year, reference),
      'landscape',
      false,
    ),
  );
  return appendices;
}
