/**
 * Everything the pane needs beyond React and Fluent UI: the Office.js adapter and the core
 * (template loading with its JSON schema, the survey sheet builder, scoring, the returned-workbook
 * reader and the consolidation checks). Loaded with a
 * dynamic import so the first paint stays within the initial bundle budget.
 */
export { detectCapabilities } from '../office/capabilities';
export { findSurvey, insertSurvey, readInputs, selectCell, watchInputs } from '../office/survey-workbook';
export { builtInRegime, findGroup } from '../core/regime/load';
export { builtInTemplates, defaultTemplate, groupTemplate, parseTemplate } from '../core/template/load';
export { sampleRoster } from '../core/roster/roster';
export { rosterGroupCounts } from '../core/roster/roster-table';
// CSV rosters are read here (papaparse); an .xlsx roster fetches its ExcelJS chunk only when chosen.
export { loadRosterFile } from '../xlsx/roster-file';
export { scoreForm } from '../core/scoring/score';
export { buildSurveyWorkbook } from '../core/sheet/survey/build';
export { findConsolidation, mergeIntoWorkbook } from '../office/consolidation-workbook';
export { checkReturnedFiles } from './consolidation/check-returned-files';
export { buildCriteriaWorkbook } from '../core/criteria/build';
export { parseCriteriaWorkbook } from '../core/criteria/parse';
export { insertCriteriaWorkbook, readCriteriaGrid, watchCriteria } from '../office/criteria-workbook';
export { readCriteriaFile } from '../xlsx/criteria-file';
export { planMigration } from '../core/template/migration';
export { withMigratedEntries } from '../core/sheet/survey/migrated-entries';
