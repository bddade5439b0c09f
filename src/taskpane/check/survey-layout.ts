import type { SurveyInfo } from '../../office/survey-workbook';

/** Where the form's cells are; taken from the adapter's contract so the pane never guesses positions. */
export type SurveyLayout = NonNullable<SurveyInfo['layout']>;
