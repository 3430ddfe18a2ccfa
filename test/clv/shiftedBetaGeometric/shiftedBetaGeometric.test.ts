/**
 * Shifted-beta-geometric model (Fader & Hardie 2007, 2010). Reference values: test/fixtures/clv/
 * discreteReference.json (scripts/fixtures/clv_discrete_reference.py: mpmath at 50 digits from the closed
 * forms; the maximum-likelihood fit to the cohort [1000, 631, 468, 382, 326] by scipy Nelder–Mead).
 * Identities: S(t) = 1 − Σ_{k≤t} P(k); DEL and DERL equal their defining series; E[T] = Σ S(t).
 */
import { describe, expect, it } from 'vitest';
import { shiftedBetaGeometric as sbg } from '../../../src/clv/shiftedBetaGeometric/index';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import reference from '../../fixtures/clv/discreteReference.json';

const close = (actual: number, expected: number, rel: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

describe('shiftedBetaGeometric against mpmath', () => {
  for (const c of reference.sbg) {
    const params = { alpha: c.params[0] as number, beta: c.params[1] as number };
    it(`survival, churn, DEL and DERL at ${JSON.stringify(params)}`, () => {
      sbg.survival(params, c.survival.map((_, t) => t)).forEach((s, t) => close(s, c.survival[t] as number, 1e-13));
      sbg.churnProbability(params, c.churn.map((_, t) => t + 1)).forEach((p, t) => close(p, c.churn[t] as number, 1e-13));
      sbg.survivalCurve(params, 12).survival.forEach((s, t) => close(s, c.survival[t] as number, 1e-13));
      close(sbg.discountedExpectedLifetime(params, c.discountRate), c.del, 1e-12);
      close(sbg.discountedExpectedResidualLifetime(params, c.renewals, c.discountRate), c.derl, 1e-12);
    });
  }
});

describe('shiftedBetaGeometric identities', () => {
  const cases = [
    { alpha: 0.704, beta: 1.182 },
    { alpha: 2, beta: 3 },
    { alpha: 1e-3, beta: 1e3 },
    { alpha: 50, beta: 0.5 },
  ];
  for (const params of cases) {
    it(`S(t) = 1 − Σ P(k), r_t = S(t)/S(t−1), DEL/DERL = series at ${JSON.stringify(params)}`, () => {
      let cumulative = 0;
      let previous = 1;
      for (let t = 1; t <= 60; t++) {
        cumulative += sbg.churnProbability(params, t);
        const s = sbg.survival(params, t);
        expect(Math.abs(s - (1 - cumulative))).toBeLessThan(1e-13);
        if (previous > 1e-250) close(sbg.retentionRate(params, t), s / previous, 1e-11);
        previous = s;
      }
      const d = 0.12;
      let del = 0;
      for (let t = 0; t < 3000; t++) del += sbg.survival(params, t) / (1 + d) ** t;
      close(sbg.discountedExpectedLifetime(params, d), del, 1e-11);
      for (const renewals of [0, 3, 20]) {
        const n = renewals + 1;
        const base = sbg.survival(params, n - 1);
        let derl = 0;
        for (let t = n; t < n + 3000; t++) derl += sbg.survival(params, t) / base / (1 + d) ** (t - n);
        close(sbg.discountedExpectedResidualLifetime(params, renewals, d), derl, 1e-10);
      }
    });
  }

  it('E[T] = Σ S(t) when alpha > 1, and is reported infinite otherwise', () => {
    const params = { alpha: 3.5, beta: 2 };
    let sum = 0;
    for (let t = 0; t < 200_000; t++) sum += sbg.survival(params, t);
    const life = sbg.expectedLifetime(params);
    expect(life.finite).toBe(true);
    close(life.periods as number, sum, 1e-9);
    close(life.renewals as number, sum - 1, 1e-9);
    for (const alpha of [1, 0.5, 1e-4]) {
      const infinite = sbg.expectedLifetime({ alpha, beta: 2 });
      expect(infinite).toEqual({ periods: null, renewals: null, finite: false, reason: expect.stringContaining('infinite') });
    }
  });

  it('DEL rises with beta (lower churn) and falls with the discount rate', () => {
    expect(sbg.discountedExpectedLifetime({ alpha: 1, beta: 3 }, 0.1)).toBeGreaterThan(
      sbg.discountedExpectedLifetime({ alpha: 1, beta: 2 }, 0.1),
    );
    expect(sbg.discountedExpectedLifetime({ alpha: 1, beta: 3 }, 0.2)).toBeLessThan(
      sbg.discountedExpectedLifetime({ alpha: 1, beta: 3 }, 0.1),
    );
    // Value rises with tenure: the survivors are the low-churn customers.
    expect(sbg.discountedExpectedResidualLifetime({ alpha: 1, beta: 3 }, 5, 0.1)).toBeGreaterThan(
      sbg.discountedExpectedResidualLifetime({ alpha: 1, beta: 3 }, 1, 0.1),
    );
  });

  it('stays finite at extreme parameters and long horizons', () => {
    for (const alpha of [1e-4, 1, 1e4])
      for (const beta of [1e-4, 1, 1e4]) {
        const params = { alpha, beta };
        const s = sbg.survival(params, 1_000_000);
        expect(s >= 0 && s <= 1).toBe(true);
        const p = sbg.churnProbability(params, 1_000_000);
        expect(p >= 0 && p <= 1).toBe(true);
        const del = sbg.discountedExpectedLifetime(params, 0.01);
        expect(Number.isFinite(del) && del >= 1 && del <= 101 + 1e-9).toBe(true);
      }
  });
});

describe('shiftedBetaGeometric data', () => {
  it('rejects invalid cohorts', () => {
    const message = (data: readonly number[]): string => {
      try {
        sbg.compress(data, 'fitModel');
      } catch (e) {
        expect(isClienteleError(e)).toBe(true);
        return (e as Error).message;
      }
      throw new Error('did not throw');
    };
    expect(message([1000, 631, 700])).toMatchInlineSnapshot(`"\`fitModel\`: \`data[2]\` must be at most the previous count (631), got 700"`);
    expect(message([1000])).toMatchInlineSnapshot(`"\`fitModel\`: \`data\` must hold the cohort size and at least one later active count"`);
    expect(message([0, 0])).toMatchInlineSnapshot(`"\`fitModel\`: \`data[0]\` must be a cohort size greater than 0, got 0"`);
    expect(message([10, 2.5])).toMatchInlineSnapshot(`"\`fitModel\`: \`data[1]\` must be an integer at least 0, got 2.5"`);
  });
});
