import {
  AGENCY_CODE_NAME,
  TOTAL_NAME,
  criterionName,
  evidenceName,
  isInputName,
  parseContractName,
  scoreName,
} from '../../../src/core/sheet/names';

describe('defined-name contract', () => {
  it('names score, evidence and criterion cells as the README documents', () => {
    expect(scoreName('2.3')).toBe('TC_2_3');
    expect(evidenceName('2.3')).toBe('MC_2_3');
    expect(criterionName(2)).toBe('TC_2');
    expect(scoreName('10.12')).toBe('TC_10_12');
  });

  it('refuses codes that would make an invalid or ambiguous name', () => {
    expect(() => scoreName('2')).toThrow();
    expect(() => scoreName('2.3.1')).toThrow();
    expect(() => criterionName(0)).toThrow();
  });

  it('parses names back, case-insensitively like Excel, and tells inputs from outputs', () => {
    expect(parseContractName('tc_2_3')).toEqual({ kind: 'score', code: '2.3' });
    expect(parseContractName('MC_7_1')).toEqual({ kind: 'evidence', code: '7.1' });
    expect(parseContractName('TC_4')).toEqual({ kind: 'criterion', number: 4 });
    expect(parseContractName('tong_diem')).toEqual({ kind: 'fixed', name: TOTAL_NAME });
    expect(parseContractName('_xlnm.Print_Titles')).toBeNull();
    expect(isInputName('TC_1_1')).toBe(true);
    expect(isInputName('MC_1_1')).toBe(true);
    expect(isInputName(AGENCY_CODE_NAME)).toBe(true);
    expect(isInputName('TC_1')).toBe(false);
    expect(isInputName(TOTAL_NAME)).toBe(false);
  });
});
