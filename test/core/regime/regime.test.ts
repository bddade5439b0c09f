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
