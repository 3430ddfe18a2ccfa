/**
 * BG/BB (Fader, Hardie & Shang 2010). Reference values: test/fixtures/clv/discreteReference.json, written
 * by scripts/fixtures/clv_discrete_reference.py with mpmath at 50 digits straight from eqs. 5, 7, 8, 11, 13
 * and 14 of the paper. Identities: Σ_(x,t_x) L · C(t_x−1, x−1) = 1, the pmf sums to 1 with mean E[X(n)], the
 * history-weighted conditional expectation equals E[X(n+n*)] − E[X(n)], DERT equals its defining series,
 * continuity at γ = 1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../../src/clv/bgBb/index';
import type { BgBbParams } from '../../../src/clv/bgBb/index';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';
import reference from '../../fixtures/clv/discreteReference.json';

const close = (actual: number, expected: number, rel: number): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-300);
};
const toParams = (p: readonly number[]): BgBbParams => ({
  alpha: p[0] as number,
  beta: p[1] as number,
  gamma: p[2] as number,
  delta: p[3] as number,
});
const choose = (m: number, k: number): number => {
  let r = 1;
  for (let i = 0; i < k; i++) r = (r * (m - i)) / (i + 1);
  return r;
};
/** Every valid history (x, t_x) for n opportunities, with its multiplicity C(t_x − 1, x − 1). */
const histories = (n: number): { frequency: number; recency: number; n: number; count: number }[] => {
  const out = [{ frequency: 0, recency: 0, n, count: 1 }];
  for (let tx = 1; tx <= n; tx++) for (let x = 1; x <= tx; x++) out.push({ frequency: x, recency: tx, n, count: choose(tx - 1, x - 1) });
  return out;
};
const P = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };

describe('bgBb against mpmath', () => {
  for (const c of reference.bgBb) {
    const params = toParams(c.params);
    const customer = { frequency: c.x, recency: c.tx, n: c.n };
    it(`matches the closed forms at ${JSON.stringify(c.params)}, (x, t_x, n) = (${c.x}, ${c.tx}, ${c.n})`, () => {
      close(bgBb.logLikelihoodOf(params, customer), c.logLikelihood, 1e-12);
      close(bgBb.probabilityAlive(params, customer), c.probabilityAlive, 1e-12);
      close(bgBb.conditionalExpectedPurchases(params, customer, c.nStar), c.conditionalExpectedPurchases, 1e-11);
      close(bgBb.discountedExpectedResidualPurchases(params, customer, c.discountRate), c.dert, 1e-11);
    });
  }
  for (const c of reference.bgBbUnconditional) {
    const params = toParams(c.params);
    it(`E[X(n)] and the pmf at ${JSON.stringify(c.params)}, n = ${c.n}`, () => {
      close(bgBb.expectedPurchases(params, c.n), c.expectedPurchases, 1e-12);
      const xs = c.pmf.map((_, x) => x);
      bgBb.probabilityOfPurchases(params, xs, c.n).forEach((p, x) => close(p, c.pmf[x] as number, 1e-11));
    });
  }
});

describe('bgBb identities', () => {
  const cases: BgBbParams[] = [
    P,
    { alpha: 0.3, beta: 5, gamma: 2.5, delta: 0.4 },
    { alpha: 40, beta: 0.2, gamma: 1, delta: 15 },
    { alpha: 1e-3, beta: 2e-3, gamma: 1e3, delta: 1e-2 },
  ];
  for (const params of cases) {
    it(`Σ L · C(t_x−1, x−1) = 1 and the pmf/mean identities at ${JSON.stringify(params)}`, () => {
      for (const n of [1, 6, 25]) {
        let total = 0;
        let alive = 0;
        let future = 0;
        for (const h of histories(n)) {
          const L = Math.exp(bgBb.logLikelihoodOf(params, h));
          total += h.count * L;
          alive += h.count * L * bgBb.probabilityAlive(params, h);
          future += h.count * L * bgBb.conditionalExpectedPurchases(params, h, 7);
        }
        expect(Math.abs(total - 1)).toBeLessThan(1e-12);
        // Unconditional P(alive at n + 1) = B(γ, δ+n+1)/B(γ, δ) = Π_{j≤n} (δ+j)/(γ+δ+j).
        let survive = 1;
        for (let j = 0; j <= n; j++) survive *= (params.delta + j) / (params.gamma + params.delta + j);
        close(alive, survive, 1e-11);
        // E[X(n, n+7)] = α/(α+β) Σ_{t=n+1}^{n+7} B(γ, δ+t)/B(γ, δ), summed directly (no cancellation).
        let unconditional = 0;
        let s = 1;
        for (let t = 1; t <= n + 7; t++) {
          s *= (params.delta + t - 1) / (params.gamma + params.delta + t - 1);
          if (t > n) unconditional += s;
        }
        close(future, (params.alpha / (params.alpha + params.beta)) * unconditional, 1e-10);
        const pmf = bgBb.probabilityOfPurchases(params, Array.from({ length: n + 1 }, (_, x) => x), n);
        const mass = pmf.reduce((s, p) => s + p, 0);
        const mean = pmf.reduce((s, p, x) => s + x * p, 0);
        expect(Math.abs(mass - 1)).toBeLessThan(1e-12);
        close(mean, bgBb.expectedPurchases(params, n), 1e-11);
        expect(bgBb.probabilityOfPurchases(params, n + 1, n)).toBe(0);
      }
    });
  }

  it('E[X(n)] is continuous through γ = 1 and equals its limit there', () => {
    const base = { alpha: 2, beta: 3, delta: 1.7 };
    for (const n of [1, 10, 300, 5000]) {
      let harmonic = 0;
      for (let j = 0; j < n; j++) harmonic += 1 / (1 + base.delta + j);
      const limit = (2 / 5) * base.delta * harmonic;
      close(bgBb.expectedPurchases({ ...base, gamma: 1 }, n), limit, 1e-12);
      for (const eps of [1e-12, 1e-9, 1e-6]) {
        close(bgBb.expectedPurchases({ ...base, gamma: 1 + eps }, n), limit, 40 * eps + 1e-12);
        close(bgBb.expectedPurchases({ ...base, gamma: 1 - eps }, n), limit, 40 * eps + 1e-12);
      }
    }
  });

  it('DERT equals its defining series Σ_k ΔE[X(n, n+k)] (1+d)^−k', () => {
    for (const params of cases.slice(0, 3)) {
      const customer = { frequency: 2, recency: 5, n: 8 };
      const d = 0.15;
      let series = 0;
      let previous = 0;
      for (let k = 1; k <= 400; k++) {
        const cumulative = bgBb.conditionalExpectedPurchases(params, customer, k);
        series += (cumulative - previous) / (1 + d) ** k;
        previous = cumulative;
      }
      close(bgBb.discountedExpectedResidualPurchases(params, customer, d), series, 1e-10);
    }
  });

  it('the expected number of opportunities alive matches the long-product branch', () => {
    // n > 256 switches from the log1p loop to log-gamma ratios: both must agree across the switch.
    const params = { alpha: 1, beta: 1, gamma: 0.8, delta: 3 };
    const a = bgBb.expectedPurchases(params, 256);
    const b = bgBb.expectedPurchases(params, 257);
    let step = 1;
    for (let j = 0; j < 257; j++) step *= (params.delta + j) / (params.gamma + params.delta + j);
    close(b - a, 0.5 * step, 1e-9);
  });
});

describe('bgBb robustness', () => {
  it('stays finite with probabilities in [0, 1] at the extremes', () => {
    const extremes = [1e-4, 1e-2, 1, 1e2, 1e4];
    const customers = [
      { frequency: 0, recency: 0, n: 1 },
      { frequency: 10_000, recency: 10_000, n: 10_000 },
      { frequency: 1, recency: 1, n: 10_000 },
      { frequency: 5_000, recency: 9_000, n: 10_000 },
    ];
    for (const alpha of extremes)
      for (const gamma of extremes)
        for (const delta of [1e-4, 1e4]) {
          const params = { alpha, beta: 1e4 / alpha, gamma, delta };
          for (const c of customers) {
            const ll = bgBb.logLikelihoodOf(params, c);
            const pa = bgBb.probabilityAlive(params, c);
            const ce = bgBb.conditionalExpectedPurchases(params, c, 100);
            const dert = bgBb.discountedExpectedResidualPurchases(params, c, 0.05);
            expect(Number.isFinite(ll) && ll <= 0).toBe(true);
            expect(pa >= 0 && pa <= 1).toBe(true);
            expect(Number.isFinite(ce) && ce >= 0 && ce <= 100).toBe(true);
            expect(Number.isFinite(dert) && dert >= 0).toBe(true);
          }
          const ex = bgBb.expectedPurchases(params, 10_000);
          expect(Number.isFinite(ex) && ex >= 0 && ex <= 10_000).toBe(true);
        }
  });

  it('P(alive) lies in [0, 1] and falls with the time since the last purchase (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        (alpha, beta, gamma, delta, x, gap) => {
          const params = { alpha, beta, gamma, delta };
          const recent = bgBb.probabilityAlive(params, { frequency: x, recency: x + 5, n: x + 5 + gap });
          const older = bgBb.probabilityAlive(params, { frequency: x, recency: x + 5, n: x + 6 + gap });
          return recent >= 0 && recent <= 1 && older <= recent * (1 + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('nStar = 0 and n = 0 give exactly 0', () => {
    expect(bgBb.conditionalExpectedPurchases(P, { frequency: 1, recency: 1, n: 3 }, 0)).toBe(0);
    expect(bgBb.expectedPurchases(P, 0)).toBe(0);
  });

  it('accepts one customer or an array', () => {
    const c = { frequency: 3, recency: 4, n: 6 };
    expect(bgBb.probabilityAlive(P, [c, c])).toEqual([bgBb.probabilityAlive(P, c), bgBb.probabilityAlive(P, c)]);
  });
});

describe('bgBb errors', () => {
  const message = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(isClienteleError(e)).toBe(true);
      return (e as Error).message;
    }
    throw new Error('did not throw');
  };
  it('names the argument, rule and value', () => {
    expect(message(() => bgBb.probabilityAlive({ ...P, gamma: -1 }, { frequency: 0, recency: 0, n: 3 }))).toMatchInlineSnapshot(`"\`bgBb.probabilityAlive\`: \`params.gamma\` must be a finite number greater than 0, got -1"`);
    expect(message(() => bgBb.probabilityAlive(P, [{ frequency: 2, recency: 1, n: 3 }]))).toMatchInlineSnapshot(`"\`bgBb.probabilityAlive\`: \`customers[0].recency\` must be at least frequency (2), got 1"`);
    expect(message(() => bgBb.probabilityAlive(P, { frequency: 0, recency: 2, n: 3 }))).toMatchInlineSnapshot(`"\`bgBb.probabilityAlive\`: \`customer.recency\` must be 0 when frequency is 0, got 2"`);
    expect(message(() => bgBb.conditionalExpectedPurchases(P, { frequency: 0, recency: 0, n: 3 }, 1.5))).toMatchInlineSnapshot(`"\`bgBb.conditionalExpectedPurchases\`: \`nStar\` must be an integer 0-1000000 (the supported range), got 1.5"`);
    expect(message(() => bgBb.discountedExpectedResidualPurchases(P, { frequency: 0, recency: 0, n: 3 }, 0))).toMatchInlineSnapshot(`"\`bgBb.discountedExpectedResidualPurchases\`: \`discountRate\` must be a finite number at least 0.0001 (the supported range), got 0"`);
    expect(message(() => bgBb.compress([], 'fitModel'))).toMatchInlineSnapshot(`"\`fitModel\`: \`data\` must not be empty"`);
    expect(message(() => bgBb.compress([{ frequency: 1, recency: 1, n: 0 }], 'fitModel'))).toMatchInlineSnapshot(`"\`fitModel\`: \`data[0].n\` must be an integer 1-1000000 (the supported range), got 0"`);
  });

  it('compresses identical histories into weighted rows', () => {
    const data = bgBb.compress(
      [
        { frequency: 1, recency: 2, n: 6 },
        { frequency: 1, recency: 2, n: 6, weight: 3 },
        { frequency: 0, recency: 0, n: 6 },
      ],
      'fitModel',
    );
    expect(data.rows).toBe(2);
    expect(data.total).toBe(5);
    expect(Array.from(data.weights)).toEqual([4, 1]);
    const ll = bgBb.logLikelihood(P, data);
    close(ll, 4 * bgBb.logLikelihoodOf(P, { frequency: 1, recency: 2, n: 6 }) + bgBb.logLikelihoodOf(P, { frequency: 0, recency: 0, n: 6 }), 1e-14);
  });
});
