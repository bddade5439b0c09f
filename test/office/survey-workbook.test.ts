/**
 * The survey adapter against the Excel double: round-trip budgets, recognising a survey from its
 * metadata, insert/replace without losing entries, and the live check (debounced, one sync per
 * batch, own writes ignored, pasted errors caught, handler removed on dispose). The sheet's own
 * formulas are checked against the core's scoreForm on random fills.
 */
import fc from 'fast-check';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import { type FormInputs, scoreForm, shownRating } from '../../src/core/scoring/score';
import type { Scalar } from '../../src/excel-double';
import { createExcelDouble, installExcelDouble } from '../../src/excel-double';
import { scoreName } from '../../src/core/sheet/names';
import { buildSurveyWorkbook } from '../../src/core/sheet/survey/build';
import { builtInTemplate, groupTemplate } from '../../src/core/template/load';
import { asOwnWrite } from '../../src/office/own-writes';
import { renderWorkbookSpec } from '../../src/office/render-spec';
import {
  findSurvey,
  insertSurvey,
  readInputs,
  selectCell,
  watchInputs,
} from '../../src/office/survey-workbook';
import { format2Template } from '../support/format2-template';

const template = builtInTemplate(2026, 1);
const built = (groupId: string) => {
  const agency = sampleRoster.find((a) => a.group === groupId);
  return buildSurveyWorkbook({ regime: builtInRegime, template, groupId, ...(agency ? { agency } : {}) });
};
const groups = builtInRegime.groups.map((g) => g.id);
const biggest =
  [...groups].sort((a, b) => built(b).layout.rows.length - built(a).layout.rows.length)[0] ?? 'so';

function setup(excelApi = '1.17') {
  return installExcelDouble(globalThis, createExcelDouble({ excelApi }));
}

async function inserted(groupId = biggest, excelApi?: string) {
  const d = setup(excelApi);
  const { spec, layout } = built(groupId);
  await expect(insertSurvey(spec, 'create')).resolves.toEqual({ status: 'inserted' });
  await d.settle();
  d.resetStats();
  return { d, spec, layout };
}

describe('round trips', () => {
  it.each(groups)('renders the survey of group %s in at most 2 syncs', async (groupId) => {
    const d = setup();
    const { spec } = built(groupId);
    await d.Excel.run(async (context) => renderWorkbookSpec(context, spec));
    expect(d.syncCount()).toBeLessThanOrEqual(2);
  });

  it('inserts the biggest survey with one probe sync plus the render', async () => {
    const d = setup();
    await insertSurvey(built(biggest).spec, 'create');
    expect(d.syncCount()).toBeLessThanOrEqual(3);
  });

  it('finds an inserted survey in two syncs (the second reads where its names point) and rebuilds its layout from the stored template', async () => {
    const { d, layout } = await inserted();
    const info = await findSurvey();
    expect(d.syncCount()).toBe(2);
    expect(info?.problems).toEqual([]);
    expect(info?.groupId).toBe(biggest);
    expect(info?.template?.id).toBe(template.id);
    expect(info?.layout).toEqual(layout);
  });

  it('answers null for a workbook without a survey, in one sync', async () => {
    const d = setup();
    await expect(findSurvey()).resolves.toBeNull();
    expect(d.syncCount()).toBe(1);
  });

  it('reads every input in one sync', async () => {
    const { d, layout } = await inserted();
    const first = layout.rows[0];
    if (!first) throw new Error('empty layout');
    d.user.type(layout.formSheet, first.scoreCell, '1,5');
    d.user.type(layout.formSheet, first.evidenceCell, 'QĐ 12/QĐ-UBND');
    d.resetStats();
    const { inputs } = await readInputs(layout);
    expect(d.syncCount()).toBe(1);
    expect(inputs[first.code]).toEqual({ score: 1.5, evidence: 'QĐ 12/QĐ-UBND' });
    expect(Object.keys(inputs)).toHaveLength(layout.rows.length);
  });

  it('reads a formula in an input cell as a formula, in the same sync', async () => {
    const { d, layout } = await inserted();
    const first = layout.rows[0];
    if (!first) throw new Error('empty layout');
    // The double's validation refuses typed formulas, so the formula goes in as a paste-special would.
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(layout.formSheet).getRange(first.scoreCell).formulas = [['=1+1']];
      await context.sync();
    });
    d.resetStats();
    const { inputs } = await readInputs(layout);
    expect(d.syncCount()).toBe(1);
    expect(inputs[first.code]).toMatchObject({ score: 2, scoreFormula: '1+1' });
    expect(inputs[layout.rows[1]?.code ?? '']?.scoreFormula).toBeUndefined();
  });
});

describe('a format-2 survey in the pane', () => {
  it('reads the figures with the entries in one sync, and the core scores them like the sheet', async () => {
    const d = setup();
    const v2 = format2Template();
    const { spec, layout } = buildSurveyWorkbook({ regime: builtInRegime, template: v2, groupId: 'so' });
    await insertSurvey(spec, 'create');
    await d.settle();
    const cellOf = (key: string): string => layout.figures?.find((f) => f.key === key)?.valueCell ?? '';
    d.user.type(layout.formSheet, cellOf('so_cbcc'), '40');
    d.user.type(layout.formSheet, cellOf('so_cb_co_may'), '41');
    d.user.type(layout.formSheet, cellOf('ty_le_luu_tru'), '70,5');
    d.resetStats();
    const reading = await readInputs(layout);
    expect(d.syncCount()).toBe(1);
    expect(reading.figures).toMatchObject({ so_cbcc: 40, so_cb_co_may: 41, ty_le_luu_tru: 70.5 });
    const group = groupTemplate(v2, 'so');
    if (!group) throw new Error('group missing');
    const score = scoreForm(builtInRegime, group, reading.inputs, reading.figures);
    // 41 of 40 clamps to the cap 2; 70,5 % reaches the 0,75 tier; the sheet computed the same.
    const sheetPoints = (code: string) =>
      d.value(layout.formSheet, layout.rows.find((r) => r.code === code)?.countedCell ?? '');
    expect([sheetPoints('1.1'), sheetPoints('1.4')]).toEqual([2, 0.75]);
    expect(score.criteria[0]?.pointsHundredths).toBe(275);
    expect(score.figureProblems.map((p) => p.code)).toContain('logic-check-failed');
    expect(score.figureProblems.find((p) => p.code === 'logic-check-failed')?.message).toBe(
      'Kiểm tra lôgic không đạt: Số cán bộ có máy tính không được lớn hơn tổng số cán bộ.',
    );
  });
});

describe('the rendered sheet computes what the core computes', () => {
  const entry = (capHundredths: number) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: capHundredths }).map((h) => h / 100) },
      {
        weight: 1,
        arbitrary: fc.integer({ min: capHundredths + 1, max: capHundredths + 500 }).map((h) => h / 100),
      },
      { weight: 1, arbitrary: fc.integer({ min: -500, max: -1 }).map((h) => h / 100) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: capHundredths * 10 }).map((t) => t / 1000) },
      { weight: 1, arbitrary: fc.constantFrom<Scalar>('', 'abc', '7,5', ' 3 ', 'x') },
    );

  it.each(groups)('group %s: subtotals, total and rating agree on random fills', async (groupId) => {
    const { d, layout } = await inserted(groupId);
    const group = groupTemplate(template, groupId);
    if (!group) throw new Error(`no group ${groupId}`);
    await fc.assert(
      fc.asyncProperty(fc.tuple(...layout.rows.map((r) => entry(r.capHundredths))), async (scores) => {
        const inputs: FormInputs = {};
        layout.rows.forEach((row, i) => {
          const score = scores[i] ?? '';
          d.user.paste(layout.formSheet, row.scoreCell, [[score]]);
          inputs[row.code] = { score, evidence: '' };
        });
        const expected = scoreForm(builtInRegime, group, inputs);
        expect(d.value(layout.formSheet, layout.totalCell)).toBeCloseTo(expected.totalHundredths / 100, 9);
        expect(Math.round(Number(d.value(layout.formSheet, layout.totalCell)) * 100)).toBe(
          expected.totalHundredths,
        );
        expect(d.value(layout.formSheet, layout.ratingCell)).toBe(shownRating(expected));
        for (const c of layout.criterionRows) {
          const core = expected.criteria.find((x) => x.number === c.number);
          expect(Math.round(Number(d.value(layout.formSheet, c.subtotalCell)) * 100)).toBe(
            core?.pointsHundredths,
          );
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('older Excel', () => {
  it('finds and reads a survey on an ExcelApi 1.4 host (the read path asks nothing newer)', async () => {
    const { d, layout } = await inserted();
    const first = layout.rows[0];
    if (!first) throw new Error('empty layout');
    d.user.type(layout.formSheet, first.scoreCell, '2');
    d.settings.excelApi = '1.4';
    const info = await findSurvey();
    expect(info?.layout).toEqual(layout);
    expect(info?.problems).toEqual([]);
    await expect(readInputs(layout)).resolves.toMatchObject({ inputs: { [first.code]: { score: 2 } } });
  });

  it('refuses, on a 1.4 host, a member the reference puts in a later set (NamedItem.formula is 1.7)', async () => {
    const d = setup('1.4');
    await expect(
      d.Excel.run(async (context) => {
        context.workbook.names.load('items/formula');
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: 'ApiNotFound',
      message: expect.stringContaining('NamedItem.formula needs ExcelApi 1.7'),
    });
  });
});

describe('names', () => {
  it('follows a name moved by an inserted row: the layout, the notice and the inputs read', async () => {
    const { d, layout } = await inserted();
    const first = layout.rows[0];
    if (!first) throw new Error('empty layout');
    const last = layout.rows[layout.rows.length - 1];
    if (!last || last === first) throw new Error('one-row layout');
    // What inserting rows above does to the name: it moves down with its cell (here onto an input cell the sheet leaves unlocked).
    const entry = d.model.names.get(scoreName(first.code));
    if (!entry) throw new Error('no score name');
    const moved = last.scoreCell;
    const to = /^([A-Z]+)(\d+)$/.exec(moved);
    entry.rect = { ...entry.rect, r0: Number(to?.[2]) - 1, r1: Number(to?.[2]) - 1 };
    expect(d.user.type(layout.formSheet, moved, '0,5').accepted).toBe(true);
    const info = await findSurvey();
    expect(info?.layout?.rows[0]?.scoreCell).toBe(moved);
    expect(info?.problems.join(' ')).toMatch(/Cấu trúc phiếu đã bị thay đổi/);
    if (!info?.layout) throw new Error('no layout');
    await expect(readInputs(info.layout)).resolves.toMatchObject({
      inputs: { [first.code]: { score: 0.5 } },
    });
  });
});

describe('insert and replace', () => {
  it("'create' refuses when a survey exists and writes nothing", async () => {
    const { d, spec } = await inserted();
    const before = d.sheetNames();
    const result = await insertSurvey(spec, 'create');
    expect(result.status).toBe('exists');
    expect(result.status === 'exists' && result.info.groupId).toBe(biggest);
    expect(d.sheetNames()).toEqual(before);
    expect(d.syncCount()).toBe(1);
  });

  it("'replace' keeps the old entries in renamed sheets and points the names at the new form", async () => {
    const { d, spec, layout } = await inserted();
    const row = layout.rows[1] ?? layout.rows[0];
    if (!row) throw new Error('empty layout');
    expect(d.user.type(layout.formSheet, row.scoreCell, '1').accepted).toBe(true);
    d.user.type(layout.formSheet, row.evidenceCell, 'Công văn số 5');

    await expect(insertSurvey(spec, 'replace')).resolves.toEqual({ status: 'inserted' });
    const old = `${layout.formSheet} (cũ 1)`;
    expect(d.sheetNames()).toContain(old);
    expect(d.value(old, row.scoreCell)).toBe(1);
    expect(d.value(old, row.evidenceCell)).toBe('Công văn số 5');
    expect(d.value(layout.formSheet, row.scoreCell)).toBe('');
    const scoreName = d.names().find((n) => n.address === row.scoreCell && n.sheet === layout.formSheet);
    expect(scoreName).toBeDefined();
    expect(d.names().filter((n) => n.sheet === old)).toEqual([]);

    // A second replace archives again without clobbering the first archive.
    await insertSurvey(spec, 'replace');
    expect(d.sheetNames()).toEqual(expect.arrayContaining([old, `${layout.formSheet} (cũ 2)`]));
    expect(d.value(old, row.scoreCell)).toBe(1);
    await expect(findSurvey()).resolves.toMatchObject({ groupId: biggest, problems: [] });
  });

  it('moves a sheet of the user that has the same name out of the way instead of failing', async () => {
    const d = installExcelDouble(globalThis, createExcelDouble({ initialSheets: ['Phiếu'] }));
    d.user.type('Phiếu', 'A1', 'dữ liệu của tôi');
    await insertSurvey(built(biggest).spec, 'create');
    expect(d.value('Phiếu (cũ 1)', 'A1')).toBe('dữ liệu của tôi');
  });

  it('explains in Vietnamese when the host is too old to insert', async () => {
    setup('1.7');
    await expect(insertSurvey(built(biggest).spec, 'create')).rejects.toThrow(/ExcelApi 1\.8/);
  });
});

describe('live check', () => {
  async function watching(excelApi?: string) {
    const ctx = await inserted(biggest, excelApi);
    const batches: FormInputs[] = [];
    const errors: unknown[] = [];
    const dispose = await watchInputs(
      ctx.layout,
      (r) => batches.push(r.inputs),
      (e) => errors.push(e),
      { debounceMs: 30 },
    );
    ctx.d.resetStats();
    return { ...ctx, batches, errors, dispose };
  }

  it('re-checks a burst of edits (type, paste, fill down, clear) with one sync', async () => {
    const { d, layout, batches, errors } = await watching();
    const [a, b, c] = layout.rows;
    if (!a || !b || !c) throw new Error('layout too small');
    d.user.type(layout.formSheet, a.scoreCell, '0,5');
    d.user.paste(layout.formSheet, b.scoreCell, [[0.25]]);
    d.user.clear(layout.formSheet, c.scoreCell);
    await d.settle(150);
    expect(errors).toEqual([]);
    expect(batches).toHaveLength(1);
    expect(d.syncCount()).toBe(1);
    expect(batches[0]?.[a.code]?.score).toBe(0.5);
    expect(batches[0]?.[b.code]?.score).toBe(0.25);

    expect(d.user.undo()).toBe(true);
    await d.settle(150);
    expect(batches).toHaveLength(2);
    expect(d.syncCount()).toBe(2);
  });

  it('catches every error of a pasted block (no event details), though Excel validation was bypassed', async () => {
    const { d, layout, batches } = await watching();
    const rows = layout.rows.slice(0, 4);
    const sameColumn = rows.every(
      (r) => r.scoreCell.replace(/\d+/, '') === rows[0]?.scoreCell.replace(/\d+/, ''),
    );
    const contiguous = rows.every(
      (r, i) =>
        i === 0 ||
        Number(r.scoreCell.replace(/\D+/, '')) === Number(rows[i - 1]?.scoreCell.replace(/\D+/, '')) + 1,
    );
    if (!sameColumn || !contiguous)
      throw new Error('the first four score cells are expected to be one column block');
    const first = rows[0];
    if (!first) throw new Error('empty layout');
    const pasted: Scalar[] = [(rows[0]?.capHundredths ?? 0) / 100 + 5, 'không có', -1, 1.234];
    d.user.paste(
      layout.formSheet,
      first.scoreCell,
      pasted.map((v) => [v]),
    );
    await d.settle(150);
    expect(batches).toHaveLength(1);
    const group = groupTemplate(template, biggest);
    if (!group) throw new Error('no group');
    const problems = scoreForm(builtInRegime, group, batches[0] ?? {}).problems.filter(
      (p) => p.field === 'score',
    );
    const codes = (sub: string) => problems.filter((p) => p.subCode === sub).map((p) => p.code);
    expect(codes(rows[0]?.code ?? '')).toContain('over-cap');
    expect(codes(rows[1]?.code ?? '')).toContain('not-a-number');
    expect(codes(rows[2]?.code ?? '')).toContain('negative');
    expect(codes(rows[3]?.code ?? '')).toContain('too-many-decimals');
  });

  it("ignores the add-in's own writes", async () => {
    const { d, layout, batches } = await watching();
    const row = layout.rows[0];
    if (!row) throw new Error('empty layout');
    await d.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(layout.formSheet).getRange(row.scoreCell).values = [[1]];
      await context.sync();
    });
    await d.settle(150);
    expect(batches).toEqual([]);
    expect(d.syncCount()).toBe(1); // the write itself, no re-read
  });

  it('on hosts without triggerSource (before ExcelApi 1.14), skips events during its own write, then reads once more: an edit made meanwhile is not lost', async () => {
    const { d, layout, batches } = await watching('1.13');
    const [row, other] = layout.rows;
    if (!row || !other) throw new Error('layout too small');
    await asOwnWrite(async () => {
      await d.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(layout.formSheet).getRange(row.scoreCell).values = [[1]];
        await context.sync();
      });
      // The user types while the add-in is still writing: the event looks like the add-in's own.
      d.user.type(layout.formSheet, other.scoreCell, '0,5');
    });
    await d.settle(150);
    expect(batches).toEqual([]);
    await d.settle(400);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.[other.code]?.score).toBe(0.5);
    d.user.type(layout.formSheet, row.scoreCell, '2');
    await d.settle(150);
    expect(batches).toHaveLength(2);
  });

  it("re-checks a co-author's edit", async () => {
    const { d, layout, batches } = await watching();
    const row = layout.rows[0];
    if (!row) throw new Error('empty layout');
    d.user.type(layout.formSheet, row.scoreCell, '1', { source: 'Remote' });
    await d.settle(150);
    expect(batches).toHaveLength(1);
  });

  it('removes its handler when disposed, and stays silent after', async () => {
    const { d, layout, batches, dispose } = await watching();
    expect(d.handlerCount()).toBe(1);
    await dispose();
    expect(d.handlerCount()).toBe(0);
    const row = layout.rows[0];
    if (!row) throw new Error('empty layout');
    d.user.type(layout.formSheet, row.scoreCell, '1');
    await d.settle(150);
    expect(batches).toEqual([]);
    expect(d.handlerErrors()).toEqual([]);
  });
});

it('never protects or unprotects a sheet while finding, reading and re-checking (each call clears Excel’s undo history)', async () => {
  const d = setup();
  const { spec, layout } = built(biggest);
  await insertSurvey(spec, 'create');
  // Inserting protects the form: the counter sees protection calls.
  expect(d.stats.protectionCalls).toBeGreaterThan(0);
  await d.settle();
  d.resetStats();
  const [a, b] = layout.rows;
  if (!a || !b) throw new Error('layout too small');
  expect(await findSurvey()).not.toBeNull();
  await readInputs(layout);
  const batches: FormInputs[] = [];
  const dispose = await watchInputs(
    layout,
    (r) => batches.push(r.inputs),
    () => undefined,
    { debounceMs: 30 },
  );
  d.user.type(layout.formSheet, a.scoreCell, '0,5');
  d.user.paste(layout.formSheet, b.scoreCell, [[0.25]]);
  d.user.undo();
  await d.settle(150);
  await selectCell(layout.formSheet, a.scoreCell);
  await dispose();
  expect(batches.length).toBeGreaterThan(0);
  expect(d.stats.protectionCalls).toBe(0);
});

it('selects a problem cell on its sheet', async () => {
  const { d, layout } = await inserted();
  const row = layout.rows[2] ?? layout.rows[0];
  if (!row) throw new Error('empty layout');
  await selectCell(layout.formSheet, row.scoreCell);
  expect(d.selection()).toEqual({ sheet: layout.formSheet, address: row.scoreCell });
  expect(d.activeSheet()).toBe(layout.formSheet);
  expect(d.syncCount()).toBe(1);
});
