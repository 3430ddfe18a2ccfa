import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareOfWallet, type ShareOfWalletRow } from '../../src/loyalty/shareOfWallet';

const rows: ShareOfWalletRow[] = [
  { customerId: 'a', ours: '30.00', category: 100 },
  { customerId: 'b', ours: 10, category: '10' },
  { customerId: 'c', ours: 12, category: 8 }, // stated category below ours: clipped
  { customerId: 'd', ours: 0, category: 50 },
  { customerId: 'e', ours: 0, category: 0 }, // nothing to divide
];

describe('shareOfWallet', () => {
  it('gives each customer ours / max(category, ours), clipping reported', () => {
    const r = shareOfWallet(rows);
    expect(r.customers.map((c) => [c.customerId, c.share, c.clipped, c.potentialMinor])).toEqual([
      ['a', 0.3, false, 7000],
      ['b', 1, false, 0],
      ['c', 1, true, 0],
      ['d', 0, false, 5000],
      ['e', null, false, 0],
    ]);
    expect(r.customers[4]?.reason).toBe('no spend with us nor in the category');
    expect(r.clippedCustomers).toBe(1);
    expect(r.customers[0]).toMatchObject({ oursMinor: 3000, categoryMinor: 10000 });
  });

  it('returns both population shares, labelled: pooled (spend-weighted) and mean of ratios', () => {
    const r = shareOfWallet(rows);
    // pooled: (30 + 10 + 12 + 0) / (100 + 10 + 12 + 50) = 52 / 172
    expect(r.pooled.value).toBeCloseTo(52 / 172, 15);
    expect(r.pooled.label).toMatch(/spend-weighted/);
    expect(r.pooled.customers).toBe(4);
    // mean of ratios: (0.3 + 1 + 1 + 0) / 4
    expect(r.meanOfRatios.value).toBeCloseTo(2.3 / 4, 15);
    expect(r.meanOfRatios.label).toMatch(/customer-weighted/);
    expect(r.unitsPooled).toMatchObject({ value: null, reason: 'no customer with units' });
    expect(r.heavyUsageIndex).toMatchObject({ value: null, reason: 'options.heavyUsage not given' });
  });

  it('adds the rows of one customer exactly', () => {
    const r = shareOfWallet([
      { customerId: 1, ours: 0.1, category: 0.3 },
      { customerId: '1', ours: 0.2, category: 0.3 },
    ]);
    expect(r.customers).toHaveLength(1);
    expect(r.customers[0]).toMatchObject({ oursMinor: 30, categoryMinor: 60, share: 0.5 });
  });

  it('computes the share of requirements in units', () => {
    const r = shareOfWallet([
      { customerId: 'a', ours: 30, category: 100, oursUnits: 3, categoryUnits: 12 },
      { customerId: 'b', ours: 10, category: 10, oursUnits: 2, categoryUnits: 2 },
      { customerId: 'c', ours: 10, category: 10 },
    ]);
    expect(r.customers.map((c) => c.unitShare)).toEqual([0.25, 1, null]);
    expect(r.unitsPooled.value).toBeCloseTo(5 / 14, 15);
    expect(r.unitsMeanOfRatios.value).toBeCloseTo(0.625, 15);
    expect(r.unitsPooled.customers).toBe(2);
  });

  it('computes the heavy-usage index from the rows or from market figures', () => {
    // our buyers a, b, c: category 100, 10, 12 (c raised to 12) -> mean 122/3; all category buyers a-d: 172/4
    const fromRows = shareOfWallet(rows, { heavyUsage: 'fromRows' });
    expect(fromRows.heavyUsageIndex.value).toBeCloseTo(122 / 3 / (172 / 4), 14);
    const market = shareOfWallet(rows, { heavyUsage: { categoryBuyers: 10, categorySpend: '305.00' } });
    expect(market.heavyUsageIndex.value).toBeCloseTo(122 / 3 / 30.5, 14);
    expect(market.settings.heavyUsage).toBe('market');
  });

  it('reports bad rows and changes no other customer', () => {
    const bad = [...rows, { customerId: 'f', ours: -1, category: 5 }, { customerId: 'a', ours: 1.234, category: 5 }, null] as ShareOfWalletRow[];
    const r = shareOfWallet(bad);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [5, 'ours'],
      [6, 'ours'],
      [7, 'row'],
    ]);
    expect(r.customers).toEqual(shareOfWallet(rows).customers);
  });

  it('handles one customer', () => {
    const r = shareOfWallet([{ customerId: 'x', ours: 5, category: 20 }]);
    expect(r.pooled.value).toBe(0.25);
    expect(r.meanOfRatios.value).toBe(0.25);
  });

  it('does not depend on row order and does not mutate its input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        const frozen = Object.freeze(shuffled.map((x) => Object.freeze({ ...x })));
        expect(shareOfWallet(frozen, { heavyUsage: 'fromRows' })).toEqual(shareOfWallet(rows, { heavyUsage: 'fromRows' }));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps every share in [0, 1] and the pooled share between the extremes', () => {
    const row = fc.record({ customerId: fc.constantFrom('a', 'b', 'c', 'd'), ours: fc.integer({ min: 0, max: 10_000 }), category: fc.integer({ min: 0, max: 10_000 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rs) => {
        const r = shareOfWallet(rs);
        const shares = r.customers.map((c) => c.share).filter((s): s is number => s !== null);
        for (const s of shares) expect(s >= 0 && s <= 1).toBe(true);
        if (r.pooled.value !== null) {
          expect(r.pooled.value).toBeGreaterThanOrEqual(Math.min(...shares) - 1e-15);
          expect(r.pooled.value).toBeLessThanOrEqual(Math.max(...shares) + 1e-15);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('checks its arguments', () => {
    expect(() => shareOfWallet([])).toThrow(/`shareOfWallet`: `rows` must not be empty/);
    expect(() => shareOfWallet({} as never)).toThrow(/`rows` must be an array/);
    expect(() => shareOfWallet(rows, null as never)).toThrow(/`options` must be an object, got null/);
    expect(() => shareOfWallet(rows, { heavyUsage: 'market' as never })).toThrow(/options.heavyUsage/);
    expect(() => shareOfWallet(rows, { heavyUsage: { categoryBuyers: 0, categorySpend: 1 } })).toThrow(/categoryBuyers` must be an integer at least 1/);
    expect(() => shareOfWallet(rows, { minorDigits: 'two' as never })).toThrow(/options.minorDigits/);
  });
});
