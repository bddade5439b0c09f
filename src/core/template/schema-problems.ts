/** Runs the template JSON schema (ajv, every error) and turns each error into a problem: rule, field, item, path. */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { SchemaRule } from '../problems/params';
import type { GroupRef, TemplateItem } from '../problems/where';
import type { Regime } from '../regime/types';
import { TEMPLATE_SCHEMA } from './schema';
import { groupPath, groupRef, isObject, reportInto, type Report, type TemplateProblem } from './problem';

let validator: ValidateFunction | null = null;

function compiled(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(TEMPLATE_SCHEMA);
  return validator;
}

/** Where an error is, for people (the item: sub-criterion 2.3 of group “so”) and for tools (groups.so.criteria[1].subCriteria[2]). */
function locate(
  json: unknown,
  pointer: string,
  regime: Regime,
): { path: string; item: TemplateItem; field: string | null } {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = '';
  let item: TemplateItem = { kind: 'template' };
  let node: unknown = json;
  let group: GroupRef = { index: 0 };
  let field: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i] ?? '';
    const parent = node;
    node = Array.isArray(parent) ? parent[Number(key)] : isObject(parent) ? parent[key] : undefined;
    const container = parts[i - 1];
    const index = Number(key);
    if (container === 'groups' && Array.isArray(parent)) {
      path = groupPath(node, index);
      group = groupRef(node, index, regime);
      item = { kind: 'group', group };
      field = null;
    } else if (container === 'criteria' && Array.isArray(parent)) {
      path += `.criteria[${key}]`;
      const n = isObject(node) && typeof node['number'] === 'number' ? node['number'] : undefined;
      item = { kind: 'criterion', group, index, ...(n !== undefined ? { number: n } : {}) };
      field = null;
    } else if (container === 'subCriteria' && Array.isArray(parent)) {
      path += `.subCriteria[${key}]`;
      const code = isObject(node) && typeof node['code'] === 'string' ? node['code'] : undefined;
      item = { kind: 'sub-criterion', group, index, ...(code !== undefined ? { code } : {}) };
      field = null;
    } else if (container === 'figures' && Array.isArray(parent)) {
      path += `.figures[${key}]`;
      const figureKey = isObject(node) && typeof node['key'] === 'string' ? node['key'] : undefined;
      item = { kind: 'figure', group, index, ...(figureKey !== undefined ? { key: figureKey } : {}) };
      field = null;
    } else if (container === 'checks' && Array.isArray(parent)) {
      path += `.checks[${key}]`;
      item = { kind: 'check', group, index };
      field = null;
    } else if (!(
      ['groups', 'criteria', 'subCriteria', 'figures', 'checks'].includes(key) &&
      /^\d+$/.test(parts[i + 1] ?? '')
    )) {
      // A container name followed by an index is written by the index step (criteria[1]).
      path += path === '' ? key : `.${key}`;
      field = key;
    }
  }
  return { path, item, field };
}

/** The schema rule an ajv error reports, as plain data. */
function ruleOf(e: ErrorObject, field: string | null): SchemaRule {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { rule: 'required', field: String(params['missingProperty']) };
    case 'additionalProperties':
      return { rule: 'unknown-field', field: String(params['additionalProperty']) };
    case 'type':
      return { rule: 'type', field, type: String(params['type']) };
    case 'minimum':
      return { rule: 'minimum', field, limit: Number(params['limit']) };
    case 'minItems':
      return { rule: 'min-items', field, limit: Number(params['limit']) };
    case 'enum':
      return { rule: 'enum', field, allowed: (params['allowedValues'] as unknown[]).map((v) => String(v)) };
    case 'minLength':
      return { rule: 'min-length', field };
    default:
      return { rule: 'other', field, detail: e.message ?? e.keyword };
  }
}

function describe(e: ErrorObject, json: unknown, regime: Regime, report: Report): void {
  const { path, item, field } = locate(json, e.instancePath, regime);
  const rule = ruleOf(e, field);
  const named = rule.field ?? undefined;
  report('schema', { path: path || '(gốc)', item, ...(named !== undefined ? { field: named } : {}) }, rule);
}

/** Every schema problem of a template file; empty when its shape and types are right (the regime names its groups). */
export function schemaProblems(json: unknown, regime: Regime): TemplateProblem[] {
  const validate = compiled();
  if (validate(json)) return [];
  const problems: TemplateProblem[] = [];
  const report = reportInto(problems);
  for (const e of validate.errors ?? []) describe(e, json, regime, report);
  return problems;
}
