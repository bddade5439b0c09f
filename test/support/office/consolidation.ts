/**
 * Submissions for the consolidation adapter tests, built the way agencies' files arrive: survey
 * workbooks written by the project's writer, filled by ExcelJS through their defined names, read
 * back by the reader and checked by the core (test/cli and test/support/consolidation helpers);
 * plus views of the double's workbook the tests compare.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import {
  DATA_COLUMNS,
  DATA_SHEET,
  HEADER_ROW,
  TABLE_FIRST_ROW,
} from '../../../src/core/consolidation/sheets/layout';
import type { Submission } from '../../../src/core/consolidation/submission';
import { cellAddress } from '../../../src/core/sheet/a1';
import type { Agency } from '../../../src/core/roster/types';
import type { SubCriterion, SurveyTemplate } from '../../../src/core/template/types';
import type { ExcelDouble, Scalar } from '../../../src/excel-double';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { writeFilledForm } from '../cli/fill-xlsx';
import { ctx, filledForm, subsOf, template as template2026 } from '../consolidation/forms';
import { fileInfo } from '../consolidation/returned';

/** A self-score per sub-criterion (hundredths), varied by seed so totals, bands and ranks spread. */
export function seededScores(subs: readonly SubCriterion[], seed: number): Record<string, number> {
  const scores: Record<string, number> = {};
  subs.forEach((s, i) => {
    scores[s.code] = Math.floor((s.capHundredths * ((seed * 3 + i * 7) % 11)) / 10) / 100;
  });
  return scores;
}

/** A real .xlsx survey filled with `scores`, read back and checked, as the pane would get it. */
export async function fileSubmission(opts: {
  agency: Agency;
  scores: Record<string, number>;
  receivedAt: string;
  fileName?: string;
  template?: SurveyTemplate;
  roster?: readonly Agency[];
}): Promise<Submission> {
  const template = opts.template ?? template2026;
  const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-office-'));
  const fileName = opts.fileName ?? `${opts.agency.code.toLowerCase()}.xlsx`;
  const file = path.join(dir, fileName);
  const values: Record<string, number | string> = {};
  for (const sub of subsOf(opts.agency.group, template)) {
    const key = sub.code.replace('.', '_');
    values[`TC_${key}`] = opts.scores[sub.code] ?? 0;
    values[`MC_${key}`] = `Văn bản số ${sub.code}/${opts.agency.code}`;
  }
  await writeFilledForm(file, template, opts.agency, values, new Date(opts.receivedAt));
  const bytes = new Uint8Array(readFileSync(file));
  const outcome = await readReturnedWorkbook(bytes, fileName);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  const info = {
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    byteLength: bytes.length,
    receivedAt: opts.receivedAt,
  };
  return checkSubmission(
    info,
    outcome.workbook,
    ctx({ year: template.year, templates: [template], ...(opts.roster ? { roster: [...opts.roster] } : {}) }),
  );
}

/** A checked submission from a form filled in memory (what the reader extracts), for large rosters. */
export function formSubmission(
  agency: Agency,
  scores: Record<string, number>,
  roster: readonly Agency[],
  receivedAt = '2026-11-15T03:00:00Z',
): Submission {
  const fileName = `${agency.code.toLowerCase()}.xlsx`;
  const wb = filledForm({ agency, scores });
  return checkSubmission(
    fileInfo(
      fileName,
      receivedAt,
      createHash('sha256')
        .update(`${agency.code}${JSON.stringify(scores)}`)
        .digest('hex'),
    ),
    wb,
    ctx({ roster: [...roster] }),
  );
}

/** `n` made-up agencies, alternating groups, with stable codes. */
export function madeUpRoster(n: number): Agency[] {
  return Array.from({ length: n }, (_, i) => {
    const group = i % 3 === 0 ? 'huyen' : 'so';
    const no = String(i + 1).padStart(3, '0');
    return group === 'so'
      ? { code: `SO-THU-${no}`, name: `Sở thử nghiệm số ${no}`, group }
      : { code: `H-THU-${no}`, name: `Huyện thử nghiệm số ${no}`, group };
  });
}

export interface SheetTableRow {
  row: number;
  index: Scalar;
  name: Scalar;
  criteria: Scalar[];
  total: Scalar;
  rating: Scalar;
  rank: Scalar;
  code: Scalar;
}

/** The rows of a ranking sheet as the double computes them (name in B, criteria from C, then total, rating, rank, code). */
export function sheetTable(d: ExcelDouble, sheet: string, criteria: number): SheetTableRow[] {
  const rows: SheetTableRow[] = [];
  const at = (row: number, col: number) => d.value(sheet, cellAddress(row, col));
  for (let row = TABLE_FIRST_ROW; at(row, 2) !== ''; row++) {
    rows.push({
      row,
      index: at(row, 1),
      name: at(row, 2),
      criteria: Array.from({ length: criteria }, (_, k) => at(row, 3 + k)),
      total: at(row, 3 + criteria),
      rating: at(row, 4 + criteria),
      rank: at(row, 5 + criteria),
      code: at(row, 6 + criteria),
    });
  }
  return rows;
}

/** The data-sheet row of an agency's sub-criterion (1-based). */
export function dataRow(d: ExcelDouble, code: string, sub: string): number {
  for (let row = HEADER_ROW + 1; ; row++) {
    const c = d.value(DATA_SHEET, cellAddress(row, DATA_COLUMNS.code));
    if (c === '') throw new Error(`no data row ${code} ${sub}`);
    if (c === code && d.value(DATA_SHEET, cellAddress(row, DATA_COLUMNS.sub)) === sub) return row;
  }
}

/** Every sheet's contents (formulas and constants), visibility and protection, names and properties: "did anything change?". */
export function snapshot(d: ExcelDouble): unknown {
  return {
    sheets: d.model.liveSheets().map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protection.protected,
      contents: d.model.hf.getSheetSerialized(s.hfId),
    })),
    names: d.names(),
    properties: d.customProperties(),
  };
}

/** Standard competition ranks (1, 2, 2, 4) of totals in hundredths, computed here independently. */
export function competitionRanks(totals: readonly number[]): number[] {
  return totals.map((t) => 1 + totals.filter((o) => o > t).length);
}
