/** Moving a filled form of version 1 into the re-issued version: what moves, what is listed, and why. */
import { planMigration } from '../../../src/core/template/migration';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey/build';
import { withMigratedEntries } from '../../../src/core/sheet/survey/migrated-entries';
import { builtInRegime } from '../../../src/core/regime/load';
import { builtInTemplate, groupTemplate } from '../../../src/core/template/load';
import type { GroupTemplate, SurveyTemplate } from '../../../src/core/template/types';
import type { Figure } from '../../../src/core/template/figure-types';
import type { FormInputs } from '../../../src/core/scoring/score';
import { parseRange } from '../../../src/core/sheet/a1';

// Built before each test, not once per file, so Stryker counts the build as covered by the tests
// that read it and runs only those for a mutant in it (a file-level build is "static").
let v1: SurveyTemplate;
let v2: SurveyTemplate;
beforeEach(() => {
  v1 = builtInTemplate(2026, 1);
  v2 = builtInTemplate(2026, 2);
});
const group = (t: SurveyTemplate, id = 'so'): GroupTemplate => {
  const g = groupTemplate(t, id);
  if (!g) throw new Error(id);
  return g;
};
const entry = (score: unknown, evidence: unknown = '') => ({ score, evidence });

describe('planMigration', () => {
  const inputs: FormInputs = {
    '1.1': entry(1.5, 'QĐ 12'),
    '3.1': entry(4.25, 'https://so.gov.vn'),
    '3.2': entry('', ''),
  };

  it('keeps an entry whose code, title, cap and rule did not change, and lists the others with the reason', () => {
    const plan = planMigration(group(v1), group(v2), inputs);
    // 3.1 stays self-scored in version 2; 1.1 is now computed from figures; blank 3.2 is not listed.
    expect(plan.kept).toEqual([{ code: '3.1', score: 4.25, evidence: 'https://so.gov.vn' }]);
    expect(plan.dropped).toEqual([
      { what: 'Tiêu chí 1.1', reason: 'nay tính điểm từ số liệu (nhập số liệu ở mục Số liệu)' },
    ]);
  });

  it('names a changed cap, a changed title and a removed sub-criterion', () => {
    const next = structuredClone(group(v1));
    const [c1] = next.criteria;
    if (!c1?.subCriteria[0] || !c1.subCriteria[1]) throw new Error('criterion 1');
    [c1.subCriteria[0].capHundredths, c1.subCriteria[1].capHundredths] = [150, 200];
    const c3 = next.criteria[2];
    if (!c3?.subCriteria[0]) throw new Error('criterion 3');
    c3.subCriteria[0].title = 'Cổng thông tin điện tử đáp ứng yêu cầu';
    c3.subCriteria = c3.subCriteria.filter((s) => s.code !== '3.6');
    const plan = planMigration(group(v1), next, {
      '1.1': entry(1),
      '1.2': entry(1),
      '1.3': entry(1.5),
      '3.1': entry(3),
      '3.6': entry(2),
    });
    expect(plan.kept.map((k) => k.code)).toEqual(['1.3']);
    expect(plan.dropped).toEqual([
      { what: 'Tiêu chí 1.1', reason: 'điểm tối đa đổi từ 2 thành 1,5' },
      { what: 'Tiêu chí 1.2', reason: 'điểm tối đa đổi từ 1,5 thành 2' },
      { what: 'Tiêu chí 3.1', reason: 'nội dung đổi thành “Cổng thông tin điện tử đáp ứng yêu cầu”' },
      { what: 'Tiêu chí 3.6', reason: 'không còn trong phiên bản mới' },
    ]);
  });

  it('keeps figures whose meaning did not change and the evidence of computed rows, and loses nothing silently', () => {
    const next = structuredClone(group(v2));
    const staff = next.figures?.find((f) => f.key === 'so_cbcc');
    if (!staff) throw new Error('so_cbcc');
    staff.label = 'Tổng số biên chế được giao';
    const plan = planMigration(
      group(v2),
      next,
      { '1.3': entry(99, 'Hợp đồng số 5') },
      { so_cbcc: 40, so_cb_co_may: 30, ket_noi_tsl: 'Có', so_vb_di: '' },
    );
    expect(plan.kept).toEqual([{ code: '1.3', score: null, evidence: 'Hợp đồng số 5' }]);
    expect(plan.keptFigures).toEqual([
      { key: 'so_cb_co_may', value: 30 },
      { key: 'ket_noi_tsl', value: 'Có' },
    ]);
    expect(plan.dropped).toEqual([
      {
        what: 'Số liệu “Tổng số cán bộ, công chức, viên chức của cơ quan”',
        reason: 'nội dung đổi thành “Tổng số biên chế được giao”',
      },
    ]);
  });

  it('moves the evidence of unchanged figures and the agency typed in, listing evidence that has no cell now', () => {
    const next = structuredClone(group(v2));
    const software = next.figures?.find((f) => f.key === 'so_phan_mem');
    if (!software) throw new Error('so_phan_mem');
    software.evidenceRequired = false;
    const plan = planMigration(
      group(v2),
      next,
      {},
      { ket_noi_tsl: 'Có', so_phan_mem: 3 },
      {
        figureEvidence: { ket_noi_tsl: 'CV 15/STTTT', quy_che_attt: 'QĐ 9', so_phan_mem: 'Danh mục' },
        agencyCode: 'STP',
        agencyName: 'Sở Tư pháp',
      },
    );
    // Evidence alone (the figure left blank) still moves.
    expect(plan.keptFigures).toEqual([
      { key: 'ket_noi_tsl', value: 'Có', evidence: 'CV 15/STTTT' },
      { key: 'so_phan_mem', value: 3 },
      { key: 'quy_che_attt', value: null, evidence: 'QĐ 9' },
    ]);
    expect(plan.dropped).toEqual([
      {
        what: `Minh chứng số liệu “${software.label}”`,
        reason: 'phiên bản mới không còn ô minh chứng cho số liệu này',
      },
    ]);
    expect(plan.agency).toEqual({ code: 'STP', name: 'Sở Tư pháp' });
    expect(
      planMigration(group(v2), next, {}, {}, { agencyCode: ' ', agencyName: '' }).agency,
    ).toBeUndefined();
  });
});

describe('planMigration: what counts as a change', () => {
  const figure = (g: GroupTemplate, key: string): Figure => {
    const f = g.figures?.find((x) => x.key === key);
    if (!f) throw new Error(key);
    return f;
  };
  const CHANGED = 'đổi kiểu, đơn vị, giới hạn hoặc danh sách lựa chọn';

  it('lists a figure whose type, unit, bounds, options or “Một phần” changed, or that is gone, and moves an unchanged one', () => {
    const old = structuredClone(group(v2));
    figure(old, 'so_vb_di').min = 5;
    figure(old, 'so_vb_den').max = 100;
    const next = structuredClone(old);
    figure(next, 'so_cbcc').type = 'decimal';
    figure(next, 'so_may_tinh').unit = 'chiếc';
    figure(next, 'so_vb_di').min = 10;
    figure(next, 'so_vb_den').max = 200;
    figure(next, 'phuong_an_attt').options = ['Có cả hai văn bản', 'Chỉ có một văn bản', 'Chưa có'];
    figure(next, 'may_quet').partly = true;
    next.figures = next.figures?.filter((f) => f.key !== 'diem_cau');
    const plan = planMigration(
      old,
      next,
      {},
      {
        so_cbcc: 40,
        so_may_tinh: 30,
        may_quet: 'Có',
        sao_luu: 'Có',
        diem_cau: 'Không',
        so_vb_di: 120,
        so_vb_den: 80,
        bao_cao_httt: null,
        phuong_an_attt: 'Không có',
      },
    );
    expect(plan.keptFigures).toEqual([{ key: 'sao_luu', value: 'Có' }]);
    expect(plan.dropped).toEqual([
      { what: `Số liệu “${figure(old, 'so_cbcc').label}”`, reason: CHANGED },
      { what: `Số liệu “${figure(old, 'so_may_tinh').label}”`, reason: CHANGED },
      { what: `Số liệu “${figure(old, 'may_quet').label}”`, reason: CHANGED },
      { what: `Số liệu “${figure(old, 'diem_cau').label}”`, reason: 'không còn trong phiên bản mới' },
      { what: `Số liệu “${figure(old, 'so_vb_di').label}”`, reason: CHANGED },
      { what: `Số liệu “${figure(old, 'so_vb_den').label}”`, reason: CHANGED },
      { what: `Số liệu “${figure(old, 'phuong_an_attt').label}”`, reason: CHANGED },
    ]);
  });

  it('lists a computed row that is now self-scored or computed by another rule, and moves the evidence of an unchanged one', () => {
    const next = structuredClone(group(v2));
    const [c1] = next.criteria;
    const [s1, s2] = c1?.subCriteria ?? [];
    if (!s1 || !s2) throw new Error('criterion 1');
    delete s1.rule;
    s2.rule = { kind: 'count', figure: 'so_may_ket_noi', perUnitHundredths: 100 };
    const plan = planMigration(group(v2), next, {
      '1.1': entry(null, 'Biên bản'),
      '1.2': entry(null, 'Danh sách máy'),
      '1.3': entry(null, 'CV 15'),
    });
    expect(plan.kept).toEqual([{ code: '1.3', score: null, evidence: 'CV 15' }]);
    expect(plan.dropped).toEqual([
      { what: 'Tiêu chí 1.1', reason: 'nay tự chấm điểm' },
      { what: 'Tiêu chí 1.2', reason: 'nay tính điểm từ số liệu (nhập số liệu ở mục Số liệu)' },
    ]);
  });

  it('moves the agency when only its code or only its name was typed', () => {
    const agencyOf = (other: { agencyCode?: unknown; agencyName?: unknown }) =>
      planMigration(group(v2), group(v2), {}, {}, other).agency;
    expect(agencyOf({ agencyCode: 'STP', agencyName: null })).toEqual({ code: 'STP', name: null });
    expect(agencyOf({ agencyName: 'Sở Tư pháp' })).toEqual({ code: null, name: 'Sở Tư pháp' });
  });
});

describe('withMigratedEntries', () => {
  it('types the kept entries and figures into the new form, leaving its formulas alone', () => {
    const { spec, layout } = buildSurveyWorkbook({ regime: builtInRegime, template: v2, groupId: 'so' });
    const plan = planMigration(
      group(v2),
      group(v2),
      { '3.1': entry(4.25, 'QĐ 7'), '1.1': entry(2, 'x') },
      { so_cbcc: 40 },
    );
    const filled = withMigratedEntries(spec, layout, plan);
    const form = filled.sheets.find((s) => s.name === layout.formSheet);
    const at = (address: string) => {
      const r = parseRange(address);
      return form?.cells.find((c) => c.row === r.row && c.col === r.col);
    };
    const row = (code: string) => layout.rows.find((r) => r.code === code);
    expect(at(row('3.1')?.scoreCell ?? '')?.value).toBe(4.25);
    expect(at(row('3.1')?.evidenceCell ?? '')?.value).toBe('QĐ 7');
    expect(at(row('1.1')?.scoreCell ?? '')?.formula).toBeDefined();
    expect(at(row('1.1')?.evidenceCell ?? '')?.value).toBe('x');
    expect(at(layout.figures?.find((f) => f.key === 'so_cbcc')?.valueCell ?? '')?.value).toBe(40);
    // Only the form sheet changed: the rest of the description is the same object.
    expect(filled.names).toBe(spec.names);
  });

  const cellsOf = (built: ReturnType<typeof buildSurveyWorkbook>, plan: ReturnType<typeof planMigration>) => {
    const form = withMigratedEntries(built.spec, built.layout, plan).sheets.find(
      (s) => s.name === built.layout.formSheet,
    );
    return (address: string) => {
      const r = parseRange(address);
      return form?.cells.find((c) => c.row === r.row && c.col === r.col)?.value;
    };
  };
  const other = {
    figureEvidence: { ket_noi_tsl: 'CV 15/STTTT' },
    agencyCode: 'STP',
    agencyName: 'Sở Tư pháp',
  };

  it('types figure evidence into its MC_SL cell and the agency into the blank agency cells', () => {
    const built = buildSurveyWorkbook({ regime: builtInRegime, template: v2, groupId: 'so' });
    const plan = planMigration(group(v2), group(v2), {}, { ket_noi_tsl: 'Có' }, other);
    const at = cellsOf(built, plan);
    const fig = built.layout.figures?.find((f) => f.key === 'ket_noi_tsl');
    expect(at(fig?.valueCell ?? '')).toBe('Có');
    expect(at(fig?.evidenceCell ?? '')).toBe('CV 15/STTTT');
    expect([at(built.layout.agencyCodeCell), at(built.layout.agencyNameCell)]).toEqual(['STP', 'Sở Tư pháp']);
  });

  it('keeps the agency the new form was made for', () => {
    const agency = { code: 'SNV', name: 'Sở Nội vụ', group: 'so' };
    const built = buildSurveyWorkbook({ regime: builtInRegime, template: v2, groupId: 'so', agency });
    const at = cellsOf(built, planMigration(group(v2), group(v2), {}, {}, other));
    expect([at(built.layout.agencyCodeCell), at(built.layout.agencyNameCell)]).toEqual(['SNV', 'Sở Nội vụ']);
  });
});
