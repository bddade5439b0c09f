/**
 * What the appraisers' page needs from the core and the reader, in the shape the pane's hooks take
 * (they were written against the pane's lazy services). No Office.js here: the page runs in any browser.
 */
export { builtInRegime } from '../core/regime/load';
export { builtInTemplates, defaultTemplate, parseTemplate } from '../core/template/load';
export { sampleRoster } from '../core/roster/roster';
export { rosterGroupCounts } from '../core/roster/roster-table';
export { loadRosterFile } from '../xlsx/roster-file';
export { checkReturnedFiles } from '../taskpane/consolidation/check-returned-files';
export { readConsolidationFile, previousMismatch } from '../xlsx/consolidation-file';
