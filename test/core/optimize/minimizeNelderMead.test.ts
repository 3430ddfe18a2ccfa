import { describe, expect, it } from 'vitest';
import { minimizeNelderMead } from '../../../src/core/optimize/minimizeNelderMead';
import { logBarrier, logBarrierMinimum, quadratic, quadraticCenter, rosenbrock } from './functions';

describe('minimizeNelderMead', () => {
  it('matches the documented example (Rosenbrock from (−1.2, 1))', () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1]);
    expect(result.x.map((v) => v.toFixed(6))).toEqual(['1.000000', '1.000000']);
    expect(result.converged).toBe(true);
  });
  it('minimises Rosenbrock in 2 dimensions to 1e-6, with an honest result', () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1]);
    for (const v of result.x) expect(Math.abs(v - 1)).toBeLessThan(1e-6);
    expect(result.value).toBeLessThan(1e-12);
    expect(result.value).toBe(rosenbrock(Float64Array.from(result.x)));
    expect(result.gradientNorm).toBeLessThan(1e-5);
    expect(result.evaluations).toBeGreaterThan(result.iterations);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
  it('minimises Rosenbrock in 5 dimensions (adaptive parameters) to 1e-6', () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1, -1.2, 1, -1.2]);
    expect(result.converged).toBe(true);
    for (const v of result.x) expect(Math.abs(v - 1)).toBeLessThan(1e-6);
  });
  it('minimises a 3-d quadratic to 1e-6', () => {
    const result = minimizeNelderMead(quadratic, [0, 0, 0]);
    expect(result.converged).toBe(true);
    result.x.forEach((v, i) => expect(Math.abs(v - quadraticCenter[i]!)).toBeLessThan(1e-6));
    expect(result.value).toBeCloseTo(7, 12);
  });
  it('minimises a 1-d function (classical coefficients)', () => {
    const result = minimizeNelderMead((x) => (x[0]! - 3) ** 2 + 1, [0]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(3, 6);
  });
  it('steps away from a region where f is NaN', () => {
    const result = minimizeNelderMead(logBarrier, [0.01, 0.01], { initialStep: 5 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(2, 5);
    expect(result.x[1]).toBeCloseTo(1 / 3, 5);
    expect(result.value).toBeCloseTo(logBarrierMinimum, 10);
  });
  it('reports converged: false when the iteration cap is hit', () => {
    const result = minimizeNelderMead(rosenbrock, [-1.2, 1], { maxIterations: 10 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(10);
    expect(result.message).toMatch(/maximum/);
  });
  it('reports converged: false when f is undefined everywhere, and does not throw', () => {
    const result = minimizeNelderMead(() => Number.NaN, [1, 2], { maxIterations: 50 });
    expect(result.converged).toBe(false);
    expect(result.value).toBe(Number.POSITIVE_INFINITY);
  });
  it('never modifies x0 and passes f a fresh array each time', () => {
    const x0 = Object.freeze([-1.2, 1]);
    const seen = new Set<Float64Array>();
    minimizeNelderMead(
      (x) => {
        expect(seen.has(x)).toBe(false);
        seen.add(x);
        const v = rosenbrock(x);
        x[0] = 1e9; // the optimiser must not be affected
        return v;
      },
      x0,
      { maxIterations: 20 },
    );
    expect(x0).toEqual([-1.2, 1]);
  });
  it('handles an empty start without throwing', () => {
    expect(minimizeNelderMead(() => 0, []).converged).toBe(false);
  });
});
