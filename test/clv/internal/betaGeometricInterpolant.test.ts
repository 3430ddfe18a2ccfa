import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { customerLifetimeValue } from '../../../src/clv/customerLifetimeValue';
import { betaGeometricExpectation } from '../../../src/clv/internal/betaGeometricExpectation';
import { INTERPOLATE_FROM, betaGeometricInterpolant } from '../../../src/clv/internal/betaGeometricInterpolant';
import { betaGeometricNearZero } from '../../../src/clv/internal/betaGeometricNearZero';
import { mbgNbd } from '../../../src/clv/mbgNbd/index';
import type { RfmCustomer } from '../../../src/clv/types';
import { simulateBgNbd } from '../../../src/testing/index';

const relative = (value: number, reference: number): number => Math.abs(value - reference) / Math.abs(reference);

const PARAMS = [
  { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, // CDNOW, weeks
  { r: 0.243, alpha: 30.9, a: 0.793, b: 2.426 }, // the same in days
  { r: 2, alpha: 0.01, a: 3, b: 0.5 },
  { r: 1e-3, alpha: 1e3, a: 1e-2, b: 1e2 },
  { r: 0.5, alpha: 100, a: 20, b: 30 },
  { r: 1.5, alpha: 8, a: 1.0004, b: 3 }, // a next to the removable singularity a = 1
];

// E[Y(t) | alive] at 40 significant digits (mpmath 1.3, hyp2f1 of the Euler-transformed form), rounded.
const REFERENCE: [number, number, number, number, number, number, number, 0 | 1, number][] = [
  [0.243, 4.414, 0.793, 2.426, 0, 38.86, 1e-6, 0, 5.6153810403533119e-9],
  [0.243, 4.414, 0.793, 2.426, 2, 38.86, 0.01, 0, 0.00051829558345952438],
  [1e-3, 1000, 0.01, 100, 0, 37.3, 66.686, 1, 6.4287850829624865e-5],
  [0.525, 6.183, 0.891, 1.614, 7, 20, 4, 1, 1.0907414316708225],
  [2, 0.01, 3, 0.5, 5, 1, 0.001, 0, 0.0069210175393450121],
  [0.5, 100, 20, 30, 0, 365, 5000, 0, 1.4356668171859101627], // (1−z)^(a−1) ≈ 5e-21, 2F1 ≈ 1e20
];

describe('betaGeometricNearZero (short horizons without cancellation)', () => {
  it('matches 40-digit reference values where the usual form loses digits', () => {
    for (const [r, alpha, a, b, x, T, t, shift, expected] of REFERENCE) {
      const u = t / (alpha + T);
      if (u <= 0.5) expect(relative(betaGeometricNearZero(r, a, b, x, u, shift), expected)).toBeLessThan(2e-15);
      // The direct function takes the series where it applies and the guarded 2F1 form elsewhere.
      expect(relative(betaGeometricExpectation(r, alpha, a, b, x, T, t, shift), expected)).toBeLessThan(1e-13);
    }
  });

  it('agrees with the 2F1 form where that one is accurate, and tends to (r+x)u as u → 0', () => {
    for (const p of PARAMS) {
      for (const shift of [0, 1] as const) {
        for (const x of [0, 1, 3, 20, 200]) {
          for (const u of [0.05, 0.2, 0.5]) {
            const near = betaGeometricNearZero(p.r, p.a, p.b, x, u, shift);
            if (Number.isNaN(near)) continue; // declined: the alternating series would cancel
            const direct = betaGeometricExpectation(p.r, p.alpha, p.a, p.b, x, 0, p.alpha * u, shift);
            expect(relative(near, direct)).toBeLessThan(1e-11);
          }
          const tiny = betaGeometricNearZero(p.r, p.a, p.b, x, 1e-12, shift);
          expect(relative(tiny, (p.r + x) * 1e-12)).toBeLessThan(1e-9);
        }
      }
    }
    expect(betaGeometricNearZero(1, 1, 1, 0, 0.6, 0)).toBeNaN(); // beyond u = ½
    expect(betaGeometricNearZero(1, 1, 1, 0, 0, 0)).toBe(0);
  });
});

describe('betaGeometricInterpolant', () => {
  it('agrees with the direct value to 1e-12 over parameters, frequencies, ages and horizons', () => {
    let worst = 0;
    for (const p of PARAMS) {
      for (const shift of [0, 1] as const) {
        for (const t of [0.02, 0.5, 4, 39, 364, 5000]) {
          const f = betaGeometricInterpolant(p.r, p.alpha, p.a, p.b, shift, [t], [1]);
          for (const x of [0, 1, 2, 7, 30, 150]) {
            for (const T of [0, 0.3, 5, 38.86, 100, 365, 2000]) {
              const value = f(x, T);
              const u = t / (p.alpha + T);
              const near = betaGeometricNearZero(p.r, p.a, p.b, x, u, shift);
              const direct = Number.isNaN(near) ? betaGeometricExpectation(p.r, p.alpha, p.a, p.b, x, T, t, shift) : near;
              // Where the usual form cancels (u < 0.01) and the series declines, compare more loosely.
              const tolerance = !Number.isNaN(near) || u > 0.01 ? 1e-12 : 1e-9;
              expect(Number.isFinite(value)).toBe(true);
              expect(relative(value, direct)).toBeLessThan(tolerance);
              if (tolerance === 1e-12) worst = Math.max(worst, relative(value, direct));
            }
          }
        }
      }
    }
    expect(worst).toBeGreaterThan(0); // it interpolates: not every value is the direct one
  });

  it('interpolates positively weighted sums over many horizons (a discounted CLV)', () => {
    const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const horizons = Array.from({ length: 13 }, (_, k) => 4 * (k + 1));
    const weights = horizons.map((t) => Math.exp(-0.002 * t));
    const f = betaGeometricInterpolant(p.r, p.alpha, p.a, p.b, 0, horizons, weights);
    for (const x of [0, 1, 5, 40]) {
      for (const T of [0, 2.5, 17, 38.86, 77]) {
        let sum = 0;
        for (let h = 0; h < horizons.length; h++) {
          sum += (weights[h] as number) * betaGeometricExpectation(p.r, p.alpha, p.a, p.b, x, T, horizons[h] as number, 0);
        }
        expect(relative(f(x, T), sum)).toBeLessThan(1e-12);
      }
    }
  });

  it('falls back to the direct value for huge frequencies and ages, with no NaN or Infinity', () => {
    for (const p of PARAMS) {
      const f = betaGeometricInterpolant(p.r, p.alpha, p.a, p.b, 0, [52], [1]);
      for (const x of [1000, 10_000]) {
        for (const T of [0, 52, 1e6, 1e30]) {
          const value = f(x, T);
          expect(Number.isFinite(value) && value >= 0).toBe(true);
          expect(relative(value, betaGeometricExpectation(p.r, p.alpha, p.a, p.b, x, T, 52, 0))).toBeLessThan(1e-9);
        }
      }
    }
  });
});

describe('predictions for many customers (interpolated) equal those for few (series)', () => {
  const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  const customers: RfmCustomer[] = simulateBgNbd(params, { customers: INTERPOLATE_FROM + 2000, seed: 5, T: 39, birthWindow: 12 });
  customers.push({ frequency: 3000, recency: 38, T: 39 }, { frequency: 0, recency: 0, T: 0 });
  const sample = customers.filter((_, i) => i % 97 === 0 || i >= customers.length - 2);
  const horizons = [0, 4, 13, 26, 52];

  it('BG/NBD and MBG/NBD conditional expectations, curves and weighted sums', () => {
    for (const model of [bgNbd, mbgNbd]) {
      const p = model === bgNbd ? params : { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
      const many = model.conditionalExpectedPurchases(p, customers, 52);
      const manyCurve = model.conditionalExpectedPurchasesCurve(p, customers, horizons);
      const weights = [3, 1, 0.5, 0.25, 2];
      const manyWeighted = model.weightedExpectedPurchases(p, customers, horizons, weights);
      const few = model.conditionalExpectedPurchases(p, sample, 52);
      const fewCurve = model.conditionalExpectedPurchasesCurve(p, sample, horizons);
      const fewWeighted = model.weightedExpectedPurchases(p, sample, horizons, weights);
      sample.forEach((c, j) => {
        const i = customers.indexOf(c);
        expect(relative(many[i] as number, few[j] as number)).toBeLessThan(1e-11);
        for (let h = 1; h < horizons.length; h++) {
          expect(relative((manyCurve[h] as number[])[i] as number, (fewCurve[h] as number[])[j] as number)).toBeLessThan(1e-11);
        }
        expect((manyCurve[0] as number[])[i]).toBe(0);
        expect(relative(manyWeighted[i] as number, fewWeighted[j] as number)).toBeLessThan(1e-11);
        let sum = 0;
        for (let h = 0; h < horizons.length; h++) sum += (weights[h] as number) * ((fewCurve[h] as number[])[j] as number);
        expect(relative(fewWeighted[j] as number, sum)).toBeLessThan(1e-13);
      });
    }
  });

  it('customerLifetimeValue through weights equals the step-by-step sum (discrete and continuous)', () => {
    const { weightedExpectedPurchases: _unused, ...stepwise } = bgNbd;
    for (const discounting of ['discrete', 'continuous'] as const) {
      const options = {
        purchaseParams: params,
        timeUnit: 'week' as const,
        spend: { expected: 35 },
        margin: 0.3,
        discountRate: { rate: 0.1, per: 'year' as const },
        horizon: { value: 52, unit: 'week' as const },
        step: { value: 4, unit: 'week' as const },
        daysPerYear: 365.25,
        discounting,
      };
      const weighted = customerLifetimeValue(customers, { ...options, purchaseModel: bgNbd });
      const reference = customerLifetimeValue(customers, { ...options, purchaseModel: stepwise });
      expect(weighted.method).toBe(reference.method);
      for (let i = 0; i < customers.length; i += 13) {
        const v = reference.values[i] as number;
        expect(Math.abs((weighted.values[i] as number) - v)).toBeLessThanOrEqual(1e-11 * Math.max(v, 1e-3));
      }
      expect(relative(weighted.total, reference.total)).toBeLessThan(1e-12);
    }
  });

  it('rejects weights that do not match the horizons, naming the field', () => {
    expect(() => bgNbd.weightedExpectedPurchases(params, sample, [1, 2], [1])).toThrow(/weights/);
    expect(() => bgNbd.weightedExpectedPurchases(params, sample, [1], [-1])).toThrow(/weights\[0\]/);
  });
});
