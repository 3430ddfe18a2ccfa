import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numericalGradient } from '../../../src/core/optimize/numericalGradient';
import { rosenbrock, rosenbrockGradient } from './functions';

describe('numericalGradient', () => {
  it('matches the documented example', () => {
    const g = numericalGradient((x) => x[0]! ** 2 + 3 * x[0]! * x[1]!, [1, 2]);
    expect(Array.from(g)).toEqual([7.999999999926663, 2.9999999999724984]);
  });
  it('agrees with the analytic Rosenbrock gradient to 1e-7 relative (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 2, maxLength: 6 }), (point) => {
        const x = Float64Array.from(point);
        const numeric = numericalGradient(rosenbrock, x);
        const exact = rosenbrockGradient(x);
        const scale = Math.max(1, ...Array.from(exact, Math.abs));
        numeric.forEach((v, i) => expect(Math.abs(v - exact[i]!)).toBeLessThan(1e-7 * scale));
      }),
    );
  });
  it('uses a relative step: exact to 1e-9 relative for ln at x = 1e6 and 1e-3', () => {
    expect(numericalGradient((x) => Math.log(x[0]!), [1e6])[0]! * 1e6).toBeCloseTo(1, 9);
    expect(numericalGradient((x) => Math.exp(x[0]! * 1000), [0])[0]! / 1000).toBeCloseTo(1, 4);
  });
  it('falls back to a one-sided difference at the edge of the domain, and NaN when nothing is finite', () => {
    const sqrt = (x: Float64Array) => (x[0]! < 1 ? Number.NaN : Math.sqrt(x[0]! - 1) + x[0]!);
    expect(numericalGradient(sqrt, [1 + 1e-12])[0]).toBeGreaterThan(1);
    const linear = (x: Float64Array) => (x[0]! < 0 ? Number.NaN : 2 * x[0]!);
    expect(numericalGradient(linear, [0])[0]).toBeCloseTo(2, 8);
    expect(numericalGradient(() => Number.NaN, [0, 1]).every(Number.isNaN)).toBe(true);
  });
  it('does not modify x', () => {
    const x = Object.freeze([1, 2]);
    numericalGradient((p) => p[0]! * p[1]!, x);
    expect(x).toEqual([1, 2]);
  });
});
