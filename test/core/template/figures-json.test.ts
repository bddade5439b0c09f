/** A figure of the file as the model holds it and as it is written back: units, bounds and evidence left out or kept. */
import { builtInRegime } from '../../../src/core/regime/load';
import { parseTemplate, templateToJson } from '../../../src/core/template/load';
import type { Figure } from '../../../src/core/template/figure-types';
import type { SurveyTemplate } from '../../../src/core/template/types';
import { format2Json } from '../../support/format2-template';

type Obj = Record<string, unknown>;

function loaded(change: (figures: Obj[]) => void): SurveyTemplate {
  const json = format2Json();
  const so = json.groups.find((g) => g.groupId === 'so') as unknown as Obj;
  change(so['figures'] as Obj[]);
  const r = parseTemplate(json, builtInRegime);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.template;
}
const figuresOf = (t: SurveyTemplate): Figure[] => t.groups.find((g) => g.groupId === 'so')?.figures ?? [];

describe('figures in the file and in the model', () => {
  // Loaded before each test, not once per block, so Stryker counts the load as covered by the tests
  // that read it and runs only those for a mutant in it (a block-level load is "static").
  let t: SurveyTemplate;
  beforeEach(() => {
    t = loaded((figures) => {
      (figures[0] as Obj)['min'] = 1;
      (figures[2] as Obj)['unit'] = '  ';
    });
  });

  test('keeps a unit and bounds, leaves out a blank or missing unit, and asks no evidence unless told', () => {
    expect(figuresOf(t).slice(0, 6)).toEqual([
      {
        key: 'so_cbcc',
        label: 'Tổng số cán bộ, công chức, viên chức',
        type: 'integer',
        unit: 'người',
        min: 1,
        evidenceRequired: false,
      },
      {
        key: 'so_cb_co_may',
        label: 'Số cán bộ, công chức, viên chức được trang bị máy tính',
        type: 'integer',
        unit: 'người',
        evidenceRequired: false,
      },
      { key: 'so_may_tinh', label: 'Số máy tính đang sử dụng', type: 'integer', evidenceRequired: false },
      {
        key: 'so_may_lan',
        label: 'Số máy tính kết nối mạng LAN và Internet',
        type: 'integer',
        unit: 'máy',
        evidenceRequired: false,
      },
      {
        key: 'so_may_khong_lan',
        label: 'Số máy tính chưa kết nối mạng LAN',
        type: 'integer',
        unit: 'máy',
        evidenceRequired: false,
      },
      {
        key: 'ket_noi_tsl',
        label: 'Kết nối mạng truyền số liệu chuyên dùng',
        type: 'yesno',
        partly: true,
        evidenceRequired: true,
      },
    ]);
  });

  test('writes the bounds back under their names, and no unit where there is none', () => {
    const so = templateToJson(t).groups.find((g) => g.groupId === 'so');
    const [first, , third] = so?.figures ?? [];
    expect(first).toEqual({
      key: 'so_cbcc',
      label: 'Tổng số cán bộ, công chức, viên chức',
      type: 'integer',
      unit: 'người',
      min: 1,
      evidenceRequired: false,
    });
    expect(Object.keys(third ?? {})).not.toContain('unit');
  });
});
