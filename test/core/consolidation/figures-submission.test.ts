/** A returned format-2 form: figures read through their names, points recomputed from them, logic checks as warnings. */
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import { figureName, scoreName } from '../../../src/core/sheet/names';
import { format2Template } from '../../support/format2-template';
import { consolidate } from '../../../src/core/consolidation/consolidate';
import { agencyOf, ctx, filledForm, regime, roster } from '../../support/consolidation/forms';
import { fileInfo, namedAddress, setNamed } from '../../support/consolidation/returned';

const template = format2Template();
const so = agencyOf('so', 3);
const good = {
  so_cbcc: 40,
  so_cb_co_may: 38,
  so_may_tinh: 50,
  so_may_lan: 45,
  so_may_khong_lan: 5,
  ket_noi_tsl: 'Có',
  ty_le_luu_tru: 91.5,
  so_cuoc_hop: 2,
  muc_dich_vu: 'Một phần',
};

function returned(figures: Record<string, unknown>) {
  const wb = filledForm({ agency: so, template });
  for (const [key, value] of Object.entries(figures)) setNamed(wb, figureName(key), value as never);
  return wb;
}
const check = (wb: ReturnType<typeof returned>) =>
  checkSubmission(fileInfo(wb.fileName), wb, ctx({ templates: [template] }));

describe('a returned format-2 form', () => {
  it('is accepted intact, with computed points recomputed from the figures', () => {
    const s = check(returned(good));
    expect(s.problems).toEqual([]);
    // 38/40 = 95 % → 2; 45/50 × 1,5 = 1,35; Có → 1,5; 91,5 % → 1; 2 × 0,25 = 0,5; “Một phần” → 0,5.
    expect(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'].map((c) => s.data?.entries[c]?.self)).toEqual([
      2, 1.35, 1.5, 1, 0.5, 0.5,
    ]);
    expect(s.data?.score.criteria[0]?.pointsHundredths).toBe(685);
  });

  it('never trusts the cached result of a points formula, and refuses a number typed over it', () => {
    const wb = returned(good);
    const { sheet, address } = namedAddress(wb, scoreName('1.2'));
    const cell = wb.cells[sheet]?.[address];
    if (!cell) throw new Error('no points cell');
    cell.value = 1.5; // a stale cached result, the formula kept
    expect(check(wb).data?.entries['1.2']?.self).toBe(1.35);
    setNamed(wb, scoreName('1.2'), 1.5); // the formula replaced by a typed number
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(s.problems.map((p) => p.code)).toContain('structure-changed');
  });

  it('lists failed logic checks and invalid figures per agency as warnings naming the cell', () => {
    const s = check(returned({ ...good, so_cb_co_may: 41, so_may_khong_lan: 4, so_cuoc_hop: 2.5 }));
    expect(s.outcome).toBe('accepted-with-warnings');
    expect(s.problems.map((p) => p.code)).toEqual([
      'figure-invalid',
      'logic-check-failed',
      'logic-check-failed',
    ]);
    expect(s.problems[0]?.message).toMatch(
      /ô D\d+ \(SL_so_cuoc_hop\): số liệu “Số cuộc họp trực tuyến trong năm” phải là số nguyên; các tiêu chí tính từ số liệu này được 0 điểm\.$/,
    );
    expect(s.problems[1]?.message).toContain(
      'kiểm tra lôgic không đạt: Số cán bộ có máy tính không được lớn hơn tổng số cán bộ.',
    );
    expect(s.problems[2]?.message).toContain('kiểm tra lôgic không đạt (cảnh báo): Số máy tính phải bằng');
    expect(s.data?.entries['1.1']?.self).toBe(2); // 41/40 clamps to the cap; the check tells the appraisers
  });

  it('is rejected when a figure name is missing', () => {
    const wb = returned(good);
    wb.names = wb.names.filter((n) => n.name !== 'SL_so_cbcc');
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(s.problems[0]?.message).toContain('SL_so_cbcc');
  });
});

describe('consolidating format-2 forms', () => {
  it('lists the failed logic checks of each agency in the register and the JSON report, with points from the figures', () => {
    const wb = returned({ ...good, so_cb_co_may: 41 });
    const s = check(wb);
    const run = consolidate({
      previous: null,
      submissions: [s],
      template,
      regime,
      roster,
      now: '2026-11-25T02:00:00Z',
    });
    const row = run.report.register.find((r) => r.agencyCode === so.code);
    expect(row?.problems.some((p) => p.includes('kiểm tra lôgic không đạt: Số cán bộ có máy tính'))).toBe(
      true,
    );
    const file = run.report.files.find((f) => f.file === wb.fileName);
    expect(file?.problems.map((p) => [p.code, p.severity])).toContainEqual(['logic-check-failed', 'warning']);
    const table = run.tables.find((t) => t.groupId === 'so');
    // 41 of 40 → 2 (clamped); 1,35; 1,5; 1; 0,5; 0,5: criterion 1 of the table comes from the figures.
    expect(table?.rows.find((r) => r.code === so.code)?.criteriaHundredths[0]).toBe(685);
  });
});
