/**
 * "Xuất văn bản" in the task pane, against the Excel double: the documents are made from the
 * consolidation of the open workbook (read in one sync) and hold the same Bảng 1/2 as the sheets.
 */
import { strFromU8, unzipSync } from 'fflate';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import { builtInTemplate } from '../../src/core/template/load';
import { createExcelDouble, installExcelDouble } from '../../src/excel-double';
import { mergeIntoWorkbook } from '../../src/office/consolidation-workbook';
import { makeDocuments } from '../../src/taskpane/documents/make-documents';
import { subsOf } from '../consolidation/support/forms';
import { submission } from '../consolidation/support/submissions';

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
  const made = await makeDocuments();
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
  const made = await makeDocuments();
  expect(made).toEqual({
    ok: false,
    message: expect.stringContaining('không phải bảng tổng hợp do công cụ xếp hạng CNTT tạo ra'),
  });
});
