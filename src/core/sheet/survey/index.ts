export { buildSurveyWorkbook, SurveyOptionsError, type SurveyWorkbookOptions } from './build';
export { FORM_SHEET, GUIDE_SHEET, COL, type SurveyLayout, type SurveyRowLayout } from './layout';
export { STATUS, type StatusWord } from './status';
export { COLOURS } from './styles';
