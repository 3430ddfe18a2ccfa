import { describe, expect, it } from 'vitest';
import { minimizeBfgs } from '../../../src/core/optimize/minimizeBfgs';
import { createRandom } from '../../../src/core/random/createRandom';
import { sampleNormal } from '../../../src/core/random/sampleNormal';
import { logBarrier, logBarrierMinimum, quadratic, quadraticCenter, rosenbrock, rosenbrockGradient } from './functions';

describe('minimizeBfgs', () => {
  it('matches the documented example (Rosenbrock from (−1.2, 1))', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.x.map((v) => v.toFixed(6))).toEqual(['1.000000', '1.000000']);
    expect(result.converged).toBe(true);
  });
  it('minimises Rosenbrock in 2 dimensions with numerical gradients to 1e-6', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    for (const v of result.x) expect(Math.abs(v - 1)).toBeLessThan(1e-6);
    expect(result.gradientNorm).toBeLessThanOrEqual(1e-6);
    expect(result.value).toBe(rosenbrock(Float64Array.from(result.x)));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
  it.each([
    ['numerical', undefined],
    ['analytic', rosenbrockGradient],
  ] as const)('minimises Rosenbrock in 5 dimensions (%s gradient) to 1e-6', (_, gradient) => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1, -1.2, 1, -1.2], gradient === undefined ? {} : { gradient });
    expect(result.converged).toBe(true);
    for (const v of result.x) expect(Math.abs(v - 1)).toBeLessThan(1e-6);
  });
  it('needs far fewer evaluations with an analytic gradient than with central differences', () => {
    const numeric = minimizeBfgs(rosenbrock, [-1.2, 1, -1.2, 1, -1.2]);
    const analytic = minimizeBfgs(rosenbrock, [-1.2, 1, -1.2, 1, -1.2], { gradient: rosenbrockGradient });
    expect(analytic.evaluations * 3).toBeLessThan(numeric.evaluations);
  });
  it('minimises a 3-d quadratic to 1e-7 in a handful of iterations', () => {
    const result = minimizeBfgs(quadratic, [10, 10, 10], { gradientTolerance: 1e-9, functionTolerance: 0 });
    expect(result.converged).toBe(true);
    result.x.forEach((v, i) => expect(Math.abs(v - quadraticCenter[i]!)).toBeLessThan(1e-7));
    expect(result.iterations).toBeLessThan(20);
  });
  it('shrinks the step out of a region where f is NaN', () => {
    const result = minimizeBfgs(logBarrier, [10, 10]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 5);
    expect(result.x[1]).toBeCloseTo(1 / 3, 5);
    expect(result.value).toBeCloseTo(logBarrierMinimum, 10);
  });
  it('treats +Infinity like NaN', () => {
    const f = (x: Float64Array) => (x[0]! <= 0 ? Number.POSITIVE_INFINITY : x[0]! - Math.log(x[0]!));
    const result = minimizeBfgs(f, [20]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
  });
  it('reports converged: false when the iteration cap is hit', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 5 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(5);
    expect(result.message).toMatch(/maximum/);
  });
  it('reports converged: false, without throwing, at a start where f is not finite', () => {
    const result = minimizeBfgs(logBarrier, [-1, 1]);
    expect(result.converged).toBe(false);
    expect(result.message).toMatch(/starting point/);
    expect(minimizeBfgs(() => 0, []).converged).toBe(false);
  });
  it('reports converged: false when no step decreases f (unbounded linear function with a wall)', () => {
    // f decreases towards the wall at x = 1 where it becomes undefined: no Wolfe point exists near the end.
    const f = (x: Float64Array) => (x[0]! >= 1 ? Number.NaN : -1 / (1 - x[0]!));
    const result = minimizeBfgs(f, [0], { maxIterations: 500 });
    expect(result.converged).toBe(false);
  });
  it('never modifies x0', () => {
    const x0 = Object.freeze([-1.2, 1]);
    minimizeBfgs(rosenbrock, x0, { maxIterations: 3 });
    expect(x0).toEqual([-1.2, 1]);
  });
  it('recovers the closed-form normal MLE (mean, log sd) of 5000 seeded draws to 1e-6, from a likelihood of size ~1e4', () => {
    const random = createRandom(31);
    const data = Array.from({ length: 5000 }, () => sampleNormal(random, 120, 35));
    const mu = data.reduce((a, b) => a + b, 0) / data.length;
    const sd = Math.sqrt(data.reduce((s, x) => s + (x - mu) ** 2, 0) / data.length);
    const negativeLogLikelihood = (theta: Float64Array) => {
      const m = theta[0]!;
      const logSigma = theta[1]!;
      let s = 0;
      for (const x of data) s += 0.5 * ((x - m) / Math.exp(logSigma)) ** 2 + logSigma;
      return s;
    };
    const result = minimizeBfgs(negativeLogLikelihood, [100, 3]);
    expect(result.converged).toBe(true);
    expect(Math.abs(result.x[0]! - mu)).toBeLessThan(1e-6 * mu);
    expect(Math.abs(Math.exp(result.x[1]!) - sd)).toBeLessThan(1e-6 * sd);
  });
});
