/**
 * Each schema error of a template file becomes a problem that says, in Vietnamese, which field is wrong
 * and how, with the JSON path a tool can follow: at the root, in a group and in a criterion.
 */
import { builtInRegime } from '../../../src/core/regime/load';
import { parseTemplate } from '../../../src/core/template/load';
import { format2Json } from '../../support/format2-template';

type Obj = Record<string, unknown>;

/** The schema problems of a file, as “path [field]: message”. */
function linesOf(json: unknown): string[] {
  const r = parseTemplate(json, builtInRegime);
  return r.ok
    ? []
    : r.problems
        .filter((p) => p.code === 'schema')
        .map((p) => `${p.where.path} [${p.where.field ?? ''}]: ${p.message}`);
}
/** The same for a changed copy of the format-2 test file. */
function schemaLines(change: (json: Obj) => unknown): string[] {
  const json = format2Json() as unknown as Obj;
  change(json);
  return linesOf(json);
}
const so = (json: Obj): Obj => (json['groups'] as Obj[]).find((g) => g['groupId'] === 'so') as Obj;
const G = 'Nhóm “Sở, ban, ngành cấp tỉnh”';

describe('schema problems of a template file', () => {
  test('a field of the file itself is named by its own path; a missing one, or a file that is no object, at the root', () => {
    expect(schemaLines((j) => (j['year'] = '2026'))).toEqual([
      'year [year]: Tệp mẫu phiếu: trường “year” phải là một số nguyên.',
    ]);
    expect(schemaLines((j) => delete j['id'])).toEqual(['(gốc) [id]: Tệp mẫu phiếu: thiếu trường “id”.']);
    expect(linesOf(5)).toEqual(['(gốc) []: Tệp mẫu phiếu: giá trị phải là một đối tượng.']);
  });

  test('lists every wrong field of a file at once, not only the first', () => {
    expect(
      schemaLines((j) => {
        j['year'] = '2026';
        delete j['id'];
      }),
    ).toEqual([
      '(gốc) [id]: Tệp mẫu phiếu: thiếu trường “id”.',
      'year [year]: Tệp mẫu phiếu: trường “year” phải là một số nguyên.',
    ]);
  });

  test('says the lower limit, the least number of items and an empty text in words', () => {
    expect(schemaLines((j) => (j['version'] = 0))).toEqual([
      'version [version]: Tệp mẫu phiếu: trường “version” phải lớn hơn hoặc bằng 1.',
    ]);
    expect(schemaLines((j) => (j['id'] = ''))).toEqual([
      'id [id]: Tệp mẫu phiếu: trường “id” không được để trống.',
    ]);
    expect(schemaLines((j) => (so(j)['criteria'] = []))).toEqual([
      `groups.so.criteria [criteria]: ${G}: trường “criteria” phải có ít nhất 1 phần tử.`,
    ]);
    expect(schemaLines((j) => (so(j)['criteria'] = 'x'))).toEqual([
      `groups.so.criteria [criteria]: ${G}: trường “criteria” phải là một danh sách.`,
    ]);
  });

  test('refuses a number that is not finite, which a program (not a JSON file) may hand over', () => {
    const criterion = (j: Obj): Obj => (so(j)['criteria'] as Obj[])[0] as Obj;
    expect(schemaLines((j) => (criterion(j)['cap'] = Infinity))).toEqual([
      `groups.so.criteria[0].cap [cap]: Tiêu chí 1 (nhóm “Sở, ban, ngành cấp tỉnh”): trường “cap” phải là một số.`,
    ]);
  });
});
