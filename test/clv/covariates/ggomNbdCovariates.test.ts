/**
 * Gamma-Gompertz/NBD with static covariates (CLVTools' `ggomnbd` static-cov parametrisation:
 * `alpha_i = alpha·e^{−γ_pᵀz}`, `beta_i = beta·e^{−γ_lᵀz}`; `r`, `b`, `s` shared). No published table:
 * identities (coefficients 0 give `ggomNbd.logLikelihood` to 1e-9; a coefficient moves the customer's
 * `alpha` or `beta` as documented; analytic gradient = central differences; blockwise Hessian =
 * differences of the gradient), parameter recovery on data simulated by simulateCovariateCustomers with
 * fixed seeds (two regimes, 1,000 customers each: the adaptive quadrature makes each evaluation costly),
 * and scores equal to ggomNbd's own functions at each customer's parameters.
 */
import { describe, expect, it } from 'vitest';
import { covariateCustomerParams } from '../../../src/clv/covariates/covariateCustomerParams';
import { fitCovariateModel } from '../../../src/clv/covariates/fitCovariateModel';
import { covariateHessian } from '../../../src/clv/covariates/internal/covariateHessian';
import type { CovariateDesign } from '../../../src/clv/covariates/internal/covariateDesign';
import { COVARIATE_KERNELS } from '../../../src/clv/covariates/internal/covariateKernels';
import { covariateObjective } from '../../../src/clv/covariates/internal/covariateObjective';
import { evaluateCovariateLikelihood } from '../../../src/clv/covariates/internal/evaluateCovariateLikelihood';
import { scoreCovariateCustomers } from '../../../src/clv/covariates/scoreCovariateCustomers';
import { ggomNbd } from '../../../src/clv/ggomNbd/index';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleNormal } from '../../../src/core/random/sampleNormal';
import { simulateCovariateCustomers } from '../../../src/testing/simulateCovariateCustomers';
import { simulateGgomNbd } from '../../../src/testing/simulateGgomNbd';

const kernel = COVARIATE_KERNELS.ggomNbd;
const truth = { r: 1.5, alpha: 3, b: 0.2, s: 0.8, beta: 20 };
const logBase = () => kernel.names.map((k) => Math.log((truth as Record<string, number>)[k] as number));

/** A design of n customers with 2 purchase and 1 lifetime covariates (one shared with purchase when `shared`). */
function designOf(n: number, shared: boolean): CovariateDesign {
  const data = simulateGgomNbd(truth, { customers: n, seed: 11, T: 52, birthWindow: 26 });
  const random = createRandom(5);
  const zp = new Float64Array(n * 2);
  const zl = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    zp[2 * i] = sampleNormal(random, 0, 1);
    zp[2 * i + 1] = random.next() < 0.4 ? 1 : 0;
    zl[i] = shared ? (zp[2 * i] as number) : sampleNormal(random, 0, 1);
  }
  return {
    rows: n,
    x: Float64Array.from(data, (c) => c.frequency),
    tx: Float64Array.from(data, (c) => c.recency),
    T: Float64Array.from(data, (c) => c.T),
    weights: new Float64Array(n).fill(1),
    total: n,
    zp,
    kp: 2,
    zl,
    kl: 1,
    pIndex: Int32Array.from([0, 1]),
    lIndex: Int32Array.from([shared ? 0 : 2]),
    m: shared ? 2 : 3,
    l2: new Float64Array(shared ? 2 : 3),
  };
}

describe('ggomNbd covariate likelihood', () => {
  it('with every coefficient 0 equals ggomNbd.logLikelihood to 1e-9', () => {
    const design = designOf(400, false);
    const ll = evaluateCovariateLikelihood(kernel, design, [...logBase(), 0, 0, 0], undefined, undefined);
    const data = { columns: { frequency: design.x, recency: design.tx, T: design.T }, weights: design.weights, rows: design.rows, total: design.total };
    const plain = ggomNbd.logLikelihood(truth, data);
    expect(Math.abs(ll - plain) / Math.abs(plain)).toBeLessThan(1e-9);
  });

  it('a purchase coefficient scales alpha by e^(−γz), a lifetime coefficient beta by e^(−γz)', () => {
    const design = designOf(3, false);
    for (let i = 0; i < 3; i++) {
      const one: CovariateDesign = { ...design, rows: 1, x: design.x.subarray(i, i + 1), tx: design.tx.subarray(i, i + 1), T: design.T.subarray(i, i + 1), weights: new Float64Array([1]), total: 1, zp: design.zp.subarray(2 * i, 2 * i + 2), zl: design.zl.subarray(i, i + 1) };
      const [gp, gw, gl] = [0.7, -0.3, 0.5];
      const ll = evaluateCovariateLikelihood(kernel, one, [...logBase(), gp, gw, gl], undefined, undefined);
      const zp0 = one.zp[0] as number;
      const zp1 = one.zp[1] as number;
      const zl0 = one.zl[0] as number;
      const shifted = { ...truth, alpha: truth.alpha * Math.exp(-(gp * zp0 + gw * zp1)), beta: truth.beta * Math.exp(-gl * zl0) };
      const expected = ggomNbd.logLikelihoodOf(shifted, { frequency: one.x[0] as number, recency: one.tx[0] as number, T: one.T[0] as number });
      expect(Math.abs(ll - expected)).toBeLessThan(1e-10 * Math.max(1, Math.abs(expected)));
    }
  });

  for (const shared of [false, true]) {
    it(`the analytic gradient equals central differences${shared ? ' (shared coefficient)' : ''}`, () => {
      const design = designOf(80, shared);
      const theta = [...logBase(), 0.3, -0.4, ...(shared ? [] : [0.25])];
      const g = new Float64Array(theta.length);
      evaluateCovariateLikelihood(kernel, design, theta, g, undefined);
      const h = 1e-5;
      for (let j = 0; j < theta.length; j++) {
        const up = [...theta];
        const down = [...theta];
        up[j] = (up[j] as number) + h;
        down[j] = (down[j] as number) - h;
        const fd = (evaluateCovariateLikelihood(kernel, design, up, undefined, undefined) - evaluateCovariateLikelihood(kernel, design, down, undefined, undefined)) / (2 * h);
        expect(Math.abs((g[j] as number) - fd)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
      }
    });
  }

  it('the blockwise Hessian (5×5 blocks) equals differences of the gradient', () => {
    const design = designOf(80, false);
    const theta = Float64Array.from([...logBase(), 0.3, -0.4, 0.25]);
    const H = covariateHessian(kernel, design, theta);
    expect(H.length).toBe(8);
    const objective = covariateObjective(kernel, design);
    const g0 = objective.gradient(theta);
    const h = 1e-6;
    for (let j = 0; j < theta.length; j++) {
      const up = Float64Array.from(theta);
      up[j] = (up[j] as number) + h;
      const gu = objective.gradient(up);
      for (let m = 0; m < theta.length; m++) {
        const fd = (design.total * ((gu[m] as number) - (g0[m] as number))) / h;
        expect(Math.abs(((H[j] as number[])[m] as number) - fd)).toBeLessThan(1e-4 * Math.max(1, Math.abs(fd)));
      }
    }
  });
});

const N = 1000;
function covariateRows(seed: number) {
  const random = createRandom(seed);
  return Array.from({ length: N }, (_, i) => ({ customerId: `c${i}`, age: sampleNormal(random, 0, 1), web: random.next() < 0.4 ? 1 : 0 }));
}

const REGIMES = [
  // β > 1 + s: the lifetime density has an interior mode; purchase and lifetime covariates differ.
  { params: { r: 1.5, alpha: 3, b: 0.2, s: 0.8, beta: 20 }, purchase: { age: 0.4, web: -0.3 }, lifetime: { age: 0.5 } },
  // r < 1, slower ageing, a binary lifetime covariate.
  { params: { r: 0.7, alpha: 6, b: 0.15, s: 1.2, beta: 12 }, purchase: { web: 0.5 }, lifetime: { age: -0.4, web: 0.4 } },
] as const;

describe('fitCovariateModel(ggomNbd) parameter recovery', () => {
  REGIMES.forEach((regime, k) => {
    it(`regime ${k === 0 ? 'A' : 'B'}: every coefficient within 3 SE, base parameters within 3 SE on the log scale`, () => {
      const rows = covariateRows(300 + k);
      const data = simulateCovariateCustomers('ggomNbd', regime.params, { purchase: regime.purchase, lifetime: regime.lifetime }, rows, { seed: 400 + k, T: 52, birthWindow: 26 });
      const fit = fitCovariateModel(ggomNbd, data, {
        purchase: { data: rows, columns: Object.keys(regime.purchase) },
        lifetime: { data: rows, columns: Object.keys(regime.lifetime) },
        timeUnit: 'week',
      });
      expect(fit.model).toBe('ggomNbd');
      expect(fit.converged).toBe(true);
      expect(fit.n).toBe(N);
      expect(fit.parameterNames.slice(0, 5)).toEqual(['r', 'alpha', 'b', 's', 'beta']);
      for (const process of ['purchase', 'lifetime'] as const) {
        for (const [name, value] of Object.entries(regime[process])) {
          const c = fit.coefficients[process][name];
          expect(c?.standardError).toBeGreaterThan(0);
          expect(Math.abs((c?.estimate as number) - value)).toBeLessThan(3 * (c?.standardError as number));
        }
      }
      for (const [name, value] of Object.entries(regime.params)) {
        const estimate = (fit.params as Record<string, number>)[name] as number;
        const se = (fit.standardErrors as Record<string, number | null>)[name] as number;
        expect(Math.abs(Math.log(estimate / value))).toBeLessThan((3 * se) / estimate);
      }
    });
  });
});

describe('ggomNbd covariate predictions', () => {
  const random = createRandom(3);
  const rows = Array.from({ length: 600 }, (_, i) => ({ customerId: i, web: random.next() < 0.5, score: sampleNormal(random, 0, 1) }));
  const coded = rows.map((r) => ({ customerId: r.customerId, 'web=true': r.web ? 1 : 0, score: r.score }));
  const data = simulateCovariateCustomers('ggomNbd', truth, { purchase: { 'web=true': 0.5, score: 0.2 }, lifetime: { score: -0.4 } }, coded, { seed: 4, T: 52, birthWindow: 26 });
  const fit = fitCovariateModel(ggomNbd, data, { purchase: { data: rows, columns: ['web', 'score'] }, lifetime: { data: rows, columns: ['score'] }, timeUnit: 'week' });

  it('customer parameters: alpha_i = alpha·e^(−γ_pᵀz), beta_i = beta·e^(−γ_lᵀz), r, b, s shared', () => {
    const { params: byId } = covariateCustomerParams(fit, [10, 2], { purchase: rows, lifetime: rows });
    const row = rows[10] as (typeof rows)[number];
    const gp = (fit.coefficients.purchase['web=true']?.estimate as number) * (row.web ? 1 : 0) + (fit.coefficients.purchase.score?.estimate as number) * row.score;
    const gl = (fit.coefficients.lifetime.score?.estimate as number) * row.score;
    const p = byId['10'] as Record<string, number>;
    const base = fit.params as Record<string, number>;
    expect([p.r, p.b, p.s]).toEqual([base.r, base.b, base.s]);
    expect(p.alpha).toBeCloseTo((base.alpha as number) * Math.exp(-gp), 10);
    expect(p.beta).toBeCloseTo((base.beta as number) * Math.exp(-gl), 10);
  });

  it("scores equal ggomNbd's functions at each customer's parameters", () => {
    const customers = data.slice(0, 25);
    const scored = scoreCovariateCustomers(fit, customers, { purchase: rows, lifetime: rows }, { horizon: { value: 26, unit: 'week' } });
    expect(scored.rows.length).toBe(25);
    expect(scored.settings.model).toBe('ggomNbd');
    for (const row of scored.rows) {
      const c = customers.find((x) => String(x.customerId) === row.customerId) as (typeof customers)[number];
      const p = row.params as typeof truth;
      expect(row.probabilityAlive).toBe(ggomNbd.probabilityAlive(p, c));
      expect(row.expectedPurchases).toBe(ggomNbd.conditionalExpectedPurchases(p, c, 26));
    }
  });
});
