/**
 * A fast path for the worksheet markup the reader never reads: whole conditional formats and data
 * validations (about half of a survey form's sheet, its prompts long Vietnamese attribute values),
 * checked in one native regex step instead of a dozen scanner tokens each. Only the forms Excel and
 * ExcelJS write match, with their attributes in their own fixed order (so none twice); anything
 * else (prefixes, single quotes, spacing, comments, CDATA, raw `>` in text, other references, other
 * attributes or children) does not, and the general path reads it, checks and refusals included.
 */
import type { XmlScanner } from './xml-scanner';

/** An attribute value: no `<`, references only the predefined ones and tab, line feed, carriage return. */
const V = '"[^"<&]*(?:&(?:lt|gt|amp|quot|apos|#(?:9|10|13|x9|xA|xa|xD|xd));[^"<&]*)*"';
/** Element text: no `<` or `>` (so no `]]>`), references only the predefined ones. */
const T = '[^<>&]*(?:&(?:lt|gt|amp|quot|apos);[^<>&]*)*';
const attrs = (...names: string[]): string => names.map((n) => `(?: ${n}=${V})?`).join('');

const CF_RULE = `<cfRule type=${V}(?: dxfId=${V})? priority=${V}(?: stopIfTrue=${V})?(?: operator=${V})?(?: text=${V})?>(?:<formula>${T}</formula>){1,3}</cfRule>`;
const CONDITIONAL_FORMAT = `<conditionalFormatting sqref=${V}>(?:${CF_RULE})+</conditionalFormatting>`;
const VALIDATION_BODY = `(?:/>|>(?:<formula1>${T}</formula1>)?(?:<formula2>${T}</formula2>)?</dataValidation>)`;
// Excel writes the schema's order; ExcelJS (the project's writer) its own.
const EXCEL_VALIDATION = `<dataValidation${attrs('type', 'errorStyle', 'imeMode', 'operator', 'allowBlank', 'showDropDown', 'showInputMessage', 'showErrorMessage', 'errorTitle', 'error', 'promptTitle', 'prompt')} sqref=${V}${VALIDATION_BODY}`;
const EXCELJS_VALIDATION = `<dataValidation${attrs('type', 'operator', 'allowBlank', 'showInputMessage', 'promptTitle', 'prompt', 'showErrorMessage', 'errorStyle', 'errorTitle', 'error')} sqref=${V}${VALIDATION_BODY}`;

const UNREAD = new RegExp(`${CONDITIONAL_FORMAT}|${EXCEL_VALIDATION}|${EXCELJS_VALIDATION}`, 'y');

/**
 * Passes over one whole conditional format or data validation at the scanner's position, as if read
 * to its close, and returns true; or returns false with nothing consumed.
 */
export function skipUnreadMarkup(xml: XmlScanner): boolean {
  const m = xml.peek(UNREAD);
  if (m === null) return false;
  xml.consumeElement(
    UNREAD.lastIndex,
    m[0].charCodeAt(1) === 99 ? 'conditionalFormatting' : 'dataValidation',
  );
  return true;
}
