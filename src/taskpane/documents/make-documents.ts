/**
 * "Xuất văn bản", loaded only when clicked (its own chunk: the docx and chart libraries stay out
 * of the first paint): reads the consolidation of the open workbook and, when chosen, the Sở's
 * Word template and last year's consolidation or JSON report, and builds the same three documents
 * as `xep-hang-cntt report` (same readers, model and renderer), returned as files to download.
 */
import { buildDocumentModel, type DocumentModel } from '../../core/documents/model';
import type { PreviousResults } from '../../core/documents/previous';
import { defaultSettings } from '../../core/documents/settings';
import { readDocumentSource } from '../../core/documents/source';
import { builtInRegime } from '../../core/regime/load';
import { sampleRoster } from '../../core/roster/roster';
import type { SvgToPng } from '../../docx/charts';
import { renderDocuments } from '../../docx/render';
import { readSettingsTemplate } from '../../docx/settings-template';
import { readOpenConsolidation } from '../../office/consolidation-read';
import { readPreviousResults } from '../../xlsx/document-inputs';
import { canvasPng } from './canvas-png';

export interface MadeDocument {
  fileName: string;
  label: string;
  blob: Blob;
}

export type MadeDocuments =
  { ok: true; documents: MadeDocument[]; summary: string } | { ok: false; message: string };

/** A file the user chose in the pane. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface DocumentInputs {
  /** The Sở's edited template of fixed text (`report --docx-template`). */
  template?: ChosenFile | null;
  /** Last year's consolidation (.xlsx) or JSON report (`report --previous`). */
  previous?: ChosenFile | null;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function summaryOf(model: DocumentModel, previousFile: string | null): string {
  const ranked = model.groups.reduce((a, g) => a + g.rows.length, 0);
  const parts = [
    `Năm ${model.year}: ${ranked} cơ quan, đơn vị được xếp hạng; ${model.commendation.entries.length} đơn vị đề xuất khen thưởng (${model.commendation.ruleText}).`,
  ];
  if (previousFile !== null)
    parts.push(`So sánh với kết quả năm ${model.previousYear} trong “${previousFile}”.`);
  return parts.join(' ');
}

export async function makeDocuments(
  inputs: DocumentInputs = {},
  toPng: SvgToPng = canvasPng,
): Promise<MadeDocuments> {
  const regime = builtInRegime;
  const read = readDocumentSource(await readOpenConsolidation(regime), regime);
  if (!read.ok) return { ok: false, message: read.message };
  const { state, template, roster } = read.source;
  let settings = defaultSettings(regime);
  if (inputs.template) {
    const t = readSettingsTemplate(inputs.template.bytes, inputs.template.name, settings, regime);
    if (!t.ok) return { ok: false, message: t.problems.join(' ') };
    settings = t.settings;
  }
  let previous: PreviousResults | null = null;
  if (inputs.previous) {
    const p = await readPreviousResults(inputs.previous.bytes, inputs.previous.name, state.year, regime);
    if (!p.ok) return { ok: false, message: p.message };
    previous = p.value;
  }
  const model = buildDocumentModel({
    state,
    template,
    regime,
    roster: roster.kind === 'ok' ? roster.roster.agencies : sampleRoster,
    previous,
    commendation: settings.commendation,
  });
  const rendered = await renderDocuments(model, settings, toPng);
  return {
    ok: true,
    documents: rendered.map((d) => ({
      fileName: d.fileName,
      label: d.label,
      blob: new Blob([d.bytes as BlobPart], { type: DOCX }),
    })),
    summary: summaryOf(model, inputs.previous?.name ?? null),
  };
}
