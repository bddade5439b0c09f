/**
 * The consolidation workbook as one renderer-neutral description: Bảng 1, Bảng 2, the data sheet,
 * the register, the audit log and a very hidden metadata sheet that marks it as a consolidation
 * (so it is never mistaken for a returned form) and lets a later merge read it back.
 */
import type { Regime } from '../../regime/types';
import type { Agency } from '../../roster/types';
import type { SurveyTemplate } from '../../template/types';
import { templateToJson } from '../../template/load';
import {
  chunkRecord,
  FORMAT_VERSION,
  META_KEYS,
  META_SHEET,
  META_STYLE,
  metadataCells,
  metadataProperties,
  metaStyle,
  PRODUCT,
} from '../../sheet/metadata';
import type { NameSpec, WorkbookSpec } from '../../sheet/spec';
import { CONSOLIDATION_KIND, KIND_KEY } from '../form-metadata';
import { buildRegister, type RegisterRow } from '../register';
import type { ConsolidationState } from '../state';
import { isSheetOnlyRosterKey, rosterMetadata, type RosterOrigin } from '../stored-roster';
import { rankingTables, type RankingTable } from '../tables';
import { buildAuditSheet } from './audit-sheet';
import { buildDataSheet } from './data-sheet';
import { buildRegisterSheet } from './register-sheet';
import {
  AUDIT_COLUMNS,
  AUDIT_NAME,
  AUDIT_SHEET,
  DATA_COLUMNS,
  DATA_NAME,
  DATA_SHEET,
  HEADER_ROW,
  REGISTER_COLUMNS,
  REGISTER_NAME,
  REGISTER_SHEET,
  TABLE_HEADER_ROW,
  tableName as rankingTableName,
} from './layout';
import { buildRankingSheet, tableColumns, tableSheetName } from './ranking-sheet';
import { consolidationStyles } from './styles';

export interface ConsolidationWorkbook {
  spec: WorkbookSpec;
  tables: RankingTable[];
  /** The register the sheet shows, for the report (built once). */
  register: RegisterRow[];
}

function consolidationMeta(
  state: ConsolidationState,
  template: SurveyTemplate,
  roster: readonly Agency[],
  origin: RosterOrigin,
): Record<string, string> {
  return {
    [META_KEYS.product]: PRODUCT,
    [META_KEYS.formatVersion]: FORMAT_VERSION,
    [KIND_KEY]: CONSOLIDATION_KIND,
    [META_KEYS.regimeId]: state.regimeId,
    [META_KEYS.templateId]: state.templateId,
    [META_KEYS.year]: String(state.year),
    [META_KEYS.templateVersion]: String(state.templateVersion),
    ...chunkRecord(META_KEYS.templateJson, JSON.stringify(templateToJson(template))),
    // The roster in effect, so a later merge or re-sort lists the same agencies as missing.
    ...rosterMetadata({ origin, agencies: [...roster] }),
  };
}

function tableName(name: string, sheet: string, lastCol: number, lastRow: number): NameSpec {
  return { name, sheet, range: { row: HEADER_ROW, col: 1, lastRow: Math.max(lastRow, HEADER_ROW), lastCol } };
}

/** `rosterOrigin` labels the roster stored in the metadata (where it came from); the built-in sample when not given. */
export function buildConsolidationWorkbook(
  state: ConsolidationState,
  template: SurveyTemplate,
  regime: Regime,
  roster: readonly Agency[],
  rosterOrigin: RosterOrigin = { kind: 'builtin' },
): ConsolidationWorkbook {
  const tables = rankingTables(state, template, regime);
  const data = buildDataSheet(state, template, regime);
  const registerRows = buildRegister(state, roster, regime);
  const register = buildRegisterSheet(registerRows, regime, state.year);
  const audit = buildAuditSheet(state.audit, state.year);
  const tableNames: NameSpec[] = [];
  const rankingSheets = tables.flatMap((t) => {
    const group = regime.groups.find((g) => g.id === t.groupId);
    if (!group) return [];
    const ranked = new Set(t.rows.map((r) => r.code));
    const unranked = roster.filter((a) => a.group === group.id && !ranked.has(a.code)).map((a) => a.name);
    const sheet = buildRankingSheet(t, group, regime, data.lastRow, unranked);
    const cols = tableColumns(t.criteria.length);
    tableNames.push({
      name: rankingTableName(t.tableNumber),
      sheet: sheet.name,
      range: { row: TABLE_HEADER_ROW, col: 1, lastRow: TABLE_HEADER_ROW + t.rows.length, lastCol: cols.code },
    });
    return [sheet];
  });
  const meta = consolidationMeta(state, template, roster, rosterOrigin);
  // Large values (template and roster JSON, a file name) stay in the sheet: Office caps a text property at 255 characters.
  const properties = metadataProperties(meta, isSheetOnlyRosterKey);
  const spec: WorkbookSpec = {
    sheets: [
      ...rankingSheets,
      data.sheet,
      register.sheet,
      audit.sheet,
      {
        name: META_SHEET,
        visibility: 'veryHidden',
        columns: [
          { col: 1, width: 20 },
          { col: 2, width: 60 },
        ],
        rows: [],
        cells: metadataCells(meta),
        merges: [],
        validations: [],
        conditionalFormats: [],
        protection: { password: '' },
      },
    ],
    names: [
      tableName(DATA_NAME, DATA_SHEET, Object.keys(DATA_COLUMNS).length, data.lastRow),
      tableName(REGISTER_NAME, REGISTER_SHEET, Object.keys(REGISTER_COLUMNS).length, register.lastRow),
      tableName(AUDIT_NAME, AUDIT_SHEET, Object.keys(AUDIT_COLUMNS).length, audit.lastRow),
      ...tableNames,
    ],
    styles: { ...consolidationStyles, [META_STYLE]: metaStyle },
    properties,
    activeSheet: rankingSheets[0]?.name ?? DATA_SHEET,
  };
  return { spec, tables, register: registerRows };
}

export { tableSheetName };
