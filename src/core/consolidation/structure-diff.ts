/**
 * Says where an edited form differs from the form the template describes, so the rejection message
 * can name the sheet and cell: a renamed sheet, a defined name that moved (inserted or deleted
 * rows), a formula, cap or title that changed.
 */
import type { StructureChange } from '../problems/params';
import type { Regime } from '../regime/types';
import type { ReturnedWorkbook } from '../returned/types';
import type { SurveyTemplate } from '../template/types';
import { cellAddress, rangeAddress } from '../sheet/a1';
import { normalizeFormula } from '../sheet/fingerprint';
import { isInputName } from '../sheet/names';
import type { CellValue } from '../sheet/spec';
import { buildFormSheet } from '../sheet/survey/form-sheet';

/** A difference, as data; messages.ts words it (structureChangeText). */
export type StructureDifference = StructureChange;

function canonicalValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return String(v);
}

function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function describeStructureChange(
  wb: ReturnedWorkbook,
  formSheet: string,
  regime: Regime,
  template: SurveyTemplate,
  groupId: string,
): StructureDifference[] {
  const regimeGroup = regime.groups.find((g) => g.id === groupId);
  const group = template.groups.find((g) => g.groupId === groupId);
  if (!regimeGroup || !group) return [];
  // The form sheet alone, as issued: no other sheet, no metadata, no fingerprint.
  const { sheet, names, layout } = buildFormSheet({ regime, template, regimeGroup, group });
  const diffs: StructureDifference[] = [];
  if (formSheet !== layout.formSheet)
    diffs.push({ change: 'sheet-renamed', expected: layout.formSheet, found: formSheet });

  const actualNames = new Map(wb.names.map((n) => [n.name.trim().toUpperCase(), n]));
  // Every name of the form sheet is a contract name on that sheet (test/core/sheet/form-layout.test.ts).
  for (const n of names) {
    const expected = rangeAddress(n.range);
    const actual = actualNames.get(n.name.toUpperCase());
    if (actual?.address && actual.address.replace(/\$/g, '').toUpperCase() !== expected) {
      diffs.push({ change: 'name-moved', name: n.name, cell: actual.address, expected });
    }
  }
  if (diffs.length > 0) return diffs;

  const inputs = new Set(
    wb.names.flatMap((n) =>
      isInputName(n.name) && n.sheet === formSheet && n.address
        ? [n.address.replace(/\$/g, '').toUpperCase()]
        : [],
    ),
  );
  const cells = wb.cells[formSheet] ?? {};
  const seen = new Set<string>();
  for (const c of sheet.cells) {
    const address = cellAddress(c.row, c.col);
    seen.add(address);
    if (inputs.has(address)) continue;
    const actual = cells[address];
    if (c.formula !== undefined) {
      const want = normalizeFormula(c.formula);
      const got = actual?.formula !== undefined ? normalizeFormula(actual.formula) : '';
      if (want !== got)
        diffs.push(
          got === ''
            ? { change: 'formula-lost', cell: address }
            : { change: 'formula-edited', cell: address, formula: shown(actual?.formula ?? '') },
        );
    } else {
      const want = canonicalValue(c.value);
      const got = actual?.formula !== undefined ? `=${actual.formula}` : canonicalValue(actual?.value);
      if (want !== got)
        diffs.push({ change: 'value-edited', cell: address, found: shown(got), expected: shown(want) });
    }
  }
  for (const [address, cell] of Object.entries(cells)) {
    if (seen.has(address) || inputs.has(address)) continue;
    if (cell.formula === undefined && canonicalValue(cell.value) === '') continue;
    diffs.push({ change: 'cell-extra', cell: address });
  }
  return diffs;
}
