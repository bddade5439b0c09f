/**
 * The written survey workbook, read back with ExcelJS (another reader than ours) and with the
 * project's reader: names, validation, protection, locking, metadata and fingerprint survive.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { cellAddress, parseRange } from '../../../src/core/sheet/a1';
import {
  fingerprintFromReturned,
  fingerprintFromSpec,
  formFingerprint,
} from '../../../src/core/sheet/fingerprint';
import { META_SHEET, readMetadata } from '../../../src/core/sheet/metadata';
import type { CellValue } from '../../../src/core/sheet/spec';
import { FORM_SHEET, GUIDE_SHEET, buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import { readReturnedWorkbook } from '../../../src/xlsx/read-workbook';
import { writeWorkbook } from '../../../src/xlsx/write-workbook';
import { agencyOf, regime, template } from '../../support/sheet/fixtures';

type ReadBackSheet = ExcelJS.Worksheet & { sheetProtection: Record<string, unknown> | null };

function namesOf(wb: ExcelJS.Workbook): { name: string; sheet: string; address: string }[] {
  return wb.definedNames.model.flatMap((n) =>
    n.ranges.map((r) => {
      const bang = r.lastIndexOf('!');
      return {
        name: n.name,
        sheet: r.slice(0, bang).replace(/^'|'$/g, ''),
        address: r.slice(bang + 1).replace(/\$/g, ''),
      };
    }),
  );
}

function plainValue(value: ExcelJS.CellValue): { value: CellValue; formula?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'object' && 'formula' in value) return { value: null, formula: value.formula };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value };
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

describe.each([
  ['so', undefined],
  ['huyen', agencyOf('huyen')],
] as const)('survey workbook %s written and read back', (groupId, agency) => {
  const { spec, layout } = buildSurveyWorkbook({ regime, template, groupId, ...(agency ? { agency } : {}) });
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  let form: ReadBackSheet;
  beforeAll(async () => {
    bytes = await writeWorkbook(spec);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    form = wb.getWorksheet(FORM_SHEET) as ReadBackSheet;
  });

  it('has every defined name of the contract pointing at the right cell of the form', () => {
    const names = namesOf(wb);
    const expected = spec.names.map((n) => ({
      name: n.name,
      sheet: FORM_SHEET,
      address: cellAddress(n.range.row, n.range.col),
    }));
    expect(
      names.filter((n) => !n.name.startsWith('_xlnm')).sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
    for (const row of layout.rows) {
      const [c, n] = row.code.split('.');
      expect(names.find((x) => x.name === `TC_${c}_${n}`)?.address).toBe(row.scoreCell);
      expect(names.find((x) => x.name === `MC_${c}_${n}`)?.address).toBe(row.evidenceCell);
    }
  });

  it('prints the whole form on A4 with a valid print area and repeated title rows', () => {
    const workbookXml = strFromU8(unzipSync(bytes)['xl/workbook.xml'] as Uint8Array);
    const printArea = /<definedName name="_xlnm\.Print_Area"[^>]*>([^<]*)<\/definedName>/.exec(
      workbookXml,
    )?.[1];
    const lastRow = Math.max(...layout.rows.map((r) => Number(/\d+$/.exec(r.scoreCell)?.[0])));
    const match = /^&apos;Phiếu&apos;!\$A\$1:\$([A-Z]+)\$(\d+)$/.exec(printArea ?? '');
    expect(match).not.toBeNull();
    expect(Number(match?.[2])).toBeGreaterThan(lastRow);
    expect(workbookXml).toMatch(
      /<definedName name="_xlnm\.Print_Titles"[^>]*>&apos;Phiếu&apos;!\$\d+:\$\d+<\/definedName>/,
    );
    expect(form.pageSetup.paperSize).toBe(9);
  });

  it('numbers the printed pages of the guide and the form ("Trang 1/2")', () => {
    const parts = unzipSync(bytes);
    const footers = Object.keys(parts)
      .filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))
      .map((k) => /<oddFooter>([^<]*)<\/oddFooter>/.exec(strFromU8(parts[k] as Uint8Array))?.[1] ?? null);
    expect(footers.filter((f) => f?.includes('Trang &amp;P/&amp;N'))).toHaveLength(2);
  });

  it('keeps a decimal 0..cap validation on every score input', () => {
    for (const row of layout.rows) {
      const dv = form.getCell(row.scoreCell).dataValidation;
      expect([row.code, dv?.type, dv?.operator, dv?.formulae]).toEqual([
        row.code,
        'decimal',
        'between',
        [0, row.capHundredths / 100],
      ]);
      expect(dv?.showErrorMessage).toBe(true);
      // Stop (the file format's default when absent): an entry over the cap is refused, not only warned about.
      expect(dv?.errorStyle ?? 'stop').toBe('stop');
      expect(dv?.error).toContain(row.code);
    }
  });

  it('protects every sheet without a password and leaves only the inputs unlocked', () => {
    for (const name of [GUIDE_SHEET, FORM_SHEET, META_SHEET]) {
      const ws = wb.getWorksheet(name) as ReadBackSheet;
      expect(ws.sheetProtection?.sheet).toBe(true);
      expect(ws.sheetProtection?.hashValue).toBeUndefined();
    }
    const inputs = new Set(layout.rows.flatMap((r) => [r.scoreCell, r.evidenceCell]));
    if (!agency) [layout.agencyCodeCell, layout.agencyNameCell].forEach((a) => inputs.add(a));
    const unlocked: string[] = [];
    form.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // Cells merged into an input take its style; only the merge's top-left cell holds a value.
        const slave = cell.isMerged && cell.master.address !== cell.address;
        if (cell.protection?.locked === false && !slave) unlocked.push(cell.address);
      }),
    );
    expect(unlocked.sort()).toEqual([...inputs].sort());
  });

  it('carries the metadata in a very hidden sheet and in custom properties', () => {
    const meta = wb.getWorksheet(META_SHEET);
    expect(meta?.state).toBe('veryHidden');
    const cells: Record<string, { value: CellValue }> = {};
    meta?.eachRow((row) =>
      row.eachCell((cell) => (cells[cell.address] = { value: plainValue(cell.value).value })),
    );
    const record = readMetadata(cells);
    expect(record).toMatchObject({
      templateId: template.id,
      year: '2026',
      group: groupId,
      agencyCode: agency?.code ?? '',
    });
    expect(JSON.parse(record.templateJson ?? 'null')).toMatchObject({ year: 2026 });
    const custom = strFromU8(unzipSync(bytes)['docProps/custom.xml'] ?? new Uint8Array());
    expect(custom).toContain(`name="XHCNTT.fingerprint"><vt:lpwstr>${record.fingerprint}</vt:lpwstr>`);
    expect(custom).toContain(`name="XHCNTT.group"><vt:lpwstr>${groupId}</vt:lpwstr>`);
  });

  it('gives the same structure fingerprint from the read-back cells as from the description and the metadata', () => {
    const cells: { address: string; value: CellValue; formula?: string }[] = [];
    form.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells.push({ address: cell.address, ...plainValue(cell.value) });
      }),
    );
    const fromFile = formFingerprint({
      sheetName: FORM_SHEET,
      names: namesOf(wb).map((n) => ({
        name: n.name,
        address: n.sheet === FORM_SHEET ? n.address : `${n.sheet}!${n.address}`,
      })),
      cells,
    });
    expect(fromFile).toBe(fingerprintFromSpec(spec, FORM_SHEET));
    expect(spec.properties['XHCNTT.fingerprint']).toBe(fromFile);
  });

  it('is read by the project reader with the same fingerprint and the prefilled agency', () => {
    const outcome = readReturnedWorkbook(bytes, `${groupId}.xlsx`);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(fingerprintFromReturned(outcome.workbook, FORM_SHEET)).toBe(fingerprintFromSpec(spec, FORM_SHEET));
    const code = outcome.workbook.names.find((n) => n.name === 'MA_DON_VI');
    expect(code?.sheet).toBe(FORM_SHEET);
    const cell = outcome.workbook.cells[FORM_SHEET]?.[code?.address ?? ''];
    expect(cell?.value ?? null).toBe(agency?.code ?? null);
    expect(parseRange(code?.address ?? '').row).toBeGreaterThan(0);
  });

  it('is edited detectably: a changed cap gives another fingerprint', async () => {
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const first = layout.rows[0];
    if (!first) throw new Error('empty form');
    edited.getWorksheet(FORM_SHEET)!.getCell(`C${first.row}`).value = first.capHundredths / 100 + 1;
    const out = new Uint8Array(await edited.xlsx.writeBuffer());
    const outcome = readReturnedWorkbook(out, 'edited.xlsx');
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(fingerprintFromReturned(outcome.workbook, FORM_SHEET)).not.toBe(
      fingerprintFromSpec(spec, FORM_SHEET),
    );
  });
});
