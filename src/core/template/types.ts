/**
 * One year's survey template: the sub-criteria (tiêu chí thành phần) of every criterion of every group.
 * The JSON file format (caps as decimals) is described in docs/template-format.md;
 * this is the loaded model, with caps in integer hundredths.
 */
import type { GroupId } from '../regime/types';
import type { Figure, LogicCheck, ScoringRule } from './figure-types';

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
  /** Format 2: how the points come about; absent means `manual` (a self-score), as in format 1. */
  rule?: ScoringRule;
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
  /** Format 2: the figures the form collects and the logic checks between them (absent in format 1). */
  figures?: Figure[];
  checks?: LogicCheck[];
}

export interface SurveyTemplate {
  /** Stable id of the template, e.g. `thanh-hoa-cntt-2026`. */
  id: string;
  regimeId: string;
  year: number;
  /** Integer version, raised each time the Sở re-issues the template within a year. */
  version: number;
  /** File format: 1 (self-scores only) unless the file says 2 (figures, rules, checks). */
  formatVersion?: 1 | 2;
  /** ISO dates. */
  dataAsOf: string;
  returnBy: string;
  groups: GroupTemplate[];
}
