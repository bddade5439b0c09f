/** A problem found in a template file: a stable code, where it is, and a Vietnamese message that names it. */
export interface TemplateProblem {
  /** e.g. 'cap-sum', 'duplicate-code', 'schema'. */
  code: string;
  /** e.g. 'groups.so.criteria[1].subCriteria[2]'. */
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Path segment of a group: its id when it has one (groups.so), else its index (groups[0]). */
export function groupPath(group: unknown, index: number): string {
  return isObject(group) && typeof group['groupId'] === 'string' && group['groupId'] !== ''
    ? `groups.${group['groupId']}`
    : `groups[${index}]`;
}

/** "nhóm “so”" for messages. */
export function groupLabel(group: unknown, index: number): string {
  return isObject(group) && typeof group['groupId'] === 'string' && group['groupId'] !== ''
    ? `nhóm “${group['groupId']}”`
    : `nhóm thứ ${index + 1}`;
}
