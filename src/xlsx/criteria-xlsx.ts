/** A template written as a criteria workbook (.xlsx) with the ExcelJS writer; blank without a template. */
import { buildCriteriaWorkbook } from '../core/criteria/build';
import type { Regime } from '../core/regime/types';
import type { SurveyTemplate } from '../core/template/types';
import { writeWorkbook } from './write-workbook';

export async function criteriaWorkbookXlsx(regime: Regime, template?: SurveyTemplate): Promise<Uint8Array> {
  return writeWorkbook(buildCriteriaWorkbook({ regime, ...(template ? { template } : {}) }));
}
