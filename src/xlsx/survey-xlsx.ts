/**
 * A survey workbook written as a standalone .xlsx with the ExcelJS writer: what `template --out` saves and
 * what the task pane downloads, from the same call. The pane reaches this module only through import()
 * (src/taskpane/survey/survey-download.ts), so ExcelJS stays out of its first load; lint bars any other way.
 */
import { buildSurveyWorkbook, type SurveyWorkbookOptions } from '../core/sheet/survey/build';
import type { SurveyLayout } from '../core/sheet/survey/layout';
import { writeWorkbook } from './write-workbook';

export async function surveyToXlsx(
  opts: SurveyWorkbookOptions,
): Promise<{ bytes: Uint8Array; layout: SurveyLayout }> {
  const { spec, layout } = buildSurveyWorkbook(opts);
  return { bytes: await writeWorkbook(spec), layout };
}
