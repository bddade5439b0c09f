/** The "Hướng dẫn" sheet of the survey (src/core/sheet/survey/guide-sheet.ts), in the words the agency reads. */
import type { WorkbookSpec } from '../../../src/core/sheet/spec';
import { GUIDE_SHEET, buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import { builtInTemplate } from '../../../src/core/template/load';
import { regime } from '../../support/sheet/fixtures';

// Built before each test (not at file scope) so Stryker runs these tests for the mutants they reach.
let spec: WorkbookSpec;
beforeEach(() => {
  ({ spec } = buildSurveyWorkbook({ regime, template: builtInTemplate(2026, 2, regime), groupId: 'so' }));
});
const guideLines = (): string[] =>
  (spec.sheets.find((s) => s.name === GUIDE_SHEET)?.cells ?? []).map((c) => String(c.value ?? ''));

describe('the guide sheet', () => {
  it('states each rating band with its range of rounded points, highest first', () => {
    expect(guideLines().filter((t) => t.startsWith('Xếp loại theo'))).toEqual([
      'Xếp loại theo tổng điểm đã làm tròn: Tốt: từ 85 điểm; Khá: từ 70 điểm đến dưới 85 điểm; ' +
        'Trung bình: từ 50 điểm đến dưới 70 điểm; Yếu: dưới 50 điểm.',
    ]);
  });
});
