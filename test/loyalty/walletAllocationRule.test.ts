import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walletAllocationRule, type BrandRankRow } from '../../src/loyalty/walletAllocationRule';

describe('walletAllocationRule', () => {
  it('gives 5/12, 5/12, 1/6 for ranks {1, 1, 3} (mid-ranks), summing to 1', () => {
    const r = walletAllocationRule([
      { customerId: 'a', brand: 'y', rank: 3 },
      { customerId: 'a', brand: 'us', rank: 1 },
      { customerId: 'a', brand: 'x', rank: 1 },
    ]);
    const brands = r.customers[0]?.brands ?? [];
    expect(brands.map((b) => [b.brand, b.rank])).toEqual([
      ['us', 1.5],
      ['x', 1.5],
      ['y', 3],
    ]);
    expect(brands[0]?.share).toBeCloseTo(5 / 12, 15);
    expect(brands[1]?.share).toBeCloseTo(5 / 12, 15);
    expect(brands[2]?.share).toBeCloseTo(1 / 6, 15);
    expect(brands.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 15);
  });

  it('gives the textbook shares without ties: N = 2 -> 2/3, 1/3; N = 1 -> 1', () => {
    const r = walletAllocationRule([
      { customerId: 'b', brand: 'us', rank: 2 },
      { customerId: 'b', brand: 'x', rank: 1 },
      { customerId: 'c', brand: 'us', rank: 1 },
    ]);
    expect(r.customers.map((c) => c.brands.map((b) => [b.brand, b.share]))).toEqual([
      [
        ['x', 2 / 3],
        ['us', 1 / 3],
      ],
      [['us', 1]],
    ]);
    expect(r.brands).toEqual([
      { brand: 'us', users: 2, meanShare: (1 / 3 + 1) / 2, meanRank: 1.5 },
      { brand: 'x', users: 1, meanShare: 2 / 3, meanRank: 1 },
    ]);
    expect(r.repertoire).toMatchObject({ customers: 2, multiBrandShare: 0.5, meanUsageSetSize: 1.5, meetsRule: true });
  });

  it('ranks raw scores within the customer, higher is better', () => {
    const r = walletAllocationRule(
      [
        { customerId: 'a', brand: 'us', score: 9 },
        { customerId: 'a', brand: 'x', score: 7 },
        { customerId: 'a', brand: 'y', score: 9 },
      ],
      { from: 'score' },
    );
    expect(r.customers[0]?.brands.map((b) => [b.brand, b.rank, b.given])).toEqual([
      ['us', 1.5, 9],
      ['y', 1.5, 9],
      ['x', 3, 7],
    ]);
    expect(r.settings).toEqual({ from: 'score', ties: 'mid-ranks', formula: '(1 − rank / (N + 1)) · (2 / N)' });
  });

  it('flags a category that is not a repertoire category', () => {
    const r = walletAllocationRule([
      { customerId: 'a', brand: 'us', rank: 1 },
      { customerId: 'b', brand: 'us', rank: 1 },
      { customerId: 'c', brand: 'x', rank: 1 },
      { customerId: 'd', brand: 'us', rank: 1 },
      { customerId: 'd', brand: 'x', rank: 2 },
    ]);
    expect(r.repertoire).toMatchObject({ multiBrandShare: 0.25, meanUsageSetSize: 1.25, meetsRule: false });
  });

  it('rejects every copy of a duplicated brand and bad rows, leaving other customers unchanged', () => {
    const good: BrandRankRow[] = [
      { customerId: 'a', brand: 'us', rank: 1 },
      { customerId: 'b', brand: 'us', rank: 2 },
      { customerId: 'b', brand: 'x', rank: 1 },
    ];
    const r = walletAllocationRule([
      ...good,
      { customerId: 'a', brand: 'x', rank: 2 },
      { customerId: 'a', brand: 'x', rank: 3 },
      { customerId: 'c', brand: ' ', rank: 1 },
      { customerId: 'c', brand: 'us', rank: Number.NaN },
    ]);
    expect(r.rejected.map((x) => [x.index, x.field, x.reason])).toEqual([
      [3, 'brand', 'is given more than once for this customer'],
      [4, 'brand', 'is given more than once for this customer'],
      [5, 'brand', 'must be a non-blank string or a safe integer'],
      [6, 'rank', 'must be a finite number'],
    ]);
    expect(r.customers).toEqual(walletAllocationRule(good).customers);
  });

  it('shares of every customer sum to 1, whatever the ranks (property)', () => {
    const rowsArb = fc.uniqueArray(fc.record({ brand: fc.constantFrom('p', 'q', 'r', 's', 't', 'u'), rank: fc.integer({ min: 1, max: 4 }) }), {
      minLength: 1,
      maxLength: 6,
      selector: (x) => x.brand,
    });
    fc.assert(
      fc.property(rowsArb, (rs) => {
        const r = walletAllocationRule(rs.map((x) => ({ customerId: 'k', ...x })));
        const sum = (r.customers[0]?.brands ?? []).reduce((s, b) => s + b.share, 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
      }),
      { numRuns: 50 },
    );
  });

  it('does not depend on row order and does not mutate its input', () => {
    const rows: BrandRankRow[] = [
      { customerId: 'a', brand: 'us', rank: 1 },
      { customerId: 'a', brand: 'x', rank: 1 },
      { customerId: 'a', brand: 'y', rank: 3 },
      { customerId: 'b', brand: 'us', rank: 2 },
      { customerId: 'b', brand: 'x', rank: 1 },
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        const frozen = Object.freeze(shuffled.map((x) => Object.freeze({ ...x })));
        expect(walletAllocationRule(frozen)).toEqual(walletAllocationRule(rows));
      }),
      { numRuns: 50 },
    );
  });

  it('checks its arguments', () => {
    expect(() => walletAllocationRule([])).toThrow(/`walletAllocationRule`: `ranks` must not be empty/);
    expect(() => walletAllocationRule([{ customerId: 'a', brand: 'b', rank: 1 }], { from: 'rating' as never })).toThrow(
      /`options.from` must be 'rank' or 'score', got "rating"/,
    );
  });
});
