/**
 * One year's survey template: the sub-criteria (tiêu chí thành phần) of every criterion of every group.
 * The JSON file format (caps as decimals) is described in docs/template-format.md;
 * this is the loaded model, with caps in integer hundredths.
 */
import type { GroupId } from '../regime/types';

export interface SubCriterion {
  /** `<criterion>.<n>`, e.g. `2.3`. */
  code: string;
  criterionNumber: number;
  /** 1-based index inside the criterion. */
  index: number;
  title: string;
  capHundredths: number;
  guidance?: string;
  evidenceRequired: boolean;
}

export interface CriterionTemplate {
  number: number;
  /** Title from the regime. */
  title: string;
  capHundredths: number;
  subCriteria: SubCriterion[];
}

export interface GroupTemplate {
  groupId: GroupId;
  /** Group name from the regime. */
  groupName: string;
  criteria: CriterionTemplate[];
}

export interface SurveyTemplate {
  /** Stable id of the template, e.g. `thanh-hoa-cntt-2026`. */
  id: string;
  regimeId: string;
  year: number;
  /** Integer version, raised each time the Sở re-issues the template within a year. */
  version: number;
  /** ISO dates. */
  dataAsOf: string;
  returnBy: string;
  groups: GroupTemplate[];
}
