/**
 * The one intake of a returned file (size check → read → hash → read workbook → check), as every
 * platform drives it through its own file access and hash function.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { CheckContext } from '../../../src/core/consolidation/check-context';
import { builtInRegime } from '../../../src/core/regime/load';
import { sampleRoster } from '../../../src/core/roster/roster';
import { builtInTemplate } from '../../../src/core/template/load';
import { DEFAULT_READ_LIMITS } from '../../../src/xlsx/read-workbook';
import { nodeInflateRaw } from '../../../src/cli/returned-file';
import { intakeFile, type ReturnedFileAccess } from '../../../src/xlsx/intake';

const dir = path.join(__dirname, '../../fixtures/returned');
const ctx: CheckContext = {
  year: 2026,
  regime: builtInRegime,
  // The fixtures are self-scored forms of version 1 of the 2026 template.
  templates: [builtInTemplate(2026, 1)],
  roster: sampleRoster,
};
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const RECEIVED = '2026-11-15T02:00:00.000Z';

function access(
  file: string,
  overrides: Partial<ReturnedFileAccess> = {},
): ReturnedFileAccess & { reads: number } {
  const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
  const a = {
    reads: 0,
    fileName: path.basename(file),
    stat: () => Promise.resolve({ size: bytes.length, receivedAt: RECEIVED }),
    read: () => {
      a.reads += 1;
      return Promise.resolve(bytes);
    },
    failure: () => 'không có quyền truy cập',
    ...overrides,
  };
  return a;
}

describe('intake of one returned file', () => {
  it('checks a filled form with the hash the platform gives, received when it says', async () => {
    const file = access('openpyxl/so-tu-phap-filled.xlsx');
    const hashed: number[] = [];
    const s = await intakeFile(file, (b) => (hashed.push(b.length), sha(b)), ctx);
    expect(s.outcome).toBe('accepted');
    expect(s.sha256).toBe(
      sha(new Uint8Array(readFileSync(path.join(dir, 'openpyxl/so-tu-phap-filled.xlsx')))),
    );
    expect(hashed).toEqual([s.byteLength]);
    expect(s.receivedAt).toBe(RECEIVED);
  });

  it("inflates with the platform's own inflate when it gives one (the CLI: node:zlib)", async () => {
    const file = access('openpyxl/so-tu-phap-filled.xlsx');
    const inflated: number[] = [];
    const s = await intakeFile(file, sha, ctx, {
      inflateRaw: (data, maxBytes) => (inflated.push(maxBytes), nodeInflateRaw(data, maxBytes)),
    });
    expect(s.outcome).toBe('accepted');
    // The workbook, its relationships, the shared strings, the form and metadata sheets at least.
    expect(inflated.length).toBeGreaterThanOrEqual(5);
    expect(s).toEqual(await intakeFile(access('openpyxl/so-tu-phap-filled.xlsx'), sha, ctx));
  });

  it('refuses a file larger than the limit from its size, without reading it', async () => {
    const file = access('openpyxl/so-tu-phap-filled.xlsx', {
      stat: () => Promise.resolve({ size: DEFAULT_READ_LIMITS.maxFileBytes + 1, receivedAt: RECEIVED }),
    });
    const s = await intakeFile(file, sha, ctx);
    expect(file.reads).toBe(0);
    expect(s.outcome).toBe('rejected');
    expect(s.problems.map((p) => p.code)).toEqual(['too-large']);
    expect(s.problems[0]?.message).toContain('so-tu-phap-filled.xlsx');
  });

  it('turns a file it cannot reach or read into a rejection naming the file and the reason', async () => {
    const gone = access('openpyxl/so-tu-phap-filled.xlsx', {
      stat: () => Promise.reject(new Error('EACCES')),
    });
    const now = () => new Date(Date.UTC(2026, 11, 1));
    const s = await intakeFile(gone, sha, ctx, { now });
    expect(s.outcome).toBe('rejected');
    expect(s.receivedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(s.problems[0]?.message).toBe(
      'Tệp “so-tu-phap-filled.xlsx”: không đọc được tệp (không có quyền truy cập).',
    );
    const locked = access('openpyxl/so-tu-phap-filled.xlsx', {
      read: () => Promise.reject(new Error('EBUSY')),
    });
    const t = await intakeFile(locked, sha, ctx);
    expect(t.outcome).toBe('rejected');
    expect(t.receivedAt).toBe(RECEIVED);
  });

  it('refuses what the reader refuses (a CSV renamed .xlsx) and what the checks reject (another year)', async () => {
    const csv = await intakeFile(access('libreoffice/tx-bim-son-csv-renamed.xlsx'), sha, ctx);
    expect(csv.problems.map((p) => p.code)).toEqual(['csv-or-text']);
    const old = await intakeFile(access('libreoffice/bql-kkt-2025-wrong-year.xlsx'), sha, ctx);
    expect(old.problems.map((p) => p.code)).toContain('wrong-year');
    expect(old.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
