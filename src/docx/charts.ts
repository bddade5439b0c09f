/**
 * The report's charts for one group as images (QĐ-style reports print them): each an SVG drawn by
 * ECharts, with a PNG fallback for readers that cannot show SVG (docx requires one). Rasterising
 * is the caller's: the CLI uses resvg with a Times-compatible font, the pane the browser's canvas.
 */
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { DocumentModel } from '../core/documents/model';
import { groupChartSvgs, type ChartSvg } from './chart-svg';

/** PNG bytes of an SVG drawn `scale` times its size (sharp enough to print). */
export type SvgToPng = (svg: string, scale: number) => Promise<Uint8Array>;

export interface ChartImage extends ChartSvg {
  png: Uint8Array;
}

/** Charts per group id, in the order the report shows them. */
export type GroupChartImages = ReadonlyMap<string, readonly ChartImage[]>;

const PRINT_SCALE = 3;

export async function chartImages(model: DocumentModel, toPng: SvgToPng): Promise<GroupChartImages> {
  const out = new Map<string, ChartImage[]>();
  for (const g of model.groups) {
    if (g.rows.length === 0) continue;
    const images: ChartImage[] = [];
    for (const c of groupChartSvgs(g)) images.push({ ...c, png: await toPng(c.svg, PRINT_SCALE) });
    out.set(g.groupId, images);
  }
  return out;
}

export function chartParagraph(images: readonly ChartImage[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    keepLines: true,
    children: images.map(
      (c) =>
        new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(c.svg),
          fallback: { type: 'png', data: c.png },
          transformation: { width: c.width, height: c.height },
          altText: { name: c.title, title: c.title, description: c.title },
        }),
    ),
  });
}
