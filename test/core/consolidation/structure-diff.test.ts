/** Where an edited form differs from its template, in the words of the rejection the agency reads. */
import { describeStructureChange } from '../../../src/core/consolidation/structure-diff';
import { structureChangeText } from '../../../src/core/problems/messages';
import { cellAddress } from '../../../src/core/sheet/a1';
import { scoreName, TOTAL_NAME } from '../../../src/core/sheet/names';
import type { CellSpec } from '../../../src/core/sheet/spec';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { agencyOf, filledForm, regime, subsOf, template } from '../../support/consolidation/forms';
import { namedAddress, renameSheet } from '../../support/consolidation/returned';

const so = agencyOf('so', 3);
const FORM = 'Phiếu';

/** The differences found, each with its cell and the words of the rejection (structureChangeText). */
const diff = (wb: ReturnedWorkbook, sheet = FORM) =>
  describeStructureChange(wb, sheet, regime, template, 'so').map((c) => ({
    ...('cell' in c ? { cell: c.cell } : {}),
    text: structureChangeText(c),
  }));

/** The first cell of the form as issued that `pick` accepts. */
function formCell(pick: (c: CellSpec) => boolean): CellSpec & { address: string } {
  const { spec } = buildSurveyWorkbook({ regime, template, groupId: 'so' });
  const c = spec.sheets.find((s) => s.name === FORM)?.cells.find(pick);
  if (!c) throw new Error('no such cell');
  return { ...c, address: cellAddress(c.row, c.col) };
}

/** A label cell of the form as issued: a fixed text, not an input, not a formula. */
function labelCell(pick: (text: string) => boolean = (t) => t.length > 45): {
  address: string;
  text: string;
} {
  const c = formCell((x) => typeof x.value === 'string' && pick(x.value) && !x.formula);
  return { address: c.address, text: String(c.value) };
}

describe('describeStructureChange', () => {
  it('finds nothing in the form as issued, whatever the line breaks and spaces around its texts', () => {
    const wb = filledForm({ agency: so });
    expect(diff(wb)).toEqual([]);
    const { address, text } = labelCell();
    const cell = wb.cells[FORM]?.[address];
    if (!cell) throw new Error('no cell');
    cell.value = `  ${text.replace(/\n/g, '\r\n')}  `;
    expect(diff(wb)).toEqual([]);
    // A label on two lines, saved with Windows (CR LF) or old Mac (CR) line breaks.
    const twoLines = labelCell((t) => t.includes('\n'));
    const formCells = wb.cells[FORM] ?? {};
    for (const lineBreak of ['\r\n', '\r']) {
      formCells[twoLines.address] = { value: twoLines.text.replace(/\n/g, lineBreak) };
      expect(diff(wb)).toEqual([]);
    }
  });

  it('compares a district form with the district form as issued, not with that of the first group', () => {
    const huyen = agencyOf('huyen', 2);
    const wb = filledForm({ agency: huyen });
    expect(describeStructureChange(wb, FORM, regime, template, 'huyen')).toEqual([]);
  });

  it('quotes an edited label cut at 40 characters, and what it should say', () => {
    const wb = filledForm({ agency: so });
    const { address, text } = labelCell();
    const edited = `${text} (đã sửa)`;
    const cell = wb.cells[FORM]?.[address];
    if (!cell) throw new Error('no cell');
    cell.value = edited;
    expect(diff(wb)).toEqual([
      { cell: address, text: `ô ${address} ghi “${edited.slice(0, 40)}…” thay vì “${text.slice(0, 40)}…”` },
    ]);
  });

  it('quotes an edit of exactly 40 characters whole, and cuts one of 41', () => {
    const wb = filledForm({ agency: so });
    const { address, text } = labelCell();
    const cells = wb.cells[FORM] ?? {};
    const forty = 'Tiêu chí này do đơn vị tự đặt thêm vào.'.padEnd(40, '.');
    cells[address] = { value: forty };
    expect(diff(wb)).toEqual([
      { cell: address, text: `ô ${address} ghi “${forty}” thay vì “${text.slice(0, 40)}…”` },
    ]);
    cells[address] = { value: `${forty}!` };
    expect(diff(wb)).toEqual([
      { cell: address, text: `ô ${address} ghi “${forty}…” thay vì “${text.slice(0, 40)}…”` },
    ]);
  });

  it('quotes a blank cell of the form, typed into, as blank (“”)', () => {
    const wb = filledForm({ agency: so });
    // A cell the form draws (border, fill) but leaves empty, and no name points at.
    const named = new Set(wb.names.map((n) => n.address));
    const { address } = formCell(
      (c) => c.value === undefined && c.formula === undefined && !named.has(cellAddress(c.row, c.col)),
    );
    (wb.cells[FORM] ?? {})[address] = { value: 'ghi chú' };
    expect(diff(wb)).toEqual([{ cell: address, text: `ô ${address} ghi “ghi chú” thay vì “”` }]);
  });

  it('says a short label was replaced by a formula, with the formula written out', () => {
    const wb = filledForm({ agency: so });
    const { address, text } = labelCell();
    wb.cells[FORM] = { ...wb.cells[FORM], [address]: { value: null, formula: '1+1' } };
    expect(diff(wb)).toEqual([
      { cell: address, text: `ô ${address} ghi “=1+1” thay vì “${text.slice(0, 40)}…”` },
    ]);
  });

  it('tells a lost formula from an edited one, cutting a long edit', () => {
    const wb = filledForm({ agency: so });
    const total = namedAddress(wb, TOTAL_NAME);
    const cells = wb.cells[total.sheet] ?? {};
    cells[total.address] = { value: 85 };
    expect(diff(wb)).toEqual([{ cell: total.address, text: `ô ${total.address} đã mất công thức` }]);
    const long = `SUM(${'A1,'.repeat(30)}A2)`;
    cells[total.address] = { value: null, formula: long };
    expect(diff(wb)).toEqual([
      { cell: total.address, text: `công thức ô ${total.address} đã bị sửa thành =${long.slice(0, 40)}…` },
    ]);
  });

  it('names a cell filled outside the template, but not one left blank or holding spaces', () => {
    const wb = filledForm({ agency: so });
    const cells = wb.cells[FORM] ?? {};
    cells['Z200'] = { value: 'ghi chú' };
    cells['Z201'] = { value: '   ' };
    cells['Z202'] = { value: null };
    cells['Z203'] = { value: null, formula: 'A1' };
    expect(diff(wb)).toEqual([
      { cell: 'Z200', text: 'ô Z200 có nội dung không có trong mẫu' },
      { cell: 'Z203', text: 'ô Z203 có nội dung không có trong mẫu' },
    ]);
  });

  it('ignores what is typed in the input cells, and reads names whatever their case and $ signs', () => {
    const wb = filledForm({ agency: so, scores: { [subsOf('so')[0]?.code ?? '']: 'rất nhiều' } });
    const n = wb.names.find((x) => x.name === scoreName(subsOf('so')[0]?.code ?? ''));
    if (!n?.address) throw new Error('no name');
    n.address = n.address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2').toLowerCase();
    expect(diff(wb)).toEqual([]);
  });

  it('no longer takes a score cell for an input once its name points at another sheet', () => {
    const code = subsOf('so')[0]?.code ?? '';
    const wb = filledForm({ agency: so, scores: { [code]: 2 } });
    const n = wb.names.find((x) => x.name === scoreName(code));
    if (!n?.address) throw new Error('no name');
    // Same address, other sheet: the name did not move within the form, but the form's cell is now a plain cell.
    wb.sheets.push({ name: 'Nháp', visibility: 'visible' });
    n.sheet = 'Nháp';
    n.raw = `'Nháp'!${n.address}`;
    expect(diff(wb)).toEqual([{ cell: n.address, text: `ô ${n.address} ghi “2” thay vì “”` }]);
  });

  it('reports a renamed sheet and a moved name, and stops there (cells would all differ)', () => {
    const wb = filledForm({ agency: so });
    renameSheet(wb, FORM, 'Phiếu 2');
    const code = subsOf('so')[1]?.code ?? '';
    const n = wb.names.find((x) => x.name === scoreName(code));
    if (!n?.address) throw new Error('no name');
    const expected = n.address;
    n.address = n.address.replace(/\d+$/, (r) => String(Number(r) + 1));
    (wb.cells['Phiếu 2'] ?? {})['Z300'] = { value: 'x' };
    expect(diff(wb, 'Phiếu 2')).toEqual([
      { text: `trang “${FORM}” đã bị đổi tên thành “Phiếu 2”` },
      {
        cell: n.address,
        text: `tên ${scoreName(code)} trỏ tới ô ${n.address} thay vì ô ${expected} (có dòng hoặc cột bị chèn/xóa)`,
      },
    ]);
  });

  it('says nothing it cannot know: a group the template lacks', () => {
    expect(describeStructureChange(filledForm({ agency: so }), FORM, regime, template, 'khong-co')).toEqual(
      [],
    );
  });
});
