import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueConcentration } from '../../../src/segmentation/valueConcentration';
import { frozen, valueRows } from './helpers';

const rows = (xs: number[]) => xs.map((value, i) => ({ customerId: `c${i}`, value }));

describe('valueConcentration', () => {
  it('hand-computed Gini, top shares, Pareto and Lorenz curve', () => {
    // ascending 1 1 2 4 12, Σx = 20, Σ k·x = 85: G = 170/100 − 6/5 = 0.5
    const c = valueConcentration(rows([12, 1, 4, 1, 2]), { shares: [0.2, 0.4, 1] });
    expect(c.gini).toBeCloseTo(0.5, 15);
    expect(c.topShares).toEqual([{ share: 0.2, customers: 1, valueShare: 0.6 }, { share: 0.4, customers: 2, valueShare: 0.8 }, { share: 1, customers: 5, valueShare: 1 }]);
    expect(c.pareto).toEqual({ valueShare: 0.8, customers: 2, customerShare: 0.4, actualValueShare: 0.8 });
    expect(c.lorenz.map((p) => p.valueShare)).toEqual([0, 0.05, 0.1, 0.2, 0.4, 1]);
  });

  it('all equal → Gini 0; one customer holding everything → (N−1)/N; one customer → 0', () => {
    expect(valueConcentration(rows([3, 3, 3, 3])).gini).toBe(0);
    expect(valueConcentration(rows([0, 0, 0, 10])).gini).toBeCloseTo(0.75, 15);
    expect(valueConcentration(rows([7])).gini).toBe(0);
    expect(valueConcentration(rows([7])).topShares.every((t) => t.customers === 1 && t.valueShare === 1)).toBe(true);
  });

  it('values near the float64 limits: the same shares and Gini as the same ratios (1e308 gave a NaN Gini), an overflowing total refused', () => {
    const base = valueConcentration(rows([12, 1, 4, 1, 2]), { shares: [0.2, 0.4, 1] });
    for (const f of [2 ** 1019, 2 ** -1000]) {
      const scaled = valueConcentration(rows([12, 1, 4, 1, 2].map((v) => v * f)), { shares: [0.2, 0.4, 1] });
      expect({ ...scaled, totalValue: scaled.totalValue / f }).toEqual(base);
    }
    // ascending 1 2 3 1e308: the largest holds everything to rounding, G = (N−1)/N = 0.75.
    expect(valueConcentration(rows([1e308, 2, 3, 1])).gini).toBe(0.75);
    expect(() => valueConcentration(rows([1e308, 1e308]))).toThrow(/^`valueConcentration`: `values` must sum to at most 1\.8e308/);
  });

  it('Gini equals the mean absolute difference form Σ|xi − xj| / (2 N² mean)', () => {
    const xs = [5, 17, 0, 3, 3, 40, 8, 1];
    const n = xs.length;
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    let d = 0;
    for (const a of xs) for (const b of xs) d += Math.abs(a - b);
    expect(valueConcentration(rows(xs)).gini).toBeCloseTo(d / (2 * n * n * mean), 14);
  });

  it('negative values are reported in rejected; all zero gives null shares with a reason', () => {
    const c = valueConcentration(rows([4, -1, 4]));
    expect(c.rejected).toEqual([{ index: 1, field: 'value', reason: expect.stringMatching(/at least 0/), value: -1 }]);
    expect(c.customerCount).toBe(2);
    const z = valueConcentration(rows([0, 0]));
    expect(z.gini).toBeNull();
    expect(z.pareto).toBeNull();
    expect(z.lorenz.every((p) => p.valueShare === null)).toBe(true);
    expect(z.reason).toMatch(/every value is 0/);
  });

  it('errors', () => {
    expect(() => valueConcentration(rows([1]), { shares: [] })).toThrow(/`valueConcentration`: `options.shares` must be a non-empty array/);
    expect(() => valueConcentration(rows([1]), { shares: [1.5] })).toThrow(/`options.shares\[0\]` must be a number greater than 0 and at most 1, got 1.5/);
    expect(() => valueConcentration(rows([-1]))).toThrow(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  it('properties: Gini in [0, 1), Lorenz below the diagonal and increasing, row order, no mutation', () => {
    fc.assert(
      fc.property(valueRows(0, 1000), (data) => {
        const input = frozen(data.map((r) => ({ ...r })));
        const c = valueConcentration(input);
        expect(valueConcentration([...input].reverse())).toEqual(c);
        if (c.gini === null) return;
        expect(c.gini).toBeGreaterThanOrEqual(0);
        expect(c.gini).toBeLessThan(1);
        for (let k = 1; k < c.lorenz.length; k++) {
          const p = c.lorenz[k]!;
          expect(p.valueShare!).toBeGreaterThanOrEqual(c.lorenz[k - 1]!.valueShare!);
          expect(p.valueShare!).toBeLessThanOrEqual(p.customerShare + 1e-12);
        }
      }),
      { numRuns: 60 },
    );
  });
});
