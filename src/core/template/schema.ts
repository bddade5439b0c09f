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
