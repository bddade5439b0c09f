/**
 * What counts after appraisal on a format-2 consolidation: an appraised figure unless it is blank (spaces
 * only count as blank, as Excel's LEN(TRIM(x))=0), the rule over the agency's own group's figures, the stored
 * score when a figure row the rule reads was deleted from the data sheet; and the data sheet's cached
 * effective figures (what LibreOffice shows before recalculating) equal its formulas.
 */
import { effectivePointsOf } from '../../../src/core/consolidation/effective';
import { mergeSubmissions } from '../../../src/core/consolidation/merge';
import { readConsolidationState } from '../../../src/core/consolidation/read-state';
import { DATA_COLUMNS, DATA_SHEET, HEADER_ROW } from '../../../src/core/consolidation/sheets/layout';
import { buildConsolidationWorkbook } from '../../../src/core/consolidation/sheets/workbook';
import { emptyState, type ConsolidationState } from '../../../src/core/consolidation/state';
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import { figureName } from '../../../src/core/sheet/names';
import type { SubCriterion, SurveyTemplate } from '../../../src/core/template/types';
import { FORMAT2_VALID_FIGURES, format2Template } from '../../support/format2-template';
import { evaluateSpec } from '../../support/consolidation/evaluate';
import { agencyOf, ctx, filledForm, regime, roster, subsOf, YEAR } from '../../support/consolidation/forms';
import { fileInfo, returnedFromSpec, setNamed } from '../../support/consolidation/returned';

const template = format2Template();
const so = agencyOf('so', 0);
const NOW = '2026-11-25T02:00:00Z';

/** The agency's form with the valid figures, merged, written and read back (figure rows sorted by key). */
function consolidated(): ConsolidationState {
  const wb = filledForm({ agency: so, template, fileName: 'so.xlsx' });
  for (const [key, value] of Object.entries(FORMAT2_VALID_FIGURES)) setNamed(wb, figureName(key), value);
  const sub = checkSubmission(fileInfo('so.xlsx'), wb, ctx({ templates: [template] }));
  const start = emptyState(YEAR, template.regimeId, template.id, template.version);
  const { state } = mergeSubmissions(start, [sub], template, NOW);
  const { spec } = buildConsolidationWorkbook(state, template, regime, roster);
  const read = readConsolidationState(returnedFromSpec(spec, 'xep-hang.xlsx'), regime);
  if (!read.ok) throw new Error(read.message);
  return read.state;
}

// Built before each test, not once per file, so Stryker counts the build as covered by the tests
// that read it and runs only those for a mutant in it (a file-level build is "static").
let base: ConsolidationState;
beforeEach(() => {
  base = consolidated();
});
const sub = (code: string): SubCriterion => {
  const s = subsOf('so', template).find((x) => x.code === code);
  if (!s) throw new Error(code);
  return s;
};

function appraised(key: string, value: number | string | null, state = base): ConsolidationState {
  return {
    ...state,
    figures: (state.figures ?? []).map((f) =>
      f.agencyCode === so.code && f.key === key ? { ...f, appraised: value } : f,
    ),
  };
}

function points(state: ConsolidationState, code: string, t: SurveyTemplate = template): number {
  return effectivePointsOf(state, t.groups)(so.code, 'so', sub(code));
}

describe('effective points of sub-criteria computed from figures', () => {
  test('an appraised figure of spaces only, or empty text, is blank: the submitted figure counts', () => {
    // 90 of 120 computers on the LAN: 90/120 × 1,5 = 1,125 → 1,13; appraised 95 computers: 1,42.
    expect(points(base, '1.2')).toBe(113);
    expect(points(appraised('so_may_tinh', '   '), '1.2')).toBe(113);
    expect(points(appraised('so_may_tinh', ''), '1.2')).toBe(113);
    expect(points(appraised('so_may_tinh', 95), '1.2')).toBe(142);
  });

  test('every figure row of the agency counts, the first on the data sheet as much as the last', () => {
    const keys = (base.figures ?? []).filter((f) => f.agencyCode === so.code).map((f) => f.key);
    expect([keys[0], keys.at(-1)]).toEqual(['ket_noi_tsl', 'ty_le_luu_tru']);
    // “Kết nối mạng truyền số liệu chuyên dùng”: Có → full cap of 1.3; appraised Không → 0.
    expect(points(base, '1.3')).toBe(sub('1.3').capHundredths);
    expect(points(appraised('ket_noi_tsl', 'Không'), '1.3')).toBe(0);
    // 91,5 % of records kept electronically: the 90 % tier (1 point); appraised 60 %: the 50 % tier.
    expect(points(appraised('ty_le_luu_tru', 60), '1.4')).toBe(50);
  });

  test('a sub-criterion whose figure row was deleted keeps its stored score, even if its other figure is appraised', () => {
    const stored = base.rows.find((r) => r.agencyCode === so.code && r.subCode === '1.1')?.self;
    // 38 of 40 staff with a computer: 95 %, the full cap of 1.1; appraised 20 of 40 would be 50 %.
    expect(stored).toBe(sub('1.1').capHundredths / 100);
    const withoutTotal = {
      ...appraised('so_cb_co_may', 20),
      figures: appraised('so_cb_co_may', 20).figures?.filter((f) => f.key !== 'so_cbcc'),
    };
    expect(points(appraised('so_cb_co_may', 20), '1.1')).toBeLessThan(sub('1.1').capHundredths);
    expect(points(withoutTotal, '1.1')).toBe(sub('1.1').capHundredths);
  });

  test('a template listing the district group first still reads the department’s own figures', () => {
    const districtFirst: SurveyTemplate = { ...template, groups: [...template.groups].reverse() };
    expect(districtFirst.groups[0]?.groupId).toBe('huyen');
    expect(points(appraised('so_may_tinh', 95), '1.2', districtFirst)).toBe(142);
  });
});

describe('the data sheet’s effective figures', () => {
  test('are written with the value their formula gives: blank, spaces, text and numbers alike', () => {
    let state = appraised('so_may_tinh', '   ');
    state = appraised('so_cbcc', 41, state);
    state = appraised('muc_dich_vu', 'Toàn trình', state);
    state = {
      ...state,
      figures: state.figures?.map((f) => (f.key === 'so_cuoc_hop' ? { ...f, value: null } : f)),
    };
    const { spec } = buildConsolidationWorkbook(state, template, regime, roster);
    const { value } = evaluateSpec(spec);
    const data = spec.sheets.find((s) => s.name === DATA_SHEET);
    const effective = (data?.cells ?? []).filter(
      (c) => c.col === DATA_COLUMNS.effective && c.row > HEADER_ROW && c.formula?.startsWith('IF(LEN(TRIM('),
    );
    const shown = effective.map((c) => [c.row, c.cachedValue]);
    expect(shown).toHaveLength(9);
    expect(shown).toEqual(effective.map((c) => [c.row, value(DATA_SHEET, c.row, c.col)]));
    // In the template's order: so_cbcc (appraised 41), …, so_may_tinh (appraised spaces: the submitted 120), …
    expect(shown.map(([, v]) => v)).toEqual([41, 38, 120, 90, 30, 'Có', 91.5, '', 'Toàn trình']);
  });
});
