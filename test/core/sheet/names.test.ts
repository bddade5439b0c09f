import {
  AGENCY_CODE_NAME,
  TOTAL_NAME,
  criterionName,
  evidenceName,
  figureEvidenceName,
  figureKeyOf,
  figureName,
  isContractName,
  isInputName,
  parseContractName,
  scoreName,
} from '../../../src/core/sheet/names';

describe('defined-name contract', () => {
  it('names score, evidence and criterion cells as the README documents', () => {
    expect(scoreName('2.3')).toBe('TC_2_3');
    expect(evidenceName('2.3')).toBe('MC_2_3');
    expect(criterionName(2)).toBe('TC_2');
    expect(criterionName(1)).toBe('TC_1');
    expect(scoreName('10.12')).toBe('TC_10_12');
    expect(evidenceName('1.10')).toBe('MC_1_10');
  });

  it('refuses codes that would make an invalid or ambiguous name', () => {
    expect(() => scoreName('2')).toThrow(new RangeError('"2" is not a sub-criterion code'));
    expect(() => scoreName('2.3.1')).toThrow('"2.3.1" is not a sub-criterion code');
    expect(() => evidenceName('a2.3')).toThrow('"a2.3" is not a sub-criterion code');
    expect(() => evidenceName('2.3a')).toThrow('"2.3a" is not a sub-criterion code');
    expect(() => criterionName(0)).toThrow(new RangeError('criterion 0 is not a positive integer'));
    expect(() => criterionName(-1)).toThrow('criterion -1 is not a positive integer');
    expect(() => criterionName(2.5)).toThrow('criterion 2.5 is not a positive integer');
  });

  it('names figure and figure-evidence cells as the README documents, and reads the key back', () => {
    expect(figureName('so_may_tinh')).toBe('SL_so_may_tinh');
    expect(figureName('x')).toBe('SL_x');
    expect(figureEvidenceName('so_may_tinh')).toBe('MC_SL_so_may_tinh');
    expect(figureKeyOf('SL_so_may_tinh')).toBe('so_may_tinh');
    expect(figureKeyOf('SL_x2')).toBe('x2');
    for (const other of [
      'XSL_so_may',
      'SL_so-may',
      'SL_So_may',
      'SL_1may',
      'SL_',
      'MC_SL_so_may',
      'TC_1_1',
    ]) {
      expect(figureKeyOf(other)).toBeNull();
    }
  });

  it.each(['So_may', 'so-may', '1may', '_may', 'may tinh', ''])('refuses the figure key %p', (key) => {
    expect(() => figureName(key)).toThrow(new RangeError(`"${key}" is not a figure key`));
    expect(() => figureEvidenceName(key)).toThrow(`"${key}" is not a figure key`);
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

  it.each([
    [' TC_2_3 ', { kind: 'score', code: '2.3' }],
    ['TC_10_1', { kind: 'score', code: '10.1' }],
    ['MC_1_10', { kind: 'evidence', code: '1.10' }],
    ['TC_02_03', { kind: 'score', code: '2.3' }],
    ['TC_10', { kind: 'criterion', number: 10 }],
    ['sl_so_may_tinh', { kind: 'figure', key: 'so_may_tinh' }],
    ['SL_X', { kind: 'figure', key: 'x' }],
    ['MC_SL_So_May2', { kind: 'figure-evidence', key: 'so_may2' }],
    ['TONG_DIEM', { kind: 'fixed', name: 'TONG_DIEM' }],
    ['xep_loai', { kind: 'fixed', name: 'XEP_LOAI' }],
    ['Ma_Don_Vi', { kind: 'fixed', name: 'MA_DON_VI' }],
    ['TEN_DON_VI', { kind: 'fixed', name: 'TEN_DON_VI' }],
    ['nam', { kind: 'fixed', name: 'NAM' }],
    ['NHOM', { kind: 'fixed', name: 'NHOM' }],
  ])('reads the contract name %p', (name, parsed) => {
    expect(parseContractName(name)).toEqual(parsed);
    expect(isContractName(name)).toBe(true);
  });

  it.each([
    'XTC_2_3',
    'TC_2_3X',
    'TC_2_',
    'TC_A_3',
    'TC_2_B',
    'XTC_4',
    'TC_4X',
    'TC_',
    'XSL_ABC',
    'SL_SO-MAY',
    'SL_1A',
    'MC_SL_',
    'MCSL_ABC',
    'TONG_DIEM_2',
    'XHCNTT_DU_LIEU',
    '',
  ])('reads %p as no contract name', (name) => {
    expect(parseContractName(name)).toBeNull();
    expect(isContractName(name)).toBe(false);
    expect(isInputName(name)).toBe(false);
  });

  it.each([
    ['TC_1_1', true],
    ['MC_1_1', true],
    ['SL_so_may_tinh', true],
    ['MC_SL_so_may_tinh', true],
    ['MA_DON_VI', true],
    ['TEN_DON_VI', true],
    ['TC_1', false],
    ['TONG_DIEM', false],
    ['XEP_LOAI', false],
    ['NAM', false],
    ['NHOM', false],
  ])('tells whether %p is a cell the agency fills (%p)', (name, input) => {
    expect(isInputName(name)).toBe(input);
  });
});
