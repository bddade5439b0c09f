/** Runs the checks on the shared returned-workbook fixtures (files from other programs) against their expected outcomes. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import { unreadableSubmission, type Submission } from '../../../src/core/consolidation/submission';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { ctx } from '../../support/consolidation/forms';

interface Entry {
  file: string;
  merge?: {
    status: string;
    agencyCode?: string;
    totalHundredths?: number;
    rating?: string;
    problemCodes?: string[];
  };
}

const dir = path.join(__dirname, '../../fixtures/returned');
const manifestFile = path.join(dir, 'expected.json');
const entries: Entry[] = existsSync(manifestFile)
  ? ((JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: Entry[] }).files ?? []).filter(
      (e) => e.merge,
    )
  : [];

function run(file: string): Submission {
  const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
  const info = {
    fileName: path.basename(file),
    sha256: 'x'.repeat(64),
    byteLength: bytes.length,
    receivedAt: '2026-11-15T00:00:00Z',
  };
  const read = readReturnedWorkbook(bytes, info.fileName);
  if (!read.ok) return unreadableSubmission(info, read.problem);
  return checkSubmission(info, read.workbook, ctx());
}

describe('returned-workbook fixtures', () => {
  // An emptied manifest must fail, not pass vacuously.
  test('the manifest lists files with an expected merge outcome', () =>
    expect(entries.length).toBeGreaterThan(10));

  test.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
    const s = run(entry.file);
    const want = entry.merge;
    if (!want) return;
    expect({ file: entry.file, outcome: s.outcome }).toEqual({ file: entry.file, outcome: want.status });
    if (want.agencyCode !== undefined) expect(s.agencyCode).toBe(want.agencyCode);
    if (want.totalHundredths !== undefined) expect(s.data?.score.totalHundredths).toBe(want.totalHundredths);
    if (want.rating !== undefined) expect(s.data?.score.band.label).toBe(want.rating);
    if (want.problemCodes)
      expect(s.problems.map((p) => p.code)).toEqual(expect.arrayContaining(want.problemCodes));
    for (const p of s.problems) expect(p.message).toContain(path.basename(entry.file));
  });
});
