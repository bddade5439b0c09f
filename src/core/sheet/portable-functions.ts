/**
 * Functions that both Excel 2010 and LibreOffice Calc evaluate the same way. Every formula a
 * WorkbookSpec carries must use only these (checked by tests), so a form works in either program.
 */
export const PORTABLE_FUNCTIONS: readonly string[] = [
  'ABS',
  'AND',
  'AVERAGE',
  'CHOOSE',
  'COUNT',
  'COUNTA',
  'COUNTBLANK',
  'COUNTIF',
  'COUNTIFS',
  'IF',
  'IFERROR',
  'INDEX',
  'INT',
  'ISBLANK',
  'ISERROR',
  'ISLOGICAL',
  'ISNUMBER',
  'ISTEXT',
  'LEFT',
  'LEN',
  'MATCH',
  'MAX',
  'MIN',
  'MID',
  'NOT',
  'OR',
  'RANK',
  'RIGHT',
  'ROUND',
  'ROUNDDOWN',
  'ROUNDUP',
  'SUM',
  'SUMIF',
  'SUMIFS',
  'SUMPRODUCT',
  'TEXT',
  'TRIM',
  'VALUE',
  'VLOOKUP',
];

/** Upper-cased names of the functions a formula calls (string literals skipped). */
export function functionsIn(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const found = new Set<string>();
  for (const m of withoutStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    found.add((m[1] ?? '').toUpperCase());
  }
  return [...found];
}

/** Functions of the formula outside the portable set; empty when the formula is portable. */
export function nonPortableFunctions(formula: string): string[] {
  return functionsIn(formula).filter((f) => !PORTABLE_FUNCTIONS.includes(f));
}
