/**
 * Says where an edited form differs from the form the template describes, so the rejection message
 * can name the sheet and cell: a renamed sheet, a defined name that moved (inserted or deleted
 * rows), a formula, cap or title that changed.
 */
import type { Regime } from '../regime/types';
import type { ReturnedWorkbook } from '../returned/types';
import type { SurveyTemplate } from '../template/types';
import { cellAddress, rangeAddress } from '../sheet/a1';
import { normalizeFormula } from '../sheet/fingerprint';
import { isContractName, isInputName } from '../sheet/names';
import type { CellValue } from '../sheet/spec';
import { buildSurveyWorkbook } from '../sheet/survey/build';

export interface StructureDifference {
  cell?: string;
  text: string;
}

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
  let built: ReturnType<typeof buildSurveyWorkbook>;
  try {
    built = buildSurveyWorkbook({ regime, template, groupId });
  } catch {
    return [];
  }
  const { spec, layout } = built;
  const diffs: StructureDifference[] = [];
  if (formSheet !== layout.formSheet)
    diffs.push({ text: `trang “${layout.formSheet}” đã bị đổi tên thành “${formSheet}”` });

  const actualNames = new Map(wb.names.map((n) => [n.name.trim().toUpperCase(), n]));
  for (const n of spec.names) {
    if (n.sheet !== layout.formSheet || !isContractName(n.name)) continue;
    const expected = rangeAddress(n.range);
    const actual = actualNames.get(n.name.toUpperCase());
    if (actual?.address && actual.address.replace(/\$/g, '').toUpperCase() !== expected) {
      diffs.push({
        cell: actual.address,
        text: `tên ${n.name} trỏ tới ô ${actual.address} thay vì ô ${expected} (có dòng hoặc cột bị chèn/xóa)`,
      });
    }
  }
  if (diffs.length > 0) return diffs;

  const inputs = new Set(
    wb.names
      .filter((n) => isInputName(n.name) && n.sheet === formSheet && n.address)
      .map((n) => (n.address ?? '').replace(/\$/g, '').toUpperCase()),
  );
  const sheet = spec.sheets.find((s) => s.name === layout.formSheet);
  const cells = wb.cells[formSheet] ?? {};
  const seen = new Set<string>();
  for (const c of sheet?.cells ?? []) {
    const address = cellAddress(c.row, c.col);
    seen.add(address);
    if (inputs.has(address)) continue;
    const actual = cells[address];
    if (c.formula !== undefined) {
      const want = normalizeFormula(c.formula);
      const got = actual?.formula !== undefined ? normalizeFormula(actual.formula) : '';
      if (want !== got)
        diffs.push({
          cell: address,
          text:
            got === ''
              ? `ô ${address} đã mất công thức`
              : `công thức ô ${address} đã bị sửa thành =${shown(actual?.formula ?? '')}`,
        });
    } else {
      const want = canonicalValue(c.value);
      const got = actual?.formula !== undefined ? `=${actual.formula}` : canonicalValue(actual?.value);
      if (want !== got)
        diffs.push({ cell: address, text: `ô ${address} ghi “${shown(got)}” thay vì “${shown(want)}”` });
    }
  }
  for (const [address, cell] of Object.entries(cells)) {
    if (seen.has(address) || inputs.has(address)) continue;
    if (cell.formula === undefined && canonicalValue(cell.value) === '') continue;
    diffs.push({ cell: address, text: `ô ${address} có nội dung không có trong mẫu` });
  }
  return diffs;
}
