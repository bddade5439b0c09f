/**
 * Problems of a criteria workbook: the template validator's problems (and the parser's own) placed on
 * the sheet, row and column a person edits, with a Vietnamese message that names them.
 */
import { columnLetters } from '../sheet/a1';
import type { CriteriaParams } from '../problems/params';
import type { WordedProblem } from '../problems/problem';
import type { Where } from '../problems/where';
import type { TemplateCode } from '../template/problem';
import type { TableColumn } from './layout';

export interface CellLocation {
  sheet: string;
  /** 1-based; absent when the problem concerns a whole table (e.g. a group with no rows). */
  row?: number;
  col?: number;
}

/** The parser's own codes (worded in src/core/problems/messages.ts). */
export type CriteriaCode = keyof CriteriaParams;

/**
 * A problem of a criteria workbook in the shared shape (code, severity, params, where, message); the
 * validator's problems keep their template code (cap-sum, …), placed on the cell that holds the value.
 */
export type CriteriaProblem = WordedProblem<CriteriaCode | TemplateCode> & {
  /** The cell, as numbers (the pane selects it). */
  at: CellLocation;
  /** The template path the validator gave (e.g. groups.so.criteria[1].subCriteria[2]), or the cell's. */
  path: string;
};

/** Where a template path lives in the workbook: a row of a table (columns by JSON field) or one cell. */
export interface PathPlace {
  sheet: string;
  row?: number;
  columns: readonly TableColumn[];
  /** Column used when neither the path nor the problem says which field. */
  defaultField?: string;
  /** Fields written in another column than their own name (a ratio's numerator in the figure column). */
  aliases?: Record<string, string>;
  /** A single-cell place (general information): its column. */
  col?: number;
}

/** Field of an object-level problem, by its code, when the validator names the object, not the field. */
const FIELD_OF_CODE: Record<string, string> = {
  'code-malformed': 'code',
  'code-prefix': 'code',
  'duplicate-code': 'code',
  'cap-not-positive': 'cap',
  'cap-decimals': 'cap',
  'title-empty': 'title',
  'cap-sum': 'cap',
  'criterion-extra': 'number',
  'criterion-duplicate': 'number',
  'criterion-missing': 'number',
  'group-unknown': 'groupId',
  'group-duplicate': 'groupId',
  'group-missing': 'groupId',
  'figure-key-malformed': 'key',
  'figure-duplicate': 'key',
  'figure-unused': 'key',
  'figure-label-empty': 'label',
  'figure-options': 'options',
  'figure-partly': 'partly',
  'figure-bounds': 'min',
  'rule-figure-unknown': 'figure',
  'rule-figure-type': 'figure',
  'rule-partial': 'partial',
  'ratio-thresholds': 'fullFrom',
  'ratio-same-figure': 'denominator',
  'tiers-order': 'tiers',
  'tiers-threshold': 'tiers',
  'choice-option-unknown': 'options',
  'choice-option-duplicate': 'options',
  'check-figure-unknown': 'a',
  'check-figure-type': 'a',
  'check-bounds': 'min',
  'check-message-empty': 'message',
};

/** Registry of where each template path was read from. */
export class PathPlaces {
  private readonly places = new Map<string, PathPlace>();

  set(path: string, place: PathPlace): void {
    if (!this.places.has(path)) this.places.set(path, place);
  }

  has(path: string): boolean {
    return this.places.has(path);
  }

  /** The cell a validator problem concerns: the longest known prefix of its path, then the field it names. */
  locate(path: string, code: string, named: string | undefined): CellLocation | null {
    const tokens = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
    const join = (n: number): string =>
      tokens.slice(0, n).reduce((acc, t) => (t.startsWith('[') || acc === '' ? acc + t : `${acc}.${t}`), '');
    for (let n = tokens.length; n > 0; n--) {
      const place = this.places.get(join(n));
      if (!place) continue;
      const next = tokens[n];
      const field = next !== undefined && !next.startsWith('[') ? next : undefined;
      return placeCell(place, [field, named, FIELD_OF_CODE[code], place.defaultField]);
    }
    return null;
  }
}

function placeCell(place: PathPlace, fields: (string | undefined)[]): CellLocation {
  const base = { sheet: place.sheet, ...(place.row !== undefined ? { row: place.row } : {}) };
  if (place.col !== undefined) return { ...base, col: place.col };
  // The first candidate that is a column of the table: the path's field, the problem's, the code's, the default.
  for (const field of fields) {
    if (field === undefined) continue;
    const name = place.aliases?.[field] ?? field;
    const i = place.columns.findIndex((c) => c.field === name);
    if (i >= 0) return { ...base, col: i + 1 };
  }
  return base;
}

/** The shared place of a cell: sheet, row and “E (Điểm tối đa)” as its column. */
export function whereOf(at: CellLocation, header: string | undefined, path: string): Where {
  const column = at.col === undefined ? undefined : `${columnLetters(at.col)}${header ? ` (${header})` : ''}`;
  return {
    sheet: at.sheet,
    ...(at.row !== undefined ? { row: at.row } : {}),
    ...(column !== undefined ? { column } : {}),
    path,
  };
}
