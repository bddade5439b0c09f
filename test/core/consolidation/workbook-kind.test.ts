import { consolidationFitsTemplate, workbookKind } from '../../../src/core/consolidation/workbook-kind';
import { META_KEYS, PRODUCT } from '../../../src/core/sheet/metadata';

describe('what a workbook is, from its metadata', () => {
  it('tells a survey, a consolidation and anything else apart, ignoring stray spaces', () => {
    expect(workbookKind({ [META_KEYS.product]: PRODUCT })).toBe('survey');
    expect(workbookKind({ [META_KEYS.product]: ` ${PRODUCT} `, kind: 'consolidation ' })).toBe(
      'consolidation',
    );
    expect(workbookKind({ [META_KEYS.product]: 'san-pham-khac', kind: 'consolidation' })).toBe('other');
    expect(workbookKind({})).toBe('other');
    expect(workbookKind(null)).toBe('other');
  });

  it('lets a consolidation take a merge only with the template of its year', () => {
    const template = { year: 2026, id: 'TH-2026' };
    expect(consolidationFitsTemplate({ year: 2026, templateId: 'TH-2026' }, template)).toBe(true);
    expect(consolidationFitsTemplate({ year: 2025, templateId: 'TH-2026' }, template)).toBe(false);
    expect(consolidationFitsTemplate({ year: 2026, templateId: 'TH-2026-b' }, template)).toBe(false);
  });
});
