/** What a returned form is checked against. */
import type { Regime } from '../regime/types';
import type { Agency } from '../roster/types';
import type { SurveyTemplate } from '../template/types';

export interface CheckContext {
  /** The year being consolidated; forms of another year are rejected. */
  year: number;
  regime: Regime;
  /** Templates in effect for that year (usually one), each at its current version. */
  templates: SurveyTemplate[];
  roster: Agency[];
}
