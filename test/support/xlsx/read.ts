import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';

/** Reads and fails the test with the reader's own message when the file is refused. */
export function readOk(bytes: Uint8Array, fileName = 'phieu.xlsx'): ReturnedWorkbook {
  const outcome = readReturnedWorkbook(bytes, fileName);
  if (!outcome.ok) throw new Error(`refused: ${outcome.problem.code}: ${outcome.problem.message}`);
  return outcome.workbook;
}
