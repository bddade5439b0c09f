import type { ReadCell } from '../../../src/core/returned/types';
import { cellAddress } from '../../../src/core/sheet/a1';
import {
  TEMPLATE_JSON_CHUNK,
  metadataCells,
  metadataProperties,
  metadataRecord,
  readMetadata,
  readMetadataProperties,
} from '../../../src/core/sheet/metadata';

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
});
