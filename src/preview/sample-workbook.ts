/**
 * `?mau=1` opens the preview on a workbook that already holds a filled survey, as when an
 * agency re-opens its returned file: criterion 1 at full marks and one pasted over-cap score.
 */
import type { ExcelDouble } from '../excel-double';
import { builtInRegime } from '../core/regime/load';
import { sampleRoster } from '../core/roster/roster';
import { scoreName } from '../core/sheet/names';
import { buildSurveyWorkbook } from '../core/sheet/survey/build';
import { builtInTemplate } from '../core/template/load';
import { insertSurvey } from '../office/survey-workbook';

export async function insertSampleSurvey(double: ExcelDouble, year: number): Promise<void> {
  // A form filled from version 1 (self-scored), as returned before the template was re-issued.
  const template = builtInTemplate(year, 1, builtInRegime);
  const group = template.groups.find((g) => g.groupId === 'so');
  const agency = sampleRoster.find((a) => a.group === 'so');
  if (!group || !agency) throw new Error('Mẫu mặc định thiếu nhóm sở, ban, ngành.');
  const { spec, layout } = buildSurveyWorkbook({ regime: builtInRegime, template, groupId: 'so', agency });
  await insertSurvey(spec, 'create');
  const names = new Map(double.names().map((n) => [n.name, n]));
  const [first, second] = group.criteria;
  for (const sub of first?.subCriteria ?? []) {
    const target = names.get(scoreName(sub.code));
    if (target) double.user.paste(target.sheet, target.address, [[sub.capHundredths / 100]]);
  }
  const over = second?.subCriteria[0];
  const overTarget = over && names.get(scoreName(over.code));
  if (over && overTarget)
    double.user.paste(overTarget.sheet, overTarget.address, [[(over.capHundredths + 100) / 100]]);
  double.model.activeSheetId = double.sheet(layout.formSheet).id;
}
