/** What the documents are made from: a consolidation read back with the template stored in it. */
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState } from '../../../src/core/consolidation/state';
import { readDocumentSource } from '../../../src/core/documents/source';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { META_KEYS, META_SHEET } from '../../../src/core/sheet/metadata';
import { regime, roster, template, YEAR } from '../../support/consolidation/forms';
import { returnedFromSpec } from '../../support/consolidation/returned';

function consolidation(): ReturnedWorkbook {
  const state = emptyState(YEAR, template.regimeId, template.id, template.version);
  return returnedFromSpec(buildConsolidationWorkbook(state, template, regime, roster).spec, 'tong-hop.xlsx');
}

/** Removes the template's rows (`templateJson`, `templateJson.N`) from the metadata sheet; gives back their JSON. */
function takeStoredTemplate(wb: ReturnedWorkbook): string {
  const cells = wb.cells[META_SHEET] ?? {};
  const chunks: [number, string][] = [];
  for (const [address, cell] of Object.entries(cells)) {
    const key = String(cell.value);
    if (!address.startsWith('A') || !key.startsWith(META_KEYS.templateJson)) continue;
    const row = address.slice(1);
    chunks.push([Number(key.slice(META_KEYS.templateJson.length + 1)), String(cells[`B${row}`]?.value)]);
    delete cells[address];
    delete cells[`B${row}`];
  }
  return chunks
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text)
    .join('');
}

/** Writes one metadata row below the others. */
function putMeta(wb: ReturnedWorkbook, key: string, value: string): void {
  const cells = wb.cells[META_SHEET] ?? {};
  cells.A999 = { value: key };
  cells.B999 = { value };
}

const refused =
  'Tệp tổng hợp “tong-hop.xlsx” không lưu mẫu phiếu đã dùng (trang XHCNTT_META): không dựng lại được các bảng.';

describe('the documents read a consolidation with the template it was made with', () => {
  test('the template stored in chunks is the one the consolidation used', () => {
    const read = readDocumentSource(consolidation(), regime);
    expect(read.ok && [read.source.template.id, read.source.template.version]).toEqual([
      template.id,
      template.version,
    ]);
    // The roster it was made with comes along: who was asked to return the form.
    const stored = read.ok && read.source.roster.kind === 'ok' ? read.source.roster.roster.agencies : [];
    expect(stored.map((a) => a.code)).toEqual(roster.map((a) => a.code));
    expect(read.ok && read.source.template.groups.map((g) => g.criteria.length)).toEqual([6, 7]);
  });

  test('a template stored whole in one “templateJson” row is read too', () => {
    const wb = consolidation();
    const json = takeStoredTemplate(wb);
    expect(json.length).toBeGreaterThan(1000);
    putMeta(wb, META_KEYS.templateJson, json);
    const read = readDocumentSource(wb, regime);
    expect(read.ok && [read.source.template.id, read.source.template.version]).toEqual([
      template.id,
      template.version,
    ]);
  });

  test('without its template, with broken JSON or with JSON that is no template, the file is refused by name', () => {
    const without = consolidation();
    takeStoredTemplate(without);
    const broken = consolidation();
    putMeta(broken, META_KEYS.templateJson, takeStoredTemplate(broken).slice(0, 200));
    const other = consolidation();
    takeStoredTemplate(other);
    putMeta(other, META_KEYS.templateJson, '{"year": 2026}');
    expect([without, broken, other].map((wb) => readDocumentSource(wb, regime))).toEqual([
      { ok: false, message: refused },
      { ok: false, message: refused },
      { ok: false, message: refused },
    ]);
  });
});
