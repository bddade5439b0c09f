/**
 * The parts of an administrative document in the format of Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * A4 pages and margins, Times New Roman, the header block (issuing body, Quốc hiệu, Tiêu ngữ),
 * the document type and summary, body paragraphs, nơi nhận and the signature block.
 */
import {
  AlignmentType,
  Document,
  BorderStyle,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { blankDate } from '../core/documents/format';
import type { DocumentHeader, SignatureBlock } from '../core/documents/settings';

export const FONT = 'Times New Roman';
/** Sizes in points; docx wants half-points. */
export const pt = (points: number) => points * 2;
// Rounded, not truncated: 20 mm is 1134 twips as Word writes it.
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** A4 with the decree's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const PAGE = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 };
/** A4 as Word writes it (210 × 297 mm rounded to twips). */
const A4_TWIPS = { width: 11906, height: 16838 };
export const PORTRAIT_TEXT_MM = PAGE.width - PAGE.left - PAGE.right;
export const LANDSCAPE_TEXT_MM = PAGE.height - PAGE.left - PAGE.right;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
    size: pt(style.size ?? 14),
  });
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export function line(
  text: string | TextRun[],
  style: RunStyle & { align?: Align; before?: number; after?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    spacing: { before: pt(style.before ?? 0) * 10, after: pt(style.after ?? 0) * 10, line: 240 },
    keepNext: style.keepNext,
    children: typeof text === 'string' ? [run(text, style)] : text,
  });
}

/** A body paragraph: justified, first line indented 1 cm, 6 pt after, line spacing 1.15. */
export function body(text: string | TextRun[], style: RunStyle = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 0, after: 120, line: 276 },
    children: typeof text === 'string' ? [run(text, style)] : text,
  });
}

/** A heading inside the body (I., 1., Điều 1.): bold, not indented further than the body. */
export function heading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 120, after: 120, line: 276 },
    keepNext: true,
    children: [run(text, { bold: true })],
  });
}

/** A short centred rule, `widthMm` long, under a line of a column `columnMm` wide. */
export function rule(columnMm: number, widthMm: number): Paragraph {
  const side = mm(Math.max(0, (columnMm - widthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 4 })],
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** Two borderless columns side by side (header block, closing block). */
export function twoColumns(widthsMm: [number, number], left: Paragraph[], right: Paragraph[]): Table {
  // cantSplit: nơi nhận and the signature stay on one page together.
  const cell = (children: Paragraph[], w: number) =>
    new TableCell({ width: { size: mm(w), type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: mm(widthsMm[0] + widthsMm[1]), type: WidthType.DXA },
    columnWidths: widthsMm.map(mm),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, widthsMm[0]), cell(right, widthsMm[1])] })],
  });
}

const HEADER_COLUMNS: [number, number] = [72, PORTRAIT_TEXT_MM - 72];

/** Ô 1–5 of Phụ lục I: issuing body with its rule, "Số: …", Quốc hiệu, Tiêu ngữ, place and date. */
export function headerBlock(header: DocumentHeader, place: string, year: number): Table {
  const left: Paragraph[] = [];
  if (header.parentBody.trim() !== '') left.push(line(header.parentBody, { size: 13 }));
  left.push(line(header.issuingBody, { size: 13, bold: true }));
  left.push(rule(HEADER_COLUMNS[0], 22));
  left.push(line(`Số:        /${header.symbol}`, { size: 13, before: 6 }));
  const right = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
    // The motto's rule is as long as the motto: an underline of the text itself.
    line('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true, underline: true }),
    line(`${place}, ${blankDate(year)}`, { size: 14, italics: true, before: 6 }),
  ];
  return twoColumns(HEADER_COLUMNS, left, right);
}

/** Ô 3 and 5b: document type in bold capitals and its summary in bold, with a short rule under it. */
export function titleBlock(type: string, summary: string[]): Paragraph[] {
  return [
    line(type, { bold: true, size: 14, before: 12 }),
    ...summary.map((s) => line(s, { bold: true, size: 14 })),
    rule(PORTRAIT_TEXT_MM, 40),
    line('', { after: 6 }),
  ];
}

/** Ô 9a and 7: nơi nhận (bold italic 12 pt, list 11 pt) and the signature block. */
export function closingBlock(recipients: string[], signature: SignatureBlock): Table {
  const left = [
    new Paragraph({
      spacing: { before: 240, after: 0 },
      children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })],
    }),
    ...recipients.map(
      (r) => new Paragraph({ spacing: { after: 0 }, children: [run(`- ${r}`, { size: 11 })] }),
    ),
  ];
  const right = [
    line('', { before: 6 }),
    ...signature.titles.map((t) => line(t, { bold: true, size: 14 })),
    ...['', '', '', ''].map(() => line('')),
    line(signature.name, { bold: true, size: 14 }),
  ];
  return twoColumns([75, PORTRAIT_TEXT_MM - 75], left, right);
}

/** Page numbers from the second page, top centre, 13 pt. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
      }),
    ],
  });
}

/** `opening`: the section opens a document (no page number on its first page, numbering from 1). */
export function section(
  children: ISectionOptions['children'],
  orientation: 'portrait' | 'landscape',
  opening: boolean,
): ISectionOptions {
  return {
    properties: {
      titlePage: opening,
      page: {
        pageNumbers: opening ? { start: 1 } : {},
        size: {
          width: A4_TWIPS.width,
          height: A4_TWIPS.height,
          orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mm(PAGE.top),
          bottom: mm(PAGE.bottom),
          left: mm(PAGE.left),
          right: mm(PAGE.right),
          header: mm(10),
          footer: mm(10),
        },
      },
    },
    headers: opening
      ? { default: pageNumberHeader(), first: new Header({ children: [] }) }
      : { default: pageNumberHeader() },
    children,
  };
}

/** A group name inside a sentence: "Sở, ban, ngành" -> "sở, ban, ngành"; "UBND các huyện" stays. */
export function inSentence(name: string): string {
  const [first = '', second = ''] = [...name];
  return second !== '' && second === second.toLocaleLowerCase('vi')
    ? first.toLocaleLowerCase('vi') + name.slice(first.length)
    : name;
}

/** Default paragraph and run properties of every document: Times New Roman 14 pt, black. */
export const DOCUMENT_STYLES = {
  default: { document: { run: { font: FONT, size: pt(14), color: '000000' } } },
};

/** A document of the Sở in the house style: its author, title and sections. */
export function officialDocument(creator: string, title: string, sections: ISectionOptions[]): Document {
  return new Document({ creator, title, styles: DOCUMENT_STYLES, sections });
}
