/**
 * How a template problem names its group: by the regime's name for a known id, by the id itself for an
 * unknown one, and by position (groups[0], “Nhóm thứ 1”) when the id is missing, empty or not text.
 */
import { builtInRegime } from '../../../src/core/regime/load';
import { parseTemplate } from '../../../src/core/template/load';
import { format2Json } from '../../support/format2-template';

type Obj = Record<string, unknown>;

/** The schema problems after breaking the criteria of group “so” and changing its id by `setId`. */
function groupLines(setId: (group: Obj) => void): string[] {
  const json = format2Json() as unknown as Obj;
  const group = (json['groups'] as Obj[]).find((g) => g['groupId'] === 'so') as Obj;
  group['criteria'] = 'x';
  setId(group);
  const r = parseTemplate(json, builtInRegime);
  return r.ok
    ? []
    : r.problems.filter((p) => p.code === 'schema').map((p) => `${p.where.path}: ${p.message}`);
}

describe('the group of a template problem', () => {
  test('is named by the regime when it knows the id, else by the id', () => {
    expect(groupLines(() => undefined)).toEqual([
      'groups.so.criteria: Nhóm “Sở, ban, ngành cấp tỉnh”: trường “criteria” phải là một danh sách.',
    ]);
    expect(groupLines((g) => (g['groupId'] = 'xa'))).toEqual([
      'groups.xa.criteria: Nhóm “xa”: trường “criteria” phải là một danh sách.',
    ]);
  });

  test('is named by position when its id is empty, missing or not text', () => {
    expect(groupLines((g) => (g['groupId'] = ''))).toEqual([
      'groups[0].criteria: Nhóm thứ 1: trường “criteria” phải là một danh sách.',
    ]);
    expect(groupLines((g) => delete g['groupId'])).toEqual([
      'groups[0]: Nhóm thứ 1: thiếu trường “groupId”.',
      'groups[0].criteria: Nhóm thứ 1: trường “criteria” phải là một danh sách.',
    ]);
    expect(groupLines((g) => (g['groupId'] = 5))).toEqual([
      'groups[0].groupId: Nhóm thứ 1: trường “groupId” phải là một chuỗi văn bản.',
      'groups[0].criteria: Nhóm thứ 1: trường “criteria” phải là một danh sách.',
    ]);
  });
});
