import { previousFromReportJson, rankChangeLabel } from '../../../src/core/documents/previous';

/** A `consolidate --json` report of 2025 with the given tables. */
const report = (tables: unknown) => ({
  product: 'xep-hang-cntt',
  kind: 'consolidation-report',
  year: 2025,
  tables,
});
const row = (code: string, rank: number, total: unknown, criteria?: unknown) => ({
  rank,
  code,
  name: `Đơn vị ${code}`,
  ...(criteria === undefined ? {} : { criteria }),
  total,
  rating: 'Tốt',
});
const messageOf = (json: unknown) => {
  const read = previousFromReportJson(json, 'nam-truoc.json');
  return read.ok ? 'đọc được' : read.message;
};

describe('last year from the JSON report of consolidate', () => {
  test('a file that is not such a report is refused by name, whatever JSON it holds', () => {
    const refused = 'Tệp năm trước “nam-truoc.json”: không phải báo cáo JSON của lệnh consolidate.';
    expect(
      [
        null,
        [],
        'xep-hang-cntt',
        { ...report([]), product: 'khac' },
        { ...report([]), kind: 'survey-check' },
        { ...report([]), product: undefined },
      ].map(messageOf),
    ).toEqual([refused, refused, refused, refused, refused, refused]);
    expect(messageOf(report([]))).toBe('đọc được');
  });

  test('a report without its year or its tables says which is missing', () => {
    expect(messageOf({ ...report([]), year: undefined })).toBe(
      'Tệp năm trước “nam-truoc.json”: thiếu năm (year).',
    );
    expect(messageOf({ ...report([]), year: 2025.5 })).toBe(
      'Tệp năm trước “nam-truoc.json”: thiếu năm (year).',
    );
    expect(messageOf({ ...report([]), tables: { so: [] } })).toBe(
      'Tệp năm trước “nam-truoc.json”: thiếu các bảng xếp hạng (tables).',
    );
  });

  test('a table without its group or its rows is named by its place in the file', () => {
    const good = { group: 'so', tableNumber: 1, rows: [] };
    expect(
      [
        [good, null],
        [good, { tableNumber: 2, rows: [row('S01', 1, 90)] }],
        [good, { group: 'so', tableNumber: 2 }],
        [good, { group: 'so', tableNumber: 2, rows: { S01: 1 } }],
        [{ group: 2, rows: [] }],
      ].map((tables) => messageOf(report(tables))),
    ).toEqual([
      'Tệp năm trước “nam-truoc.json”: bảng thứ 2 không đúng cấu trúc.',
      'Tệp năm trước “nam-truoc.json”: bảng thứ 2 không đúng cấu trúc.',
      'Tệp năm trước “nam-truoc.json”: bảng thứ 2 không đúng cấu trúc.',
      'Tệp năm trước “nam-truoc.json”: bảng thứ 2 không đúng cấu trúc.',
      'Tệp năm trước “nam-truoc.json”: bảng thứ 1 không đúng cấu trúc.',
    ]);
  });

  test('a row without code, rank or a numeric total is named by table number and row', () => {
    const good = row('S01', 1, 90);
    expect(
      [
        [{ group: 'so', tableNumber: 3, rows: [good, null] }],
        [{ group: 'so', tableNumber: 3, rows: [good, { ...row('S02', 2, 80), code: undefined }] }],
        [{ group: 'so', tableNumber: 3, rows: [good, row('S02', 2, '80')] }],
        [
          { group: 'so', rows: [good] },
          { group: 'huyen', rows: [{ ...row('H01', 1, 70), rank: '1' }] },
        ],
      ].map((tables) => messageOf(report(tables))),
    ).toEqual([
      'Tệp năm trước “nam-truoc.json”: bảng 3, dòng 2 thiếu mã, hạng hoặc tổng điểm.',
      'Tệp năm trước “nam-truoc.json”: bảng 3, dòng 2 thiếu mã, hạng hoặc tổng điểm.',
      'Tệp năm trước “nam-truoc.json”: bảng 3, dòng 2 thiếu mã, hạng hoặc tổng điểm.',
      'Tệp năm trước “nam-truoc.json”: bảng 2, dòng 1 thiếu mã, hạng hoặc tổng điểm.',
    ]);
  });

  test('criteria points are kept only when every one is a number; the rank and total still count', () => {
    const read = previousFromReportJson(
      report([
        {
          group: 'so',
          tableNumber: 1,
          rows: [row('S01', 1, 90.1, [8, 35, 25, 15, 7, 0.1]), row('S02', 2, 80, [8, 'x', 25, 15, 7, 0])],
        },
        { group: 'huyen', tableNumber: 2, rows: [row('H01', 1, 70.05, 'không có')] },
      ]),
      'nam-truoc.json',
    );
    expect(read.ok && [...read.previous.agencies]).toEqual([
      [
        'S01',
        {
          groupId: 'so',
          rank: 1,
          totalHundredths: 9010,
          criteriaHundredths: [800, 3500, 2500, 1500, 700, 10],
        },
      ],
      ['S02', { groupId: 'so', rank: 2, totalHundredths: 8000, criteriaHundredths: [] }],
      ['H01', { groupId: 'huyen', rank: 1, totalHundredths: 7005, criteriaHundredths: [] }],
    ]);
    expect(read.ok && read.previous.year).toBe(2025);
  });
});

describe('rank change label', () => {
  const last = { groupId: 'so', rank: 3, totalHundredths: 9000, criteriaHundredths: [] };
  test('up, down, same in the same group; “mới” without a result or in another group last year', () => {
    expect([
      rankChangeLabel(last, 'so', 1),
      rankChangeLabel(last, 'so', 4),
      rankChangeLabel(last, 'so', 3),
      rankChangeLabel(undefined, 'so', 1),
      rankChangeLabel(last, 'huyen', 3),
      rankChangeLabel(last, 'huyen', 1),
    ]).toEqual(['↑2', '↓1', '=', 'mới', 'mới', 'mới']);
  });
});
