/**
 * Gamma-Gompertz/NBD at the extremes (fast-check, bounded runs, fixed seed): parameters log-uniform on
 * 1e-4 … 1e4, frequencies up to 10,000, ages up to 1,000 time units. Every prediction must be finite,
 * P(alive) in [0, 1], and expected purchases non-decreasing in the horizon. Also the argument checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ggomNbd } from '../../../src/clv/ggomNbd/index';

const param = fc.double({ min: -4, max: 4, noNaN: true }).map((e) => 10 ** e);

describe('ggomNbd robustness', () => {
  it('stays finite and in range at the extremes; expectations grow with the horizon', () => {
    fc.assert(
      fc.property(
        fc.tuple(param, param, param, param, param),
        fc.integer({ min: 0, max: 10000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        ([r, alpha, b, s, beta], x, u, T, t1, t2) => {
          const p = { r, alpha, b, s, beta };
          const c = { frequency: x, recency: x === 0 ? 0 : u * T, T };
          const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const ll = ggomNbd.logLikelihoodOf(p, c);
          const alive = ggomNbd.probabilityAlive(p, c);
          const eLo = ggomNbd.conditionalExpectedPurchases(p, c, lo);
          const eHi = ggomNbd.conditionalExpectedPurchases(p, c, hi);
          const xLo = ggomNbd.expectedPurchases(p, lo);
          const xHi = ggomNbd.expectedPurchases(p, hi);
          const dert = ggomNbd.discountedExpectedResidualTransactions(p, c, 0.01);
          const grows = (a: number, z: number) => a <= z * (1 + 1e-12) + 1e-300;
          return (
            Number.isFinite(ll) &&
            alive >= 0 &&
            alive <= 1 &&
            [eLo, eHi, xLo, xHi, dert].every((v) => Number.isFinite(v) && v >= 0) &&
            grows(eLo, eHi) &&
            grows(xLo, xHi)
          );
        },
      ),
      { numRuns: 150, seed: 2012 },
    );
  });

  it('the weighted log-likelihood of compressed data is finite with a finite gradient at the extremes', () => {
    const data = ggomNbd.compress(
      [
        { frequency: 0, recency: 0, T: 100 },
        { frequency: 10000, recency: 10, T: 100 },
        { frequency: 3, recency: 0.001, T: 0.5 },
        { frequency: 1, recency: 52, T: 52 },
      ],
      'test',
    );
    for (const a of [1e-4, 1, 1e4]) {
      for (const z of [1e-4, 1e4]) {
        const p = { r: a, alpha: z, b: a, s: z, beta: a };
        expect(Number.isFinite(ggomNbd.logLikelihood(p, data))).toBe(true);
        for (const g of ggomNbd.logLikelihoodGradient(p, data)) expect(Number.isFinite(g)).toBe(true);
      }
    }
  });

  it('gives P(alive) = 0 for a customer who bought 10,000 times and then went silent for 90 time units', () => {
    const p = { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 };
    expect(ggomNbd.probabilityAlive(p, { frequency: 10000, recency: 10, T: 100 })).toBe(0);
  });

  it('names the function, argument, rule and value of a bad argument', () => {
    const p = { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 };
    expect(() => ggomNbd.probabilityAlive({ ...p, b: 0 }, { frequency: 1, recency: 1, T: 2 })).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`ggomNbd.probabilityAlive\`: \`params.b\` must be a finite number greater than 0, got 0]`);
    expect(() => ggomNbd.logLikelihoodOf(p, [{ frequency: 1, recency: 3, T: 2 }])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`ggomNbd.logLikelihoodOf\`: \`customers[0].recency\` must be at most T (2), got 3]`);
    expect(() => ggomNbd.conditionalExpectedPurchases(p, { frequency: 1, recency: 1, T: 2 }, -1)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`ggomNbd.conditionalExpectedPurchases\`: \`t\` must be a finite number at least 0, got -1]`);
    expect(() => ggomNbd.discountedExpectedResidualTransactions(p, { frequency: 1, recency: 1, T: 2 }, 0)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`ggomNbd.discountedExpectedResidualTransactions\`: \`delta\` must be a finite number greater than 0, got 0]`);
    expect(() => ggomNbd.expectedPurchases({ ...p, beta: Number.NaN }, 1)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`ggomNbd.expectedPurchases\`: \`params.beta\` must be a finite number greater than 0, got NaN]`);
  });
});
