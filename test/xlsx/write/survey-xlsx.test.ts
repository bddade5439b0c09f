/**
 * The standalone survey file the pane downloads and `template --out` writes (src/xlsx/survey-xlsx.ts): read back
 * with the project's reader it is the survey of that year and group, stating and keeping the description's
 * fingerprint, so the merge accepts it like any form.
 */
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import { surveyFileName } from '../../../src/core/sheet/survey/file-name';
import { builtInTemplates } from '../../../src/core/template/load';
import { surveyToXlsx } from '../../../src/xlsx/survey-xlsx';
import { agencyOf, regime } from '../../support/sheet/fixtures';
import { specFingerprint, surveyFileIdentity } from '../../support/xlsx/survey-file';

const [newest] = builtInTemplates(2026, regime);
if (!newest) throw new Error('no built-in template for 2026');

describe.each([
  ['so', undefined],
  ['huyen', agencyOf('huyen')],
] as const)('the standalone survey file of group %s', (groupId, agency) => {
  const opts = { regime, template: newest, groupId, ...(agency ? { agency } : {}) };

  it('is the survey of that year, group, template version and agency, with the description’s fingerprint', async () => {
    const { bytes, layout } = await surveyToXlsx(opts);
    const { spec } = buildSurveyWorkbook(opts);
    const read = surveyFileIdentity(bytes, surveyFileName(opts), layout);
    expect(read).toEqual({
      year: String(newest.year),
      group: groupId,
      templateId: newest.id,
      templateVersion: String(newest.version),
      agencyCode: agency?.code ?? '',
      fingerprint: specFingerprint(spec),
      recomputed: specFingerprint(spec),
    });
  });
});

describe('the name a standalone survey file is offered under', () => {
  it('says group, year and version, and the agency when the form is prefilled for one, in ASCII', () => {
    const template = { ...newest, year: 2027, version: 3 };
    expect(surveyFileName({ template, groupId: 'so' })).toBe('phieu-khao-sat-so-2027-v3.xlsx');
    const agency = { ...agencyOf('huyen'), code: 'H-BA-THUOC' };
    expect(surveyFileName({ template, groupId: 'huyen', agency })).toBe(
      'phieu-khao-sat-huyen-2027-v3-h-ba-thuoc.xlsx',
    );
  });
});
