/** The name a standalone survey file is offered under (src/core/sheet/survey/file-name.ts): ASCII, readable. */
import { surveyFileName } from '../../../src/core/sheet/survey/file-name';
import { builtInTemplate } from '../../../src/core/template/load';
import type { SurveyTemplate } from '../../../src/core/template/types';
import { agencyOf } from '../../support/sheet/fixtures';

let template: SurveyTemplate;
beforeEach(() => {
  template = { ...builtInTemplate(2026, 1), year: 2027, version: 3 };
});
const agencyCoded = (code: string) => ({ ...agencyOf('huyen'), code });

describe('surveyFileName', () => {
  it('says group, year and template version', () => {
    expect(surveyFileName({ template, groupId: 'so' })).toBe('phieu-khao-sat-so-2027-v3.xlsx');
  });

  it('ends with the agency code in lower case, its dashes kept, when the form is prefilled for one', () => {
    expect(surveyFileName({ template, groupId: 'huyen', agency: agencyCoded('H-BA-THUOC') })).toBe(
      'phieu-khao-sat-huyen-2027-v3-h-ba-thuoc.xlsx',
    );
  });

  it('turns each run of other characters into one dash and trims dashes at both ends', () => {
    expect(surveyFileName({ template, groupId: ' So ', agency: agencyCoded('__H  Bá / Thước!!') })).toBe(
      'phieu-khao-sat-so-2027-v3-h-b-th-c.xlsx',
    );
  });

  it('leaves out a part with no ASCII letter or digit, never leaving a double or trailing dash', () => {
    expect(surveyFileName({ template, groupId: 'so', agency: agencyCoded('Đ') })).toBe(
      'phieu-khao-sat-so-2027-v3.xlsx',
    );
  });
});
