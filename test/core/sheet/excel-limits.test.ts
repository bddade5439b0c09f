/**
 * Excel's documented limits hold for every sheet description the product makes: the survey of each
 * group (blank and for an agency), and the consolidation with 0, 3 and 300 agencies, first merge and
 * re-merge. Excel refuses a longer validation text or property from Office.js and repairs (drops) it
 * when opening a file, so a breach would only show on a user's machine.
 */
import { consolidate } from '../../../src/core/consolidation/consolidate';
import type { Agency } from '../../../src/core/roster/types';
import { sampleRoster } from '../../../src/core/roster/roster';
import { EXCEL_LIMITS, excelLimitBreaches } from '../../../src/core/sheet/excel-limits';
import type { WorkbookSpec } from '../../../src/core/sheet/spec';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey/build';
import { builtInTemplates } from '../../../src/core/template/load';
import { regime, subsOf, template } from '../../support/consolidation/forms';
import { formSubmission, madeUpRoster, seededScores } from '../../support/office/consolidation';

const longestName = (agencies: readonly Agency[]): Agency | undefined =>
  [...agencies].sort((a, b) => b.name.length - a.name.length)[0];

const builtIns = builtInTemplates(2026, regime);

/** A named sheet description, built inside the test that checks it: a build at collection time would make
 * every mutant in the builders "static" to Stryker, run against all tests instead of the ones that read it. */
type Case = [string, () => WorkbookSpec];

// Every built-in version: the self-scored version 1 and the figures of version 2.
function surveys(): Case[] {
  return builtIns.flatMap((t) =>
    regime.groups.flatMap((g): Case[] => {
      const agency = longestName(sampleRoster.filter((a) => a.group === g.id));
      const name = `survey ${t.id} v${t.version} ${g.id}`;
      return [
        [`${name}, blank`, () => buildSurveyWorkbook({ regime, template: t, groupId: g.id }).spec],
        ...(agency
          ? [
              [
                `${name}, ${agency.code}`,
                () => buildSurveyWorkbook({ regime, template: t, groupId: g.id, agency }).spec,
              ] as Case,
            ]
          : []),
      ];
    }),
  );
}

function consolidations(n: number): Case[] {
  return [
    [`consolidation of ${n}, first merge`, () => mergedTwice(n).first.spec],
    [`consolidation of ${n}, re-merge`, () => mergedTwice(n).again.spec],
  ];
}

function mergedTwice(n: number) {
  const roster = madeUpRoster(n);
  const submissions = roster.map((a, i) => formSubmission(a, seededScores(subsOf(a.group), i), roster));
  // A roster file with a long name: the name is stored, and must not become a property over 255 characters.
  const rosterOrigin = { kind: 'file', fileName: `${'danh-sach-don-vi-'.repeat(15)}.csv` } as const;
  const first = consolidate({
    previous: null,
    submissions,
    template,
    regime,
    roster,
    rosterOrigin,
    now: '2026-11-20T02:00:00Z',
  });
  const again = consolidate({
    previous: first.merge.state,
    previousRoster: first.roster,
    submissions: submissions.slice(0, Math.ceil(n / 2)),
    template,
    regime,
    roster: [...roster].reverse(),
    now: '2026-11-25T02:00:00Z',
  });
  return { first, again };
}

describe("Excel's limits over every sheet description", () => {
  const specs = [...surveys(), ...[0, 3, 300].flatMap(consolidations)];

  it('covers both groups of the survey and every consolidation size', () => {
    expect(specs.filter(([name]) => name.startsWith('survey'))).toHaveLength(
      builtIns.length * regime.groups.length * 2,
    );
    expect(specs.filter(([name]) => name.startsWith('consolidation'))).toHaveLength(6);
  });

  it.each(specs)('%s breaks none of them', (_name, build) => {
    expect(excelLimitBreaches(build())).toEqual([]);
  });

  it('puts validations, properties and names in the descriptions it checks', () => {
    const survey = specs[0]?.[1]();
    expect(survey?.sheets.some((s) => s.validations.length > 0)).toBe(true);
    expect(Object.keys(survey?.properties ?? {}).length).toBeGreaterThan(0);
    expect(survey?.names.length).toBeGreaterThan(0);
  });
});

describe('the limit check', () => {
  const valid = (): WorkbookSpec => ({
    sheets: [
      {
        name: 'Phiếu',
        visibility: 'visible',
        columns: [],
        rows: [],
        cells: [],
        merges: [],
        validations: [
          {
            kind: 'decimal',
            range: { row: 2, col: 2, lastRow: 2, lastCol: 2 },
            min: 0,
            max: 5,
            allowBlank: true,
            prompt: { title: 'Điểm tự chấm 1.1', message: 'Nhập số từ 0 đến 5.' },
            error: { title: 'Điểm không hợp lệ', message: 'Điểm phải là số từ 0 đến 5.' },
          },
        ],
        conditionalFormats: [],
        protection: null,
      },
    ],
    names: [{ name: 'TC_1_1', sheet: 'Phiếu', range: { row: 2, col: 2, lastRow: 2, lastCol: 2 } }],
    styles: {},
    properties: { 'XHCNTT.nam': '2026' },
    activeSheet: 'Phiếu',
  });

  it('accepts texts exactly at the limits', () => {
    const spec = valid();
    const v = spec.sheets[0]!.validations[0]!;
    v.prompt = {
      title: 'a'.repeat(EXCEL_LIMITS.validationTitle),
      message: 'ệ'.repeat(EXCEL_LIMITS.validationPrompt),
    };
    v.error = {
      title: 'b'.repeat(EXCEL_LIMITS.validationTitle),
      message: 'ố'.repeat(EXCEL_LIMITS.validationError),
    };
    spec.properties['XHCNTT.x'] = 'đ'.repeat(EXCEL_LIMITS.customPropertyValue);
    spec.sheets[0]!.name = 'B'.repeat(EXCEL_LIMITS.sheetName);
    expect(excelLimitBreaches(spec)).toEqual([]);
  });

  it('names each text one character over its limit', () => {
    const spec = valid();
    const v = spec.sheets[0]!.validations[0]!;
    v.prompt = { title: 'a'.repeat(33), message: 'ệ'.repeat(256) };
    v.error = { title: 'b'.repeat(33), message: 'ố'.repeat(226) };
    spec.properties['XHCNTT.x'] = 'đ'.repeat(256);
    const breaches = excelLimitBreaches(spec);
    expect(breaches).toHaveLength(5);
    expect(breaches.join('\n')).toMatch(/prompt title is 33 characters long \(at most 32\)/);
    expect(breaches.join('\n')).toMatch(/prompt is 256 characters long \(at most 255\)/);
    expect(breaches.join('\n')).toMatch(/error title is 33/);
    expect(breaches.join('\n')).toMatch(/error message is 226 characters long \(at most 225\)/);
    expect(breaches.join('\n')).toMatch(/document property XHCNTT\.x is 256/);
  });

  it.each(['C'.repeat(32), 'Bảng 1/2', 'Bảng [1]', 'Hỏi?', "'Phiếu", ''])(
    'refuses the sheet name %p',
    (name) => {
      const spec = valid();
      spec.sheets[0]!.name = name;
      expect(excelLimitBreaches(spec)).toHaveLength(1);
    },
  );

  it.each([
    ['C'.repeat(32), `sheet name "${'C'.repeat(32)}" is longer than 31 characters`],
    ['Bảng 1/2', 'sheet name "Bảng 1/2" holds one of : \\ / ? * [ ]'],
    ['Hỏi?', 'sheet name "Hỏi?" holds one of : \\ / ? * [ ]'],
    ["'Phiếu", `sheet name "'Phiếu" starts or ends with an apostrophe`],
    ["Phiếu'", `sheet name "Phiếu'" starts or ends with an apostrophe`],
    ['', 'a sheet name is empty'],
  ])('says why the sheet name %p is refused', (name, why) => {
    const spec = valid();
    spec.sheets[0]!.name = name;
    expect(excelLimitBreaches(spec)).toEqual([why]);
  });

  it('accepts an apostrophe inside a sheet name', () => {
    const spec = valid();
    spec.sheets[0]!.name = "Sở Nội vụ's bảng";
    expect(excelLimitBreaches(spec)).toEqual([]);
  });

  it('names the validation, the place and the limit of a text over it', () => {
    const spec = valid();
    spec.sheets[0]!.validations[0]!.prompt.title = 'a'.repeat(33);
    expect(excelLimitBreaches(spec)).toEqual([
      "the validation of 'Phiếu'!B2: prompt title is 33 characters long (at most 32)",
    ]);
  });

  it('names the footer, the defined name and the property over their limits, by their first 40 characters', () => {
    const spec = valid();
    spec.sheets[0]!.print = {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      margins: { top: 10, bottom: 10, left: 10, right: 10 },
      footerCenter: '&P'.repeat(128),
    };
    const longName = `SL_${'so_may_tinh_'.repeat(21)}x`;
    spec.names.push({ name: longName, sheet: 'Phiếu', range: { row: 3, col: 2, lastRow: 3, lastCol: 2 } });
    const longKey = `XHCNTT.${'khoa'.repeat(62)}x`;
    spec.properties[longKey] = 'đ'.repeat(256);
    expect(excelLimitBreaches(spec)).toEqual([
      'the footer of Phiếu is 256 characters long (at most 255)',
      `the name ${longName.slice(0, 40)} is 256 characters long (at most 255)`,
      `the document property key ${longKey.slice(0, 40)} is 256 characters long (at most 255)`,
      `the document property ${longKey.slice(0, 40)} is 256 characters long (at most 255)`,
    ]);
  });

  it('names every address longer than the 8,192 characters Office.js takes whole', () => {
    const spec = valid();
    const sheet = spec.sheets[0]!;
    sheet.name = 'X'.repeat(8190);
    sheet.merges = [{ row: 2, col: 2, lastRow: 2, lastCol: 3 }];
    sheet.conditionalFormats = [
      { range: { row: 3, col: 2, lastRow: 3, lastCol: 2 }, formula: 'B3>5', style: 'do' },
    ];
    sheet.print = {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      margins: { top: 10, bottom: 10, left: 10, right: 10 },
      area: { row: 1, col: 1, lastRow: 9, lastCol: 4 },
    };
    spec.names[0]!.sheet = sheet.name;
    const quoted = `'${sheet.name}'`;
    expect(excelLimitBreaches(spec)).toEqual([
      `sheet name "${sheet.name}" is longer than 31 characters`,
      `the address of the validation of ${quoted}!B2 is 8195 characters long (at most 8192)`,
      `the address of a merge is 8198 characters long (at most 8192)`,
      `the address of a conditional format is 8195 characters long (at most 8192)`,
      `the address of the print area is 8198 characters long (at most 8192)`,
      `the address of the name TC_1_1 is 8197 characters long (at most 8192)`,
    ]);
  });

  it("measures a defined name's address as written, with its dollar signs", () => {
    const spec = valid();
    spec.sheets[0]!.name = 'N'.repeat(8186);
    spec.names[0]!.sheet = spec.sheets[0]!.name;
    // 'NNN…'!$B$2 is 8,193 characters long; the validation's 'NNN…'!B2 only 8,191.
    expect(excelLimitBreaches(spec)).toEqual([
      `sheet name "${'N'.repeat(8186)}" is longer than 31 characters`,
      'the address of the name TC_1_1 is 8193 characters long (at most 8192)',
    ]);
  });
});
