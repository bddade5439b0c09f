/**
 * A workbook name as Excel's NamedItem.formula gives it (`='Dữ liệu'!$A$4:$L$120`, `=#REF!$A$4`)
 * turned into the reader's ReadName, so the core reads the open workbook like a returned file.
 */
import type { ReadName } from '../core/returned/types';

const REFERENCE = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

export function readNameFromFormula(name: string, formula: string): ReadName {
  const m = REFERENCE.exec(formula.trim());
  const sheet = m ? (m[1]?.replace(/''/g, "'") ?? m[2] ?? '') : '';
  // `=#REF!$A$4` parses as a sheet called "#REF": the name points nowhere usable.
  if (!m || sheet === '' || sheet.startsWith('#REF')) return { name, sheet: null, address: null, raw: formula };
  const first = `${(m[3] ?? '').toUpperCase()}${m[4] ?? ''}`;
  const address = m[5] !== undefined && m[6] !== undefined ? `${first}:${m[5].toUpperCase()}${m[6]}` : first;
  return { name, sheet, address, raw: formula };
}
