import type { SurveyInfo } from '../../office/survey-workbook';
import type { Regime } from '../../core/regime/types';
import type { Agency } from '../../core/roster/types';

/**
 * One line naming a survey found in the workbook, from its metadata: year, group (by the regime's name) and
 * agency (by its name in `agencies`, else its code).
 */
export function describeSurvey(
  info: SurveyInfo,
  regime: Pick<Regime, 'groups'>,
  agencies: readonly Pick<Agency, 'code' | 'name'>[],
): string {
  const parts: string[] = [];
  const year = info.template?.year ?? info.meta['year'];
  if (year) parts.push(`năm ${year}`);
  const group = regime.groups.find((g) => g.id === info.groupId)?.name;
  if (group) parts.push(`nhóm ${group}`);
  const agency = info.meta['agencyCode'];
  const name = agency ? agencies.find((a) => a.code === agency)?.name : undefined;
  parts.push(agency ? (name ? `${name} (${agency})` : `mã đơn vị ${agency}`) : 'chưa ghi mã đơn vị');
  return parts.join(', ');
}
