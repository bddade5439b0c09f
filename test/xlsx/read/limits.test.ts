/**
 * The reader's default bounds as a user meets them: a returned file, one zip entry and all entries
 * together each have a size the reader refuses past, with the limit named in the Vietnamese message.
 */
import type { FileProblemCode } from '../../../src/core/returned/types';
import { readReturnedWorkbook, type ReadOutcome } from '../../../src/xlsx/read-workbook';
import { buildPackage, lieAboutSize } from '../../support/xlsx/package-builder';

const MB = 1024 * 1024;
const SHEET_PART = 'xl/worksheets/sheet1.xml';

function problemOf(outcome: ReadOutcome): { code: FileProblemCode; message: string } {
  if (outcome.ok) throw new Error('the file was read');
  return { code: outcome.problem.code, message: outcome.problem.message };
}

function smallForm(extraParts: Record<string, string> = {}): Uint8Array {
  return buildPackage({
    sheets: [{ name: 'Phiếu', sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    definedNames: '<definedName name="TC_1_1">\'Phiếu\'!$A$1</definedName>',
    extraParts,
  });
}

describe('default read limits', () => {
  test('a file over 20 MB is refused for its size, naming the limit', () => {
    const problem = problemOf(readReturnedWorkbook(new Uint8Array(20 * MB + 1), 'lon.xlsx'));
    expect(problem.code).toBe('too-large');
    expect(problem.message).toContain('vượt giới hạn 20 MB');
  });

  test('a file of exactly 20 MB is not refused for its size', () => {
    expect(problemOf(readReturnedWorkbook(new Uint8Array(20 * MB), 'lon.xlsx')).code).toBe('not-zip');
  });

  test('an entry declaring more than 50 MB is refused, naming the limit', () => {
    const bytes = lieAboutSize(smallForm(), SHEET_PART, 50 * MB + 1);
    const problem = problemOf(readReturnedWorkbook(bytes, 'bom.xlsx'));
    expect(problem.code).toBe('zip-bomb');
    expect(problem.message).toContain('vượt giới hạn 50 MB');
  });

  test('entries of 50 MB each are allowed, but not more than 200 MB together', () => {
    const names = [1, 2, 3, 4].map((i) => `xl/media/image${i}.bin`);
    let bytes = smallForm(Object.fromEntries(names.map((n) => [n, 'x'])));
    for (const n of names) bytes = lieAboutSize(bytes, n, 50 * MB);
    const problem = problemOf(readReturnedWorkbook(bytes, 'nhieu.xlsx'));
    expect(problem.code).toBe('zip-bomb');
    expect(problem.message).toContain('tổng dung lượng giải nén khai báo');
    expect(problem.message).toContain('vượt giới hạn 200 MB');
  });
});
