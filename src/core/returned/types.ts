/**
 * What the xlsx reader (src/xlsx) extracts from a returned workbook, as plain data.
 * The merge in src/core works only on this, never on files or cell positions it guesses.
 */
import type { FileParams } from '../problems/params';
import type { WordedProblem } from '../problems/problem';
import type { CellValue, SheetVisibility } from '../sheet/spec';

export interface ReadCell {
  /** The stored (cached) value; `null` for an empty cell. Error values such as `#DIV/0!` go to `error`. */
  value: CellValue;
  /** Formula text without `=`, shared formulas already expanded to this cell. */
  formula?: string;
  error?: string;
}

export interface ReadName {
  name: string;
  /** Sheet the name points at (unquoted), or `null` when it points nowhere usable (e.g. `#REF!`). */
  sheet: string | null;
  /** A1 address without sheet and without `$`, e.g. `D12` or `D12:D14`; `null` when unusable. */
  address: string | null;
  /** The name's text as stored, e.g. `'Phiếu'!$D$12`. */
  raw: string;
}

export interface ReturnedWorkbook {
  fileName: string;
  byteLength: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  sheets: { name: string; visibility: SheetVisibility }[];
  /** Workbook-level defined names. */
  names: ReadName[];
  customProperties: Record<string, string>;
  /**
   * Cells of the sheets the reader loaded (every sheet a defined name points at, and the
   * metadata sheet), keyed by sheet name and then by A1 address without `$`.
   */
  cells: Record<string, Record<string, ReadCell>>;
}

/** Why the reader refused a file (src/xlsx/read-workbook.ts); the merge records it in the register. */
export type FileProblemCode = keyof FileParams;

/** Its message names the file. */
export type FileProblem = WordedProblem<FileProblemCode>;

export type ReadOutcome = { ok: true; workbook: ReturnedWorkbook } | { ok: false; problem: FileProblem };
