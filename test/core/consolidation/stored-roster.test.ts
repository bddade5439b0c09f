/**
 * The roster in effect is stored with the consolidation (metadata sheet, JSON in chunks) and read
 * back, so a later merge or re-sort lists the same agencies as "Chưa nộp"; a change is logged.
 */
import { consolidate } from '../../../src/core/consolidation/consolidate';
import { readConsolidationState, type ReadStateResult } from '../../../src/core/consolidation/read-state';
import { AUDIT_SHEET } from '../../../src/core/consolidation/sheets/layout';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState } from '../../../src/core/consolidation/state';
import {
  describeRoster,
  ROSTER_KEYS,
  type RosterOrigin,
  type StoredRoster,
} from '../../../src/core/consolidation/stored-roster';
import { parseRoster } from '../../../src/core/roster/roster';
import type { Agency } from '../../../src/core/roster/types';
import { META_SHEET, TEMPLATE_JSON_CHUNK } from '../../../src/core/sheet/metadata';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { regime, roster as sample, template, YEAR } from '../../support/consolidation/forms';
import { returnedFromSpec } from '../../support/consolidation/returned';

const NOW = '2026-11-25T02:00:00Z';
const start = () => emptyState(YEAR, template.regimeId, template.id, template.version);

function parsed(rows: unknown): Agency[] {
  const r = parseRoster(rows, regime);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.roster;
}

/** Names typed in NFD (as macOS or Unikey may leave them), with aliases; the roster keeps them NFC. */
const appraisersRoster = parsed([
  {
    code: 'SO-TU-PHAP',
    name: 'Sở Tư pháp'.normalize('NFD'),
    group: 'so',
    aliases: 'STP; Sở Tư Pháp tỉnh Thanh Hoá',
  },
  { code: 'SO-Y-TE', name: 'Sở Y tế', group: 'so' },
  {
    code: 'UBND-THO-XUAN',
    name: 'UBND huyện Thọ Xuân'.normalize('NFD'),
    group: 'huyen',
    aliases: ['Thọ Xuân', 'Huyện Thọ Xuân'],
  },
]);
const fileOrigin: RosterOrigin = { kind: 'file', fileName: 'Danh sách đơn vị 2026 – bản Sở.csv' };

function written(agencies: readonly Agency[], origin?: RosterOrigin): ReturnedWorkbook {
  const { spec } = buildConsolidationWorkbook(start(), template, regime, agencies, origin);
  return returnedFromSpec(spec, 'xep-hang.xlsx');
}

function readOk(wb: ReturnedWorkbook): Extract<ReadStateResult, { ok: true }> {
  const read = readConsolidationState(wb, regime);
  if (!read.ok) throw new Error(read.message);
  return read;
}

function storedOf(wb: ReturnedWorkbook): StoredRoster {
  const read = readOk(wb);
  if (read.roster.kind !== 'ok') throw new Error(`no stored roster: ${read.roster.kind}`);
  return read.roster.roster;
}

/** A consolidation as written before rosters were stored: no roster keys in its metadata sheet. */
function withoutRosterKeys(wb: ReturnedWorkbook): ReturnedWorkbook {
  const meta = { ...(wb.cells[META_SHEET] ?? {}) };
  for (const [address, cell] of Object.entries(meta)) {
    if (!address.startsWith('A') || !String(cell.value).startsWith('roster')) continue;
    delete meta[address];
    delete meta[`B${address.slice(1)}`];
  }
  const customProperties = Object.fromEntries(
    Object.entries(wb.customProperties).filter(([k]) => !k.includes('roster')),
  );
  return { ...wb, cells: { ...wb.cells, [META_SHEET]: meta }, customProperties };
}

describe('the roster stored with the consolidation', () => {
  it('round-trips the agencies (NFC names, aliases) and the file it came from', () => {
    const stored = storedOf(written(appraisersRoster, fileOrigin));
    expect(stored.origin).toEqual(fileOrigin);
    expect(stored.agencies).toEqual(appraisersRoster);
    expect(stored.agencies[0]?.name).toBe('Sở Tư pháp');
    for (const a of stored.agencies) {
      expect(a.name).toBe(a.name.normalize('NFC'));
      for (const alias of a.aliases ?? []) expect(alias).toBe(alias.normalize('NFC'));
    }
    expect(stored.agencies[0]?.aliases).toEqual(['STP', 'Sở Tư Pháp tỉnh Thanh Hoá']);
    expect(stored.agencies[1]?.aliases).toBeUndefined();
    expect(describeRoster(stored)).toBe('tệp Danh sách đơn vị 2026 – bản Sở.csv, 3 cơ quan, đơn vị');
  });

  it('stores the built-in sample as such', () => {
    const stored = storedOf(written(sample));
    expect(stored).toEqual({ origin: { kind: 'builtin' }, agencies: sample });
    expect(describeRoster(stored)).toBe(`danh sách mẫu có sẵn, ${sample.length} cơ quan, đơn vị`);
  });

  it('splits a long roster over several cells, each under Excel’s limit, and keeps it out of the document properties', () => {
    const long = parsed(
      Array.from({ length: 700 }, (_, i) => ({
        code: `SO-THU-${i + 1}`,
        name: `Sở thử nghiệm số ${i + 1} của tỉnh Thanh Hóa — đơn vị có tên rất dài để vượt một ô 😀`,
        group: i % 2 === 0 ? 'so' : 'huyen',
        aliases: [`Đơn vị thử ${i + 1}`, `Tên gọi khác thứ hai của đơn vị ${i + 1}`],
      })),
    );
    const { spec } = buildConsolidationWorkbook(start(), template, regime, long, fileOrigin);
    const meta = spec.sheets.find((s) => s.name === META_SHEET);
    const keys = (meta?.cells ?? []).filter((c) => c.col === 1).map((c) => String(c.value));
    expect(keys.filter((k) => k.startsWith(`${ROSTER_KEYS.json}.`)).length).toBeGreaterThan(1);
    for (const c of meta?.cells ?? []) expect(String(c.value ?? '').length).toBeLessThanOrEqual(32767);
    expect(TEMPLATE_JSON_CHUNK).toBeLessThan(32767);
    for (const [k, v] of Object.entries(spec.properties)) {
      expect(k).not.toMatch(/rosterJson|rosterFile/);
      expect(v.length).toBeLessThanOrEqual(255);
    }
    expect(storedOf(returnedFromSpec(spec, 'xep-hang.xlsx'))).toEqual({ origin: fileOrigin, agencies: long });
  });

  it('reads a consolidation written before rosters were stored as having none', () => {
    const read = readOk(withoutRosterKeys(written(appraisersRoster, fileOrigin)));
    expect(read.roster).toEqual({ kind: 'none' });
    expect(read.state.year).toBe(YEAR);
  });

  it('says a damaged stored roster is unreadable, without failing the state', () => {
    const wb = written(appraisersRoster, fileOrigin);
    const meta = wb.cells[META_SHEET] ?? {};
    const row = Object.entries(meta)
      .find(([a, c]) => a.startsWith('A') && c.value === ROSTER_KEYS.count)?.[0]
      .slice(1);
    meta[`B${row ?? ''}`] = { value: '4' };
    const read = readOk(wb);
    expect(read.roster.kind).toBe('unreadable');
  });
});

/** The workbook with its metadata key `key` set to `value`, or removed (`null`); a key ending in `.` names every chunk. */
function withMetaKey(wb: ReturnedWorkbook, key: string, value: string | null): ReturnedWorkbook {
  const meta = { ...(wb.cells[META_SHEET] ?? {}) };
  for (const [address, cell] of Object.entries(meta)) {
    const k = String(cell.value);
    if (!address.startsWith('A') || !(key.endsWith('.') ? k.startsWith(key) : k === key)) continue;
    if (value === null) {
      delete meta[address];
      delete meta[`B${address.slice(1)}`];
    } else meta[`B${address.slice(1)}`] = { value };
  }
  // The sheet wins over the document properties; a key removed from the sheet is removed from both.
  const customProperties = Object.fromEntries(
    Object.entries(wb.customProperties).filter(([k]) => value !== null || k !== `XHCNTT.${key}`),
  );
  return { ...wb, cells: { ...wb.cells, [META_SHEET]: meta }, customProperties };
}

const chunks = `${ROSTER_KEYS.json}.`;
const firstChunk = `${ROSTER_KEYS.json}.1`;

describe('a damaged stored roster', () => {
  // Written before each test, not once per block, so Stryker counts the build as covered by the
  // tests that read it and runs only those for a mutant in it (a block-level build is "static").
  let fromFile: ReturnedWorkbook;
  beforeEach(() => {
    fromFile = written(appraisersRoster, fileOrigin);
  });
  const why = (wb: ReturnedWorkbook) => readOk(wb).roster;
  const damaged = (reason: string) => ({
    kind: 'unreadable',
    message: `danh sách đơn vị lưu trong trang ẩn bị hỏng (${reason})`,
  });

  test('is named unreadable with the reason, in Vietnamese', () => {
    expect(why(withMetaKey(fromFile, ROSTER_KEYS.origin, null))).toEqual(damaged('nguồn “” không hợp lệ'));
    expect(why(withMetaKey(fromFile, ROSTER_KEYS.origin, 'tệp'))).toEqual(
      damaged('nguồn “tệp” không hợp lệ'),
    );
    expect(why(withMetaKey(fromFile, ROSTER_KEYS.fileName, null))).toEqual(damaged('thiếu tên tệp'));
    expect(why(withMetaKey(fromFile, ROSTER_KEYS.fileName, '   '))).toEqual(damaged('thiếu tên tệp'));
    expect(why(withMetaKey(fromFile, chunks, null))).toEqual(damaged('thiếu nội dung'));
    expect(why(withMetaKey(fromFile, firstChunk, '[{"code": "SO-TU-PHAP",'))).toEqual(
      damaged('nội dung không đọc được'),
    );
    expect(why(withMetaKey(fromFile, ROSTER_KEYS.count, '4'))).toEqual(
      damaged('số cơ quan, đơn vị không khớp'),
    );
  });

  test('names the first bad agency the way a roster file’s problems do', () => {
    const rows = JSON.stringify([{ code: 'SO-Y-TE', name: 'Sở Y tế', group: 'xa' }]);
    const wb = withMetaKey(withMetaKey(fromFile, chunks, null), ROSTER_KEYS.count, '1');
    const meta = { ...(wb.cells[META_SHEET] ?? {}), A900: { value: firstChunk }, B900: { value: rows } };
    expect(why({ ...wb, cells: { ...wb.cells, [META_SHEET]: meta } })).toEqual(
      damaged('Dòng 1 (mã SO-Y-TE): nhóm “xa” không hợp lệ; dùng một trong “so”, “huyen”.'),
    );
  });

  test('whose origin and count survive in the document properties when the metadata sheet is lost', () => {
    const { spec } = buildConsolidationWorkbook(start(), template, regime, appraisersRoster, fileOrigin);
    expect(spec.properties).toMatchObject({ 'XHCNTT.rosterOrigin': 'file', 'XHCNTT.rosterCount': '3' });
    const { [META_SHEET]: _lost, ...cells } = fromFile.cells;
    expect(why({ ...fromFile, cells })).toEqual(damaged('thiếu tên tệp'));
  });

  test('a built-in roster needs no file name', () => {
    const builtin = written(sample);
    expect(why(withMetaKey(builtin, ROSTER_KEYS.fileName, null))).toEqual({
      kind: 'ok',
      roster: { origin: { kind: 'builtin' }, agencies: sample },
    });
  });
});

describe('a change of roster', () => {
  // Run before each test, as above.
  let previous: Extract<ReadStateResult, { ok: true }>;
  let previousRoster: StoredRoster | null;
  beforeEach(() => {
    const previousRun = consolidate({
      previous: null,
      submissions: [],
      template,
      regime,
      roster: appraisersRoster,
      rosterOrigin: fileOrigin,
      now: NOW,
    });
    previous = readOk(returnedFromSpec(previousRun.spec, 'xep-hang.xlsx'));
    previousRoster = previous.roster.kind === 'ok' ? previous.roster.roster : null;
  });

  it('is logged in “Nhật ký” as a workbook-level entry, read back like any other', () => {
    const next = parsed([
      ...appraisersRoster.slice(1),
      { code: 'SO-XAY-DUNG', name: 'Sở Xây dựng', group: 'so' },
    ]);
    const origin: RosterOrigin = { kind: 'file', fileName: 'don-vi-moi.csv' };
    const run = consolidate({
      previous: previous.state,
      previousRoster,
      submissions: [],
      template,
      regime,
      roster: next,
      rosterOrigin: origin,
      now: '2026-11-26T02:00:00Z',
    });
    expect(run.rosterChange).toMatchObject({ added: ['SO-XAY-DUNG'], removed: ['SO-TU-PHAP'], changed: [] });
    const entry = run.merge.state.audit.find((e) => e.kind === 'roster-changed');
    expect(entry).toMatchObject({ agencyCode: '', subCode: '', fileName: 'don-vi-moi.csv' });
    expect(entry?.note).toContain(
      'trước là tệp Danh sách đơn vị 2026 – bản Sở.csv, 3 cơ quan, đơn vị, nay là tệp don-vi-moi.csv, 3 cơ quan, đơn vị',
    );
    expect(entry?.note).toContain('thêm 1 (SO-XAY-DUNG); bớt 1 (SO-TU-PHAP)');
    const audit = run.spec.sheets.find((s) => s.name === AUDIT_SHEET);
    expect(audit?.cells.some((c) => c.value === 'Đổi danh sách đơn vị')).toBe(true);
    const again = readOk(returnedFromSpec(run.spec, 'xep-hang.xlsx'));
    expect(again.state.audit.filter((e) => e.kind === 'roster-changed')).toEqual([entry]);
    expect(again.roster).toEqual({ kind: 'ok', roster: { origin, agencies: next } });
  });

  it('is not logged when only the file name differs, nor when nothing was stored before', () => {
    const renamed = consolidate({
      previous: previous.state,
      previousRoster,
      submissions: [],
      template,
      regime,
      roster: appraisersRoster,
      rosterOrigin: { kind: 'file', fileName: 'ban-sao.csv' },
      now: '2026-11-26T02:00:00Z',
    });
    expect(renamed.rosterChange).toBeNull();
    expect(renamed.roster.origin).toEqual({ kind: 'file', fileName: 'ban-sao.csv' });
    const first = consolidate({
      previous: previous.state,
      previousRoster: null,
      submissions: [],
      template,
      regime,
      roster: sample,
      now: '2026-11-26T02:00:00Z',
    });
    expect(first.merge.state.audit.some((e) => e.kind === 'roster-changed')).toBe(false);
  });
});
