import {
  CHECK_FIELDS,
  CHECK_KINDS,
  FIGURE_TYPES,
  RULE_FIELDS,
  RULE_KINDS,
  SEVERITIES,
  fieldNames,
} from './figure-types';

/** JSON types of every field a rule or a check can have; the kinds' field lists (figure-types.ts) pick among them. */
const KIND_FIELD_SCHEMAS: Record<string, object> = {
  figure: { type: 'string' },
  numerator: { type: 'string' },
  denominator: { type: 'string' },
  partial: { type: 'number' },
  fullFrom: { type: 'number' },
  zeroBelow: { type: 'number' },
  perUnit: { type: 'number' },
  tiers: {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: ['from', 'points'],
      additionalProperties: false,
      properties: { from: { type: 'number' }, points: { type: 'number' } },
    },
  },
  options: {
    type: 'array',
    minItems: 1,
    items: {
      type: 'object',
      required: ['option', 'points'],
      additionalProperties: false,
      properties: { option: { type: 'string' }, points: { type: 'number' } },
    },
  },
  a: { type: 'string' },
  b: { type: 'string' },
  c: { type: 'string' },
  min: { type: 'number' },
  max: { type: 'number' },
};

/** Every field any kind uses, with its JSON type; which fields a kind needs is the validator's concern. */
function kindProperties(lists: Record<string, readonly string[]>): Record<string, object> {
  const props: Record<string, object> = {};
  for (const fields of Object.values(lists)) {
    for (const { name } of fieldNames(fields)) {
      const schema = KIND_FIELD_SCHEMAS[name];
      if (!schema) throw new Error(`no JSON type for field "${name}"`);
      props[name] = schema;
    }
  }
  return props;
}

const RULE_SCHEMA = {
  type: 'object',
  required: ['kind'],
  additionalProperties: false,
  properties: { kind: { enum: RULE_KINDS }, ...kindProperties(RULE_FIELDS) },
};

const FIGURE_SCHEMA = {
  type: 'object',
  required: ['key', 'label', 'type'],
  additionalProperties: false,
  properties: {
    key: { type: 'string' },
    label: { type: 'string' },
    type: { enum: [...FIGURE_TYPES] },
    unit: { type: 'string' },
    min: { type: 'number' },
    max: { type: 'number' },
    options: { type: 'array', minItems: 1, items: { type: 'string' } },
    partly: { type: 'boolean' },
    evidenceRequired: { type: 'boolean' },
  },
};

const CHECK_SCHEMA = {
  type: 'object',
  required: ['kind', 'message', 'severity'],
  additionalProperties: false,
  properties: {
    kind: { enum: CHECK_KINDS },
    ...kindProperties(CHECK_FIELDS),
    message: { type: 'string', minLength: 1 },
    severity: { enum: [...SEVERITIES] },
  },
};

/**
 * JSON schema of the yearly template file (docs/template-format.md). It checks the shape and the types only;
 * value rules (caps, codes, sums, the regime) are checked by the validator in load.ts so that every problem
 * is reported in one pass with a message that names the code.
 */
export const TEMPLATE_SCHEMA = {
  $id: 'https://xep-hang-cntt.local/template.schema.json',
  type: 'object',
  required: ['id', 'regimeId', 'year', 'version', 'dataAsOf', 'returnBy', 'groups'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', minLength: 1 },
    regimeId: { type: 'string' },
    year: { type: 'integer' },
    version: { type: 'integer', minimum: 1 },
    formatVersion: { enum: [1, 2] },
    dataAsOf: { type: 'string' },
    returnBy: { type: 'string' },
    groups: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['groupId', 'criteria'],
        additionalProperties: false,
        properties: {
          groupId: { type: 'string' },
          figures: { type: 'array', items: FIGURE_SCHEMA },
          checks: { type: 'array', items: CHECK_SCHEMA },
          criteria: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['number', 'cap', 'subCriteria'],
              additionalProperties: false,
              properties: {
                number: { type: 'integer' },
                title: { type: 'string' },
                cap: { type: 'number' },
                subCriteria: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['code', 'title', 'cap'],
                    additionalProperties: false,
                    properties: {
                      code: { type: 'string' },
                      title: { type: 'string' },
                      cap: { type: 'number' },
                      guidance: { type: 'string' },
                      evidenceRequired: { type: 'boolean' },
                      rule: RULE_SCHEMA,
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
