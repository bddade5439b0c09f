/**
 * The three December documents as .docx bytes, named for the year; runs in Node and in the browser
 * (`toPng` rasterises the report's charts for readers without SVG).
 */
import { Packer } from 'docx';
import type { DocumentModel } from '../core/documents/model';
import type { DocumentSettings } from '../core/documents/settings';
import { chartImages, type SvgToPng } from './charts';
import { decisionDocument } from './decision';
import { noticesDocument } from './notices';
import { reportDocument } from './report';

export interface RenderedDocument {
  fileName: string;
  /** What it is, for messages. */
  label: string;
  bytes: Uint8Array;
}

export async function renderDocuments(
  model: DocumentModel,
  settings: DocumentSettings,
  toPng: SvgToPng,
): Promise<RenderedDocument[]> {
  const y = model.year;
  const charts = await chartImages(model, toPng);
  const docs = [
    {
      fileName: `bao-cao-xep-hang-cntt-${y}.docx`,
      label: 'Báo cáo kết quả đánh giá, xếp hạng',
      doc: reportDocument(model, settings, charts),
    },
    {
      fileName: `du-thao-quyet-dinh-xep-hang-cntt-${y}.docx`,
      label: 'Dự thảo Quyết định phê duyệt kết quả',
      doc: decisionDocument(model, settings),
    },
    {
      fileName: `thong-bao-ket-qua-xep-hang-cntt-${y}.docx`,
      label: 'Thông báo kết quả đến từng cơ quan, đơn vị',
      doc: noticesDocument(model, settings),
    },
  ];
  const out: RenderedDocument[] = [];
  for (const d of docs)
    out.push({ fileName: d.fileName, label: d.label, bytes: await Packer.pack(d.doc, 'uint8array') });
  return out;
}
