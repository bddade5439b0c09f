/** Value rules of a template file against the regime (validate.ts): each mistake named at its JSON path. */
import { builtInRegime } from '../../../src/core/regime/load';
import { builtInTemplate, parseTemplate, templateToJson } from '../../../src/core/template/load';
import { format2Json } from '../../support/format2-template';

type Obj = Record<string, unknown>;

const G = '(nhóm “Sở, ban, ngành cấp tỉnh”)';
const v1 = (): Obj => structuredClone(templateToJson(builtInTemplate(2026, 1))) as unknown as Obj;
const groups = (j: Obj): Obj[] => j['groups'] as Obj[];
const criterion = (j: Obj, i: number): Obj => (groups(j)[0]?.['criteria'] as Obj[])[i] as Obj;
const subs = (j: Obj, i: number): Obj[] => criterion(j, i)['subCriteria'] as Obj[];
/** Each problem as "code path: message". */
const seen = (json: unknown): string[] => {
  const r = parseTemplate(json, builtInRegime);
  return (r.ok ? [] : r.problems).map((p) => `${p.code} ${p.where.path ?? ''}: ${p.message}`);
};
const DATE_HINT = 'không phải ngày hợp lệ dạng YYYY-MM-DD (ví dụ 2026-10-31).';

describe('top of the file', () => {
  it.each([
    [
      { regimeId: 'khac' },
      [
        'template-regime-mismatch regimeId: Mẫu phiếu viết cho bộ tiêu chí “khac”, không phải “qd-4289-2016” (Quyết định số 4289/QĐ-UBND ngày 01/11/2016 của Chủ tịch UBND tỉnh Thanh Hóa).',
      ],
    ],
    [{ year: 1999 }, ['year-range year: Năm 1999 nằm ngoài khoảng cho phép (2000–2100).']],
    [{ year: 2101 }, ['year-range year: Năm 2101 nằm ngoài khoảng cho phép (2000–2100).']],
    [{ year: 2000 }, []],
    [{ year: 2100 }, []],
    [
      { dataAsOf: '2026-02-30', returnBy: 'x2026-11-20' },
      [
        `date-invalid dataAsOf: Ngày chốt số liệu “2026-02-30” ${DATE_HINT}`,
        `date-invalid returnBy: Hạn gửi phiếu “x2026-11-20” ${DATE_HINT}`,
      ],
    ],
    [{ dataAsOf: '2026-10-31x' }, [`date-invalid dataAsOf: Ngày chốt số liệu “2026-10-31x” ${DATE_HINT}`]],
    [
      { returnBy: '2026-10-30' },
      ['date-order returnBy: Hạn gửi phiếu (2026-10-30) sớm hơn ngày chốt số liệu (2026-10-31).'],
    ],
    [{ returnBy: '2026-10-31' }, []],
  ])('%j gives %j', (top, expected) => {
    expect(seen({ ...v1(), ...top })).toEqual(expected);
  });
});

describe('criteria and sub-criteria', () => {
  it('names malformed, misplaced and duplicate codes with their position', () => {
    const j = v1();
    const [a, b, c, d] = subs(j, 0);
    Object.assign(a ?? {}, { code: '1x.1' });
    Object.assign(b ?? {}, { code: 'x1.2' });
    Object.assign(c ?? {}, { code: '1.3x' });
    Object.assign(d ?? {}, { code: '1.1' });
    Object.assign(subs(j, 1)[0] ?? {}, { code: '1.1' });
    const s = 'groups.so.criteria';
    expect(seen(j)).toEqual([
      `code-malformed ${s}[0].subCriteria[0]: Tiêu chí thành phần 1x.1 ${G}: mã “1x.1” không đúng dạng <tiêu chí>.<số thứ tự>, ví dụ “1.1”.`,
      `code-malformed ${s}[0].subCriteria[1]: Tiêu chí thành phần x1.2 ${G}: mã “x1.2” không đúng dạng <tiêu chí>.<số thứ tự>, ví dụ “1.2”.`,
      `code-malformed ${s}[0].subCriteria[2]: Tiêu chí thành phần 1.3x ${G}: mã “1.3x” không đúng dạng <tiêu chí>.<số thứ tự>, ví dụ “1.3”.`,
      `code-prefix ${s}[1].subCriteria[0]: Tiêu chí thành phần 1.1 ${G}: mã “1.1” phải bắt đầu bằng “2.” vì thuộc tiêu chí 2.`,
      `duplicate-code ${s}[1].subCriteria[0]: Tiêu chí thành phần 1.1 ${G}: mã “1.1” bị trùng (đã dùng ở tiêu chí thành phần thứ 4 của tiêu chí 1).`,
    ]);
  });

  it('names another title, a cap with 3 decimals and a criterion without sub-criteria; a blank title is no other title', () => {
    const j = v1();
    criterion(j, 0)['title'] = '  ';
    criterion(j, 1)['title'] = 'Khác';
    criterion(j, 2)['cap'] = 25.001;
    criterion(j, 3)['subCriteria'] = [];
    const s = 'groups.so.criteria';
    expect(seen(j)).toEqual([
      `criterion-title ${s}[1]: Tiêu chí 2 ${G}: tên “Khác” khác tên trong quy định “Ứng dụng CNTT trong hoạt động nội bộ cơ quan”.`,
      `criterion-cap ${s}[2]: Tiêu chí 3 ${G}: điểm tối đa 25,001 khác quy định (25).`,
      `no-subcriteria ${s}[3].subCriteria: Tiêu chí 4 ${G} chưa có tiêu chí thành phần nào.`,
    ]);
  });

  it('does not add up the caps of a criterion when one is not a number', () => {
    const j = v1();
    Object.assign(subs(j, 0)[0] ?? {}, { cap: 'hai' });
    expect(seen(j)).toEqual([
      `schema groups.so.criteria[0].subCriteria[0].cap: Tiêu chí thành phần 1.1 ${G}: trường “cap” phải là một số.`,
    ]);
  });

  it('checks no points against a cap of 0, only names the cap', () => {
    const j = format2Json() as unknown as Obj;
    Object.assign(subs(j, 0)[2] ?? {}, { cap: 0 });
    expect(seen(j)).toEqual([
      `cap-not-positive groups.so.criteria[0].subCriteria[2]: Tiêu chí thành phần 1.3 ${G}: điểm tối đa phải lớn hơn 0 (đang là 0).`,
    ]);
  });

  it('names a missing criterion, a group given twice and a missing group at their paths', () => {
    const j = v1();
    groups(j).push(structuredClone(groups(j)[0] ?? {}));
    groups(j).splice(1, 1);
    (groups(j)[0]?.['criteria'] as Obj[]).pop();
    expect(seen(j)).toEqual([
      `criterion-missing groups.so.criteria: Thiếu tiêu chí 6 “Cơ chế, chính sách và các quy định cho ứng dụng CNTT” ${G}.`,
      'group-duplicate groups.so: Nhóm “Sở, ban, ngành cấp tỉnh” xuất hiện hơn một lần.',
      'group-missing groups: Thiếu nhóm “UBND các huyện, thị xã, thành phố” (mã nhóm “huyen”).',
    ]);
  });
});

describe('items the schema already refuses', () => {
  it('does not add up the caps around a sub-criterion that is not an object, names one without a code by position, and an unknown group at its path', () => {
    const j = v1();
    subs(j, 0)[0] = 'x' as unknown as Obj;
    Object.assign(subs(j, 1)[0] ?? {}, { code: 5, cap: -1 });
    groups(j).push({ ...structuredClone(groups(j)[1] ?? {}), groupId: 'xa' });
    expect(seen(j)).toEqual([
      `schema groups.so.criteria[0].subCriteria[0]: Tiêu chí thành phần thứ 1 ${G}: giá trị phải là một đối tượng.`,
      `schema groups.so.criteria[1].subCriteria[0].code: Tiêu chí thành phần thứ 1 ${G}: trường “code” phải là một chuỗi văn bản.`,
      `cap-not-positive groups.so.criteria[1].subCriteria[0]: Tiêu chí thành phần thứ 1 của tiêu chí 2 ${G}: điểm tối đa phải lớn hơn 0 (đang là -1).`,
      'group-unknown groups.xa: Nhóm “xa” không có trong quy định; các nhóm hợp lệ: “so”, “huyen”.',
    ]);
  });
});
