/**
 * Excel's documented limits that a sheet description must respect, in one place: the test over
 * every description the product makes and the Excel test double both use them.
 * Sources: MS-OI29500 (validation texts), Office.js reference (CustomProperty, header/footer),
 * Office.js troubleshooting (range addresses over 8,192 characters are silently truncated).
 */
import { quoteSheet, rangeAddress } from './a1';
import type { WorkbookSpec } from './spec';

export const EXCEL_LIMITS = {
  sheetName: 31,
  definedName: 255,
  validationTitle: 32,
  validationPrompt: 255,
  validationError: 225,
  customPropertyKey: 255,
  customPropertyValue: 255,
  headerFooter: 255,
  rangeAddress: 8192,
} as const;

/** Characters Excel refuses in a sheet name; it may not start or end with an apostrophe either. */
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

/** Why Excel would refuse this sheet name, or null when it is a valid one. */
export function sheetNameBreach(name: string): string | null {
  if (name.length === 0) return 'a sheet name is empty';
  if (name.length > EXCEL_LIMITS.sheetName)
    return `sheet name "${name}" is longer than ${EXCEL_LIMITS.sheetName} characters`;
  if (SHEET_NAME_FORBIDDEN.test(name)) return `sheet name "${name}" holds one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `sheet name "${name}" starts or ends with an apostrophe`;
  return null;
}

/** Why Excel would refuse (or cut) a text of `max` characters at most, or null. */
export function lengthBreach(what: string, text: string | undefined, max: number): string | null {
  return text !== undefined && text.length > max
    ? `${what} is ${text.length} characters long (at most ${max})`
    : null;
}

/** Every place where the description breaks one of Excel's limits, in words for a developer. */
export function excelLimitBreaches(spec: WorkbookSpec): string[] {
  const breaches: (string | null)[] = [];
  const address = (where: string, text: string): void => {
    breaches.push(lengthBreach(`the address of ${where}`, text, EXCEL_LIMITS.rangeAddress));
  };
  for (const sheet of spec.sheets) {
    breaches.push(sheetNameBreach(sheet.name));
    const at = (range: Parameters<typeof rangeAddress>[0]): string =>
      `${quoteSheet(sheet.name)}!${rangeAddress(range)}`;
    for (const v of sheet.validations) {
      const where = `the validation of ${at(v.range)}`;
      address(where, at(v.range));
      breaches.push(
        lengthBreach(`${where}: prompt title`, v.prompt.title, EXCEL_LIMITS.validationTitle),
        lengthBreach(`${where}: prompt`, v.prompt.message, EXCEL_LIMITS.validationPrompt),
        lengthBreach(`${where}: error title`, v.error.title, EXCEL_LIMITS.validationTitle),
        lengthBreach(`${where}: error message`, v.error.message, EXCEL_LIMITS.validationError),
      );
    }
    for (const m of sheet.merges) address('a merge', at(m));
    for (const cf of sheet.conditionalFormats) address('a conditional format', at(cf.range));
    if (sheet.print?.area) address('the print area', at(sheet.print.area));
    breaches.push(
      lengthBreach(`the footer of ${sheet.name}`, sheet.print?.footerCenter, EXCEL_LIMITS.headerFooter),
    );
  }
  for (const n of spec.names) {
    breaches.push(lengthBreach(`the name ${n.name.slice(0, 40)}`, n.name, EXCEL_LIMITS.definedName));
    address(`the name ${n.name}`, `${quoteSheet(n.sheet)}!${rangeAddress(n.range, true)}`);
  }
  for (const [key, value] of Object.entries(spec.properties)) {
    breaches.push(
      lengthBreach(`the document property key ${key.slice(0, 40)}`, key, EXCEL_LIMITS.customPropertyKey),
      lengthBreach(`the document property ${key.slice(0, 40)}`, value, EXCEL_LIMITS.customPropertyValue),
    );
  }
  return breaches.filter((b): b is string => b !== null);
}
