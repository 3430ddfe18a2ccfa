/**
 * Beta-discrete-Weibull model (Fader, Hardie, Liu, Davin & Steenburgh 2018). Reference values:
 * test/fixtures/clv/bdwReference.json (scripts/fixtures/bdw_reference.py: mpmath at 40 digits from
 * S(t) = B(α, β + t^c)/B(α, β), the churn probability as a difference of two survivals, DEL/DERL/E[T] as
 * their series). Identity: with c = 1 the model is the shifted-beta-geometric, so every function equals the
 * sBG one (closed forms of Fader & Hardie 2007, 2010) to 1e−12. Properties: bounds, monotonicity and
 * finiteness for parameters 1e−4…1e4 and t up to 1e4 (fast-check, bounded runs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betaDiscreteWeibull as bdw } from '../../../src/clv/betaDiscreteWeibull/index';
import { shiftedBetaGeometric as sbg } from '../../../src/clv/shiftedBetaGeometric/index';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import reference from '../../fixtures/clv/bdwReference.json';

const close = (actual: number, expected: number, rel: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

describe('betaDiscreteWeibull with c = 1 is the shifted-beta-geometric', () => {
  const cases = [
    { alpha: 0.704, beta: 1.182 },
    { alpha: 2, beta: 3 },
    { alpha: 3.5, beta: 2 },
    { alpha: 1e-4, beta: 1e4 },
    { alpha: 1e4, beta: 1e-4 },
    { alpha: 1e-4, beta: 1e-4 },
    { alpha: 1e4, beta: 1e4 },
  ];
  // At alpha = beta = 1e4 the sBG's own differences of ln B lose about 1e−12 (e.g. P(T=30): sBG
  // 9.49018098782774e-10, BdW 9.49018098783563e-10, mpmath 9.4901809878356337e-10), so the check is looser there.
  const tolerance = (params: { alpha: number; beta: number }): number => (params.alpha >= 1e4 && params.beta >= 1e4 ? 5e-12 : 1e-12);
  const ts = [...Array.from({ length: 30 }, (_, i) => i + 1), 100, 1000, 10_000];
  for (const params of cases) {
    const withC = { ...params, c: 1 };
    const tol = tolerance(params);
    it(`every prediction and the likelihood at ${JSON.stringify(params)}`, () => {
      bdw.survival(withC, [0, ...ts]).forEach((s, i) => close(s, sbg.survival(params, [0, ...ts][i] as number), tol));
      bdw.churnProbability(withC, ts).forEach((p, i) => close(p, sbg.churnProbability(params, ts[i] as number), tol));
      bdw.retentionRate(withC, ts).forEach((r, i) => close(r, sbg.retentionRate(params, ts[i] as number), tol));
      const curve = bdw.survivalCurve(withC, 40);
      const sbgCurve = sbg.survivalCurve(params, 40);
      curve.survival.forEach((s, t) => close(s, sbgCurve.survival[t] as number, tol));
      curve.retention.forEach((r, t) => close(r, sbgCurve.retention[t] as number, tol));
      for (const d of [0.01, 0.1, 1]) {
        close(bdw.discountedExpectedLifetime(withC, d), sbg.discountedExpectedLifetime(params, d), tol);
        for (const renewals of [0, 4, 50]) {
          close(bdw.discountedExpectedResidualLifetime(withC, renewals, d), sbg.discountedExpectedResidualLifetime(params, renewals, d), tol);
        }
      }
      const life = bdw.expectedLifetime(withC);
      const sbgLife = sbg.expectedLifetime(params);
      expect(life.finite).toBe(sbgLife.finite);
      if (sbgLife.periods === null) expect(life.periods).toBeNull();
      else close(life.periods as number, sbgLife.periods, tol);
      for (const cohort of [
        [1000, 631, 468, 382, 326, 289, 262, 241],
        [1000, 869, 743, 653, 593, 551, 517, 491],
        [50, 50, 0],
      ]) {
        const data = bdw.compress(cohort, 'test');
        close(bdw.logLikelihood(withC, data), sbg.logLikelihood(params, sbg.compress(cohort, 'test')), tol);
      }
    });
  }
});

describe('betaDiscreteWeibull against mpmath', () => {
  for (const c of reference.cases) {
    const params = { alpha: c.params[0] as number, beta: c.params[1] as number, c: c.params[2] as number };
    it(`survival, churn, retention, DEL, DERL and E[T] at ${JSON.stringify(params)}`, () => {
      bdw.survival(params, c.t).forEach((s, i) => close(s, c.survival[i] as number, 1e-9));
      const later = c.t.filter((t) => t >= 1);
      bdw.churnProbability(params, later).forEach((p, i) => close(p, c.churn[i] as number, 1e-9));
      bdw.retentionRate(params, later).forEach((r, i) => close(r, c.retention[i] as number, 1e-9));
      close(bdw.discountedExpectedLifetime(params, c.discountRate), c.del, 1e-9);
      close(bdw.discountedExpectedResidualLifetime(params, c.renewals, c.discountRate), c.derl, 1e-9);
      const life = bdw.expectedLifetime(params);
      if (c.expectedLifetime === null) {
        expect(life).toEqual({ periods: null, renewals: null, finite: false, reason: expect.stringContaining('infinite') });
      } else {
        close(life.periods as number, c.expectedLifetime, 1e-9);
        close(life.renewals as number, c.expectedLifetime - 1, 1e-9);
      }
    });
  }
});

describe('betaDiscreteWeibull identities', () => {
  it('P(T=t) = S(t−1) − S(t), r_t = S(t)/S(t−1), and the curve agrees with the pointwise functions', () => {
    for (const params of [
      { alpha: 0.7, beta: 1.2, c: 0.4 },
      { alpha: 2, beta: 0.5, c: 2.5 },
    ]) {
      const curve = bdw.survivalCurve(params, 60);
      for (let t = 1; t <= 60; t++) {
        const s = curve.survival[t] as number;
        const previous = curve.survival[t - 1] as number;
        expect(Math.abs(bdw.churnProbability(params, t) - (previous - s))).toBeLessThan(1e-14);
        if (previous > 1e-200) close(curve.retention[t - 1] as number, s / previous, 1e-12);
        expect(bdw.survival(params, t)).toBe(s);
      }
    }
  });

  it('c < 1 makes survivors stickier than the sBG with the same Beta, c > 1 less sticky', () => {
    const base = { alpha: 1, beta: 2 };
    for (const t of [2, 5, 20]) {
      expect(bdw.retentionRate({ ...base, c: 0.5 }, t)).toBeGreaterThan(sbg.retentionRate(base, t));
      expect(bdw.retentionRate({ ...base, c: 2 }, t)).toBeLessThan(sbg.retentionRate(base, t));
    }
    // A U-shaped cohort curve: with strong positive duration dependence the retention rate dips first.
    const dip = bdw.retentionRate({ alpha: 5, beta: 40, c: 2.5 }, [1, 2, 3, 30, 300]);
    expect(dip[1]).toBeLessThan(dip[0] as number);
    expect(dip[4]).toBeGreaterThan(dip[3] as number);
  });

  it('DEL = Σ S(t)(1+d)^−t and DERL = Σ S(t)/S(n−1)(1+d)^−(t−n), summed here from the survival', () => {
    const params = { alpha: 0.9, beta: 2.5, c: 0.7 };
    const d = 0.15;
    const survival = bdw.survivalCurve(params, 3000).survival;
    let del = 0;
    for (let t = 0; t <= 3000; t++) del += (survival[t] as number) / (1 + d) ** t;
    close(bdw.discountedExpectedLifetime(params, d), del, 1e-12);
    const n = 6;
    let derl = 0;
    for (let t = n; t <= 3000; t++) derl += (survival[t] as number) / (survival[n - 1] as number) / (1 + d) ** (t - n);
    close(bdw.discountedExpectedResidualLifetime(params, n - 1, d), derl, 1e-12);
  });
});

describe('betaDiscreteWeibull at the extremes', () => {
  const parameter = fc.double({ min: Math.log(1e-4), max: Math.log(1e4), noNaN: true }).map(Math.exp);
  const params = fc.record({ alpha: parameter, beta: parameter, c: parameter });

  it('survival, churn and retention stay in [0, 1], S non-increasing, P = S(t−1) − S(t), for t up to 1e4', () => {
    fc.assert(
      fc.property(params, fc.integer({ min: 1, max: 10_000 }), (p, t) => {
        const [before, s] = bdw.survival(p, [t - 1, t]) as [number, number];
        const churn = bdw.churnProbability(p, t);
        const r = bdw.retentionRate(p, t);
        for (const v of [before, s, churn, r]) expect(v >= 0 && v <= 1).toBe(true);
        expect(s).toBeLessThanOrEqual(before);
        expect(Math.abs(churn - (before - s))).toBeLessThanOrEqual(1e-12);
        if (before > 1e-250) expect(Math.abs(r - s / before)).toBeLessThanOrEqual(1e-9 * Math.max(r, 1e-300) + 1e-300);
      }),
      { numRuns: 150 },
    );
  });

  it('the log-likelihood is finite and at most 0, DEL and DERL are finite and bounded', () => {
    const data = bdw.compress([1000, 631, 468, 382, 326, 289, 262, 241, 0], 'test');
    fc.assert(
      fc.property(params, (p) => {
        const ll = bdw.logLikelihood(p, data);
        expect(Number.isFinite(ll) && ll <= 0).toBe(true);
        const del = bdw.discountedExpectedLifetime(p, 0.1);
        expect(del >= 1 && del <= 11 + 1e-9).toBe(true);
        const derl = bdw.discountedExpectedResidualLifetime(p, 20, 0.1);
        expect(derl >= 0 && derl <= 11 + 1e-9).toBe(true);
        const life = bdw.expectedLifetime(p);
        expect(life.periods === null || (Number.isFinite(life.periods) && life.periods >= 1)).toBe(true);
        expect(life.finite).toBe(p.alpha * p.c > 1);
      }),
      { numRuns: 40 },
    );
  });

  it('stays finite where t^c overflows double precision', () => {
    for (const p of [
      { alpha: 1e-4, beta: 1e-4, c: 1e4 },
      { alpha: 1e4, beta: 1e4, c: 1e4 },
      { alpha: 1, beta: 1, c: 100 },
    ]) {
      const s = bdw.survival(p, [1, 2, 10_000]);
      for (const v of s) expect(v >= 0 && v <= 1).toBe(true);
      const data = bdw.compress([10, 9, 3, 2], 'test');
      expect(Number.isFinite(bdw.logLikelihood(p, data))).toBe(true);
    }
    // Far out, ln S(t) ≈ ln Γ(α) − ln B(α, β) − α c ln t: S(3)/S(2) = (2/3)^(α c).
    const p = { alpha: 0.5, beta: 1, c: 2000 };
    close(bdw.retentionRate(p, 3), (2 / 3) ** (0.5 * 2000), 1e-9);
  });
});

describe('betaDiscreteWeibull doc examples print what they say', () => {
  it('the @example values', () => {
    const p = { alpha: 0.7, beta: 1.2, c: 0.8 };
    const q = { alpha: 2, beta: 3, c: 1.5 };
    expect(bdw.survival(p, [0, 1, 2])).toEqual([1, 0.631578947368421, 0.5096694121477249]);
    expect(bdw.churnProbability(p, [1, 2])).toEqual([0.368421052631579, 0.1219095352206962]);
    expect(bdw.retentionRate(p, [1, 2, 10])).toEqual([0.631578947368421, 0.8069765692338976, 0.9510092250221518]);
    expect(bdw.survivalCurve(q, 2)).toEqual({ survival: [1, 0.6, 0.30151519016500394], retention: [0.6, 0.5025253169416732] });
    expect(bdw.expectedLifetime(q).periods).toBe(2.35718444897797);
    expect(bdw.expectedLifetime({ alpha: 2, beta: 3, c: 0.5 }).finite).toBe(false);
    expect(bdw.discountedExpectedLifetime(q, 0.1)).toBe(2.0718994354043256);
    expect(bdw.discountedExpectedResidualLifetime(q, 4, 0.1)).toBe(1.692749137854186);
  });
});

describe('betaDiscreteWeibull errors', () => {
  const message = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(isClienteleError(e)).toBe(true);
      return (e as Error).message;
    }
    throw new Error('did not throw');
  };
  it('names the function, the argument, the rule and the value', () => {
    expect(message(() => bdw.survival({ alpha: 1, beta: 1, c: 0 }, 1))).toMatchInlineSnapshot(`"\`betaDiscreteWeibull.survival\`: \`params.c\` must be a finite number greater than 0, got 0"`);
    expect(message(() => bdw.churnProbability({ alpha: 1, beta: 1, c: 1 }, [1, 0]))).toMatchInlineSnapshot(`"\`betaDiscreteWeibull.churnProbability\`: \`t[1]\` must be an integer at least 1, got 0"`);
    expect(message(() => bdw.discountedExpectedLifetime({ alpha: 1, beta: 1, c: 1 }, 0))).toMatchInlineSnapshot(`"\`betaDiscreteWeibull.discountedExpectedLifetime\`: \`discountRate\` must be a finite number at least 0.0001 (the supported range), got 0"`);
    expect(message(() => bdw.discountedExpectedResidualLifetime({ alpha: 1, beta: 1, c: 1 }, -1, 0.1))).toMatchInlineSnapshot(`"\`betaDiscreteWeibull.discountedExpectedResidualLifetime\`: \`renewals\` must be an integer 0-1e9, got -1"`);
    expect(message(() => bdw.compress([1000, 631, 700], 'fitModel'))).toMatchInlineSnapshot(`"\`fitModel\`: \`data[2]\` must be at most the previous count (631), got 700"`);
  });
});
