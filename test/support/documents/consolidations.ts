/**
 * Consolidation workbooks written as the CLI writes them (core description + ExcelJS), for whole
 * rosters with deterministic scores, late and missing agencies, and appraisals with reasons.
 */
import { writeFileSync } from 'node:fs';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import type { ConsolidationState, StateRow } from '../../../src/core/consolidation/state';
import { rankingTables, type RankingTable } from '../../../src/core/consolidation/tables';
import { builtInRegime } from '../../../src/core/regime/load';
import { sampleRoster } from '../../../src/core/roster/roster';
import { builtInTemplate } from '../../../src/core/template/load';
import { writeWorkbook } from '../../../src/xlsx/write-workbook';

export const regime = builtInRegime;

export interface Built {
  state: ConsolidationState;
  tables: RankingTable[];
  /** Agencies left out (no file) and those that sent late. */
  missing: string[];
  late: string[];
}

/** Every roster agency but every `missingEvery`-th sends; scores vary with `seed`; some scores appraised. */
export function buildState(year: number, seed: number, missingEvery = 7): Built {
  const template = builtInTemplate(year, 1, regime);
  const rows: StateRow[] = [];
  const sources: ConsolidationState['sources'] = [];
  const missing: string[] = [];
  const late: string[] = [];
  sampleRoster.forEach((a, ai) => {
    if (ai % missingEvery === missingEvery - 1) {
      missing.push(a.code);
      return;
    }
    const subs = (template.groups.find((g) => g.groupId === a.group)?.criteria ?? []).flatMap(
      (c) => c.subCriteria,
    );
    subs.forEach((s, si) => {
      // Every 4th agency scores 90–100 % of each cap (rated Tốt); the others vary.
      const tenth = ai % 4 === 0 ? 10 - ((si + seed) % 2) : (ai * 7 + si * 3 + seed) % 11;
      const self = Math.floor((s.capHundredths * tenth) / 10) / 100;
      // Every 5th agency had its first partial score lowered by the appraisers.
      const appraised = ai % 5 === 0 && si === 0 && self > 0 ? Math.floor(self * 50) / 100 : null;
      rows.push({
        agencyCode: a.code,
        subCode: s.code,
        self,
        evidence: `Văn bản ${s.code}`,
        appraised,
        reason: appraised === null ? '' : `Minh chứng ${s.code} chưa đủ`,
      });
    });
    const isLate = ai % 6 === 2;
    if (isLate) late.push(a.code);
    sources.push({
      agencyCode: a.code,
      agencyName: a.name,
      groupId: a.group,
      fileName: `${a.code}.xlsx`,
      sha256: a.code.toLowerCase(),
      receivedAt: `${year}-11-${isLate ? 25 : 15}T02:00:00.000Z`,
      late: isLate,
      problems: [],
    });
  });
  const state: ConsolidationState = {
    year,
    regimeId: regime.id,
    templateId: template.id,
    templateVersion: template.version,
    rows,
    sources,
    files: [],
    audit: [],
  };
  return { state, tables: rankingTables(state, template, regime), missing, late };
}

export async function writeConsolidation(file: string, built: Built): Promise<void> {
  const template = builtInTemplate(built.state.year, 1, regime);
  const { spec } = buildConsolidationWorkbook(built.state, template, regime, sampleRoster);
  writeFileSync(file, await writeWorkbook(spec));
}
