import { bandFor, builtInRegime, findGroup, parseRegime, tableTitle } from '../../../src/core/regime/load';
import qd4289 from '../../../src/core/regime/qd4289.json';

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(qd4289)) as Record<string, unknown>;

describe('built-in regime (QĐ 4289)', () => {
  it('has the two groups with the caps of the decision, in hundredths', () => {
    expect(findGroup(builtInRegime, 'so')?.criteria.map((c) => c.capHundredths)).toEqual([
      800, 3500, 2500, 1500, 700, 1000,
    ]);
    expect(findGroup(builtInRegime, 'huyen')?.criteria.map((c) => c.capHundredths)).toEqual([
      800, 2500, 2500, 1000, 1500, 700, 1000,
    ]);
    expect(findGroup(builtInRegime, 'xa')).toBeUndefined();
  });

  it('bands a total on its hundredths: 85 is Tốt, 84.99 Khá, 70 Khá, 69.99 Trung bình, 50 Trung bình, 49.99 Yếu', () => {
    const label = (h: number): string => bandFor(builtInRegime, h).label;
    expect([8500, 8499, 7000, 6999, 5000, 4999, 0, 10000].map(label)).toEqual([
      'Tốt',
      'Khá',
      'Khá',
      'Trung bình',
      'Trung bình',
      'Yếu',
      'Yếu',
      'Tốt',
    ]);
  });

  it('titles the ranking tables with the year', () => {
    const so = findGroup(builtInRegime, 'so');
    expect(so && tableTitle(so, 2026)).toBe(
      'Bảng 1: Xếp hạng mức độ ứng dụng CNTT của các sở, ban, ngành cấp tỉnh năm 2026',
    );
  });
});

describe('parseRegime', () => {
  it('accepts a later regime with other groups and scale as plain data', () => {
    const data = {
      id: 'dti-2022',
      legalBasis: 'Quyết định thử',
      appraiser: { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN' },
      province: 'Thanh Hóa',
      total: 1000,
      bands: [
        { id: 'a', label: 'Xuất sắc', min: 900.5 },
        { id: 'b', label: 'Còn lại', min: null },
      ],
      groups: [
        {
          id: 'xa',
          name: 'UBND cấp xã',
          tableNumber: 3,
          tableTitle: 'Bảng 3 năm {year}',
          criteria: [{ number: 1, title: 'Chuyển đổi số', cap: 1000 }],
        },
      ],
    };
    const regime = parseRegime(data);
    expect(regime.totalHundredths).toBe(100000);
    expect(bandFor(regime, 90050).label).toBe('Xuất sắc');
    expect(bandFor(regime, 90049).label).toBe('Còn lại');
  });

  it('reports every problem of a broken file at once, in Vietnamese', () => {
    const data = clone();
    const groups = data['groups'] as { criteria: { cap: unknown }[]; id: string }[];
    groups[0]!.criteria[0]!.cap = 8.125;
    groups[1]!.id = 'so';
    delete data['legalBasis'];
    let message = '';
    try {
      parseRegime(data);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/quá 2 chữ số thập phân/);
    expect(message).toMatch(/trùng mã/);
    expect(message).toMatch(/căn cứ pháp lý/);
    expect(message).toMatch(/tổng điểm tối đa các tiêu chí/);
  });

  it('refuses bands that are not ordered from high to low', () => {
    const data = clone();
    (data['bands'] as { min: unknown }[])[1]!.min = 90;
    expect(() => parseRegime(data)).toThrow(/cao xuống thấp/);
  });
});

describe('parseRegime, one broken rule at a time', () => {
  type Data = Record<string, unknown>;
  const group = (id: unknown, more: Data = {}): Data => ({
    id,
    name: 'Sở',
    tableNumber: 1,
    tableTitle: 'Bảng 1 năm {year}',
    criteria: [
      { number: 1, title: 'Hạ tầng', cap: 40 },
      { number: 2, title: 'Ứng dụng', cap: 60 },
    ],
    ...more,
  });
  const valid = (more: Data = {}): Data => ({
    id: 'thu',
    legalBasis: 'Quyết định thử',
    appraiser: { name: 'Sở Thử', shortName: 'ST' },
    province: 'Thanh Hóa',
    total: 100,
    bands: [
      { id: 'a', label: 'Tốt', min: 80 },
      { id: 'b', label: 'Khá', min: 50 },
      { id: 'c', label: 'Yếu', min: null },
    ],
    groups: [group('so')],
    ...more,
  });
  /** parseRegime must throw exactly these problems, in this order, in one message. */
  const refuses = (data: unknown, problems: string[]): void => {
    expect(() => parseRegime(data)).toThrow(
      new Error(`Dữ liệu quy định chấm điểm không hợp lệ:\n- ${problems.join('\n- ')}`),
    );
  };

  it('reads a small regime: criteria numbered in order, a middle band from 0, a last band without "min"', () => {
    const regime = parseRegime(
      valid({
        bands: [
          { id: 'a', label: 'Đạt', min: 0 },
          { id: 'b', label: 'Chưa đạt' },
        ],
      }),
    );
    expect(regime.groups.map((g) => g.criteria.map((c) => [c.number, c.title, c.capHundredths]))).toEqual([
      [
        [1, 'Hạ tầng', 4000],
        [2, 'Ứng dụng', 6000],
      ],
    ]);
    expect(regime.bands).toEqual([
      { id: 'a', label: 'Đạt', minHundredths: 0 },
      { id: 'b', label: 'Chưa đạt', minHundredths: null },
    ]);
    expect(bandFor(regime, 0).label).toBe('Đạt');
  });

  it('refuses data that is not a JSON object', () => {
    for (const data of [null, [], 'regime', 7]) {
      expect(() => parseRegime(data)).toThrow(
        new Error('Dữ liệu quy định chấm điểm không hợp lệ: phải là một đối tượng JSON.'),
      );
    }
  });

  it('names each missing or blank field of the regime and its appraiser', () => {
    refuses(valid({ id: '  ', legalBasis: undefined, appraiser: [], province: 3, total: 0 }), [
      'Thiếu cơ quan thẩm định (trường “appraiser”).',
      'Tổng điểm tối đa (trường “total”) phải là số lớn hơn 0.',
      'Thiếu mã bộ tiêu chí (trường “id”).',
      'Thiếu căn cứ pháp lý (trường “legalBasis”).',
      'Thiếu tên cơ quan thẩm định (trường “name”).',
      'Thiếu tên viết tắt của cơ quan thẩm định (trường “shortName”).',
      'Thiếu tên tỉnh (trường “province”).',
      'Nhóm “so”: tổng điểm tối đa các tiêu chí (100) khác tổng điểm của bộ tiêu chí (0).',
    ]);
    refuses(valid({ appraiser: { name: 'Sở Thử', shortName: ' ' } }), [
      'Thiếu tên viết tắt của cơ quan thẩm định (trường “shortName”).',
    ]);
  });

  it('names each broken band by its position', () => {
    refuses(valid({ bands: [] }), ['Thiếu danh sách mức xếp loại (trường “bands”).']);
    refuses(valid({ bands: {} }), ['Thiếu danh sách mức xếp loại (trường “bands”).']);
    refuses(
      valid({
        bands: [
          [],
          { id: '', label: 'Khá', min: 50.555 },
          { id: 'd', label: 'Trung bình', min: -1 },
          { id: 'c', label: ' ', min: 10 },
        ],
      }),
      [
        'Mức xếp loại thứ 1 không hợp lệ.',
        'Mức xếp loại thứ 2: điểm tối thiểu có quá 2 chữ số thập phân (50.555).',
        'Thiếu mã của mức xếp loại thứ 2 (trường “id”).',
        'Mức xếp loại thứ 3: điểm tối thiểu phải là số không âm.',
        'Mức xếp loại thứ 4 là mức thấp nhất nên phải có "min": null.',
        'Thiếu tên của mức xếp loại thứ 4 (trường “label”).',
      ],
    );
  });

  it('reports a band whose minimum is unusable once, not again as out of order', () => {
    refuses(
      valid({
        bands: [
          { id: 'a', label: 'Tốt', min: 80 },
          { id: 'b', label: 'Khá', min: '70' },
          { id: 'c', label: 'Trung bình', min: 50 },
          { id: 'd', label: 'Yếu', min: null },
        ],
      }),
      ['Mức xếp loại thứ 2: điểm tối thiểu phải là số không âm.'],
    );
  });

  it('refuses two bands with the same minimum', () => {
    refuses(
      valid({
        bands: [
          { id: 'a', label: 'Tốt', min: 50 },
          { id: 'b', label: 'Khá', min: 50 },
          { id: 'c', label: 'Yếu', min: null },
        ],
      }),
      ['Các mức xếp loại phải xếp từ cao xuống thấp, điểm tối thiểu giảm dần.'],
    );
  });

  it('names each broken group and criterion by its id or position', () => {
    refuses(valid({ groups: [] }), ['Thiếu danh sách nhóm cơ quan (trường “groups”).']);
    refuses(
      valid({
        groups: [
          null,
          { id: '', name: '', tableNumber: 0, tableTitle: '', criteria: [] },
          group('Xa', {
            tableNumber: 1.5,
            criteria: ['x', { number: 3, title: ' ', cap: 0 }],
          }),
          group('xa_1', { tableNumber: '3', criteria: [{ number: 1, title: 'A', cap: 99.5 }] }),
          group('1xa', { name: ' ', tableTitle: undefined }),
          group('so'),
          group('so'),
        ],
      }),
      [
        'Nhóm cơ quan thứ 1 không hợp lệ.',
        'Thiếu mã nhóm cơ quan thứ 2 (trường “id”).',
        'Nhóm “2”: số bảng xếp hạng phải là số nguyên dương.',
        'Nhóm “2”: thiếu danh sách tiêu chí.',
        'Thiếu tên nhóm “2” (trường “name”).',
        'Thiếu tiêu đề bảng xếp hạng của nhóm “2” (trường “tableTitle”).',
        'Nhóm “Xa”: mã nhóm chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.',
        'Nhóm “Xa”: số bảng xếp hạng phải là số nguyên dương.',
        'Nhóm “Xa”, tiêu chí thứ 1 không hợp lệ.',
        'Nhóm “Xa”, tiêu chí thứ 2: số thứ tự phải là 2.',
        'Thiếu tên Nhóm “Xa”, tiêu chí thứ 2 (trường “title”).',
        'Nhóm “Xa”, tiêu chí thứ 2: điểm tối đa phải là số lớn hơn 0.',
        'Nhóm “Xa”: tổng điểm tối đa các tiêu chí (0) khác tổng điểm của bộ tiêu chí (100).',
        'Nhóm “xa_1”: mã nhóm chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.',
        'Nhóm “xa_1”: số bảng xếp hạng phải là số nguyên dương.',
        'Nhóm “xa_1”: tổng điểm tối đa các tiêu chí (99,5) khác tổng điểm của bộ tiêu chí (100).',
        'Nhóm “1xa”: mã nhóm chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.',
        'Thiếu tên nhóm “1xa” (trường “name”).',
        'Thiếu tiêu đề bảng xếp hạng của nhóm “1xa” (trường “tableTitle”).',
        'Nhóm “so” bị trùng mã.',
      ],
    );
  });
});
