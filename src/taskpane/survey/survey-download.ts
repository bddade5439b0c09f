/**
 * The task pane's one way to the ExcelJS writer: the standalone survey file, fetched with import() on the first
 * download only, so the pane's first load stays small (eslint.config.mjs allows this dynamic import alone).
 */
import type { SurveyWorkbookOptions } from '../../core/sheet/survey/build';
import { surveyFileName } from '../../core/sheet/survey/file-name';
import { downloadBytes } from '../app/download-bytes';

/** Writes the survey as `template --out` does and hands it to the browser; returns the file name offered. */
export async function downloadSurveyFile(opts: SurveyWorkbookOptions): Promise<string> {
  const { surveyToXlsx } = await import(/* webpackChunkName: "survey-xlsx" */ '../../xlsx/survey-xlsx');
  const { bytes } = await surveyToXlsx(opts);
  const fileName = surveyFileName(opts);
  downloadBytes(bytes, fileName);
  return fileName;
}
