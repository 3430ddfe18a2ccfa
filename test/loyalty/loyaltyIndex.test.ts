import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loyaltyIndex, type LoyaltyMeasure } from '../../src/loyalty/loyaltyIndex';
import { deepFreeze } from '../schemas/helpers';

const v = (pairs: [string, number][]) => pairs.map(([customerId, value]) => ({ customerId, value }));

describe('loyaltyIndex', () => {
  it('standardises by mid-rank percentile, orients, and weights (hand-computed)', () => {
    const r = loyaltyIndex(
      [
        { name: 'repeat', direction: 'higher', values: v([['a', 4], ['b', 2], ['c', 2], ['d', 0]]), weight: 3 },
        { name: 'price', direction: 'lower', values: v([['a', 0.2], ['b', 0.5], ['d', 0.9]]) },
      ],
    );
    // repeat: ranks d 1, b/c 2.5, a 4 over n = 4 -> (rank - 0.5)/4 = 0.125, 0.5, 0.5, 0.875
    // price (lower is loyal): a 1/6 -> 5/6, b 3/6 -> 1/2, d 5/6 -> 1/6
    const a = r.customers.find((c) => c.customerId === 'a');
    expect(a?.scores).toEqual({ repeat: 0.875, price: 1 - 1 / 6 });
    expect(a?.index).toBeCloseTo((3 * 0.875 + 5 / 6) / 4, 14);
    const c = r.customers.find((x) => x.customerId === 'c');
    expect(c?.missing).toEqual(['price']);
    expect(c?.coverage).toBeCloseTo(0.75, 14);
    expect(c?.index).toBe(0.5); // only repeat: its own score
    expect(c?.contributions).toEqual({ repeat: 0.5, price: null });
    expect(r.conventions.weights).toBe('given');
    expect(r.measures[0]).toMatchObject({ name: 'repeat', customers: 4, normalizedWeight: 0.75, mean: 2 });
  });

  it('z-scores: sign follows the direction, a constant measure scores 0', () => {
    const r = loyaltyIndex(
      [
        { name: 'x', direction: 'lower', values: v([['a', 1], ['b', 3]]) },
        { name: 'k', direction: 'higher', values: v([['a', 7], ['b', 7]]) },
      ],
      { standardize: 'z' },
    );
    const sd = Math.SQRT2;
    expect(r.customers[0]?.scores).toEqual({ x: 1 / sd, k: 0 });
    expect(r.customers[1]?.scores).toEqual({ x: -1 / sd, k: 0 });
  });

  it('returns null with a reason below minCoverage, and reports bad rows and duplicates', () => {
    const r = loyaltyIndex(
      [
        { name: 'a', direction: 'higher', values: [{ customerId: 'p', value: 1 }, { customerId: 'q', value: Number.NaN }, { customerId: 'r', value: 1 }, { customerId: 'r', value: 2 }] },
        { name: 'b', direction: 'higher', values: v([['q', 1]]), weight: 3 },
      ],
      { minCoverage: 0.5 },
    );
    const p = r.customers.find((c) => c.customerId === 'p');
    expect(p?.index).toBeNull();
    expect(p?.reason).toMatch(/25\.0 % of the weight, below minCoverage 0.5/);
    expect(r.rejected['a']?.map((x) => [x.index, x.field])).toEqual([[1, 'value'], [2, 'customerId'], [3, 'customerId']]);
    expect(r.customers.map((c) => c.customerId)).toEqual(['p', 'q']);
  });

  it('refuses malformed measures and options with typed errors', () => {
    const ok: LoyaltyMeasure = { name: 'm', direction: 'higher', values: v([['a', 1]]) };
    expect(() => loyaltyIndex([])).toThrow(/`loyaltyIndex`: `measures` must not be empty/);
    expect(() => loyaltyIndex([ok, ok])).toThrow(/`measures\[1\]\.name` must be a non-empty string, unique/);
    expect(() => loyaltyIndex([{ ...ok, direction: 'up' as never }])).toThrow(/`measures\[0\]\.direction` must be 'higher' or 'lower', got "up"/);
    expect(() => loyaltyIndex([{ ...ok, weight: 0 }])).toThrow(/weight` must be a finite number > 0/);
    expect(() => loyaltyIndex([ok], { standardize: 'rank' as never })).toThrow(/options\.standardize/);
    expect(() => loyaltyIndex([ok], null as never)).toThrow(/`options` must be an object/);
    expect(() => loyaltyIndex([{ name: 'm', direction: 'higher', values: [] }])).toThrow(/EMPTY|must not be empty/);
    // A hole in a sparse list is refused as any non-measure (it was a TypeError).
    const sparse: LoyaltyMeasure[] = [ok, { ...ok, name: 'n' }];
    delete sparse[0];
    expect(() => loyaltyIndex(sparse)).toThrow(/^`loyaltyIndex`: `measures\[0\]` must be a measure object, got undefined$/);
  });

  it('percentiles lie in (0, 1), the index equals the sum of contributions, row order does not matter', () => {
    const rows = fc.uniqueArray(fc.record({ customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e'), value: fc.integer({ min: -5, max: 5 }) }), {
      minLength: 1,
      maxLength: 5,
      selector: (r) => r.customerId,
    });
    fc.assert(
      fc.property(rows, rows, (x, y) => {
        const measures = deepFreeze([
          { name: 'x', direction: 'higher' as const, values: x },
          { name: 'y', direction: 'lower' as const, values: y, weight: 2 },
        ]);
        const r = loyaltyIndex(measures);
        const reversed = loyaltyIndex([
          { name: 'x', direction: 'higher', values: [...x].reverse() },
          { name: 'y', direction: 'lower', values: [...y].reverse(), weight: 2 },
        ]);
        expect(reversed.customers).toEqual(r.customers);
        expect(reversed.measures).toEqual(r.measures);
        for (const c of r.customers) {
          if (c.index === null) continue;
          expect(c.index).toBeGreaterThan(0);
          expect(c.index).toBeLessThan(1);
          const sum = Object.values(c.contributions).reduce<number>((s, t) => s + (t ?? 0), 0);
          expect(sum).toBeCloseTo(c.index, 12);
        }
      }),
      { numRuns: 60 },
    );
  });
});
