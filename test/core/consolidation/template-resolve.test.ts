/**
 * Which template a returned form was made from (resolveTemplate, through checkSubmission): the metadata it
 * carries, and an older version judged by the template embedded in the form against the current one.
 */
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import type { Submission } from '../../../src/core/consolidation/submission';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { META_KEYS, META_SHEET } from '../../../src/core/sheet/metadata';
import { builtInTemplate, groupTemplate, subCriteriaOf } from '../../../src/core/template/load';
import type { GroupTemplate, SurveyTemplate } from '../../../src/core/template/types';
import { agencyOf, ctx, filledForm, regime, template as v1, YEAR } from '../../support/consolidation/forms';
import { dropMeta, fileInfo, setMeta } from '../../support/consolidation/returned';

const v2 = builtInTemplate(YEAR, 2, regime);
const so = agencyOf('so', 3);
const check = (wb: ReturnedWorkbook, templates: SurveyTemplate[] = [v1]): Submission =>
  checkSubmission(fileInfo(wb.fileName), wb, ctx({ templates }));
const problemOf = (s: Submission, code: string) => s.problems.find((p) => p.code === code);

/** `t` issued again one version later, its group “so” changed by `edit`. */
function reissued(t: SurveyTemplate, edit: (g: GroupTemplate) => void = () => undefined): SurveyTemplate {
  const next = structuredClone(t);
  next.version = t.version + 1;
  const g = groupTemplate(next, 'so');
  if (!g) throw new Error('no group so');
  edit(g);
  return next;
}

function sub(g: GroupTemplate, code: string) {
  const s = subCriteriaOf(g).find((x) => x.code === code);
  if (!s) throw new Error(code);
  return s;
}

/** A form of the older template `older`, checked while `current` is in use. */
function olderForm(older: SurveyTemplate, current: SurveyTemplate): Submission {
  return check(filledForm({ agency: so, template: older }), [current]);
}

const outdatedText = (version: number, changes: string) =>
  `Tệp “${so.code.toLowerCase()}.xlsx”: phiếu theo mẫu phiên bản ${version}, đã được thay bằng phiên bản ${version + 1}: ${changes}. Đề nghị đơn vị nhập lại số liệu vào mẫu phiếu hiện hành.`;

describe('an older version with the same sub-criteria, caps, rules and figures', () => {
  it.each([
    ['self-scored', v1],
    ['computed from figures', v2],
  ])('(%s) is merged with the plain older-version warning', (_, older) => {
    const s = olderForm(older, reissued(older));
    expect(s.outcome).not.toBe('rejected');
    expect(problemOf(s, 'template-older-version')?.message).toBe(
      `Tệp “${so.code.toLowerCase()}.xlsx”: phiếu theo mẫu phiên bản ${older.version} (hiện hành: ${older.version + 1}); các tiêu chí và điểm tối đa không đổi nên vẫn được tổng hợp.`,
    );
  });
});

describe('an older version that differs from the current one is refused, naming the difference', () => {
  it('a computed sub-criterion whose rule changed', () => {
    const current = reissued(v2, (g) => {
      sub(g, '1.1').rule = { kind: 'ratio', numerator: 'so_cb_dung_thu', denominator: 'so_cbcc' };
    });
    const s = olderForm(v2, current);
    expect(s.outcome).toBe('rejected');
    expect(problemOf(s, 'template-outdated')?.message).toBe(
      outdatedText(2, 'tiêu chí 1.1 đã đổi cách tính điểm'),
    );
  });

  it('a figure whose bounds changed, the figures being as many as before', () => {
    const current = reissued(v2, (g) => {
      const f = g.figures?.find((x) => x.key === 'so_cbcc');
      if (!f) throw new Error('no figure so_cbcc');
      f.max = 5000;
    });
    const s = olderForm(v2, current);
    expect(s.outcome).toBe('rejected');
    expect(problemOf(s, 'template-outdated')?.message).toBe(outdatedText(2, 'danh sách số liệu đã thay đổi'));
  });

  it('a sub-criterion the current version no longer has', () => {
    const current = reissued(v1, (g) => {
      const c6 = g.criteria.find((c) => c.number === 6);
      c6?.subCriteria.pop();
    });
    const s = olderForm(v1, current);
    expect(s.outcome).toBe('rejected');
    expect(problemOf(s, 'template-outdated')?.message).toBe(
      outdatedText(1, 'tiêu chí 6.5 đã bị bỏ trong phiên bản hiện hành'),
    );
  });

  it('a self-scored sub-criterion the current version adds, the others unchanged', () => {
    const current = reissued(v1, (g) => {
      const c6 = g.criteria.find((c) => c.number === 6);
      const last = c6?.subCriteria.at(-1);
      if (!c6 || !last) throw new Error('no criterion 6');
      c6.subCriteria.push({ ...last, code: '6.6', index: last.index + 1 });
    });
    const s = olderForm(v1, current);
    expect(s.outcome).toBe('rejected');
    expect(problemOf(s, 'template-outdated')?.message).toBe(
      outdatedText(1, 'tiêu chí 6.6 không có trong phiên bản cũ'),
    );
  });

  it('a computed sub-criterion the current version adds, beside those it now computes for a self-scored form', () => {
    const current = reissued(v2, (g) => {
      const c6 = g.criteria.find((c) => c.number === 6);
      const last = c6?.subCriteria.at(-1);
      if (!c6 || !last) throw new Error('no criterion 6');
      c6.subCriteria.push({ ...last, code: '6.6', index: last.index + 1 });
    });
    const s = olderForm(v1, { ...current, version: 2 });
    expect(s.outcome).toBe('rejected');
    expect(s.problems.map((p) => p.code)).toEqual(['template-outdated']);
  });

  it('a sub-criterion now computed, when the older form already collected figures', () => {
    // The older version collects two figures and only checks them; the current one scores 1.1 from them.
    const older = reissued(v2, (g) => {
      for (const s of subCriteriaOf(g)) delete s.rule;
      g.figures = g.figures?.filter((f) => f.key === 'so_cbcc' || f.key === 'so_cb_co_may');
      g.checks = g.checks?.slice(0, 1);
    });
    const current = reissued(older, (g) => {
      sub(g, '1.1').rule = { kind: 'ratio', numerator: 'so_cb_co_may', denominator: 'so_cbcc' };
    });
    const s = olderForm(older, current);
    expect(s.outcome).toBe('rejected');
    expect(problemOf(s, 'template-outdated')?.message).toBe(
      outdatedText(older.version, 'tiêu chí 1.1 đã đổi cách tính điểm'),
    );
  });

  it('lists five differences at most, in the message and in the report’s data', () => {
    const current = reissued(v1, (g) => {
      for (const s of subCriteriaOf(g).slice(0, 7)) s.code = `${s.code}a`;
    });
    const p = problemOf(olderForm(v1, current), 'template-outdated');
    const added = ['1.1a', '1.2a', '1.3a', '1.4a', '1.5a'];
    expect(p?.message).toBe(
      outdatedText(1, added.map((c) => `tiêu chí ${c} không có trong phiên bản cũ`).join('; ')),
    );
    expect(p?.params).toEqual({
      version: 1,
      current: 2,
      changes: added.map((code) => ({ change: 'sub-added', code })),
    });
  });
});

describe('a self-scored older version where the current one computes from figures', () => {
  it('is merged, naming exactly the sub-criteria now computed (not those still scored by hand)', () => {
    const s = olderForm(v1, v2);
    expect(s.outcome).toBe('accepted-with-warnings');
    const computed = subCriteriaOf(groupTemplate(v2, 'so') as GroupTemplate)
      .filter((x) => x.rule !== undefined)
      .map((x) => x.code);
    expect(computed).not.toContain('3.1');
    expect(problemOf(s, 'template-older-version')?.message).toBe(
      `Tệp “${so.code.toLowerCase()}.xlsx”: phiếu theo mẫu phiên bản 1 (tự chấm điểm); phiên bản hiện hành 2 tính điểm từ số liệu ở các tiêu chí ${computed.join(', ')}. Các tiêu chí và điểm tối đa không đổi nên phiếu vẫn được tổng hợp với điểm tự chấm; đề nghị thẩm định các tiêu chí này.`,
    );
  });

  it('is refused when the current version also changes a cap, naming that sub-criterion', () => {
    const current = reissued(v2, (g) => {
      sub(g, '1.1').capHundredths -= 100;
    });
    const s = olderForm(v1, { ...current, version: 2 });
    expect(s.outcome).toBe('rejected');
    expect(s.problems.map((p) => p.code)).toEqual(['template-outdated']);
    expect(problemOf(s, 'template-outdated')?.message).toContain('tiêu chí 1.1 có điểm tối đa');
  });

  it('is refused when the current version only adds figures, for checks, and computes nothing from them', () => {
    const current = reissued(v1, (g) => {
      const issued = groupTemplate(v2, 'so');
      g.figures = issued?.figures?.filter((f) => f.key === 'so_cbcc' || f.key === 'so_cb_co_may');
      g.checks = issued?.checks?.slice(0, 1);
    });
    const s = olderForm(v1, { ...current, formatVersion: 2 });
    expect(s.outcome).toBe('rejected');
    expect(s.problems.map((p) => p.message)).toEqual([outdatedText(1, 'danh sách số liệu đã thay đổi')]);
  });
});

describe('the template the form carries must be the older version it claims', () => {
  const unreadable = outdatedText(1, 'không đọc được mẫu phiếu lưu kèm trong tệp');

  it('a form whose embedded template is not JSON', () => {
    const wb = filledForm({ agency: so });
    for (const [addr, cell] of Object.entries(wb.cells[META_SHEET] ?? {}))
      if (addr.startsWith('A') && String(cell.value).startsWith(META_KEYS.templateJson))
        setMeta(wb, String(cell.value), '{');
    const s = check(wb, [reissued(v1)]);
    expect(s.outcome).toBe('rejected');
    expect(problemOf(s, 'template-outdated')?.message).toBe(unreadable);
  });

  it('a form whose embedded template is another template', () => {
    const wb = filledForm({ agency: so, template: { ...v1, id: 'mau-khac' } });
    setMeta(wb, META_KEYS.templateId, v1.id);
    const s = check(wb, [reissued(v1)]);
    expect(problemOf(s, 'template-outdated')?.message).toBe(unreadable);
  });

  it('a form whose embedded template is another version than its metadata says', () => {
    const wb = filledForm({ agency: so });
    setMeta(wb, META_KEYS.templateVersion, '2');
    const s = check(wb, [reissued(reissued(v1))]);
    expect(problemOf(s, 'template-outdated')?.message).toBe(
      `Tệp “${wb.fileName}”: phiếu theo mẫu phiên bản 2, đã được thay bằng phiên bản 3: không đọc được mẫu phiếu lưu kèm trong tệp. Đề nghị đơn vị nhập lại số liệu vào mẫu phiếu hiện hành.`,
    );
  });
});

describe('the metadata naming the template', () => {
  it('is read without the spaces around its values', () => {
    const wb = filledForm({ agency: so });
    for (const key of [META_KEYS.templateId, META_KEYS.group, META_KEYS.regimeId])
      setMeta(wb, key, `  ${String(findMeta(wb, key))} `);
    const s = check(wb);
    expect(s.problems).toEqual([]);
    expect(s.outcome).toBe('accepted');
  });

  it('may leave out the regime, which the template then decides', () => {
    const wb = filledForm({ agency: so });
    dropMeta(wb, META_KEYS.regimeId);
    expect(check(wb).outcome).toBe('accepted');
  });

  it('naming another regime is refused, naming both', () => {
    const wb = filledForm({ agency: so });
    setMeta(wb, META_KEYS.regimeId, 'quy-dinh-khac');
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(s.problems.map((p) => p.message)).toEqual([
      `Tệp “${wb.fileName}”: phiếu theo bộ tiêu chí “quy-dinh-khac”, không phải “${v1.regimeId}”.`,
    ]);
  });

  it.each([
    ['a group the template does not have', 'xa'],
    ['no group', undefined],
  ])('naming %s is refused, naming the group', (_, group) => {
    const wb = filledForm({ agency: so });
    if (group === undefined) dropMeta(wb, META_KEYS.group);
    else setMeta(wb, META_KEYS.group, group);
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(s.problems.map((p) => p.message)).toEqual([
      `Tệp “${wb.fileName}”: nhóm cơ quan “${group ?? ''}” không có trong mẫu phiếu.`,
    ]);
  });

  it('without a template version is refused, the version shown empty', () => {
    const wb = filledForm({ agency: so });
    dropMeta(wb, META_KEYS.templateVersion);
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(s.problems.map((p) => p.message)).toEqual([
      `Tệp “${wb.fileName}”: phiên bản mẫu phiếu “” không được biết (phiên bản hiện hành: 1); hãy nạp mẫu phiếu mới nhất rồi tổng hợp lại.`,
    ]);
  });

  it('without a template id is refused, the id shown empty', () => {
    const wb = filledForm({ agency: so });
    dropMeta(wb, META_KEYS.templateId);
    const s = check(wb);
    expect(s.problems.map((p) => p.message)).toEqual([
      `Tệp “${wb.fileName}”: phiếu được tạo từ mẫu “” không được biết (mẫu đang dùng: “${v1.id}”).`,
    ]);
  });
});

function findMeta(wb: ReturnedWorkbook, key: string): unknown {
  const cells = wb.cells[META_SHEET] ?? {};
  const row = Object.entries(cells)
    .find(([addr, c]) => addr.startsWith('A') && c.value === key)?.[0]
    .slice(1);
  return cells[`B${row}`]?.value;
}
