/**
 * What the scoring and the merge read of a returned form's inputs: a computed sub-criterion's score cell
 * (the template's locked formula) is never read as a self-score, an explicit “manual” rule is a self-score
 * like no rule at all, and an input the form does not hold enters the tables empty.
 */
import {
  formInputs,
  inputNamesOf,
  submittedEntries,
  type InputCells,
} from '../../../src/core/consolidation/form-inputs';
import type { ReadCell } from '../../../src/core/returned/types';
import type { GroupTemplate, SubCriterion } from '../../../src/core/template/types';

function sub(code: string, rule?: SubCriterion['rule']): SubCriterion {
  const [criterion, index] = code.split('.').map(Number);
  return {
    code,
    criterionNumber: criterion ?? 1,
    index: index ?? 1,
    title: `Tiêu chí ${code}`,
    capHundredths: 500,
    evidenceRequired: false,
    ...(rule !== undefined ? { rule } : {}),
  };
}

function groupOf(subs: SubCriterion[]): GroupTemplate {
  return {
    groupId: 'so',
    groupName: 'Sở, ban, ngành',
    criteria: [{ number: 1, title: 'Hạ tầng', capHundredths: 1500, subCriteria: subs }],
  };
}

function cellsOf(
  subs: SubCriterion[],
  score: Record<string, ReadCell>,
  evidence: Record<string, ReadCell>,
): InputCells {
  const named = (cells: Record<string, ReadCell>) =>
    new Map(
      Object.entries(cells).map(([code, cell]) => [
        code,
        { name: code, sheet: 'Phiếu', address: 'D10', cell },
      ]),
    );
  return { subs, scoreCells: named(score), evidenceCells: named(evidence), missing: [] };
}

describe('the inputs of a returned form', () => {
  let subs: SubCriterion[];
  beforeEach(() => {
    subs = [sub('1.1'), sub('1.2', { kind: 'manual' }), sub('1.3', { kind: 'yesno', figure: 'ket_noi_tsl' })];
  });

  test('only sub-criteria with a rule other than “manual” are computed from figures', () => {
    expect(inputNamesOf(groupOf(subs)).computedCodes).toEqual(['1.3']);
  });

  test('a self-score is read under no rule and under a “manual” rule; a computed score cell is never read', () => {
    const cells = cellsOf(
      subs,
      { '1.1': { value: 4 }, '1.2': { value: 3.5 }, '1.3': { value: 5, formula: 'IF(D20="Có",5,0)' } },
      { '1.1': { value: 'QĐ 12' }, '1.3': { value: 'Có kết nối' } },
    );
    const inputs = formInputs(cells);
    expect(inputs).toEqual({
      '1.1': { score: 4, evidence: 'QĐ 12', scoreFormula: undefined, evidenceFormula: undefined },
      '1.2': { score: 3.5, evidence: null, scoreFormula: undefined, evidenceFormula: undefined },
      '1.3': { score: null, evidence: 'Có kết nối', scoreFormula: undefined, evidenceFormula: undefined },
    });
    // The merge takes the typed self-scores and the computed points, never the formula's stored result.
    expect(submittedEntries(subs, inputs, { '1.3': 250 })).toEqual({
      '1.1': { self: 4, evidence: 'QĐ 12' },
      '1.2': { self: 3.5, evidence: '' },
      '1.3': { self: 2.5, evidence: 'Có kết nối' },
    });
  });

  test('a sub-criterion the inputs do not hold enters the tables with no self-score and no evidence', () => {
    expect(submittedEntries(subs.slice(0, 1), {}, {})).toEqual({ '1.1': { self: null, evidence: '' } });
  });
});
