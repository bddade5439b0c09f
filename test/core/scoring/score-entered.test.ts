/** When a form shows a rating, and the words of formula cells: rules a user sees on the live check. */
import { builtInRegime } from '../../../src/core/regime/load';
import { checkEntry } from '../../../src/core/scoring/rules';
import { scoreForm, shownRating } from '../../../src/core/scoring/score';
import { builtInTemplate, groupTemplate } from '../../../src/core/template/load';
import type { GroupTemplate } from '../../../src/core/template/types';
import { format2Template } from '../../support/format2-template';

// Version 1 of the built-in template: a format-1 form, every score typed (version 2 computes them).
const so = groupTemplate(builtInTemplate(2026, 1), 'so') as GroupTemplate;
const [first, second] = so.criteria.flatMap((c) => c.subCriteria);
if (!first || !second || so.figures !== undefined) throw new Error('not a format-1 group');

describe('a format-1 form shows a rating', () => {
  it('not while every score cell is empty, blank text included', () => {
    for (const score of [null, undefined, '']) {
      const s = scoreForm(builtInRegime, so, { [first.code]: { score, evidence: 'QĐ 1' } });
      expect([s.entered, shownRating(s)]).toEqual([false, '']);
    }
    expect(scoreForm(builtInRegime, so, {}).entered).toBe(false);
  });

  it('as soon as one cell holds anything: a zero, text, or a formula', () => {
    const inputs = [{ score: 0 }, { score: 'khá' }, { score: null, scoreFormula: '1+1' }, { score: ' ' }];
    for (const input of inputs) {
      const s = scoreForm(builtInRegime, so, { [first.code]: { evidence: null, ...input } });
      expect(s.entered).toBe(true);
      expect(shownRating(s)).toBe(s.band.label);
    }
  });
});

describe('a row whose template says "manual"', () => {
  it('is a typed row: blank, it shows no rating', () => {
    const manual: GroupTemplate = {
      ...so,
      criteria: so.criteria.map((c) => ({
        ...c,
        subCriteria: c.subCriteria.map((s) => ({ ...s, rule: { kind: 'manual' as const } })),
      })),
    };
    expect(scoreForm(builtInRegime, manual, {}).entered).toBe(false);
    expect(scoreForm(builtInRegime, manual, { [first.code]: { score: 1, evidence: 'QĐ' } }).entered).toBe(
      true,
    );
  });
});

describe('a computed row of a format-2 form', () => {
  it('flags a formula typed in its evidence cell', () => {
    const group = groupTemplate(format2Template(), 'so') as GroupTemplate;
    const computed = group.criteria[0]?.subCriteria[0];
    if (!computed) throw new Error('no computed row');
    const s = scoreForm(builtInRegime, group, {
      [computed.code]: { score: null, evidence: 'QĐ', evidenceFormula: 'B2' },
    });
    expect(s.problems.filter((p) => p.subCode === computed.code)).toMatchObject([
      {
        code: 'formula-in-input',
        params: { formula: 'B2' },
        where: { criterion: computed.code, field: 'evidence' },
        subCode: computed.code,
        field: 'evidence',
        severity: 'warning',
        message: `Tiêu chí ${computed.code}: ô minh chứng chứa công thức “=B2”; hãy ghi minh chứng trực tiếp.`,
      },
    ]);
  });
});

describe('formula cells in the words of the problem', () => {
  it('quote the result the file stored for a score formula, and nothing when it stored none', () => {
    expect(checkEntry(first, 7.5, 'QĐ', { score: 'B1*2' })[0]?.message).toBe(
      `Tiêu chí ${first.code}: ô điểm chứa công thức “=B1*2” (kết quả lưu trong tệp: 7,5); điểm phải được gõ trực tiếp nên ô này được tính 0 điểm. Hãy nhập điểm dưới dạng số.`,
    );
    expect(checkEntry(first, null, 'QĐ', { score: 'B1*2' })[0]?.message).toBe(
      `Tiêu chí ${first.code}: ô điểm chứa công thức “=B1*2”; điểm phải được gõ trực tiếp nên ô này được tính 0 điểm. Hãy nhập điểm dưới dạng số.`,
    );
  });
});
