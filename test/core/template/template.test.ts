import fc from 'fast-check';
import { builtInRegime, findGroup } from '../../../src/core/regime/load';
import {
  builtInTemplate,
  builtInTemplates,
  defaultTemplate,
  groupTemplate,
  parseTemplate,
  templateToJson,
} from '../../../src/core/template/load';
import type { TemplateProblem } from '../../../src/core/template/load';
import type { SurveyTemplate } from '../../../src/core/template/types';

type Json = ReturnType<typeof templateToJson>;
// The self-scored version 1: the value rules below are about sub-criteria, not figures.
const fresh = (): Json => templateToJson(builtInTemplate(2026, 1));
const problemsOf = (json: unknown): TemplateProblem[] => {
  const r = parseTemplate(json, builtInRegime);
  return r.ok ? [] : r.problems;
};

// The built-in versions, newest first. Each is built before each test, not listed by building them at
// collection time, so Stryker counts the build as covered by the tests that read it (else "static").
const BUILT_IN_VERSIONS = [2, 1];

it('checks every built-in version below: a new one must be added to the list', () => {
  expect(builtInTemplates(2026).map((t) => t.version)).toEqual(BUILT_IN_VERSIONS);
});

describe.each(BUILT_IN_VERSIONS)('built-in template version %i', (version) => {
  let t: SurveyTemplate;
  beforeEach(() => {
    const found = builtInTemplates(2026).find((b) => b.version === version);
    if (!found) throw new Error(`no built-in version ${version}`);
    t = found;
  });

  it('validates for both groups and round-trips through its JSON form', () => {
    const result = parseTemplate(templateToJson(t), builtInRegime);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.template).toEqual(t);
    expect(t.groups.map((g) => g.groupId).sort()).toEqual(['huyen', 'so']);
  });

  it('has sub-criteria caps summing exactly to the caps of the decision', () => {
    // Caps of QĐ 4289 as the issue states them, not read from the code under test.
    const decision: Record<string, number[]> = {
      so: [8, 35, 25, 15, 7, 10],
      huyen: [8, 25, 25, 10, 15, 7, 10],
    };
    for (const [groupId, caps] of Object.entries(decision)) {
      const g = groupTemplate(t, groupId);
      expect(g?.criteria.map((c) => c.subCriteria.reduce((s, sub) => s + sub.capHundredths, 0))).toEqual(
        caps.map((c) => c * 100),
      );
      expect(g?.criteria.map((c) => c.capHundredths)).toEqual(
        findGroup(builtInRegime, groupId)?.criteria.map((c) => c.capHundredths),
      );
    }
  });

  it('gives every sub-criterion a unique code of its criterion, a Vietnamese title and guidance', () => {
    for (const g of t.groups) {
      const codes = g.criteria.flatMap((c) => c.subCriteria.map((s) => s.code));
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of g.criteria) {
        expect(c.subCriteria.length).toBeGreaterThan(0);
        for (const s of c.subCriteria) {
          expect(s.code.startsWith(`${c.number}.`)).toBe(true);
          expect(s.title.length).toBeGreaterThan(10);
          expect(s.title).toBe(s.title.normalize('NFC'));
          expect(s.guidance?.length ?? 0).toBeGreaterThan(10);
        }
      }
      expect(g.criteria.some((c) => c.subCriteria.some((s) => s.evidenceRequired))).toBe(true);
    }
  });

  it('is stamped with the requested year', () => {
    const t27 = defaultTemplate(2027);
    expect([t27.id, t27.year, t27.dataAsOf, t27.returnBy]).toEqual([
      'thanh-hoa-cntt-2027',
      2027,
      '2027-10-31',
      '2027-11-20',
    ]);
    expect(() => defaultTemplate(1899)).toThrow(/1899/);
  });
});

describe('parseTemplate', () => {
  it('reports every problem of a broken template at once, each naming its code', () => {
    const json = fresh();
    const so = json.groups[0]!;
    const huyen = json.groups[1]!;
    so.criteria[0]!.subCriteria[0]!.cap = 2.005; // more than 2 decimals
    so.criteria[1]!.subCriteria[1]!.code = '2.1'; // duplicate
    so.criteria[1]!.subCriteria[2]!.code = '2-3'; // malformed
    so.criteria[2]!.subCriteria[0]!.code = '4.9'; // wrong criterion prefix
    so.criteria[2]!.subCriteria[1]!.title = '  \u00A0'; // empty title
    so.criteria[3]!.subCriteria[0]!.cap = 0; // not positive
    so.criteria[4]!.subCriteria[0]!.cap = 2.5; // sum 7.5 instead of 7
    huyen.criteria.pop(); // missing criterion 7
    huyen.criteria[0]!.cap = 9; // cap differs from the regime
    (huyen as { groupId: string }).groupId = 'xa'; // unknown group, and huyen missing
    (json as { year: number }).year = 3000;
    const problems = problemsOf(json);
    const codes = problems.map((p) => p.code);
    for (const expected of [
      'cap-decimals',
      'duplicate-code',
      'code-malformed',
      'code-prefix',
      'title-empty',
      'cap-not-positive',
      'cap-sum',
      'group-unknown',
      'group-missing',
      'year-range',
    ]) {
      expect(codes).toContain(expected);
    }
    const message = (code: string): string => problems.find((p) => p.code === code)?.message ?? '';
    expect(message('cap-decimals')).toContain('1.1');
    expect(message('duplicate-code')).toContain('2.1');
    expect(message('code-malformed')).toContain('2-3');
    expect(message('code-prefix')).toContain('4.9');
    expect(message('title-empty')).toContain('3.2');
    expect(message('cap-not-positive')).toContain('4.1');
    expect(message('cap-sum')).toMatch(/Tiêu chí 5 .*7,5.*7/);
    expect(message('group-unknown')).toContain('xa');
    for (const p of problems) expect(p.message).toBe(p.message.normalize('NFC'));
  });

  it('checks the criteria against the regime: missing, extra, duplicated, cap differs', () => {
    const json = fresh();
    const so = json.groups[0]!;
    so.criteria[0]!.cap = 9;
    so.criteria.push({ ...so.criteria[5]!, number: 7 });
    so.criteria.push(so.criteria[1]!);
    so.criteria.splice(2, 1);
    const codes = problemsOf(json).map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'criterion-cap',
        'criterion-extra',
        'criterion-duplicate',
        'criterion-missing',
      ]),
    );
  });

  it('names a group as people know it: the regime’s name, else the id the file gave it', () => {
    const json = fresh();
    const so = json.groups[0]!;
    so.criteria.push({ ...so.criteria[5]!, number: 7 });
    json.groups.push(json.groups[0]!);
    (json.groups[1] as { groupId: string }).groupId = 'xa';
    (json.groups[1]!.criteria[0] as unknown as Record<string, unknown>)['cap'] = 'chín';
    const messages = problemsOf(json).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Tiêu chí 7 (nhóm “Sở, ban, ngành cấp tỉnh”) không có trong quy định: nhóm này chỉ có 6 tiêu chí.',
        'Nhóm “Sở, ban, ngành cấp tỉnh” xuất hiện hơn một lần.',
        'Thiếu nhóm “UBND các huyện, thị xã, thành phố” (mã nhóm “huyen”).',
        'Tiêu chí 1 (nhóm “xa”): trường “cap” phải là một số.',
      ]),
    );
  });

  it('runs schema and value checks together, in Vietnamese', () => {
    const json = fresh() as unknown as Record<string, unknown>;
    delete json['version'];
    const groups = json['groups'] as { criteria: { subCriteria: Record<string, unknown>[] }[] }[];
    groups[0]!.criteria[0]!.subCriteria[0]!['evidenceRequierd'] = true;
    groups[0]!.criteria[0]!.subCriteria[1]!['cap'] = '1,5';
    groups[0]!.criteria[1]!.subCriteria[0]!['cap'] = 9;
    const problems = problemsOf(json);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/thiếu trường “version”/);
    expect(problems.find((p) => p.message.includes('evidenceRequierd'))?.message).toContain('1.1');
    expect(
      problems.find((p) => p.where.path === 'groups.so.criteria[0].subCriteria[1].cap')?.message,
    ).toMatch(/1\.2.*phải là một số/);
    expect(problems.some((p) => p.code === 'cap-sum' && p.message.includes('Tiêu chí 2'))).toBe(true);
    expect(problemsOf('không phải JSON')[0]?.code).toBe('schema');
    expect(problemsOf(null).length).toBeGreaterThan(0);
  });

  it('accepts caps that sum exactly in hundredths even where floating point does not', () => {
    const json = fresh();
    const c1 = json.groups[0]!.criteria[0]!;
    expect(0.01 + 6.02 + 1.97).not.toBe(8);
    c1.subCriteria = c1.subCriteria.slice(0, 3).map((s, i) => ({ ...s, cap: [0.01, 6.02, 1.97][i]! }));
    expect(problemsOf(json)).toEqual([]);
  });

  it('accepts any split of a criterion cap into 2-decimal caps, and rejects it off by one hundredth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (weights, over) => {
          const json = fresh();
          const crit = json.groups[0]!.criteria[1]!;
          const capH = Math.round(crit.cap * 100);
          const total = weights.reduce((a, b) => a + b, 0);
          const parts = weights.map((w) => Math.max(1, Math.floor((w * capH) / total)));
          parts[0]! += capH - parts.reduce((a, b) => a + b, 0);
          fc.pre(parts[0]! > 1);
          crit.subCriteria = parts.map((h, i) => ({
            code: `2.${i + 1}`,
            title: `Tiêu chí thử ${i + 1}`,
            cap: h / 100,
            evidenceRequired: false,
          }));
          expect(problemsOf(json)).toEqual([]);
          crit.subCriteria[0]!.cap = (parts[0]! + (over ? 1 : -1)) / 100;
          const problems = problemsOf(json);
          expect(problems.map((p) => p.code)).toEqual(['cap-sum']);
          expect(problems[0]?.message).toContain(over ? 'thừa 0,01' : 'thiếu 0,01');
        },
      ),
    );
  });
});
