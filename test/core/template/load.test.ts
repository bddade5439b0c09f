/**
 * Loading a template: what a sub-criterion becomes when optional fields are left out, the built-in
 * templates' refusals in Vietnamese, and whether a loaded template fits a regime.
 */
import { builtInRegime } from '../../../src/core/regime/load';
import type { Regime } from '../../../src/core/regime/types';
import {
  builtInTemplate,
  defaultTemplate,
  parseTemplate,
  templateFitsRegime,
  templateToJson,
} from '../../../src/core/template/load';
import type { SurveyTemplate } from '../../../src/core/template/types';

type Obj = Record<string, unknown>;

/** The 2026 version-1 file with the sub-criteria of criterion 1 of group “so” replaced. */
function withSubs(subs: Obj[]): unknown {
  const json = templateToJson(builtInTemplate(2026, 1)) as unknown as { groups: Obj[] };
  const so = json.groups.find((g) => g['groupId'] === 'so') as { criteria: Obj[] };
  (so.criteria[0] as Obj)['subCriteria'] = subs;
  return json;
}
function loaded(json: unknown): SurveyTemplate {
  const r = parseTemplate(json, builtInRegime);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.template;
}
const firstSubs = (t: SurveyTemplate) => t.groups[0]?.criteria[0]?.subCriteria ?? [];

describe('loading a sub-criterion', () => {
  const subs = [
    { code: '1.1', title: 'Máy tính', cap: 4 },
    { code: '1.2', title: 'Mạng', cap: 2, guidance: '   ', rule: { kind: 'manual' } },
    { code: '1.3', title: 'Phần mềm', cap: 2, guidance: ' Đếm  số máy ', evidenceRequired: true },
  ];

  test('numbers the sub-criteria from 1 and leaves out blank guidance, a manual rule and missing evidence', () => {
    const t = loaded(withSubs(subs));
    expect(firstSubs(t)).toEqual([
      {
        code: '1.1',
        criterionNumber: 1,
        index: 1,
        title: 'Máy tính',
        capHundredths: 400,
        evidenceRequired: false,
      },
      {
        code: '1.2',
        criterionNumber: 1,
        index: 2,
        title: 'Mạng',
        capHundredths: 200,
        evidenceRequired: false,
      },
      {
        code: '1.3',
        criterionNumber: 1,
        index: 3,
        title: 'Phần mềm',
        capHundredths: 200,
        guidance: 'Đếm số máy',
        evidenceRequired: true,
      },
    ]);
  });

  test('writes back no guidance and no rule where the file had none worth keeping', () => {
    const json = templateToJson(loaded(withSubs(subs)));
    const so = json.groups.find((g) => g.groupId === 'so');
    expect(so?.criteria[0]?.subCriteria.map((s) => Object.keys(s).sort())).toEqual([
      ['cap', 'code', 'evidenceRequired', 'title'],
      ['cap', 'code', 'evidenceRequired', 'title'],
      ['cap', 'code', 'evidenceRequired', 'guidance', 'title'],
    ]);
  });
});

describe('the built-in templates', () => {
  test('a year they cannot be stamped with is refused with every reason, one per line', () => {
    expect(() => defaultTemplate(12345)).toThrow(
      new Error(
        [
          'Không dùng được bộ tiêu chí mặc định cho năm 12345:',
          '- Năm 12345 nằm ngoài khoảng cho phép (2000–2100).',
          '- Ngày chốt số liệu “12345-10-31” không phải ngày hợp lệ dạng YYYY-MM-DD (ví dụ 2026-10-31).',
          '- Hạn gửi phiếu “12345-11-20” không phải ngày hợp lệ dạng YYYY-MM-DD (ví dụ 2026-10-31).',
        ].join('\n'),
      ),
    );
  });

  test('a version that is not built in is refused by number', () => {
    expect(() => builtInTemplate(2026, 9)).toThrow(new Error('Không có bộ tiêu chí mặc định phiên bản 9.'));
  });
});

describe('templateFitsRegime', () => {
  // Built before each test, not once per block, so Stryker counts the build as covered by the tests
  // that read it and runs only those for a mutant in it (a block-level build is "static").
  let t: SurveyTemplate;
  beforeEach(() => {
    t = builtInTemplate(2026, 1);
  });

  test('is true for a template of the regime’s id whose groups the regime knows', () => {
    expect(templateFitsRegime(t, builtInRegime)).toBe(true);
  });

  test('is false for another regime, or one that lacks a group of the template', () => {
    const other: Regime = { ...builtInRegime, id: 'khac' };
    const fewer: Regime = { ...builtInRegime, groups: builtInRegime.groups.slice(0, 1) };
    const none: Regime = { ...builtInRegime, groups: [] };
    expect([templateFitsRegime(t, other), templateFitsRegime(t, fewer), templateFitsRegime(t, none)]).toEqual(
      [false, false, false],
    );
  });
});
