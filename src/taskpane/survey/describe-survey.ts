import type { SurveyInfo } from '../../office/survey-workbook';

/** One line naming a survey found in the workbook, from its metadata: year, group, agency. */
export function describeSurvey(
  info: SurveyInfo,
  groupName: (id: string) => string | undefined,
  agencyName: (code: string) => string | undefined = () => undefined,
): string {
  const parts: string[] = [];
  const year = info.template?.year ?? info.meta['year'];
  if (year) parts.push(`năm ${year}`);
  const group = groupName(info.groupId);
  if (group) parts.push(`nhóm ${group}`);
  const agency = info.meta['agencyCode'];
  const name = agency ? agencyName(agency) : undefined;
  parts.push(agency ? (name ? `${name} (${agency})` : `mã đơn vị ${agency}`) : 'chưa ghi mã đơn vị');
  return parts.join(', ');
}
