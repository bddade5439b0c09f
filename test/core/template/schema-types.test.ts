/**
 * The template file is described twice, by the TypeScript types the loader reads it into and by the JSON
 * schema that checks it first: they must name the same keys, optional in both or required in both. Each
 * object's keys are listed once below, typed so the compiler rejects a missing, extra or mis-marked key,
 * and compared at run time with the schema's `properties` and `required`.
 */
import type { CheckJson, FigureJson, RuleJson } from '../../../src/core/template/figures-json';
import type {
  CriterionJson,
  GroupJson,
  SubCriterionJson,
  TemplateJson,
} from '../../../src/core/template/load';
import { TEMPLATE_SCHEMA } from '../../../src/core/template/schema';

/** Keys of T that may be left out. */
type OptionalKeys<T> = { [K in keyof T]-?: Partial<Pick<T, K>> extends Pick<T, K> ? K : never }[keyof T];
/** Every key of T, marked as T declares it. */
type KeyMarks<T> = { [K in keyof T]-?: K extends OptionalKeys<T> ? 'optional' : 'required' };

const TEMPLATE: KeyMarks<TemplateJson> = {
  $schema: 'optional',
  id: 'required',
  regimeId: 'required',
  year: 'required',
  version: 'required',
  formatVersion: 'optional',
  dataAsOf: 'required',
  returnBy: 'required',
  groups: 'required',
};
const GROUP: KeyMarks<GroupJson> = {
  groupId: 'required',
  criteria: 'required',
  figures: 'optional',
  checks: 'optional',
};
const CRITERION: KeyMarks<CriterionJson> = {
  number: 'required',
  title: 'optional',
  cap: 'required',
  subCriteria: 'required',
};
const SUB_CRITERION: KeyMarks<SubCriterionJson> = {
  code: 'required',
  title: 'required',
  cap: 'required',
  guidance: 'optional',
  evidenceRequired: 'optional',
  rule: 'optional',
};
const FIGURE: KeyMarks<FigureJson> = {
  key: 'required',
  label: 'required',
  type: 'required',
  unit: 'optional',
  min: 'optional',
  max: 'optional',
  options: 'optional',
  partly: 'optional',
  evidenceRequired: 'optional',
};
const RULE: KeyMarks<RuleJson> = {
  kind: 'required',
  figure: 'optional',
  partial: 'optional',
  numerator: 'optional',
  denominator: 'optional',
  fullFrom: 'optional',
  zeroBelow: 'optional',
  tiers: 'optional',
  perUnit: 'optional',
  options: 'optional',
};
const CHECK: KeyMarks<CheckJson> = {
  kind: 'required',
  a: 'optional',
  b: 'optional',
  c: 'optional',
  min: 'optional',
  max: 'optional',
  message: 'required',
  severity: 'required',
};

interface ObjectSchema {
  properties: Record<string, unknown>;
  required: readonly string[];
  additionalProperties: boolean;
}

/** The object schema at a path of `properties` / `items` steps, failing loudly when the path is gone. */
function objectAt(...steps: string[]): ObjectSchema {
  let node: unknown = TEMPLATE_SCHEMA;
  for (const step of steps) {
    const record = node as Record<string, unknown>;
    node = step === '[]' ? record.items : (record.properties as Record<string, unknown>)[step];
    if (node === undefined) throw new Error(`schema has no ${steps.join('.')}`);
  }
  return node as ObjectSchema;
}

const schemaMarks = (s: ObjectSchema): Record<string, string> =>
  Object.fromEntries(
    Object.keys(s.properties).map((k) => [k, s.required.includes(k) ? 'required' : 'optional']),
  );
const sorted = (marks: Record<string, string>): [string, string][] =>
  Object.entries(marks).sort(([a], [b]) => a.localeCompare(b));

const CASES: [string, Record<string, string>, ObjectSchema][] = [
  ['template', TEMPLATE, objectAt()],
  ['group', GROUP, objectAt('groups', '[]')],
  ['criterion', CRITERION, objectAt('groups', '[]', 'criteria', '[]')],
  ['sub-criterion', SUB_CRITERION, objectAt('groups', '[]', 'criteria', '[]', 'subCriteria', '[]')],
  ['figure', FIGURE, objectAt('groups', '[]', 'figures', '[]')],
  ['rule', RULE, objectAt('groups', '[]', 'criteria', '[]', 'subCriteria', '[]', 'rule')],
  ['check', CHECK, objectAt('groups', '[]', 'checks', '[]')],
];

describe.each(CASES)('the %s object', (_name, typed, schema) => {
  it('has the same keys, required or optional alike, in the TypeScript type and in the JSON schema', () => {
    expect(sorted(schemaMarks(schema))).toEqual(sorted(typed));
  });

  it('refuses keys the type does not know', () => {
    expect(schema.additionalProperties).toBe(false);
  });
});

test('the typed key lists are checked by the compiler', () => {
  // @ts-expect-error a key list missing a key of the type does not compile
  const missing: KeyMarks<CriterionJson> = { number: 'required', cap: 'required', subCriteria: 'required' };
  // @ts-expect-error nor does one marking an optional key as required
  const misMarked: KeyMarks<CriterionJson> = { ...CRITERION, title: 'required' };
  expect(Object.keys(missing)).not.toEqual(Object.keys(misMarked));
});
