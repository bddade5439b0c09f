/**
 * Bordered tables of the documents: Times New Roman 13 at 100 %, fixed column widths that fit the
 * page, header row repeated on every page, no row split across pages.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { mm, run } from './official';

export interface Column {
  header: string;
  widthMm: number;
  align?: 'left' | 'center' | 'right';
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
// Narrow cell padding (1 mm) so "100,00" fits a 14 mm column at 13 pt.
const MARGINS = { left: mm(1), right: mm(1), top: mm(0.5), bottom: mm(0.5) };

function cell(
  text: string,
  widthMm: number,
  align: keyof typeof ALIGN,
  bold: boolean,
  size: number,
): TableCell {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    margins: MARGINS,
    verticalAlign: VerticalAlign.CENTER,
    children: text.split('\n').map(
      (t) =>
        new Paragraph({
          alignment: ALIGN[align],
          spacing: { before: 0, after: 0, line: 240 },
          children: [run(t, { bold, size })],
        }),
    ),
  });
}

/** `rows` are the cells' texts; a `\n` starts a new line inside a cell. */
export function grid(columns: readonly Column[], rows: readonly string[][], size = 13): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell(c.header, c.widthMm, 'center', true, size)),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => cell(r[i] ?? '', c.widthMm, c.align ?? 'center', false, size)),
      }),
  );
  return new Table({
    width: { size: mm(columns.reduce((a, c) => a + c.widthMm, 0)), type: WidthType.DXA },
    columnWidths: columns.map((c) => mm(c.widthMm)),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...body],
  });
}
