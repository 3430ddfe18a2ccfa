/**
 * Retention-based lifetime value (Gupta & Lehmann 2003), prospect value and payback period. References:
 * the closed forms against their defining sums Σ m r^t/(1+d)^t (clv.md §5); monotonicity properties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paybackPeriod } from '../../src/clv/paybackPeriod';
import { prospectValue } from '../../src/clv/prospectValue';
import { retentionLifetimeValue } from '../../src/clv/retentionLifetimeValue';
import { isClienteleError } from '../../src/core/errors/isClienteleError';
import { errorOf } from '../hardening/errorOf';

const series = (m: number, r: number, d: number, from: number, to: number): number => {
  let s = 0;
  for (let t = from; t <= to; t++) s += (m * r ** t) / (1 + d) ** t;
  return s;
};

describe('retentionLifetimeValue', () => {
  it('equals its defining sums (infinite, finite, with the current margin)', () => {
    for (const [m, r, d] of [
      [100, 0.8, 0.1],
      [35, 0.95, 0.02],
      [-20, 0.5, 0],
      [1, 1, 0.05],
    ] as const) {
      const infinite = retentionLifetimeValue({ margin: m, retentionRate: r, discountRate: d });
      expect(Math.abs(infinite - series(m, r, d, 1, 5000))).toBeLessThan(1e-9 * Math.abs(infinite));
      expect(Math.abs(infinite - (m * r) / (1 + d - r))).toBeLessThan(1e-12 * Math.abs(infinite));
      const withCurrent = retentionLifetimeValue({ margin: m, retentionRate: r, discountRate: d, includeCurrentMargin: true });
      expect(Math.abs(withCurrent - (m * (1 + d)) / (1 + d - r))).toBeLessThan(1e-12 * Math.abs(withCurrent));
      for (const H of [0, 1, 5, 40]) {
        const finite = retentionLifetimeValue({ margin: m, retentionRate: r, discountRate: d, horizon: H });
        expect(Math.abs(finite - series(m, r, d, 1, H))).toBeLessThanOrEqual(1e-12 * Math.abs(m) * (H + 1));
      }
    }
    expect(retentionLifetimeValue({ margin: 10, retentionRate: 1, discountRate: 0, horizon: 7 })).toBe(70);
  });

  it('rises with retention and falls with the discount rate (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 0.98, noNaN: true }),
        fc.double({ min: 0.001, max: 0.02, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (m, r, dr, d, H) => {
          // retention 1 with (numerically) no discounting diverges, tested below: keep retention below 1
          fc.pre(r + dr < 1);
          const v = (rr: number, dd: number, h?: number): number =>
            retentionLifetimeValue(h === undefined ? { margin: m, retentionRate: rr, discountRate: dd } : { margin: m, retentionRate: rr, discountRate: dd, horizon: h });
          return v(r + dr, d) > v(r, d) && v(r + dr, d, H) >= v(r, d, H) && v(r, d + 0.01) <= v(r, d);
        },
      ),
    );
  });

  it('refuses a divergent sum', () => {
    try {
      retentionLifetimeValue({ margin: 1, retentionRate: 1, discountRate: 0 });
      throw new Error('did not throw');
    } catch (e) {
      expect(isClienteleError(e) && e.code).toBe('UNDEFINED_RESULT');
    }
  });

  it('refuses a margin whose lifetime value passes 1.8e308, naming options.margin (was Infinity), and computes just below', () => {
    for (const options of [
      { margin: 1e308, retentionRate: 0.8, discountRate: 0.1 },
      { margin: 1.5e308, retentionRate: 0.8, discountRate: 0.1, horizon: 3 },
      { margin: 1e303, retentionRate: 1, discountRate: 1e-6 },
      { margin: 1e300, retentionRate: 1, discountRate: 0, horizon: 2 ** 30 },
      { margin: -1e308, retentionRate: 0.8, discountRate: 0.1, includeCurrentMargin: true },
    ]) {
      const e = errorOf(() => retentionLifetimeValue(options));
      expect([e.code, e.fn, e.argument, e.value]).toEqual(['INVALID_ARGUMENT', 'retentionLifetimeValue', 'options.margin', options.margin]);
      expect(e.message).toContain('larger money units');
    }
    // m r/(1 + d − r) = 1e307 · 0.8/0.3, exactly as the formula rounds.
    expect(retentionLifetimeValue({ margin: 1e307, retentionRate: 0.8, discountRate: 0.1 })).toBe((1e307 * 0.8) / (1 + 0.1 - 0.8));
  });
});

describe('prospectValue and paybackPeriod', () => {
  it('subtracts the acquisition cost', () => {
    expect(prospectValue(250, 100)).toBe(150);
    expect(prospectValue([50, 300], 100)).toEqual([-50, 200]);
  });

  it('finds the smallest horizon whose cumulative value reaches the cost', () => {
    const options = { margin: 100, retentionRate: 0.8, discountRate: 0.1 };
    for (const cost of [10, 72.7, 72.8, 150, 250, 266]) {
      const result = paybackPeriod({ ...options, acquisitionCost: cost });
      const H = result.periods as number;
      expect(H).toBeGreaterThanOrEqual(1);
      expect(retentionLifetimeValue({ ...options, horizon: H })).toBeGreaterThanOrEqual(cost);
      expect(retentionLifetimeValue({ ...options, horizon: H - 1 })).toBeLessThan(cost);
    }
    expect(paybackPeriod({ ...options, acquisitionCost: 50, includeCurrentMargin: true }).periods).toBe(0);
    expect(paybackPeriod({ ...options, acquisitionCost: 0 }).periods).toBe(0);
    const never = paybackPeriod({ ...options, acquisitionCost: 267 });
    expect(never.periods).toBeNull();
    expect(never.reason).toContain('never pays back');
    expect(paybackPeriod({ ...options, margin: -5, acquisitionCost: 1 }).periods).toBeNull();
  });
});
