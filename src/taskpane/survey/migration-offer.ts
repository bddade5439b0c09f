/**
 * A filled form of an older version of the same template (a re-issued template): the plan to move its
 * entries into the new version's form, or null when the survey in the workbook is not such a form.
 */
import type { SurveyLayout } from '../../core/sheet/survey/layout';
import type { MigrationPlan } from '../../core/template/migration';
import type { SurveyTemplate } from '../../core/template/types';
import type { SurveyInfo } from '../../office/survey-workbook';
import type { Services } from '../services';

export interface BuiltSurvey {
  spec: ReturnType<Services['buildSurveyWorkbook']>['spec'];
  layout: SurveyLayout;
  template: SurveyTemplate;
  groupId: string;
}

export interface MigrationOffer {
  fromVersion: number;
  toVersion: number;
  plan: MigrationPlan;
}

export async function migrationOffer(
  services: Pick<Services, 'readInputs' | 'planMigration' | 'groupTemplate'>,
  existing: SurveyInfo,
  built: BuiltSurvey,
): Promise<MigrationOffer | null> {
  const old = existing.template;
  if (!old || !existing.layout || old.id !== built.template.id || old.version >= built.template.version)
    return null;
  if (existing.groupId !== built.groupId) return null;
  const oldGroup = services.groupTemplate(old, existing.groupId);
  const newGroup = services.groupTemplate(built.template, built.groupId);
  if (!oldGroup || !newGroup) return null;
  const reading = await services.readInputs(existing.layout);
  const plan = services.planMigration(oldGroup, newGroup, reading.inputs, reading.figures, reading);
  return { fromVersion: old.version, toVersion: built.template.version, plan };
}
