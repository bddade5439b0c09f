/** The one line the pane uses to name a survey already in the workbook (replace dialog, live check, Tổng hợp tab). */
import { builtInRegime } from '../../src/core/regime/load';
import type { SurveyInfo } from '../../src/office/survey-workbook';
import { describeSurvey } from '../../src/taskpane/survey/describe-survey';

const info = (meta: Record<string, string>, groupId: string): SurveyInfo => ({
  meta,
  template: null,
  groupId,
  layout: null,
  problems: [],
});
const agencies = [{ code: 'SO-TC', name: 'Sở Tài chính' }];

describe('describeSurvey', () => {
  it('names the year, the group by the regime’s name and the agency by its roster name', () => {
    expect(describeSurvey(info({ year: '2026', agencyCode: 'SO-TC' }, 'so'), builtInRegime, agencies)).toBe(
      'năm 2026, nhóm Sở, ban, ngành cấp tỉnh, Sở Tài chính (SO-TC)',
    );
  });

  it('falls back to the code for an agency off the roster, and says when no code is written', () => {
    expect(describeSurvey(info({ agencyCode: 'X-1' }, 'xa'), builtInRegime, agencies)).toBe('mã đơn vị X-1');
    expect(describeSurvey(info({}, 'huyen'), builtInRegime, [])).toBe(
      'nhóm UBND các huyện, thị xã, thành phố, chưa ghi mã đơn vị',
    );
  });
});
