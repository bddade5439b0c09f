/**
 * The report's charts for one group, as native Word charts (docx's ChartRun: drawn by Word and
 * LibreOffice from data kept in the document, editable with "Edit Data"): agencies per rating
 * band, and each criterion's average attainment. Labels are written by the core's formatter, so
 * they carry the Vietnamese decimal comma whatever the reader's locale.
 */
import { ChartRun } from 'docx/charts';
import { AlignmentType, Paragraph } from 'docx';
import type { GroupSummary } from '../core/documents/model';
import { percent2 } from '../core/documents/format';
import { FONT } from './official';

const font = { name: FONT };
const size = { width: 300, height: 230 };

export function groupCharts(g: GroupSummary): Paragraph {
  const bands = new ChartRun({
    type: 'column',
    title: { text: 'Số đơn vị theo xếp loại', font: { size: 11, bold: true } },
    legend: false,
    font,
    transformation: size,
    categories: g.bandCounts.map((b) => b.label),
    series: [{ name: 'Số đơn vị', values: g.bandCounts.map((b) => b.count), color: '4472C4' }],
    dataLabels: { value: true, position: 'outsideEnd', font: { size: 10 } },
    valueAxis: { numberFormat: '0', font: { size: 10 } },
    categoryAxis: { font: { size: 10 } },
  });
  const attainment = new ChartRun({
    type: 'bar',
    title: { text: 'Tỷ lệ đạt từng tiêu chí (%)', font: { size: 11, bold: true } },
    legend: false,
    font,
    transformation: size,
    categories: g.criteria.map((c) => `TC ${c.number}`),
    series: [
      {
        name: 'Tỷ lệ đạt',
        values: g.criteria.map((c) => (c.attainmentHundredths ?? 0) / 100),
        color: 'ED7D31',
        pointLabels: g.criteria.map((c) => ({
          text: percent2(c.attainmentHundredths ?? 0),
          font: { size: 10 },
        })),
      },
    ],
    dataLabels: { value: true, position: 'outsideEnd', font: { size: 10 } },
    valueAxis: { numberFormat: '0', font: { size: 10 }, minimum: 0, maximum: 100 },
    categoryAxis: { font: { size: 10 }, reverseOrder: true },
  });
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    keepLines: true,
    children: [bands, attainment],
  });
}
