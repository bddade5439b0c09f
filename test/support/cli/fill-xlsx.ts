/** Writes survey files with the project's writer and fills them through their defined names with ExcelJS, as another program would. */
import ExcelJS from 'exceljs';
import { writeFileSync, utimesSync } from 'node:fs';
import { builtInRegime } from '../../../src/core/regime/load';
import type { Agency } from '../../../src/core/roster/types';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import type { SurveyTemplate } from '../../../src/core/template/types';
import { writeWorkbook } from '../../../src/xlsx/write-workbook';

export async function writeFilledForm(
  file: string,
  template: SurveyTemplate,
  agency: Agency,
  values: Record<string, ExcelJS.CellValue>,
  receivedAt: Date,
): Promise<void> {
  const { spec } = buildSurveyWorkbook({ regime: builtInRegime, template, groupId: agency.group });
  const bytes = await writeWorkbook(spec);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const [name, value] of Object.entries({
    MA_DON_VI: agency.code,
    TEN_DON_VI: agency.name,
    ...values,
  })) {
    const ranges = (wb.definedNames as unknown as { getRanges(n: string): { ranges: string[] } }).getRanges(
      name,
    ).ranges;
    const ref = ranges[0];
    if (!ref) throw new Error(`no name ${name}`);
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (!m) throw new Error(ref);
    const ws = wb.getWorksheet(m[1] ?? '');
    if (!ws) throw new Error(`no sheet ${m[1]}`);
    ws.getCell(`${m[2]}${m[3]}`).value = value;
  }
  // Drop cached results, like a script that fills a form without recalculating it.
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      }),
    ),
  );
  const out = await wb.xlsx.writeBuffer();
  writeFileSync(file, new Uint8Array(out as ArrayBuffer));
  utimesSync(file, receivedAt, receivedAt);
}
