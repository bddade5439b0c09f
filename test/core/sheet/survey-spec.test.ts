/** The survey description: sheets, names, validation, protection, guide text, portable formulas. */
import { cellAddress, rangeAddress } from '../../../src/core/sheet/a1';
import { META_SHEET, readMetadata } from '../../../src/core/sheet/metadata';
import { nonPortableFunctions } from '../../../src/core/sheet/portable-functions';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../../src/core/sheet/spec';
import {
  COLOURS,
  FORM_SHEET,
  GUIDE_SHEET,
  STATUS,
  type SurveyLayout,
  buildSurveyWorkbook,
} from '../../../src/core/sheet/survey';
import { fingerprintFromSpec } from '../../../src/core/sheet/fingerprint';
import { agencyOf, groupIds, regime, template } from '../../support/sheet/fixtures';

function sheet(spec: WorkbookSpec, name: string): SheetSpec {
  const s = spec.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function cellAt(s: SheetSpec, address: string): CellSpec | undefined {
  return s.cells.find((c) => cellAddress(c.row, c.col) === address);
}

function nameAddress(spec: WorkbookSpec, name: string): string | undefined {
  const n = spec.names.find((x) => x.name === name);
  return n ? `${n.sheet}!${rangeAddress(n.range)}` : undefined;
}

function allText(s: SheetSpec): string {
  return s.cells.map((c) => String(c.value ?? '')).join('\n');
}

describe.each(groupIds)('survey workbook of group %s', (groupId) => {
  const group = template.groups.find((g) => g.groupId === groupId);
  if (!group) throw new Error('group missing from the default template');
  // Built before each test, not once per block, so Stryker counts the build as covered by the
  // tests that read it and runs only those for a mutant in it (a block-level build is "static").
  let spec: WorkbookSpec;
  let layout: SurveyLayout;
  let form: SheetSpec;
  beforeEach(() => {
    ({ spec, layout } = buildSurveyWorkbook({ regime, template, groupId }));
    form = sheet(spec, FORM_SHEET);
  });
  const locked = (c: CellSpec) => spec.styles[c.style ?? '']?.locked !== false;

  it('has the guide, the form and a very hidden metadata sheet, and opens on the form', () => {
    expect(spec.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [GUIDE_SHEET, 'visible'],
      [FORM_SHEET, 'visible'],
      [META_SHEET, 'veryHidden'],
    ]);
    expect(spec.activeSheet).toBe(FORM_SHEET);
  });

  it('lists every sub-criterion of the template once, in order, with its code, title and cap', () => {
    const subs = group.criteria.flatMap((c) => c.subCriteria);
    expect(layout.rows.map((r) => r.code)).toEqual(subs.map((s) => s.code));
    for (const sub of subs) {
      const row = layout.rows.find((r) => r.code === sub.code);
      expect(row).toBeDefined();
      if (!row) continue;
      expect(cellAt(form, `A${row.row}`)?.value).toBe(sub.code);
      expect(String(cellAt(form, `B${row.row}`)?.value)).toContain(sub.title);
      expect(cellAt(form, `C${row.row}`)?.value).toBe(sub.capHundredths / 100);
    }
    expect(layout.criterionRows.map((c) => c.number)).toEqual(group.criteria.map((c) => c.number));
  });

  it('names every input and output cell with the public contract', () => {
    for (const row of layout.rows) {
      const [c, n] = row.code.split('.');
      expect(nameAddress(spec, `TC_${c}_${n}`)).toBe(`${FORM_SHEET}!${row.scoreCell}`);
      expect(nameAddress(spec, `MC_${c}_${n}`)).toBe(`${FORM_SHEET}!${row.evidenceCell}`);
    }
    for (const c of layout.criterionRows)
      expect(nameAddress(spec, `TC_${c.number}`)).toBe(`${FORM_SHEET}!${c.subtotalCell}`);
    expect(nameAddress(spec, 'TONG_DIEM')).toBe(`${FORM_SHEET}!${layout.totalCell}`);
    expect(nameAddress(spec, 'XEP_LOAI')).toBe(`${FORM_SHEET}!${layout.ratingCell}`);
    expect(nameAddress(spec, 'MA_DON_VI')).toBe(`${FORM_SHEET}!${layout.agencyCodeCell}`);
    expect(nameAddress(spec, 'TEN_DON_VI')).toBe(`${FORM_SHEET}!${layout.agencyNameCell}`);
    expect(cellAt(form, nameAddress(spec, 'NAM')?.split('!')[1] ?? '')?.value).toBe(2026);
    expect(cellAt(form, nameAddress(spec, 'NHOM')?.split('!')[1] ?? '')?.value).toBe(groupId);
    expect(new Set(spec.names.map((n) => n.name)).size).toBe(spec.names.length);
  });

  it('validates every score input as a decimal from 0 to its cap, with Vietnamese prompt and error', () => {
    for (const row of layout.rows) {
      const v = form.validations.filter(
        (x) => x.kind === 'decimal' && rangeAddress(x.range) === row.scoreCell,
      );
      expect(v).toHaveLength(1);
      const rule = v[0];
      if (rule?.kind !== 'decimal') continue;
      expect([rule.min, rule.max]).toEqual([0, row.capHundredths / 100]);
      expect(rule.prompt.title.length).toBeLessThanOrEqual(32);
      expect(rule.error.title.length).toBeLessThanOrEqual(32);
      expect(rule.prompt.message.length).toBeLessThanOrEqual(255);
      expect(rule.error.message).toContain(row.code);
    }
  });

  it('locks every cell except the inputs and protects every sheet without a password', () => {
    const inputs = new Set([
      ...layout.rows.flatMap((r) => [r.scoreCell, r.evidenceCell]),
      layout.agencyCodeCell,
      layout.agencyNameCell,
    ]);
    for (const c of form.cells)
      expect([cellAddress(c.row, c.col), !locked(c)]).toEqual([
        cellAddress(c.row, c.col),
        inputs.has(cellAddress(c.row, c.col)),
      ]);
    for (const s of spec.sheets) expect(s.protection?.password).toBe('');
  });

  it('marks over-cap, negative, non-numeric, 3-decimal and blank scores with distinct colours, explained in the guide', () => {
    const fills = new Map<string, string>();
    for (const cf of form.conditionalFormats) {
      const fill = spec.styles[cf.style]?.fill;
      if (fill) fills.set(cf.formula.replace(/\d+/g, ''), fill);
    }
    const used = new Set(fills.values());
    for (const colour of [
      COLOURS.overCap,
      COLOURS.negative,
      COLOURS.notNumber,
      COLOURS.tooManyDecimals,
      COLOURS.blank,
    ]) {
      expect(used.has(colour)).toBe(true);
    }
    const guide = sheet(spec, GUIDE_SHEET);
    const swatchFills = guide.cells.map((c) => spec.styles[c.style ?? '']?.fill).filter(Boolean);
    for (const colour of used) expect(swatchFills).toContain(colour);
  });

  it('uses only functions Excel 2010 and LibreOffice share, in cells and conditional formats', () => {
    const formulas = spec.sheets.flatMap((s) => [
      ...s.cells.map((c) => c.formula),
      ...s.conditionalFormats.map((c) => c.formula),
    ]);
    const offending = formulas.filter((f): f is string => f !== undefined).flatMap(nonPortableFunctions);
    expect(offending).toEqual([]);
    expect(formulas.filter(Boolean).length).toBeGreaterThan(layout.rows.length * 2);
  });

  it('explains the survey, legal basis, appraiser, deadlines, scoring, bands and protection in the guide', () => {
    const text = allText(sheet(spec, GUIDE_SHEET));
    expect(text).toContain(regime.legalBasis);
    expect(text).toContain(regime.appraiser.name);
    expect(text).toContain('20/11/2026');
    expect(text).toContain('31/10/2026');
    for (const band of regime.bands) expect(text).toContain(band.label);
    for (const word of Object.values(STATUS)) expect(text).toContain(word);
    expect(text).toMatch(/KHÔNG đặt mật khẩu/);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('prints on A4 portrait with the column header repeated, frozen below the header', () => {
    expect(form.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true });
    expect(form.print?.titleRows).toEqual({ first: layout.headerRow, last: layout.headerRow });
    expect(form.freeze).toEqual({ rows: layout.headerRow, columns: 0 });
    const fonts = new Set(
      Object.values(spec.styles)
        .map((s) => s.font?.name)
        .filter(Boolean),
    );
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('stores template, year, group, version and the structure fingerprint in the metadata', () => {
    const metaCells: Record<string, { value: string | number | boolean | null }> = {};
    for (const c of sheet(spec, META_SHEET).cells)
      metaCells[cellAddress(c.row, c.col)] = { value: c.value ?? null };
    const meta = readMetadata(metaCells);
    expect(meta).toMatchObject({
      product: 'xep-hang-cntt',
      templateId: template.id,
      year: '2026',
      group: groupId,
      templateVersion: String(template.version),
      agencyCode: '',
      fingerprint: fingerprintFromSpec(spec, FORM_SHEET),
    });
    expect(JSON.parse(meta.templateJson ?? 'null')).toMatchObject({ year: 2026 });
    expect(spec.properties['XHCNTT.fingerprint']).toBe(meta.fingerprint);
  });
});

describe('survey workbook for one agency', () => {
  it('prefills and locks the agency name and code, and records the code in the metadata', () => {
    const agency = agencyOf('huyen');
    const { spec, layout } = buildSurveyWorkbook({ regime, template, groupId: 'huyen', agency });
    const form = sheet(spec, FORM_SHEET);
    const name = cellAt(form, layout.agencyNameCell);
    const code = cellAt(form, layout.agencyCodeCell);
    expect(name?.value).toBe(agency.name);
    expect(code?.value).toBe(agency.code);
    expect(spec.styles[name?.style ?? '']?.locked).not.toBe(false);
    expect(spec.properties['XHCNTT.agencyCode']).toBe(agency.code);
    expect(String(cellAt(form, 'A1')?.value)).toContain('2026');
  });

  it('keeps the same structure fingerprint as the blank form of its group', () => {
    const agency = agencyOf('so');
    const a = buildSurveyWorkbook({ regime, template, groupId: 'so', agency }).spec;
    const b = buildSurveyWorkbook({ regime, template, groupId: 'so' }).spec;
    expect(fingerprintFromSpec(a, FORM_SHEET)).toBe(fingerprintFromSpec(b, FORM_SHEET));
    const c = buildSurveyWorkbook({ regime, template, groupId: 'huyen' }).spec;
    expect(fingerprintFromSpec(c, FORM_SHEET)).not.toBe(fingerprintFromSpec(b, FORM_SHEET));
  });

  it('refuses an agency of another group, or a group the template lacks, with a Vietnamese message', () => {
    expect(() => buildSurveyWorkbook({ regime, template, groupId: 'so', agency: agencyOf('huyen') })).toThrow(
      /không thuộc nhóm “so”/,
    );
    expect(() => buildSurveyWorkbook({ regime, template, groupId: 'xa' })).toThrow(/Nhóm “xa” không có/);
  });
});
