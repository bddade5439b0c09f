import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import { consolidate } from '../../../src/core/consolidation/consolidate';
import type { Submission } from '../../../src/core/consolidation/submission';
import { META_KEYS, META_SHEET } from '../../../src/core/sheet/metadata';
import {
  AGENCY_CODE_NAME,
  AGENCY_NAME_NAME,
  criterionName,
  evidenceName,
  GROUP_NAME,
  scoreName,
  TOTAL_NAME,
  RATING_NAME,
  YEAR_NAME,
} from '../../../src/core/sheet/names';
import type { SurveyTemplate } from '../../../src/core/template/types';
import {
  agencyOf,
  ctx,
  filledForm,
  halfCap,
  regime,
  roster,
  subsOf,
  template,
  YEAR,
} from '../../support/consolidation/forms';
import {
  fileInfo,
  namedAddress,
  renameSheet,
  dropMeta,
  returnedFromSpec,
  setMeta,
  setNamed,
} from '../../support/consolidation/returned';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey';
import { formatPoints } from '../../../src/core/numbers/hundredths';

const so = agencyOf('so', 3);
const huyen = roster.find((a) => a.group === 'huyen' && a.name.includes('Hóa')) ?? agencyOf('huyen', 2);

function check(wb: ReturnedWorkbook, c = ctx()): Submission {
  return checkSubmission(fileInfo(wb.fileName), wb, c);
}
const codes = (s: Submission) => s.problems.map((p) => p.code);

describe('an intact, correctly filled form', () => {
  test('is accepted with the total recomputed from its inputs', () => {
    const s = check(filledForm({ agency: so }));
    expect(s.problems).toEqual([]);
    expect(s.outcome).toBe('accepted');
    expect(s.agencyCode).toBe(so.code);
    const expected = subsOf('so').reduce((sum, sub) => sum + Math.floor(sub.capHundredths / 2), 0);
    expect(s.data?.score.totalHundredths).toBe(expected);
  });

  test('works from the custom properties alone when the metadata sheet is gone', () => {
    const wb = filledForm({ agency: huyen });
    delete wb.cells[META_SHEET];
    expect(check(wb).outcome).toBe('accepted');
  });
});

describe('what the form is', () => {
  test('a workbook without metadata is not a survey', () => {
    const wb = filledForm({ agency: so });
    delete wb.cells[META_SHEET];
    wb.customProperties = {};
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(codes(s)).toEqual(['not-a-survey']);
    expect(s.problems[0]?.message).toContain(`Tệp “${wb.fileName}”`);
  });

  test('another year is rejected, naming both years at the year cell the user sees', () => {
    const wb = filledForm({ agency: so });
    const s = check(wb, ctx({ year: YEAR + 1 }));
    expect(s.outcome).toBe('rejected');
    expect(codes(s)).toContain('wrong-year');
    const p = s.problems.find((x) => x.code === 'wrong-year');
    expect(p?.message).toMatch(new RegExp(`${YEAR}.*${YEAR + 1}`));
    expect(p?.sheet).toBe(namedAddress(wb, YEAR_NAME).sheet);
    expect(p?.cell).toBe(namedAddress(wb, YEAR_NAME).address);
    expect(p?.message).not.toContain(META_SHEET);
  });

  test('a form refused for its year or template still names the agency that sent it', () => {
    expect(check(filledForm({ agency: so }), ctx({ year: YEAR + 1 })).agencyCode).toBe(so.code);
    const wb = filledForm({ agency: huyen, agencyCode: '' });
    setMeta(wb, META_KEYS.templateId, 'mau-la');
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(s.agencyCode).toBe(huyen.code);
    for (const p of s.problems) expect(p.message).not.toContain(META_SHEET);
  });

  test('the register lists an agency whose only file was refused as having sent it, with the reason', () => {
    const s = check(filledForm({ agency: so }), ctx({ year: YEAR + 1 }));
    const run = consolidate({
      previous: null,
      previousRoster: null,
      submissions: [s],
      template: { ...template, year: YEAR + 1 },
      regime,
      roster,
      rosterOrigin: { kind: 'builtin' },
      now: '2026-11-25T02:00:00Z',
    });
    const rows = run.report.register.filter((r) => r.agencyCode === so.code);
    expect(rows.map((r) => r.status)).toEqual(['rejected']);
  });

  test('an unknown template is rejected', () => {
    const wb = filledForm({ agency: so });
    setMeta(wb, META_KEYS.templateId, 'mau-la');
    expect(codes(check(wb))).toContain('template-unknown');
  });

  test.each(['0x7EA', '2026.0', '0b11111101010'])('a year written as %j is not this year', (year) => {
    const wb = filledForm({ agency: so });
    setMeta(wb, META_KEYS.year, year);
    expect(codes(check(wb))).toContain('wrong-year');
  });

  test('a template version in another notation is not a known version', () => {
    const wb = filledForm({ agency: so });
    setMeta(wb, META_KEYS.templateVersion, `0x${template.version.toString(16)}`);
    expect(check(wb).outcome).toBe('rejected');
  });

  test('a newer template version than the one in use is rejected', () => {
    const wb = filledForm({ agency: so });
    setMeta(wb, META_KEYS.templateVersion, String(template.version + 1));
    expect(check(wb).outcome).toBe('rejected');
    expect(codes(check(wb))).toContain('template-newer-version');
  });

  describe('an older template version', () => {
    const current: SurveyTemplate = { ...template, version: template.version + 1 };

    test('with the same codes and caps is accepted with a warning', () => {
      const s = check(filledForm({ agency: so }), ctx({ templates: [current] }));
      expect(s.outcome).toBe('accepted-with-warnings');
      expect(codes(s)).toEqual(['template-older-version']);
    });

    test('whose caps changed since is rejected, naming the sub-criterion', () => {
      const groups = template.groups.map((g) => {
        if (g.groupId !== 'so') return g;
        const [c1, ...rest] = g.criteria;
        if (!c1) throw new Error('no criteria');
        const [a, b, ...others] = c1.subCriteria;
        if (!a || !b) throw new Error('need two sub-criteria');
        // Move 0.5 point from the first sub-criterion to the second: same criterion cap.
        return {
          ...g,
          criteria: [
            {
              ...c1,
              subCriteria: [
                { ...a, capHundredths: a.capHundredths - 50 },
                { ...b, capHundredths: b.capHundredths + 50 },
                ...others,
              ],
            },
            ...rest,
          ],
        };
      });
      const changed: SurveyTemplate = { ...template, version: template.version + 1, groups };
      const s = check(filledForm({ agency: so }), ctx({ templates: [changed] }));
      expect(s.outcome).toBe('rejected');
      const p = s.problems.find((x) => x.code === 'template-outdated');
      expect(p?.message).toContain(subsOf('so')[0]?.code);
    });
  });

  test('a consolidation workbook given as a form is rejected as such', () => {
    const wb = filledForm({ agency: so });
    wb.customProperties['XHCNTT.kind'] = 'consolidation';
    delete wb.cells[META_SHEET];
    expect(codes(check(wb))).toEqual(['consolidation-workbook']);
  });
});

describe('structure changes', () => {
  test('an edited formula is rejected and the cell is named', () => {
    const wb = filledForm({ agency: so });
    const total = namedAddress(wb, TOTAL_NAME);
    const cell = wb.cells[total.sheet]?.[total.address];
    if (!cell) throw new Error('no total cell');
    cell.formula = '100';
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    const p = s.problems.find((x) => x.code === 'structure-changed');
    expect(p?.cell).toBe(total.address);
    expect(p?.message).toContain(total.address);
  });

  test('a renamed form sheet is rejected, naming both names', () => {
    const wb = filledForm({ agency: so });
    renameSheet(wb, 'Phiếu', 'Phieu sua');
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    const p = s.problems.find((x) => x.code === 'structure-changed');
    expect(p?.message).toContain('“Phiếu”');
    expect(p?.message).toContain('“Phieu sua”');
  });

  test('a missing defined name rejects the file and names it', () => {
    const wb = filledForm({ agency: so });
    const code = subsOf('so')[2]?.code ?? '';
    wb.names = wb.names.filter((n) => n.name !== evidenceName(code));
    const s = check(wb);
    expect(codes(s)).toContain('name-missing');
    expect(s.problems[0]?.message).toContain(evidenceName(code));
  });

  test('an inserted row (every name below moved down) is rejected', () => {
    const wb = filledForm({ agency: so });
    const sub = subsOf('so')[5]?.code ?? '';
    const n = wb.names.find((x) => x.name === scoreName(sub));
    if (!n?.address) throw new Error('no name');
    const m = /^([A-Z]+)(\d+)$/.exec(n.address);
    n.address = `${m?.[1]}${Number(m?.[2]) + 1}`;
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(s.problems.find((x) => x.code === 'structure-changed')?.message).toContain(scoreName(sub));
  });
});

describe('what the form says about itself', () => {
  test('a document property that disagrees with the hidden sheet is a warning; the sheet wins', () => {
    const wb = filledForm({ agency: so });
    wb.customProperties[`XHCNTT.${META_KEYS.year}`] = String(YEAR - 1);
    const s = check(wb);
    expect(s.outcome).toBe('accepted-with-warnings');
    expect(codes(s)).toEqual(['metadata-mismatch']);
    // The hidden metadata sheet is never pointed at: the user cannot see it.
    expect(s.problems[0]).toMatchObject({ severity: 'warning' });
    expect(s.problems[0]?.sheet).toBeUndefined();
    expect(s.problems[0]?.message).toContain(`XHCNTT.${META_KEYS.year}`);
  });

  test.each([
    [
      'year',
      YEAR_NAME,
      String(YEAR - 1),
      'year-cell-mismatch',
      `năm ghi trong phiếu là “${YEAR - 1}”, siêu dữ liệu ghi ${YEAR}`,
    ],
    [
      'group',
      GROUP_NAME,
      'huyen',
      'group-cell-mismatch',
      `nhóm ghi trong phiếu là “huyen”, siêu dữ liệu ghi “so”`,
    ],
  ])(
    'a %s cell that disagrees with the metadata is a warning naming the cell',
    (_what, name, written, code, words) => {
      const wb = filledForm({ agency: so });
      setNamed(wb, name, written);
      const s = check(wb);
      const p = s.problems.find((x) => x.code === code);
      expect(p).toMatchObject({ severity: 'warning', cell: namedAddress(wb, name).address });
      expect(p?.message).toContain(words);
    },
  );

  test.each([
    ['year', YEAR_NAME, ` ${YEAR} `],
    ['group', GROUP_NAME, ' so '],
  ])('a %s cell that agrees, give or take spaces, raises nothing', (_what, name, written) => {
    const wb = filledForm({ agency: so });
    setNamed(wb, name, written);
    expect(codes(check(wb)).filter((c) => c.endsWith('cell-mismatch'))).toEqual([]);
  });
});

describe('a form whose stored fingerprint is missing or blank', () => {
  function clearFingerprint(wb: ReturnedWorkbook, how: 'blank' | 'missing'): void {
    if (how === 'blank') return setMeta(wb, META_KEYS.fingerprint, '  ');
    const cells = wb.cells[META_SHEET] ?? {};
    for (const [addr, cell] of Object.entries(cells)) {
      if (addr.startsWith('A') && cell.value === META_KEYS.fingerprint) {
        delete cells[addr];
        delete cells[`B${addr.slice(1)}`];
      }
    }
    delete wb.customProperties[`XHCNTT.${META_KEYS.fingerprint}`];
  }

  test.each(['blank', 'missing'] as const)(
    '(%s) is still rejected for an edited formula, naming the cell',
    (how) => {
      const wb = filledForm({ agency: so });
      clearFingerprint(wb, how);
      const total = namedAddress(wb, TOTAL_NAME);
      const cell = wb.cells[total.sheet]?.[total.address];
      if (!cell) throw new Error('no total cell');
      cell.formula = '100';
      const s = check(wb);
      expect(s.outcome).toBe('rejected');
      expect(s.problems.find((x) => x.code === 'structure-changed')?.cell).toBe(total.address);
    },
  );

  test.each(['blank', 'missing'] as const)(
    '(%s) is rejected even with an intact structure: nothing vouches for the form',
    (how) => {
      const wb = filledForm({ agency: so });
      clearFingerprint(wb, how);
      const s = check(wb);
      expect(s.outcome).toBe('rejected');
      expect(codes(s)).toEqual(['structure-changed']);
    },
  );
});

describe('stored results', () => {
  /** Writes a cached formula result, as Excel saves it, keeping the formula. */
  function setCached(wb: ReturnedWorkbook, name: string, value: number | string): void {
    const at = namedAddress(wb, name);
    const cell = wb.cells[at.sheet]?.[at.address];
    if (!cell?.formula) throw new Error(`${name} is not a formula cell`);
    cell.value = value;
  }
  /** A form saved after recalculation: every stored subtotal, the total and the rating as the core computes them. */
  function recalculatedForm(): { wb: ReturnedWorkbook; s: Submission } {
    const wb = filledForm({ agency: so });
    const s = check(wb);
    const score = s.data?.score;
    if (!score) throw new Error('not accepted');
    for (const c of score.criteria) setCached(wb, criterionName(c.number), c.pointsHundredths / 100);
    setCached(wb, TOTAL_NAME, score.totalHundredths / 100);
    setCached(wb, RATING_NAME, score.band.label);
    return { wb, s };
  }

  test('stored results that agree with the recomputation raise nothing', () => {
    const { wb } = recalculatedForm();
    expect(check(wb).problems).toEqual([]);
  });

  test('a stored criterion subtotal that disagrees is reported at its cell, with both values', () => {
    const { wb, s } = recalculatedForm();
    const second = s.data?.score.criteria[1];
    if (!second) throw new Error('no criterion 2');
    setCached(wb, criterionName(second.number), second.pointsHundredths / 100 + 1.5);
    const got = check(wb);
    expect(got.outcome).toBe('accepted-with-warnings');
    expect(codes(got)).toEqual(['stale-subtotal']);
    const p = got.problems[0];
    expect(p?.cell).toBe(namedAddress(wb, criterionName(second.number)).address);
    expect(p?.message).toContain(`điểm tiêu chí ${second.number}`);
    expect(p?.message).toContain(
      `lưu trong tệp là ${formatPoints(second.pointsHundredths + 150)}, tính lại được ${formatPoints(second.pointsHundredths)}`,
    );
    expect(got.data?.score.criteria[1]?.pointsHundredths).toBe(second.pointsHundredths);
  });

  test.each([0.01, -0.01])('a stored total off by %d is reported and the recomputed total is used', (off) => {
    const { wb, s } = recalculatedForm();
    const total = s.data?.score.totalHundredths ?? NaN;
    setCached(wb, TOTAL_NAME, total / 100 + off);
    const got = check(wb);
    expect(codes(got)).toEqual(['stale-total']);
    expect(got.problems[0]?.cell).toBe(namedAddress(wb, TOTAL_NAME).address);
    expect(got.problems[0]?.message).toContain(
      `tổng điểm lưu trong tệp là ${formatPoints(total + off * 100)}, tính lại được ${formatPoints(total)}`,
    );
    expect(got.data?.score.totalHundredths).toBe(total);
  });

  test('a stored rating is compared as text a user would read: other spacing or Unicode form is the same rating', () => {
    const { wb, s } = recalculatedForm();
    const label = s.data?.score.band.label ?? '';
    setCached(wb, RATING_NAME, `  ${label.normalize('NFD')} `);
    expect(check(wb).problems).toEqual([]);
    setCached(wb, RATING_NAME, '');
    expect(check(wb).problems).toEqual([]);
    setCached(wb, RATING_NAME, '   ');
    expect(check(wb).problems).toEqual([]);
  });

  test('a stored rating of another band is reported at its cell, naming both ratings', () => {
    const { wb, s } = recalculatedForm();
    const label = s.data?.score.band.label ?? '';
    const other = regime.bands.find((b) => b.label !== label)?.label ?? '';
    setCached(wb, RATING_NAME, other);
    const got = check(wb);
    expect(codes(got)).toEqual(['stale-rating']);
    expect(got.problems[0]?.cell).toBe(namedAddress(wb, RATING_NAME).address);
    expect(got.problems[0]?.message).toContain(`“${other}”, tính lại được “${label}”`);
  });

  test('a stored result that is not a finite number (text, or an overflowing 1e999) is never compared', () => {
    const { wb } = recalculatedForm();
    setCached(wb, TOTAL_NAME, Infinity);
    setCached(wb, criterionName(1), 'abc');
    expect(check(wb).problems).toEqual([]);
  });

  test('a stored total with binary noise (e.g. 50,249999999) is the same total, not a difference', () => {
    const { wb, s } = recalculatedForm();
    const total = s.data?.score.totalHundredths ?? NaN;
    setCached(wb, TOTAL_NAME, total / 100 - 1e-9);
    expect(check(wb).problems).toEqual([]);
  });

  test('a stored total that differs from the recomputation is a warning and never used', () => {
    const { spec } = buildSurveyWorkbook({ regime, template, groupId: so.group });
    const wb = returnedFromSpec(spec, 'cu.xlsx');
    // Cached results of the empty form, saved without recalculation after filling: 0 and "Yếu".
    for (const [name, cached] of [
      [TOTAL_NAME, 0],
      [RATING_NAME, 'Yếu'],
    ] as const) {
      const at = namedAddress(wb, name);
      const cell = wb.cells[at.sheet]?.[at.address];
      if (!cell) throw new Error(name);
      cell.value = cached;
    }
    for (const sub of subsOf('so')) setNamed(wb, scoreName(sub.code), sub.capHundredths / 100);
    for (const sub of subsOf('so')) setNamed(wb, evidenceName(sub.code), 'có');
    setNamed(wb, AGENCY_CODE_NAME, so.code);
    const s = check(wb);
    expect(s.outcome).toBe('accepted-with-warnings');
    expect(codes(s)).toEqual(expect.arrayContaining(['stale-total', 'stale-rating']));
    expect(s.data?.score.totalHundredths).toBe(10000);
    expect(s.data?.score.band.label).toBe('Tốt');
    expect(s.problems.find((p) => p.code === 'stale-rating')?.cell).toBe(
      namedAddress(wb, RATING_NAME).address,
    );
  });
});

describe('entries', () => {
  const subs = subsOf('so');
  const big = subs.find((s) => s.capHundredths >= 200) ?? subs[0];
  if (!big) throw new Error('no sub');

  test('a score over the cap is a warning naming file, sheet, cell and name, and counts the cap', () => {
    const wb = filledForm({ agency: so, fileName: 'so-y-te.xlsx', scores: { [big.code]: 40 } });
    const s = check(wb);
    expect(s.outcome).toBe('accepted-with-warnings');
    const p = s.problems.find((x) => x.code === 'over-cap');
    const at = namedAddress(wb, scoreName(big.code));
    expect(
      p?.message.startsWith(`Tệp “so-y-te.xlsx”, trang “Phiếu”, ô ${at.address} (${scoreName(big.code)}): `),
    ).toBe(true);
    const others = subs.filter((x) => x !== big).reduce((sum, x) => sum + Math.floor(x.capHundredths / 2), 0);
    expect(s.data?.score.totalHundredths).toBe(others + big.capHundredths);
  });

  test.each([
    ['negative', -1],
    ['text-number', '7,5'],
    ['not-a-number', 'khá'],
    ['blank', null],
    ['too-many-decimals', 0.125],
  ])('%s is reported', (code, raw) => {
    const s = check(filledForm({ agency: so, scores: { [big.code]: raw } }));
    expect(s.outcome).toBe('accepted-with-warnings');
    expect(codes(s)).toContain(code);
  });

  test.each(['0x10', '0b101', '0o7', '1e1'])(
    'a score stored as the text %j counts 0 and is reported',
    (raw) => {
      const wb = filledForm({ agency: so, scores: { [big.code]: raw } });
      const s = check(wb);
      const others = subs
        .filter((x) => x !== big)
        .reduce((sum, x) => sum + Math.floor(x.capHundredths / 2), 0);
      expect(s.data?.score.totalHundredths).toBe(others);
      const reported = s.problems.find((p) => p.cell === namedAddress(wb, scoreName(big.code)).address);
      expect(reported?.code).toMatch(/^(not-a-number|text-number)$/);
    },
  );

  test('a formula in a score cell counts 0 whatever result the file stored, and is reported at the cell', () => {
    const wb = filledForm({ agency: so });
    const at = namedAddress(wb, scoreName(big.code));
    const cells = wb.cells[at.sheet] ?? {};
    cells[at.address] = { value: big.capHundredths / 100, formula: `${big.capHundredths / 100}*1` };
    const s = check(wb);
    const others = subs.filter((x) => x !== big).reduce((sum, x) => sum + Math.floor(x.capHundredths / 2), 0);
    expect(s.data?.score.totalHundredths).toBe(others);
    expect(s.data?.entries[big.code]?.self).toBeNull();
    const p = s.problems.find((x) => x.code === 'formula-in-input');
    expect(p?.cell).toBe(at.address);
    expect(p?.message).toContain(`=${big.capHundredths / 100}*1`);
    expect(s.outcome).toBe('accepted-with-warnings');
  });

  test('text that looks like a number counts 0, like the sheet', () => {
    const s = check(filledForm({ agency: so, scores: { [big.code]: String(halfCap(big)) } }));
    const others = subs.filter((x) => x !== big).reduce((sum, x) => sum + Math.floor(x.capHundredths / 2), 0);
    expect(s.data?.score.totalHundredths).toBe(others);
  });

  test('missing evidence where it is required is reported', () => {
    const required = subs.find((x) => x.evidenceRequired);
    if (!required) return;
    const wb = filledForm({ agency: so });
    setNamed(wb, evidenceName(required.code), null);
    const s = check(wb);
    expect(codes(s)).toContain('evidence-missing');
    expect(s.problems.find((p) => p.code === 'evidence-missing')?.cell).toBe(
      namedAddress(wb, evidenceName(required.code)).address,
    );
  });
});

describe('agency', () => {
  const name = huyen.name;
  test.each([
    ['NFD', name.normalize('NFD')],
    ['upper case and spaces', `  ${name.toLocaleUpperCase('vi').replace(/ /g, '\u00a0 ')} `],
    ['old tone placement', name.normalize('NFC').replace(/óa/g, 'oá').replace(/ủy/g, 'uỷ')],
  ])('a name differing only by %s matches', (_what, written) => {
    expect(written).not.toBe(name);
    const s = check(filledForm({ agency: huyen, agencyName: written }));
    expect(s.problems).toEqual([]);
    expect(s.agencyCode).toBe(huyen.code);
  });

  test('an unknown code with a known name is accepted with the roster code', () => {
    const s = check(filledForm({ agency: so, agencyCode: 'SYT-CU' }));
    expect(s.outcome).toBe('accepted-with-warnings');
    expect(codes(s)).toEqual(['agency-code-unknown']);
    expect(s.agencyCode).toBe(so.code);
  });

  test('a blank code with a known name is accepted with the roster code', () => {
    const s = check(filledForm({ agency: so, agencyCode: '' }));
    expect(codes(s)).toEqual(['agency-code-missing']);
    expect(s.data?.agency.code).toBe(so.code);
  });

  test('a known code with an unknown name keeps the code, with a warning', () => {
    const s = check(filledForm({ agency: so, agencyName: 'Một cơ quan nào đó' }));
    expect(codes(s)).toEqual(['agency-name-mismatch']);
    expect(s.agencyCode).toBe(so.code);
  });

  test('a code and a name of two different agencies is rejected', () => {
    const other = agencyOf('so', 4);
    const s = check(filledForm({ agency: so, agencyName: other.name }));
    expect(s.outcome).toBe('rejected');
    expect(codes(s)).toContain('agency-code-name-conflict');
  });

  test('neither code nor name known is rejected', () => {
    const s = check(filledForm({ agency: so, agencyCode: 'XYZ', agencyName: 'Không ai cả' }));
    expect(s.outcome).toBe('rejected');
    expect(codes(s)).toContain('agency-unknown');
    expect(s.problems.find((p) => p.code === 'agency-unknown')?.cell).toBe(
      namedAddress(filledForm({ agency: so }), AGENCY_CODE_NAME).address,
    );
  });

  test('an agency that filled the other group’s form is rejected', () => {
    const wb = filledForm({ agency: huyen });
    setNamed(wb, AGENCY_CODE_NAME, so.code);
    setNamed(wb, 'TEN_DON_VI', so.name);
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(codes(s)).toContain('wrong-group');
  });
});

describe('what a user sees of a form checked as a whole', () => {
  test('a workbook whose metadata belongs to another product is not a survey', () => {
    const wb = filledForm({ agency: so });
    setMeta(wb, META_KEYS.product, 'cong-cu-khac');
    expect(codes(check(wb))).toEqual(['not-a-survey']);
  });

  test('a stored fingerprint with spaces around it still vouches for the form', () => {
    const wb = filledForm({ agency: so });
    const fingerprint = wb.customProperties[`XHCNTT.${META_KEYS.fingerprint}`] ?? '';
    expect(fingerprint).not.toBe('');
    setMeta(wb, META_KEYS.fingerprint, ` ${fingerprint}  `);
    const s = check(wb);
    expect(s.problems).toEqual([]);
    expect(s.outcome).toBe('accepted');
  });

  test('a changed structure keeps the first 5 differences in the report’s data, as in the message', () => {
    const wb = filledForm({ agency: so });
    const cells = wb.cells['Phiếu'] ?? {};
    for (const row of [300, 301, 302, 303, 304, 305, 306]) cells[`Z${row}`] = { value: 'x' };
    const p = check(wb).problems.find((x) => x.code === 'structure-changed');
    expect(p?.params).toEqual({
      changes: [300, 301, 302, 303, 304].map((row) => ({ change: 'cell-extra', cell: `Z${row}` })),
    });
  });

  test('a self-score typed as FALSE reaches the tables as Excel shows it', () => {
    const sub = subsOf('so')[1];
    if (!sub) throw new Error('no sub-criterion');
    const s = check(filledForm({ agency: so, scores: { [sub.code]: false } }));
    expect(s.data?.entries[sub.code]?.self).toBe('FALSE');
  });

  test.each([YEAR_NAME, GROUP_NAME])(
    'a header cell %s left empty (kept as a blank cell) raises nothing',
    (name) => {
      const wb = filledForm({ agency: so });
      const at = namedAddress(wb, name);
      const sheet = wb.cells[at.sheet] ?? {};
      sheet[at.address] = { value: null };
      expect(codes(check(wb))).not.toContain(
        name === YEAR_NAME ? 'year-cell-mismatch' : 'group-cell-mismatch',
      );
      setNamed(wb, name, null);
      expect(codes(check(wb))).not.toContain(
        name === YEAR_NAME ? 'year-cell-mismatch' : 'group-cell-mismatch',
      );
    },
  );
});

describe('a form issued for no agency in particular', () => {
  test('without the agency code key in its metadata is accepted without a warning', () => {
    const wb = filledForm({ agency: so });
    dropMeta(wb, META_KEYS.agencyCode);
    const s = check(wb);
    expect(s.problems).toEqual([]);
    expect(s.outcome).toBe('accepted');
  });
});

describe('the agency a refused form is counted for', () => {
  test('a form refused for its structure still names its agency', () => {
    const wb = filledForm({ agency: so });
    const total = namedAddress(wb, TOTAL_NAME);
    const cell = wb.cells[total.sheet]?.[total.address];
    if (!cell) throw new Error('no total cell');
    cell.formula = '100';
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    expect(s.agencyCode).toBe(so.code);
  });

  test('a form refused for its year is counted for the code written in it before the name', () => {
    const other = agencyOf('so', 4);
    const s = check(filledForm({ agency: so, agencyName: other.name }), ctx({ year: YEAR + 1 }));
    expect(s.outcome).toBe('rejected');
    expect(s.agencyCode).toBe(so.code);
  });
});

describe('where agency problems point', () => {
  test('an unknown name is reported at the name cell', () => {
    const wb = filledForm({ agency: so, agencyName: 'Một cơ quan nào đó' });
    const p = check(wb).problems.find((x) => x.code === 'agency-name-mismatch');
    const at = namedAddress(wb, AGENCY_NAME_NAME);
    expect(p).toMatchObject({ sheet: at.sheet, cell: at.address, where: { name: AGENCY_NAME_NAME } });
  });

  test('a form without the agency code cell reports the missing code at the form sheet', () => {
    const wb = filledForm({ agency: so });
    wb.names = wb.names.filter((n) => n.name !== AGENCY_CODE_NAME);
    const p = check(wb).problems.find((x) => x.code === 'agency-code-missing');
    expect(p?.sheet).toBe('Phiếu');
    expect(p?.cell).toBeUndefined();
    expect(p?.message).toBe(
      `Tệp “${wb.fileName}”, trang “Phiếu”: thiếu mã đơn vị; nhận theo tên “${so.name}” là ${so.code} (“${so.name}”).`,
    );
  });

  test('an agency of the other group is refused, naming both groups by their names', () => {
    const wb = filledForm({ agency: huyen });
    setNamed(wb, AGENCY_CODE_NAME, so.code);
    setNamed(wb, AGENCY_NAME_NAME, so.name);
    const p = check(wb).problems.find((x) => x.code === 'wrong-group');
    expect(p?.message).toBe(
      `Tệp “${wb.fileName}”, trang “Phiếu”, ô ${namedAddress(wb, AGENCY_CODE_NAME).address} (${AGENCY_CODE_NAME}): đơn vị ${so.code} (“${so.name}”) thuộc nhóm “Sở, ban, ngành cấp tỉnh” nhưng đã điền phiếu của nhóm “UBND các huyện, thị xã, thành phố”.`,
    );
  });
});
