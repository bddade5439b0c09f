/** The criteria workbook as an .xlsx file: written by ExcelJS, read by the fast reader, nothing lost. */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { SUBS_SHEET } from '../../src/core/criteria/layout';
import { builtInRegime } from '../../src/core/regime/load';
import { templateToJson } from '../../src/core/template/load';
import type { SurveyTemplate } from '../../src/core/template/types';
import { readCriteriaFile } from '../../src/xlsx/criteria-file';
import { criteriaWorkbookXlsx } from '../../src/xlsx/criteria-xlsx';
import { randomTemplate } from '../support/random-template';
import { shippedTemplates } from '../support/shipped-templates';

const regime = builtInRegime;

async function viaXlsx(t: SurveyTemplate): Promise<SurveyTemplate> {
  const r = readCriteriaFile(await criteriaWorkbookXlsx(regime, t), 'bo-tieu-chi.xlsx', regime);
  if (!r.ok)
    throw new Error('fileProblem' in r ? r.fileProblem : r.problems.map((p) => p.message).join('\n'));
  return r.template;
}

describe('criteria workbook .xlsx', () => {
  it.each(shippedTemplates())('%s: JSON → .xlsx → JSON is lossless', async (_name, t) => {
    expect(templateToJson(await viaXlsx(t))).toEqual(templateToJson(t));
  });

  it('random valid templates survive the file', async () => {
    await fc.assert(
      fc.asyncProperty(randomTemplate, async (t) => {
        expect(templateToJson(await viaXlsx(t))).toEqual(templateToJson(t));
      }),
      { numRuns: 8 },
    );
  });

  it('codes stay text (2.10 is not 2.1) and the sheets carry drop-downs and the cap check', async () => {
    const t = shippedTemplates()[0]?.[1];
    if (!t) throw new Error('no template');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await criteriaWorkbookXlsx(regime, t)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SUBS_SHEET);
    expect(ws?.getCell('C3').numFmt).toBe('@');
    expect(ws?.getCell('F3').dataValidation.type).toBe('list');
    expect(String(ws?.getCell('S3').formula)).toContain('Chưa đủ');
    // The group drop-down lists the names on the reference sheet: a name holds commas a listed rule would split.
    const group = ws?.getCell('A3');
    expect(group?.value).toBe(regime.groups[0]?.name);
    expect(group?.dataValidation.formulae).toEqual(["'Quy định'!$G$3:$G$4"]);
    expect(wb.getWorksheet('Quy định')?.getCell('G4').value).toBe(regime.groups[1]?.name);
  });

  it('a file that is not a workbook is refused by name', () => {
    const r = readCriteriaFile(new TextEncoder().encode('id,year\n'), 'bo-tieu-chi.xlsx', regime);
    expect(r.ok).toBe(false);
    expect(!r.ok && 'fileProblem' in r && r.fileProblem).toContain('bo-tieu-chi.xlsx');
  });
});
