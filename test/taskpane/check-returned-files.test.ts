/**
 * Returned files chosen or dropped in the pane, read and checked there (no Excel): each real fixture
 * gets the outcome its manifest expects, one bad file never stops the others, a huge file is refused
 * without being read, and the user sees progress and the file names they know.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { CheckContext } from '../../src/core/consolidation/check-context';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import { builtInTemplate } from '../../src/core/template/load';
import {
  checkReturnedFiles,
  displayName,
  type CheckProgress,
  type ReturnedFile,
} from '../../src/taskpane/consolidation/check-returned-files';

interface Entry {
  file: string;
  merge?: { status: string; agencyCode?: string; problemCodes?: string[] };
}

const dir = path.join(__dirname, '..', 'fixtures', 'returned');
const entries = (
  JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { files: Entry[] }
).files.filter((e) => e.merge);
// The fixtures are forms of the 2026 survey (one of 2025, to be refused).
const ctx: CheckContext = {
  year: 2026,
  regime: builtInRegime,
  templates: [builtInTemplate(2026, 1)],
  roster: sampleRoster,
};
const noPause = (): Promise<void> => Promise.resolve();

function fixture(file: string, lastModified = Date.UTC(2026, 10, 15, 2, 0, 0)): File {
  return new File([readFileSync(path.join(dir, file))], path.basename(file), { lastModified });
}

describe('checking returned files in the pane', () => {
  it('gives every real fixture the outcome, agency and problems its manifest expects, in one batch', async () => {
    const files = entries.map((e) => fixture(e.file));
    const results = await checkReturnedFiles(files, ctx, { pause: noPause });
    expect(results).toHaveLength(entries.length);
    results.forEach((s, i) => {
      const want = entries[i]?.merge;
      const name = path.basename(entries[i]?.file ?? '');
      expect({ file: s.fileName, outcome: s.outcome }).toEqual({ file: name, outcome: want?.status });
      if (want?.agencyCode) expect(s.agencyCode).toBe(want.agencyCode);
      if (want?.problemCodes)
        expect(s.problems.map((p) => p.code)).toEqual(expect.arrayContaining(want.problemCodes));
      for (const p of s.problems) expect(p.message).toContain(name);
    });
    // A sanity check that the batch holds both kinds, so the test means something.
    expect(results.some((s) => s.outcome === 'rejected')).toBe(true);
    expect(results.some((s) => s.outcome === 'accepted')).toBe(true);
  });

  it('records the bytes hash, size and the modification time as the time received', async () => {
    const entry = entries.find((e) => e.merge?.status === 'accepted');
    if (!entry) throw new Error('no accepted fixture');
    const bytes = readFileSync(path.join(dir, entry.file));
    const when = Date.UTC(2026, 10, 19, 1, 30, 0);
    const [s] = await checkReturnedFiles([fixture(entry.file, when)], ctx, { pause: noPause });
    expect(s?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(s?.byteLength).toBe(bytes.length);
    expect(s?.receivedAt).toBe('2026-11-19T01:30:00.000Z');
  });

  it('keeps going when a file cannot be read or the reader throws, and rejects that file with its name', async () => {
    const good = entries.find((e) => e.merge?.status === 'accepted');
    if (!good) throw new Error('no accepted fixture');
    const vanished: ReturnedFile = {
      name: 'đã-xóa.xlsx',
      size: 10,
      lastModified: Date.UTC(2026, 10, 1),
      arrayBuffer: () => Promise.reject(new Error('NotFoundError')),
    };
    const results = await checkReturnedFiles([vanished, fixture(good.file)], ctx, { pause: noPause });
    expect(results.map((s) => s.outcome)).toEqual(['rejected', 'accepted']);
    expect(results[0]?.problems[0]?.message).toContain('Tệp “đã-xóa.xlsx”');
  });

  it('refuses a file over the size limit without reading a byte of it', async () => {
    let read = false;
    const huge: ReturnedFile = {
      name: 'rat-lon.xlsx',
      size: 500 * 1024 * 1024,
      lastModified: Date.UTC(2026, 10, 1),
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    };
    const [s] = await checkReturnedFiles([huge], ctx, { pause: noPause });
    expect(read).toBe(false);
    expect(s?.outcome).toBe('rejected');
    expect(s?.problems[0]?.code).toBe('too-large');
    expect(s?.problems[0]?.message).toMatch(/rat-lon\.xlsx.*500 MB/);
  });

  it('reports progress file by file, naming the file being read, and ends with none', async () => {
    const files = entries.slice(0, 3).map((e) => fixture(e.file));
    const seen: CheckProgress[] = [];
    await checkReturnedFiles(files, ctx, { pause: noPause, onProgress: (p) => seen.push({ ...p }) });
    expect(seen.map((p) => p.done)).toEqual([0, 1, 2, 3]);
    expect(seen.map((p) => p.current)).toEqual([...files.map((f) => f.name), null]);
    expect(seen.every((p) => p.total === 3)).toBe(true);
  });

  it('stops between files when the batch is cancelled, keeping what was done', async () => {
    const files = entries.slice(0, 3).map((e) => fixture(e.file));
    let done = 0;
    const results = await checkReturnedFiles(files, ctx, {
      pause: noPause,
      onProgress: (p) => (done = p.done),
      cancelled: () => done >= 1,
    });
    expect(results).toHaveLength(1);
  });

  it('names a file from a chosen folder by its path in that folder, in NFC', () => {
    const nfd = 'Sở Y tế.xlsx'.normalize('NFD');
    const base = { size: 1, lastModified: 1, arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) };
    expect(displayName({ ...base, name: nfd })).toBe('Sở Y tế.xlsx'.normalize('NFC'));
    expect(displayName({ ...base, name: 'a.xlsx', webkitRelativePath: 'phieu/a.xlsx' })).toBe('phieu/a.xlsx');
  });

  it('uses the time of checking when the browser gives no modification time', async () => {
    const entry = entries[0];
    if (!entry) throw new Error('no fixture');
    const bytes = readFileSync(path.join(dir, entry.file));
    const file: ReturnedFile = {
      name: 'x.xlsx',
      size: bytes.length,
      lastModified: 0,
      arrayBuffer: () =>
        Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)),
    };
    const [s] = await checkReturnedFiles([file], ctx, {
      pause: noPause,
      now: () => new Date('2026-11-20T03:00:00Z'),
    });
    expect(s?.receivedAt).toBe('2026-11-20T03:00:00.000Z');
  });
});
