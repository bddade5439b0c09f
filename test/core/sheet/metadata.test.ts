import type { ReadCell } from '../../../src/core/returned/types';
import { cellAddress } from '../../../src/core/sheet/a1';
import {
  META_SHEET,
  TEMPLATE_JSON_CHUNK,
  chunkRecord,
  joinChunks,
  metadataCells,
  metadataProperties,
  metadataRecord,
  readMetadata,
  readMetadataProperties,
} from '../../../src/core/sheet/metadata';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import { regime, template } from '../../support/sheet/fixtures';

const bigTemplate = {
  id: 'x',
  items: Array.from({ length: 4000 }, (_, i) => ({
    code: `1.${i}`,
    title: `Tiêu chí thành phần số ${i} – ứng dụng`,
  })),
};

function asReadCells(record: Record<string, string>): Record<string, ReadCell> {
  const cells: Record<string, ReadCell> = {};
  for (const c of metadataCells(record)) cells[cellAddress(c.row, c.col)] = { value: c.value ?? null };
  return cells;
}

describe('survey metadata', () => {
  // Built before each test, so Stryker runs only the tests that read a mutant here (see survey-spec.test.ts).
  let record: ReturnType<typeof metadataRecord>;
  beforeEach(() => {
    record = metadataRecord({
      regimeId: 'qd-4289-2016',
      templateId: 'thanh-hoa-cntt-2026',
      year: 2026,
      group: 'so',
      templateVersion: 3,
      agencyCode: '',
      fingerprint: 'v1:abc',
      templateJson: bigTemplate,
    });
  });

  it('records product, format, template, year, group, version, agency and fingerprint as text', () => {
    expect(record).toMatchObject({
      product: 'xep-hang-cntt',
      formatVersion: '1',
      regimeId: 'qd-4289-2016',
      templateId: 'thanh-hoa-cntt-2026',
      year: '2026',
      group: 'so',
      templateVersion: '3',
      agencyCode: '',
      fingerprint: 'v1:abc',
    });
  });

  it('splits a long template JSON into chunks a cell can hold and reads it back whole', () => {
    const chunkKeys = Object.keys(record).filter((k) => k.startsWith('templateJson.'));
    expect(chunkKeys.length).toBeGreaterThan(1);
    for (const k of chunkKeys) expect((record[k] ?? '').length).toBeLessThanOrEqual(TEMPLATE_JSON_CHUNK);
    const back = readMetadata(asReadCells(record));
    expect(JSON.parse(back.templateJson ?? '')).toEqual(bigTemplate);
    expect(back.year).toBe('2026');
  });

  it('reads numbers a spreadsheet program stored instead of text, and ignores blank rows', () => {
    const cells: Record<string, ReadCell> = {
      A1: { value: 'year' },
      B1: { value: 2026 },
      A3: { value: ' group ' },
      B3: { value: 'huyen' },
    };
    expect(readMetadata(cells)).toEqual({ year: '2026', group: 'huyen' });
  });

  it('mirrors every key but the template JSON as XHCNTT. custom properties (Office limits them to 255 characters)', () => {
    const props = metadataProperties(record);
    expect(props['XHCNTT.fingerprint']).toBe('v1:abc');
    expect(Object.keys(props).some((k) => k.includes('templateJson'))).toBe(false);
    for (const v of Object.values(props)) expect(v.length).toBeLessThanOrEqual(255);
    expect(readMetadataProperties({ ...props, Other: 'x' })).toMatchObject({ year: '2026', group: 'so' });
  });

  it('writes one row per key, key in column A and value in column B, in the record order', () => {
    expect(metadataCells({ product: 'xep-hang-cntt', year: '2026' })).toEqual([
      expect.objectContaining({ row: 1, col: 1, value: 'product' }),
      expect.objectContaining({ row: 1, col: 2, value: 'xep-hang-cntt' }),
      expect.objectContaining({ row: 2, col: 1, value: 'year' }),
      expect.objectContaining({ row: 2, col: 2, value: '2026' }),
    ]);
    expect(Object.keys(asReadCells(record)).slice(0, 4)).toEqual(['A1', 'B1', 'A2', 'B2']);
  });

  it('writes the hidden sheet XHCNTT_META as text in Times New Roman, so 2026 stays the text it was written as', () => {
    const { spec } = buildSurveyWorkbook({ regime, template, groupId: 'so' });
    const meta = spec.sheets.find((s) => s.name === 'XHCNTT_META');
    expect(META_SHEET).toBe('XHCNTT_META');
    expect(meta?.cells.length).toBeGreaterThan(0);
    for (const c of meta?.cells ?? []) {
      expect(c.style).toBeTruthy();
      expect(spec.styles[c.style ?? '']).toEqual({
        numberFormat: '@',
        font: { name: 'Times New Roman', size: 11 },
      });
    }
  });

  it('numbers the chunks templateJson.1, .2, … and reads them back in number order, past 9', () => {
    const text = Array.from({ length: 12 }, (_, i) =>
      String.fromCharCode(97 + i).repeat(TEMPLATE_JSON_CHUNK),
    ).join('');
    const chunks = chunkRecord('templateJson', text);
    expect(Object.keys(chunks)).toEqual(Array.from({ length: 12 }, (_, i) => `templateJson.${i + 1}`));
    expect(chunks['templateJson.10']).toBe('j'.repeat(TEMPLATE_JSON_CHUNK));
    // Read back from a sheet whose rows came in any order.
    const shuffled = Object.fromEntries(Object.entries(chunks).reverse());
    expect(joinChunks(shuffled, 'templateJson')).toBe(text);
  });

  it('cuts a text exactly at the chunk size into whole chunks, with no empty chunk after them', () => {
    expect(Object.keys(chunkRecord('rosterJson', 'x'.repeat(TEMPLATE_JSON_CHUNK)))).toEqual(['rosterJson.1']);
    expect(Object.keys(chunkRecord('rosterJson', 'x'.repeat(TEMPLATE_JSON_CHUNK + 1)))).toEqual([
      'rosterJson.1',
      'rosterJson.2',
    ]);
  });

  it('never splits a character outside the basic plane between two chunks', () => {
    const text = `${'a'.repeat(TEMPLATE_JSON_CHUNK - 1)}😀b`;
    const chunks = chunkRecord('templateJson', text);
    expect(chunks['templateJson.1']).toBe(`${'a'.repeat(TEMPLATE_JSON_CHUNK - 1)}😀`);
    expect(chunks['templateJson.2']).toBe('b');
  });

  it('still writes an empty text, as one empty chunk that reads back empty, not missing', () => {
    expect(chunkRecord('rosterJson', '')).toEqual({ 'rosterJson.1': '' });
    expect(joinChunks(chunkRecord('rosterJson', ''), 'rosterJson')).toBe('');
  });

  it('takes only keys named exactly key.<number> as chunks', () => {
    expect(
      joinChunks(
        { templateJson_1: 'a', 'templateJson.1x': 'b', 'templateJson.x1': 'c', year: '2026' },
        'templateJson',
      ),
    ).toBeUndefined();
    expect(
      joinChunks({ 'templateJson.2': 'b', 'templateJson.1': 'a', 'templateJson.1x': 'c' }, 'templateJson'),
    ).toBe('ab');
    // A chunk number written with a leading zero is no chunk the program wrote: it adds nothing.
    expect(joinChunks({ 'templateJson.01': 'x', 'templateJson.2': 'b' }, 'templateJson')).toBe('b');
  });

  it('reads keys from the sheet as edited: blank keys, empty values, booleans, duplicates, stray addresses', () => {
    const cells: Record<string, ReadCell> = {
      A12: { value: 'group' },
      B12: { value: 'xa' },
      A2: { value: 'group' },
      B2: { value: 'so' },
      $A$1: { value: 'not read: the key is read from A1' },
      A3: { value: '   ' },
      B3: { value: 'no key' },
      A4: { value: null },
      B4: { value: 'no key either' },
      A5: { value: 'agencyCode' },
      A6: { value: true },
      B6: { value: false },
      A7: { value: 'fingerprint' },
      B7: { value: null },
    };
    // Rows are read top to bottom, so the later duplicate (row 12) wins; an empty value cell reads as ''.
    expect(readMetadata(cells)).toStrictEqual({
      group: 'xa',
      agencyCode: '',
      TRUE: 'FALSE',
      fingerprint: '',
    });
  });

  it('keeps a templateJson value written whole, with or without chunks beside it', () => {
    const cells: Record<string, ReadCell> = { A1: { value: 'templateJson' }, B1: { value: '{"id":"x"}' } };
    expect(readMetadata(cells)).toStrictEqual({ templateJson: '{"id":"x"}' });
    cells.A2 = { value: 'templateJson.1' };
    cells.B2 = { value: '{"id":"y"}' };
    expect(readMetadata(cells).templateJson).toBe('{"id":"x"}');
    expect(readMetadata({ A1: { value: 'year' }, B1: { value: '2026' } })).toStrictEqual({ year: '2026' });
  });

  it('leaves out of the properties any key the caller keeps on the sheet only, and reads only XHCNTT. properties', () => {
    const props = metadataProperties(record, (key) => key === 'agencyCode');
    expect(Object.keys(props)).toEqual([
      'XHCNTT.product',
      'XHCNTT.formatVersion',
      'XHCNTT.regimeId',
      'XHCNTT.templateId',
      'XHCNTT.year',
      'XHCNTT.group',
      'XHCNTT.templateVersion',
      'XHCNTT.fingerprint',
    ]);
    expect(readMetadataProperties({ 'XHCNTT.year': '2026', Other: 'x', 'Tác giả': 'y' })).toStrictEqual({
      year: '2026',
    });
  });
});
