/**
 * The covariate likelihood kernels: identities only (no published table). With every coefficient 0 the
 * covariate log-likelihood is the plain model's (`paretoNbd.logLikelihood`, `bgNbd.logLikelihood`, whose
 * own tests check them against published values); the analytic gradient equals central differences;
 * the Hessian assembled from per-row 4×4 blocks equals differences of the gradient.
 * Data: seeded simulations with continuous (all distinct) times.
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { covariateHessian } from '../../../src/clv/covariates/internal/covariateHessian';
import type { CovariateDesign } from '../../../src/clv/covariates/internal/covariateDesign';
import { COVARIATE_KERNELS } from '../../../src/clv/covariates/internal/covariateKernels';
import { covariateObjective } from '../../../src/clv/covariates/internal/covariateObjective';
import { evaluateCovariateLikelihood } from '../../../src/clv/covariates/internal/evaluateCovariateLikelihood';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleNormal } from '../../../src/core/random/sampleNormal';
import { simulateBgNbd } from '../../../src/testing/simulateBgNbd';
import { simulateParetoNbd } from '../../../src/testing/simulateParetoNbd';

const MODELS = {
  paretoNbd: { model: paretoNbd, params: { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, simulate: simulateParetoNbd },
  bgNbd: { model: bgNbd, params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, simulate: simulateBgNbd },
} as const;

/** A design of n customers with 2 purchase and 1 lifetime covariates (one shared with purchase when `shared`). */
function designOf(name: 'paretoNbd' | 'bgNbd', n: number, shared: boolean): CovariateDesign {
  const spec = MODELS[name];
  const data = spec.simulate(spec.params as never, { customers: n, seed: 11, T: 39, birthWindow: 30 });
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

describe('covariate likelihood', () => {
  for (const name of ['paretoNbd', 'bgNbd'] as const) {
    const spec = MODELS[name];
    const kernel = COVARIATE_KERNELS[name];
    it(`${name}: with every coefficient 0 equals the plain model's log-likelihood to 1e-9`, () => {
      const design = designOf(name, 800, false);
      const theta = [...kernel.names.map((k) => Math.log((spec.params as Record<string, number>)[k] as number)), 0, 0, 0];
      const ll = evaluateCovariateLikelihood(kernel, design, theta, undefined, undefined);
      const data = { columns: { frequency: design.x, recency: design.tx, T: design.T }, weights: design.weights, rows: design.rows, total: design.total };
      const model = spec.model as typeof paretoNbd;
      const plain = model.logLikelihood(spec.params as never, data);
      expect(Math.abs(ll - plain) / Math.abs(plain)).toBeLessThan(1e-9);
      // and row by row against logLikelihoodOf
      const rows = Array.from(design.x, (x, i) => ({ frequency: x, recency: design.tx[i] as number, T: design.T[i] as number }));
      const each = model.logLikelihoodOf(spec.params as never, rows);
      expect(Math.abs(ll - each.reduce((a, b) => a + b, 0)) / Math.abs(plain)).toBeLessThan(1e-12);
    });

    it(`${name}: a coefficient shifts the customer's parameter as documented`, () => {
      const design = designOf(name, 1, false);
      const gamma = 0.7;
      const z = design.zp[0] as number;
      const theta = [...kernel.names.map((k) => Math.log((spec.params as Record<string, number>)[k] as number)), gamma, 0, 0];
      const ll = evaluateCovariateLikelihood(kernel, design, theta, undefined, undefined);
      const shifted = { ...spec.params, alpha: spec.params.alpha * Math.exp(-gamma * z) };
      const expected = (spec.model as typeof paretoNbd).logLikelihoodOf(shifted as never, { frequency: design.x[0] as number, recency: design.tx[0] as number, T: design.T[0] as number }) as number;
      expect(ll).toBeCloseTo(expected, 10);
    });

    for (const shared of [false, true]) {
      it(`${name}: the analytic gradient equals central differences${shared ? ' (shared coefficient)' : ''}`, () => {
        const design = designOf(name, 300, shared);
        const theta = [...kernel.names.map((k) => Math.log((spec.params as Record<string, number>)[k] as number)), 0.3, -0.4, ...(shared ? [] : [0.25])];
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

    it(`${name}: the blockwise Hessian equals differences of the gradient`, () => {
      const design = designOf(name, 300, false);
      const theta = Float64Array.from([...kernel.names.map((k) => Math.log((spec.params as Record<string, number>)[k] as number)), 0.3, -0.4, 0.25]);
      const H = covariateHessian(kernel, design, theta);
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
  }
});
