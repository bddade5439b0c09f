import fc from 'fast-check';
import { rankAgencies, type Rankable } from '../../../src/core/ranking/rank';

const agency = fc.record({
  code: fc.stringMatching(/^[A-Z]{1,3}-[A-Z]{1,3}$/),
  name: fc.constantFrom(
    'Sở Y tế',
    'Sở Tư pháp',
    'Sở Tài chính',
    'Huyện Đông Sơn',
    'Huyện Cẩm Thủy',
    'Ban Dân tộc',
    'Thanh tra tỉnh',
    'Sở Ngoại vụ',
  ),
  totalHundredths: fc.integer({ min: 0, max: 10_000 }).map((h) => h - (h % 250)), // few distinct totals: many ties
});
const agencies = fc.uniqueArray(agency, { selector: (a) => a.code, maxLength: 30 });

describe('rankAgencies', () => {
  it('uses standard competition ranking: 1, 2, 2, 4', () => {
    const ranked = rankAgencies([
      { code: 'A', name: 'An', totalHundredths: 9000 },
      { code: 'B', name: 'Bình', totalHundredths: 8000 },
      { code: 'C', name: 'Cường', totalHundredths: 8000 },
      { code: 'D', name: 'Dũng', totalHundredths: 7000 },
    ]);
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['D', 4],
    ]);
  });

  it('lists tied names that hold numbers in number order (Phường 2 before Phường 10)', () => {
    const ranked = rankAgencies([
      { code: 'P10', name: 'UBND Phường 10', totalHundredths: 8000 },
      { code: 'P2', name: 'UBND Phường 2', totalHundredths: 8000 },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['UBND Phường 2', 1],
      ['UBND Phường 10', 1],
    ]);
  });

  it('lists agencies tied on total and name by code, whatever the input order', () => {
    const a = { code: 'A-1', name: 'Sở Y tế', totalHundredths: 8000 };
    const b = { code: 'B-1', name: 'Sở Y tế', totalHundredths: 8000 };
    expect(rankAgencies([b, a]).map((r) => [r.code, r.rank])).toEqual([
      ['A-1', 1],
      ['B-1', 1],
    ]);
    expect(rankAgencies([a, b]).map((r) => [r.code, r.rank])).toEqual([
      ['A-1', 1],
      ['B-1', 1],
    ]);
  });

  it('does not depend on the input order', () => {
    fc.assert(
      fc.property(
        agencies.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        ([list, shuffled]) => {
          expect(rankAgencies(shuffled)).toEqual(rankAgencies(list));
        },
      ),
    );
  });

  it('gives equal totals the same rank and skips the following ranks; rank = 1 + number of higher totals', () => {
    fc.assert(
      fc.property(agencies, (list) => {
        const ranked = rankAgencies(list);
        for (const r of ranked) {
          expect(r.rank).toBe(1 + list.filter((o) => o.totalHundredths > r.totalHundredths).length);
        }
        for (let i = 1; i < ranked.length; i++)
          expect(ranked[i]!.totalHundredths).toBeLessThanOrEqual(ranked[i - 1]!.totalHundredths);
      }),
    );
  });

  it('orders tied agencies by Vietnamese name collation, then by code', () => {
    const tie = (code: string, name: string): Rankable => ({ code, name, totalHundredths: 8000 });
    const ranked = rankAgencies([
      tie('Z', 'Huyện Đông Sơn'),
      tie('Y', 'Huyện Yên Định'),
      tie('X', 'Huyện Dương'),
      tie('B', 'Huyện Ân'),
      tie('A', 'Huyện Ân'),
      tie('C', 'Huyện An'),
    ]);
    // Vietnamese alphabet: a < ă < â … d < đ … y.
    expect(ranked.map((r) => r.code)).toEqual(['C', 'A', 'B', 'X', 'Z', 'Y']);
    expect(new Set(ranked.map((r) => r.rank))).toEqual(new Set([1]));
  });

  it('treats the same name typed in NFD like its NFC form', () => {
    const nfd = rankAgencies([
      { code: 'B', name: 'Sở Tư pháp'.normalize('NFD'), totalHundredths: 1 },
      { code: 'A', name: 'Sở Tư pháp', totalHundredths: 1 },
    ]);
    expect(nfd.map((r) => r.code)).toEqual(['A', 'B']);
  });
});
