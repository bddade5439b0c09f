/**
 * A ranking-table-like WorkbookSpec built here (not by the code under test): a data sheet with
 * one row per agency and criterion columns, and a table sheet whose totals, ratings and ranks are
 * formulas over it — the shape the consolidation renders into the open workbook.
 */
import { cellAddress } from '../../../src/core/sheet/a1';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../../src/core/sheet/spec';

export function rankingLikeSpec(agencies: number, criteria = 7): WorkbookSpec {
  const data: CellSpec[] = [
    { row: 1, col: 1, value: 'Mã', style: 'head' },
    { row: 1, col: 2, value: 'Tên cơ quan, đơn vị', style: 'head' },
  ];
  for (let c = 0; c < criteria; c++) data.push({ row: 1, col: 3 + c, value: `TC ${c + 1}`, style: 'head' });
  for (let a = 0; a < agencies; a++) {
    const row = a + 2;
    data.push(
      { row, col: 1, value: `DV-${a + 1}`, style: 'cell' },
      { row, col: 2, value: `Đơn vị số ${a + 1}`, style: 'cell' },
    );
    for (let c = 0; c < criteria; c++)
      data.push({ row, col: 3 + c, value: ((a * 7 + c * 3) % 11) + 0.25, style: 'num' });
  }
  const table: CellSpec[] = [
    { row: 1, col: 1, value: 'Bảng 1: Xếp hạng mức độ ứng dụng CNTT năm 2026', style: 'title' },
  ];
  const last = agencies + 1;
  for (let a = 0; a < agencies; a++) {
    const row = a + 3;
    const src = a + 2;
    const total = `ROUND(SUM(Data!${cellAddress(src, 3)}:${cellAddress(src, 2 + criteria)}),2)`;
    table.push(
      { row, col: 1, value: a + 1, style: 'cell' },
      { row, col: 2, formula: `Data!B${src}`, style: 'cell' },
      { row, col: 3, formula: total, style: 'num' },
      {
        row,
        col: 4,
        formula: `IF(C${row}>=85,"Tốt",IF(C${row}>=70,"Khá",IF(C${row}>=50,"Trung bình","Yếu")))`,
        style: 'cell',
      },
      { row, col: 5, formula: `RANK(C${row},$C$3:$C$${last + 1})`, style: 'cell' },
    );
  }
  const sheet = (name: string, cells: CellSpec[]): SheetSpec => ({
    name,
    visibility: 'visible',
    columns: [{ col: 2, width: 40 }],
    rows: [{ row: 1, height: 30 }],
    cells,
    merges: name === 'Bảng 1' ? [{ row: 1, col: 1, lastRow: 1, lastCol: 5 }] : [],
    validations: [],
    conditionalFormats: [],
    protection: null,
    freeze: { rows: 1, columns: 0 },
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      titleRows: { first: 1, last: 2 },
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
    },
  });
  return {
    sheets: [sheet('Data', data), sheet('Bảng 1', table)],
    names: [],
    styles: {
      head: {
        font: { name: 'Times New Roman', size: 13, bold: true },
        border: 'thin',
        horizontal: 'center',
        wrap: true,
      },
      cell: { font: { name: 'Times New Roman', size: 13 }, border: 'thin' },
      num: { font: { name: 'Times New Roman', size: 13 }, border: 'thin', numberFormat: '0.00' },
      title: { font: { name: 'Times New Roman', size: 14, bold: true }, horizontal: 'center' },
    },
    properties: {},
    activeSheet: 'Bảng 1',
  };
}
