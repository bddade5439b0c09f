/** Runs the template JSON schema (ajv, every error) and words each error in Vietnamese, naming the code. */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { TEMPLATE_SCHEMA } from './schema';
import { groupLabel, groupPath, isObject, type TemplateProblem } from './problem';

let validator: ValidateFunction | null = null;

function compiled(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(TEMPLATE_SCHEMA);
  return validator;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'một số',
  integer: 'một số nguyên',
  string: 'một chuỗi văn bản',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một đối tượng',
};

/** Where an error is, for people ("Tiêu chí thành phần 2.3 (nhóm “so”)") and for tools (groups.so.criteria[1].subCriteria[2]). */
function locate(json: unknown, pointer: string): { path: string; where: string; field: string | null } {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = '';
  let where = 'Tệp mẫu phiếu';
  let node: unknown = json;
  let group = '';
  let field: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i] ?? '';
    const parent = node;
    node = Array.isArray(parent) ? parent[Number(key)] : isObject(parent) ? parent[key] : undefined;
    const container = parts[i - 1];
    if (container === 'groups' && Array.isArray(parent)) {
      path = groupPath(node, Number(key));
      group = groupLabel(node, Number(key));
      where = `Nhóm ${group.replace(/^nhóm /, '')}`;
      field = null;
    } else if (container === 'criteria' && Array.isArray(parent)) {
      path += `.criteria[${key}]`;
      const n =
        isObject(node) && typeof node['number'] === 'number'
          ? String(node['number'])
          : `thứ ${Number(key) + 1}`;
      where = `Tiêu chí ${n} (${group})`;
      field = null;
    } else if (container === 'subCriteria' && Array.isArray(parent)) {
      path += `.subCriteria[${key}]`;
      const code =
        isObject(node) && typeof node['code'] === 'string' ? node['code'] : `thứ ${Number(key) + 1}`;
      where = `Tiêu chí thành phần ${code} (${group})`;
      field = null;
    } else if (container === 'figures' && Array.isArray(parent)) {
      path += `.figures[${key}]`;
      const figureKey =
        isObject(node) && typeof node['key'] === 'string' ? `“${node['key']}”` : `thứ ${Number(key) + 1}`;
      where = `Số liệu ${figureKey} (${group})`;
      field = null;
    } else if (container === 'checks' && Array.isArray(parent)) {
      path += `.checks[${key}]`;
      where = `Kiểm tra lôgic thứ ${Number(key) + 1} (${group})`;
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
  return { path, where, field };
}

function describe(e: ErrorObject, json: unknown): TemplateProblem {
  const { path, where, field } = locate(json, e.instancePath);
  const params = e.params as Record<string, unknown>;
  const fieldText = field ? `trường “${field}”` : 'giá trị';
  let message: string;
  switch (e.keyword) {
    case 'required':
      message = `${where}: thiếu trường “${String(params['missingProperty'])}”.`;
      break;
    case 'additionalProperties':
      message = `${where}: trường “${String(params['additionalProperty'])}” không thuộc định dạng mẫu phiếu (sai chính tả?).`;
      break;
    case 'type':
      message = `${where}: ${fieldText} phải là ${TYPE_NAMES[String(params['type'])] ?? String(params['type'])}.`;
      break;
    case 'minimum':
      message = `${where}: ${fieldText} phải lớn hơn hoặc bằng ${String(params['limit'])}.`;
      break;
    case 'minItems':
      message = `${where}: ${fieldText} phải có ít nhất ${String(params['limit'])} phần tử.`;
      break;
    case 'enum':
      message = `${where}: ${fieldText} phải là một trong các giá trị ${(params['allowedValues'] as unknown[]).map((v) => `“${String(v)}”`).join(', ')}.`;
      break;
    case 'minLength':
      message = `${where}: ${fieldText} không được để trống.`;
      break;
    default:
      message = `${where}: ${fieldText} không hợp lệ (${e.message ?? e.keyword}).`;
  }
  return { code: 'schema', path: path || '(gốc)', message };
}

/** Every schema problem of a template file; empty when its shape and types are right. */
export function schemaProblems(json: unknown): TemplateProblem[] {
  const validate = compiled();
  if (validate(json)) return [];
  return (validate.errors ?? []).map((e) => describe(e, json));
}
