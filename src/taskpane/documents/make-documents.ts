/**
 * "Xuất văn bản", loaded only when clicked (its own chunk: the docx library stays out of the
 * first paint): reads the consolidation of the open workbook, builds the same three documents
 * as `xep-hang-cntt report` with the default fixed text, and returns them as files to download.
 */
import { buildDocumentModel } from '../../core/documents/model';
import { defaultSettings } from '../../core/documents/settings';
import { readDocumentSource } from '../../core/documents/source';
import { builtInRegime } from '../../core/regime/load';
import { sampleRoster } from '../../core/roster/roster';
import { renderDocuments } from '../../docx/render';
import { canvasPng } from './canvas-png';
import { readOpenConsolidation } from '../../office/consolidation-read';

export interface MadeDocument {
  fileName: string;
  label: string;
  blob: Blob;
}

export type MadeDocuments =
  { ok: true; documents: MadeDocument[]; summary: string } | { ok: false; message: string };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function makeDocuments(): Promise<MadeDocuments> {
  const regime = builtInRegime;
  const read = readDocumentSource(await readOpenConsolidation(regime), regime);
  if (!read.ok) return { ok: false, message: read.message };
  const { state, template, roster } = read.source;
  const settings = defaultSettings(regime);
  const model = buildDocumentModel({
    state,
    template,
    regime,
    roster: roster.kind === 'ok' ? roster.roster.agencies : sampleRoster,
    previous: null,
    commendation: settings.commendation,
  });
  const rendered = await renderDocuments(model, settings, canvasPng);
  const ranked = model.groups.reduce((a, g) => a + g.rows.length, 0);
  return {
    ok: true,
    documents: rendered.map((d) => ({
      fileName: d.fileName,
      label: d.label,
      blob: new Blob([d.bytes as BlobPart], { type: DOCX }),
    })),
    summary: `Năm ${model.year}: ${ranked} cơ quan, đơn vị được xếp hạng; ${model.commendation.entries.length} đơn vị đề xuất khen thưởng (${model.commendation.ruleText}).`,
  };
}
