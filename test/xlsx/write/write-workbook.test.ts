/** The generic writer renders any WorkbookSpec: read the bytes back with ExcelJS and the raw package. */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { SheetSpec, WorkbookSpec } from '../../../src/core/sheet/spec';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { writeWorkbook } from '../../../src/xlsx/write-workbook';

const spec: WorkbookSpec = {
  styles: {
    input: {
      locked: false,
      numberFormat: '0.00',
      fill: '#E2EFDA',
      border: 'thin',
      font: { name: 'Times New Roman', size: 12 },
    },
    fixed: {
      font: { name: 'Times New Roman', size: 13, bold: true },
      wrap: true,
      horizontal: 'center',
      vertical: 'middle',
    },
    warn: { fill: '#FF7C80', font: { color: '#9C0006', bold: true } },
  },
  sheets: [
    {
      name: 'Bảng 1',
      visibility: 'visible',
      tabColor: '#2F5597',
      columns: [{ col: 2, width: 40 }],
      rows: [{ row: 1, height: 33 }],
      cells: [
        { row: 1, col: 1, value: 'Tiêu đề dài, có dấu tiếng Việt', style: 'fixed' },
        { row: 3, col: 2, style: 'input' },
        { row: 3, col: 3, formula: 'ROUND(SUM(B3,1),2)', cachedValue: 1 },
        { row: 4, col: 3, formula: 'IF(B3>5,"Khá","Yếu")', cachedValue: 'Yếu' },
      ],
      merges: [{ row: 1, col: 1, lastRow: 1, lastCol: 3 }],
      validations: [
        {
          kind: 'decimal',
          range: { row: 3, col: 2, lastRow: 3, lastCol: 2 },
          min: 0,
          max: 8.5,
          allowBlank: true,
          prompt: { title: 'Điểm', message: 'Từ 0 đến 8,5' },
          error: { title: 'Sai', message: 'Điểm phải từ 0 đến 8,5' },
        },
        {
          kind: 'list',
          range: { row: 5, col: 2, lastRow: 6, lastCol: 2 },
          items: ['Có', 'Không'],
          allowBlank: false,
          prompt: { title: 'Chọn', message: 'Có hoặc Không' },
          error: { title: 'Sai', message: 'Chọn trong danh sách' },
        },
      ],
      conditionalFormats: [
        { range: { row: 3, col: 2, lastRow: 3, lastCol: 2 }, formula: 'B3>8.5', style: 'warn' },
      ],
      protection: { password: '', allowFormatRows: true },
      freeze: { rows: 2, columns: 1 },
      print: {
        orientation: 'landscape',
        paper: 'A4',
        fitToWidth: true,
        titleRows: { first: 1, last: 2 },
        margins: { top: 20, bottom: 20, left: 30, right: 15 },
      },
      showGridLines: false,
    },
    {
      name: 'Ẩn',
      visibility: 'veryHidden',
      columns: [],
      rows: [],
      cells: [{ row: 1, col: 1, value: '2026' }],
      merges: [],
      validations: [],
      conditionalFormats: [],
      protection: null,
    },
  ],
  names: [
    { name: 'DIEM', sheet: 'Bảng 1', range: { row: 3, col: 2, lastRow: 3, lastCol: 2 } },
    { name: 'KHOI', sheet: 'Bảng 1', range: { row: 3, col: 2, lastRow: 4, lastCol: 3 } },
  ],
  properties: { 'XHCNTT.year': '2026', 'XHCNTT.note': 'a < b & "c"' },
  activeSheet: 'Bảng 1',
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('writeWorkbook', () => {
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await writeWorkbook(spec);
    wb = await load(bytes);
  });

  it('writes workbook-level names that point at the described cells of sheets with Vietnamese names', () => {
    expect(wb.definedNames.getRanges('DIEM').ranges).toEqual(["'Bảng 1'!$B$3"]);
    expect(wb.definedNames.getRanges('KHOI').ranges).toEqual(["'Bảng 1'!$B$3:$C$4"]);
  });

  it('writes values, formulas with their cached results, and styles', () => {
    const ws = wb.getWorksheet('Bảng 1');
    expect(ws).toBeDefined();
    const c3 = ws?.getCell('C3').value as ExcelJS.CellFormulaValue;
    expect(c3.formula).toBe('ROUND(SUM(B3,1),2)');
    expect(c3.result).toBe(1);
    expect((ws?.getCell('C4').value as ExcelJS.CellFormulaValue).result).toBe('Yếu');
    expect(ws?.getCell('A1').font.name).toBe('Times New Roman');
    expect(ws?.getCell('A1').alignment.wrapText).toBe(true);
    expect(ws?.getCell('B3').numFmt).toBe('0.00');
    expect(ws?.getCell('B3').protection.locked).toBe(false);
    expect(ws?.getCell('C3').protection?.locked).not.toBe(false);
    expect(ws?.getColumn(2).width).toBe(40);
    expect(ws?.getRow(1).height).toBe(33);
    expect(ws?.getCell('C1').isMerged).toBe(true);
  });

  it('writes validations, conditional formats, protection, freeze panes and print setup', () => {
    // ExcelJS reads these back but its typings omit them.
    const ws = wb.getWorksheet('Bảng 1') as
      | (ExcelJS.Worksheet & {
          conditionalFormattings: { ref: string }[];
          sheetProtection: Record<string, unknown>;
        })
      | undefined;
    const dv = ws?.getCell('B3').dataValidation;
    expect(dv).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 8.5],
      prompt: 'Từ 0 đến 8,5',
      error: 'Điểm phải từ 0 đến 8,5',
    });
    expect(ws?.getCell('B6').dataValidation).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    expect(ws?.conditionalFormattings[0]?.ref).toBe('B3');
    expect(ws?.sheetProtection).toMatchObject({ sheet: true, formatRows: true });
    expect((ws?.sheetProtection as { hashValue?: string }).hashValue).toBeUndefined();
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, showGridLines: false });
    expect(ws?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    expect(ws?.pageSetup.margins?.left).toBeCloseTo(30 / 25.4, 5);
  });

  it('hides the metadata-like sheet from the user interface (veryHidden) and keeps text as text', () => {
    const ws = wb.getWorksheet('Ẩn');
    expect(ws?.state).toBe('veryHidden');
    expect(ws?.getCell('A1').value).toBe('2026');
  });

  it('asks Excel to recalculate on load and writes custom document properties', () => {
    const files = unzipSync(bytes);
    expect(strFromU8(files['xl/workbook.xml'] ?? new Uint8Array())).toMatch(/fullCalcOnLoad="1"/);
    const custom = strFromU8(files['docProps/custom.xml'] ?? new Uint8Array());
    expect(custom).toContain('name="XHCNTT.year"><vt:lpwstr>2026</vt:lpwstr>');
    expect(custom).toContain('<vt:lpwstr>a &lt; b &amp; &quot;c&quot;</vt:lpwstr>');
    expect(strFromU8(files['[Content_Types].xml'] ?? new Uint8Array())).toContain(
      'PartName="/docProps/custom.xml"',
    );
    expect(strFromU8(files['_rels/.rels'] ?? new Uint8Array())).toContain('Target="docProps/custom.xml"');
  });
});

describe('text holding “_x”', () => {
  it('is escaped as OOXML asks, so another program cannot take “_xa_” for a character, and reads back the same', async () => {
    const codes = ['SL_so_xa_vb_ky_so', 'a_x000D_b', 'plain'];
    const sheet: SheetSpec = {
      name: 'Dữ liệu',
      visibility: 'visible',
      columns: [],
      rows: [],
      cells: codes.map((value, i) => ({ row: i + 1, col: 1, value })),
      merges: [],
      validations: [],
      conditionalFormats: [],
      protection: null,
    };
    const bytes = await writeWorkbook({ ...spec, sheets: [sheet], names: [], activeSheet: 'Dữ liệu' });
    const files = unzipSync(bytes);
    const xml = Object.entries(files)
      .filter(([name]) => /sharedStrings|sheet1\.xml/.test(name))
      .map(([, data]) => strFromU8(data))
      .join('');
    expect(xml).toContain('SL_so_x005F_xa_vb_ky_so');
    expect(xml).not.toMatch(/so_xa_vb/);
    const read = readReturnedWorkbook(bytes, 'du-lieu.xlsx', undefined, { sheets: ['Dữ liệu'] });
    if (!read.ok) throw new Error(read.problem.message);
    const cells = read.workbook.cells['Dữ liệu'] ?? {};
    expect(codes.map((_, i) => cells[`A${i + 1}`]?.value)).toEqual(codes);
  });
});
