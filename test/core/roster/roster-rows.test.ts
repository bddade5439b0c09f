/** Roster rows as a user's file holds them, and the exact words of each problem at the line they see. */
import { parseRoster, type RosterSource } from '../../../src/core/roster/roster';

const messages = (rows: unknown, source: RosterSource = {}) => {
  const r = parseRoster(rows, undefined, source);
  return r.ok ? [] : r.problems;
};

describe('roster rows', () => {
  it('takes aliases as a list or one cell split by ; or |, and drops blank ones', () => {
    const r = parseRoster([
      { code: 'SO-A', name: 'Sở A', group: 'so', aliases: ['  Sở Một ', ''] },
      { code: 'SO-B', name: 'Sở B', group: 'so', aliases: 'Sở Hai|Sở  Thứ hai;' },
      { code: 'SO-C', name: 'Sở C', group: 'so', aliases: '' },
      { code: 'SO-D', name: 'Sở D', group: 'so', aliases: null },
      { code: 'SO-E', name: 'Sở E', group: 'so', aliases: ' ; ' },
      { code: 'SO-F', name: 'Sở F', group: 'so', aliases: ['Sở F'] },
    ]);
    expect(r).toEqual({
      ok: true,
      roster: [
        { code: 'SO-A', name: 'Sở A', group: 'so', aliases: ['Sở Một'] },
        { code: 'SO-B', name: 'Sở B', group: 'so', aliases: ['Sở Hai', 'Sở Thứ hai'] },
        { code: 'SO-C', name: 'Sở C', group: 'so' },
        { code: 'SO-D', name: 'Sở D', group: 'so' },
        { code: 'SO-E', name: 'Sở E', group: 'so' },
        { code: 'SO-F', name: 'Sở F', group: 'so', aliases: ['Sở F'] },
      ],
    });
  });

  it('words each problem with the line, the code and what to write instead', () => {
    expect(
      messages([
        { code: 'SO--A', name: 'Sở A', group: 'so' },
        { code: 7, name: ['Sở'], group: 'so', aliases: 5 },
        { code: 'SO-C', name: 'Sở C', group: ' huyen ', aliases: ['Sở C1', 3] },
      ]),
    ).toMatchObject([
      {
        code: 'roster-code-invalid',
        severity: 'error',
        row: 1,
        where: { row: 1, record: 'SO--A' },
        message:
          'Dòng 1 (mã SO--A): mã cơ quan “SO--A” phải gồm chữ in hoa không dấu, chữ số và dấu gạch ngang, ví dụ SO-TU-PHAP.',
      },
      {
        code: 'roster-code-invalid',
        severity: 'error',
        row: 2,
        message:
          'Dòng 2: mã cơ quan “” phải gồm chữ in hoa không dấu, chữ số và dấu gạch ngang, ví dụ SO-TU-PHAP.',
      },
      {
        code: 'roster-name-missing',
        severity: 'error',
        row: 2,
        message: 'Dòng 2: thiếu tên cơ quan, đơn vị.',
      },
      {
        code: 'roster-aliases-invalid',
        severity: 'error',
        row: 2,
        message: 'Dòng 2: tên gọi khác (aliases) phải là danh sách tên hoặc các tên cách nhau bởi dấu “;”.',
      },
      {
        code: 'roster-aliases-invalid',
        severity: 'error',
        row: 3,
        message:
          'Dòng 3 (mã SO-C): tên gọi khác (aliases) phải là danh sách tên hoặc các tên cách nhau bởi dấu “;”.',
      },
    ]);
  });

  it('refuses a row that is text, and a group that is not text, in words', () => {
    expect(messages(['SO-A;Sở A;so', { code: 'SO-B', name: 'Sở B', group: 1 }])).toMatchObject([
      { row: 1, message: 'Dòng 1: không phải một cơ quan, đơn vị (cần mã, tên, nhóm).' },
      { row: 2, message: 'Dòng 2 (mã SO-B): nhóm “” không hợp lệ; dùng một trong “so”, “huyen”.' },
    ]);
  });

  it('does not hold a refused row against a later one with its code or name', () => {
    expect(
      messages([
        { code: 'SO-A', name: 'Sở A', group: 'xa' },
        { code: 'SO-A', name: 'Sở A', group: 'so' },
      ]),
    ).toMatchObject([
      { row: 1, message: 'Dòng 1 (mã SO-A): nhóm “xa” không hợp lệ; dùng một trong “so”, “huyen”.' },
    ]);
  });

  it('names the file and its own line numbers when the source gives them', () => {
    expect(
      messages(
        [
          { code: 'SO-A', name: 'Sở A', group: 'so' },
          { code: 'SO-A', name: 'Sở B', group: 'xa' },
          { code: 'SO-C', name: 'Sở Một', group: 'so' },
          { code: 'SO-D', name: 'Sở D', group: 'so', aliases: 'sở một' },
          null,
        ],
        { where: { file: 'don-vi.csv', fileKind: 'roster' }, lineOf: (i: number) => i + 2 },
      ),
    ).toMatchObject([
      {
        code: 'roster-code-duplicate',
        row: 3,
        where: { file: 'don-vi.csv', fileKind: 'roster', row: 3, record: 'SO-A' },
        message: 'Tệp danh sách đơn vị “don-vi.csv”, dòng 3 (mã SO-A): mã SO-A trùng với dòng 2.',
      },
      {
        code: 'roster-group-unknown',
        row: 3,
        message:
          'Tệp danh sách đơn vị “don-vi.csv”, dòng 3 (mã SO-A): nhóm “xa” không hợp lệ; dùng một trong “so”, “huyen”.',
      },
      {
        code: 'roster-name-shared',
        row: 5,
        message:
          'Tệp danh sách đơn vị “don-vi.csv”, dòng 5 (mã SO-D): tên “sở một” trùng với tên hoặc tên gọi khác của SO-C (dòng 4); không phân biệt được hai đơn vị.',
      },
      {
        code: 'roster-row-not-an-agency',
        row: 6,
        message:
          'Tệp danh sách đơn vị “don-vi.csv”, dòng 6: không phải một cơ quan, đơn vị (cần mã, tên, nhóm).',
      },
    ]);
    expect(messages({ code: 'SO-A' })).toMatchObject([
      {
        code: 'roster-not-a-list',
        row: 0,
        message: 'Danh sách cơ quan, đơn vị phải là một danh sách các dòng.',
      },
    ]);
    expect(messages([['SO-A', 'Sở A', 'so']])[0]?.message).toBe(
      'Dòng 1: không phải một cơ quan, đơn vị (cần mã, tên, nhóm).',
    );
  });
});
