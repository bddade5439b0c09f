/** A format-2 form scored in the core: computed points, logic checks and the figure problems the user reads. */
import { builtInRegime } from '../../../src/core/regime/load';
import { scoreForm, shownRating } from '../../../src/core/scoring/score';
import { groupTemplate } from '../../../src/core/template/load';
import type { GroupTemplate } from '../../../src/core/template/types';
import { format2Template } from '../../support/format2-template';

const so = groupTemplate(format2Template(), 'so') as GroupTemplate;

const complete = {
  so_cbcc: 100,
  so_cb_co_may: 100,
  so_may_tinh: 50,
  so_may_lan: 40,
  so_may_khong_lan: 10,
  ket_noi_tsl: 'Có',
  ty_le_luu_tru: 90,
  so_cuoc_hop: 2,
  muc_dich_vu: 'Toàn trình',
};

describe('scoreForm on a format-2 form', () => {
  it('computes the points of each computed sub-criterion and adds them to the criterion', () => {
    const score = scoreForm(builtInRegime, so, {}, complete);
    const c1 = so.criteria[0];
    expect(score.computedPoints).toEqual({
      '1.1': c1?.subCriteria[0]?.capHundredths,
      '1.2': Math.round(((c1?.subCriteria[1]?.capHundredths ?? 0) * 40) / 50),
      '1.3': c1?.subCriteria[2]?.capHundredths,
      '1.4': 100,
      '1.5': 50,
      '1.6': 100,
    });
    const sum = Object.values(score.computedPoints).reduce((s, p) => s + p, 0);
    expect(score.criteria[0]?.pointsHundredths).toBe(sum);
    expect(score.totalHundredths).toBe(sum);
    expect(score.figureProblems).toEqual([]);
    expect(score.checks.map((c) => c.outcome)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
  });

  it('shows no rating while nothing is typed: computed rows alone, or a number over one, do not count', () => {
    const blank = scoreForm(builtInRegime, so, {}, {});
    expect([blank.entered, shownRating(blank)]).toEqual([false, '']);
    const overComputed = scoreForm(builtInRegime, so, { '1.1': { score: 5, evidence: 'QĐ' } }, {});
    expect([overComputed.entered, shownRating(overComputed)]).toEqual([false, '']);
  });

  it('shows a rating as soon as one figure or one manual score is entered', () => {
    const manual = so.criteria.flatMap((c) => c.subCriteria).find((s) => s.rule === undefined);
    if (!manual) throw new Error('no manual row');
    for (const score of [
      scoreForm(builtInRegime, so, {}, { so_cbcc: 0 }),
      scoreForm(builtInRegime, so, { [manual.code]: { score: 0, evidence: null } }, {}),
    ]) {
      expect(score.entered).toBe(true);
      expect(shownRating(score)).toBe(score.band.label);
      expect(shownRating(score)).not.toBe('');
    }
  });

  it('names each blank or invalid figure, then each failed check, with the words and severity the user reads', () => {
    const score = scoreForm(
      builtInRegime,
      so,
      {},
      {
        ...complete,
        so_cbcc: 10,
        so_cb_co_may: 12,
        so_may_tinh: undefined,
        ty_le_luu_tru: 'nhiều',
        so_cuoc_hop: 1001,
        muc_dich_vu: 'Khác',
      },
    );
    expect(score.figureProblems).toMatchObject([
      {
        code: 'figure-blank',
        key: 'so_may_tinh',
        params: { label: 'Số máy tính đang sử dụng' },
        message:
          'Số liệu “Số máy tính đang sử dụng” chưa nhập; các tiêu chí tính từ số liệu này được 0 điểm.',
        severity: 'warning',
      },
      {
        code: 'figure-invalid',
        key: 'ty_le_luu_tru',
        params: { reason: 'not-a-number' },
        message:
          'Số liệu “Tỷ lệ hồ sơ công việc được lưu trữ điện tử” không phải là số; các tiêu chí tính từ số liệu này được 0 điểm.',
        severity: 'error',
      },
      {
        code: 'figure-invalid',
        key: 'so_cuoc_hop',
        params: { reason: 'out-of-bounds' },
        message:
          'Số liệu “Số cuộc họp trực tuyến trong năm” nằm ngoài giới hạn cho phép; các tiêu chí tính từ số liệu này được 0 điểm.',
        severity: 'error',
      },
      {
        code: 'figure-invalid',
        key: 'muc_dich_vu',
        params: { reason: 'not-in-list' },
        message:
          'Số liệu “Mức cung cấp dịch vụ công trực tuyến cao nhất” không có trong danh sách lựa chọn; các tiêu chí tính từ số liệu này được 0 điểm.',
        severity: 'error',
      },
      {
        code: 'logic-check-failed',
        key: 'so_cb_co_may',
        message: 'Kiểm tra lôgic không đạt: Số cán bộ có máy tính không được lớn hơn tổng số cán bộ.',
        severity: 'error',
      },
    ]);
    // The sum check cannot be decided without the number of computers: incomplete, not failed.
    expect(score.checks.map((c) => c.outcome)).toEqual([
      'fail',
      'incomplete',
      'incomplete',
      'pass',
      'incomplete',
    ]);
    expect(score.computedPoints['1.4']).toBe(0);
    expect(score.computedPoints['1.5']).toBe(0);
  });

  it('marks a failed warning check as a warning in its words', () => {
    const score = scoreForm(builtInRegime, so, {}, { ...complete, so_may_khong_lan: 11 });
    expect(score.figureProblems).toMatchObject([
      {
        code: 'logic-check-failed',
        key: 'so_may_tinh',
        params: { severity: 'warning' },
        message:
          'Kiểm tra lôgic không đạt (cảnh báo): Số máy tính phải bằng số máy kết nối mạng cộng số máy chưa kết nối.',
        severity: 'warning',
      },
    ]);
  });

  it('ignores a number typed over a computed row but still asks for its evidence', () => {
    const code13 = '1.3';
    const withTyped = scoreForm(builtInRegime, so, { [code13]: { score: 0, evidence: null } }, complete);
    const without = scoreForm(builtInRegime, so, {}, complete);
    expect(withTyped.totalHundredths).toBe(without.totalHundredths);
    const evidenceProblems = withTyped.problems.filter((p) => p.subCode === code13);
    expect(evidenceProblems.map((p) => [p.code, p.field])).toEqual([['evidence-missing', 'evidence']]);
  });
});
