/**
 * Every committed returned-workbook fixture (written by LibreOffice, openpyxl and others) is read
 * as its manifest, test/fixtures/returned/expected.json, says (format: that folder's README).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import type { CellValue } from '../../../src/core/sheet/spec';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';

interface ReadExpectation {
  ok: boolean;
  code?: string;
  sheets?: Record<string, string>;
  names?: Record<string, string | null>;
  values?: Record<string, CellValue>;
  formulas?: Record<string, string>;
  errors?: Record<string, string>;
}

interface ManifestEntry {
  file: string;
  writer: string;
  description: string;
  read: ReadExpectation;
}

const ROOT = join(__dirname, '../../fixtures/returned');
const NOT_FIXTURES = /(^|\/)(README\.md|expected\.json)$|\.(py|sh|ts|mjs|js|md)$/;
const manifest = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as {
  formatVersion: number;
  files: ManifestEntry[];
};

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(ROOT, path).split('\\').join('/')];
  });
}

/** Formula text compared as the README says: no `$`, no spaces and upper case outside strings. */
function comparableFormula(formula: string): string {
  return formula
    .replace(/^=/, '')
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(/[$\s]/g, '').toUpperCase() : part))
    .join('"');
}

function splitRef(ref: string): [string, string] {
  const bang = ref.lastIndexOf('!');
  return [ref.slice(0, bang), ref.slice(bang + 1)];
}

test('the manifest and the folder list the same files', () => {
  expect(manifest.formatVersion).toBe(1);
  const listed = manifest.files.map((f) => f.file).sort();
  const present = listFiles(ROOT)
    .filter((f) => !NOT_FIXTURES.test(f))
    .sort();
  expect(present).toEqual(listed);
  expect(new Set(listed).size).toBe(listed.length);
});

describe.each(manifest.files.map((f) => [f.file, f] as const))('%s', (file, entry) => {
  test(`${entry.writer}: ${entry.description}`, () => {
    const path = join(ROOT, file);
    expect(existsSync(path)).toBe(true);
    const baseName = file.split('/').pop() ?? file;
    const outcome = readReturnedWorkbook(new Uint8Array(readFileSync(path)), baseName);
    const expected = entry.read;
    if (!expected.ok) {
      expect(outcome.ok ? 'read' : outcome.problem.code).toBe(expected.code);
      if (!outcome.ok) expect(outcome.problem.message).toContain(`“${baseName}”`);
      return;
    }
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const wb = outcome.workbook;
    for (const [sheet, visibility] of Object.entries(expected.sheets ?? {})) {
      expect({ sheet, visibility: wb.sheets.find((s) => s.name === sheet)?.visibility }).toEqual({
        sheet,
        visibility,
      });
    }
    for (const [name, target] of Object.entries(expected.names ?? {})) {
      const n = wb.names.find((x) => x.name === name);
      const actual =
        n === undefined
          ? 'missing'
          : n.sheet === null || n.address === null
            ? null
            : `${n.sheet}!${n.address}`;
      expect({ name, target: actual }).toEqual({ name, target });
    }
    for (const [ref, value] of Object.entries(expected.values ?? {})) {
      const [sheet, address] = splitRef(ref);
      expect({ ref, value: wb.cells[sheet]?.[address]?.value ?? null }).toEqual({ ref, value });
    }
    for (const [ref, formula] of Object.entries(expected.formulas ?? {})) {
      const [sheet, address] = splitRef(ref);
      const actual = wb.cells[sheet]?.[address]?.formula;
      expect({ ref, formula: actual === undefined ? undefined : comparableFormula(actual) }).toEqual({
        ref,
        formula: comparableFormula(formula),
      });
    }
    for (const [ref, error] of Object.entries(expected.errors ?? {})) {
      const [sheet, address] = splitRef(ref);
      expect({ ref, error: wb.cells[sheet]?.[address]?.error }).toEqual({ ref, error });
    }
  });
});
