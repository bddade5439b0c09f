/**
 * "Xuất văn bản" in the task pane, against the Excel double: the documents are made from the
 * consolidation of the open workbook (read in one sync) and hold the same Bảng 1/2 as the sheets.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { svgToPng } from '../../src/cli/chart-png';
import { buildConsolidationWorkbook } from '../../src/core/consolidation/sheets/workbook';
import { defaultSettings, type DocumentHeader } from '../../src/core/documents/settings';
import { settingsTemplateBytes } from '../../src/docx/settings-template';
import { renderWorkbookSpec } from '../../src/office/render-spec';
import { runReport } from '../support/cli/run-cli';
import { buildState, writeConsolidation } from '../support/documents/consolidations';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import { builtInTemplate } from '../../src/core/template/load';
import { createExcelDouble, installExcelDouble } from '../../src/excel-double';
import { mergeIntoWorkbook } from '../../src/office/consolidation-workbook';
import { makeDocuments } from '../../src/taskpane/documents/make-documents';
import { subsOf } from '../support/consolidation/forms';
import { submission } from '../support/consolidation/submissions';

jest.setTimeout(120_000);

const regime = builtInRegime;
const template = builtInTemplate(2026, 1, regime);

test('makes the three documents from the open consolidation in one sync, with its ranking in the appendix', async () => {
  const d = installExcelDouble(globalThis, createExcelDouble({ initialSheets: ['Sheet1'] }));
  const agencies = sampleRoster
    .slice(0, 3)
    .concat(sampleRoster.filter((a) => a.group === 'huyen').slice(0, 2));
  const subs = agencies.map((a, i) =>
    submission(
      a,
      Object.fromEntries(
        subsOf(a.group).map((s, k) => [s.code, Math.floor((s.capHundredths * ((i + k) % 10)) / 10) / 100]),
      ),
      `${a.code}.xlsx`,
      '2026-11-15T02:00:00.000Z',
      `sha-${i}`,
    ),
  );
  const merged = await mergeIntoWorkbook({
    submissions: subs,
    template,
    regime,
    roster: sampleRoster,
    now: '2026-11-25T02:00:00Z',
  });
  if (!merged.ok) throw new Error(merged.message);

  d.resetStats();
  const made = await makeDocuments({}, svgToPng);
  expect(d.syncCount()).toBe(1);
  if (!made.ok) throw new Error(made.message);
  expect(made.documents.map((x) => x.fileName)).toEqual([
    'bao-cao-xep-hang-cntt-2026.docx',
    'du-thao-quyet-dinh-xep-hang-cntt-2026.docx',
    'thong-bao-ket-qua-xep-hang-cntt-2026.docx',
  ]);
  expect(made.summary).toContain('Năm 2026: 5 cơ quan, đơn vị được xếp hạng');

  const decision = made.documents[1];
  if (!decision) throw new Error('decision');
  const xml = strFromU8(
    unzipSync(new Uint8Array(await decision.blob.arrayBuffer()))['word/document.xml'] ?? new Uint8Array(),
  );
  for (const t of merged.run.tables) {
    for (const r of t.rows) {
      // Name, then each criterion with the decimal comma, in one table row.
      const cells = [r.name, ...r.criteriaHundredths.map((h) => (h / 100).toFixed(2).replace('.', ','))];
      const row = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
        .map((m) => [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]))
        .find((texts) => texts[1] === r.name);
      expect(row?.slice(1, 1 + cells.length)).toEqual(cells);
    }
  }
});

test('says plainly when the open workbook holds no consolidation', async () => {
  installExcelDouble(globalThis, createExcelDouble({ initialSheets: ['Sheet1'] }));
  const made = await makeDocuments({}, svgToPng);
  expect(made).toEqual({
    ok: false,
    message: expect.stringContaining('không phải bảng tổng hợp do công cụ xếp hạng CNTT tạo ra'),
  });
});

/** What a reader sees in a .docx: its paragraphs' text and its pictures' SVG, in order. */
function docxText(bytes: Uint8Array): string {
  const zip = unzipSync(bytes);
  const xml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)]
    .map((m) => m[1] ?? '\n')
    .join('');
  const svgs = Object.keys(zip)
    .filter((k) => k.endsWith('.svg'))
    .sort()
    .map((k) => strFromU8(zip[k] ?? new Uint8Array()));
  return [text, ...svgs].join('\n---\n');
}

test('with the Sở’s template and last year’s consolidation chosen, the pane makes the same documents as the CLI', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-pane-docs-'));
  try {
    const current = buildState(2026, 3);
    const last = buildState(2025, 8, 9);
    await writeConsolidation(path.join(dir, 'xep-hang-2026.xlsx'), current);
    await writeConsolidation(path.join(dir, 'xep-hang-2025.xlsx'), last);
    // The Sở's template with its own signatory: the documents must carry it, in both.
    const defaults = defaultSettings(regime);
    const signed = (h: DocumentHeader): DocumentHeader => ({
      ...h,
      signature: { ...h.signature, name: 'Lê Văn Thử' },
    });
    const settings = {
      ...defaults,
      report: signed(defaults.report),
      decision: signed(defaults.decision),
      notice: signed(defaults.notice),
    };
    const templateBytes = await settingsTemplateBytes(settings, regime);
    writeFileSync(path.join(dir, 'mau.docx'), templateBytes);
    const cli = await runReport({
      consolidation: path.join(dir, 'xep-hang-2026.xlsx'),
      previous: path.join(dir, 'xep-hang-2025.xlsx'),
      docxTemplate: path.join(dir, 'mau.docx'),
      outDir: path.join(dir, 'van-ban'),
    });
    expect(cli.err).toBe('');

    // The same consolidation in the open workbook, as the add-in writes it.
    installExcelDouble(globalThis, createExcelDouble({ initialSheets: ['Sheet1'] }));
    const { spec } = buildConsolidationWorkbook(current.state, template, regime, sampleRoster);
    await Excel.run((context) => renderWorkbookSpec(context, spec));
    const made = await makeDocuments(
      {
        template: { name: 'mau.docx', bytes: templateBytes },
        previous: {
          name: 'xep-hang-2025.xlsx',
          bytes: new Uint8Array(readFileSync(path.join(dir, 'xep-hang-2025.xlsx'))),
        },
      },
      svgToPng,
    );
    if (!made.ok) throw new Error(made.message);
    expect(made.summary).toContain('So sánh với kết quả năm 2025 trong “xep-hang-2025.xlsx”');
    const files = readdirSync(path.join(dir, 'van-ban')).sort();
    expect(made.documents.map((x) => x.fileName).sort()).toEqual(files);
    for (const doc of made.documents) {
      const pane = docxText(new Uint8Array(await doc.blob.arrayBuffer()));
      expect(pane).toContain('Lê Văn Thử');
      expect(pane).toMatch(/năm 2025/i);
      expect(pane).toBe(docxText(new Uint8Array(readFileSync(path.join(dir, 'van-ban', doc.fileName)))));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a previous year that is not before this one is refused by name, nothing made', async () => {
  installExcelDouble(globalThis, createExcelDouble({ initialSheets: ['Sheet1'] }));
  const current = buildState(2026, 3);
  const { spec } = buildConsolidationWorkbook(current.state, template, regime, sampleRoster);
  await Excel.run((context) => renderWorkbookSpec(context, spec));
  const made = await makeDocuments(
    { previous: { name: 'nam-nay.json', bytes: new TextEncoder().encode('{"year": 2026}') } },
    svgToPng,
  );
  expect(made).toEqual({ ok: false, message: expect.stringContaining('nam-nay.json') });
});
