import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numericalHessian } from '../../../src/core/optimize/numericalHessian';
import { rosenbrock } from './functions';

/** Analytic Hessian of the 2-d Rosenbrock function. */
function rosenbrockHessian(a: number, b: number): number[][] {
  return [
    [1200 * a * a - 400 * b + 2, -400 * a],
    [-400 * a, 200],
  ];
}

/** f(x, y, z) = exp(x) y² + sin(z) x + ln(1 + y²) z, with its analytic Hessian. */
function mixed(x: Float64Array): number {
  return Math.exp(x[0]!) * x[1]! ** 2 + Math.sin(x[2]!) * x[0]! + Math.log(1 + x[1]! ** 2) * x[2]!;
}
function mixedHessian(x: number, y: number, z: number): number[][] {
  const e = Math.exp(x);
  const d = 1 + y * y;
  return [
    [e * y * y, 2 * e * y, Math.cos(z)],
    [2 * e * y, 2 * e + (z * 2 * (1 - y * y)) / (d * d), (2 * y) / d],
    [Math.cos(z), (2 * y) / d, -Math.sin(z) * x],
  ];
}

function expectClose(actual: number[][], expected: number[][], tolerance: number): void {
  const scale = Math.max(1, ...expected.flat().map(Math.abs));
  actual.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - expected[i]![j]!)).toBeLessThan(tolerance * scale)));
}

describe('numericalHessian', () => {
  it('matches the documented example', () => {
    expect(numericalHessian((x) => x[0]! ** 2 * x[1]! + Math.exp(x[1]!), [1, 0])).toEqual([
      [0, 2],
      [2, 0.9999999925494194],
    ]);
  });
  it('agrees with the analytic Rosenbrock Hessian to 1e-6 relative (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (a, b) => {
        expectClose(numericalHessian(rosenbrock, [a, b]), rosenbrockHessian(a, b), 1e-6);
      }),
    );
  });
  it('agrees with an analytic 3-d Hessian with mixed terms to 1e-6 (property), and is symmetric', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (x, y, z) => {
          const H = numericalHessian(mixed, [x, y, z]);
          expectClose(H, mixedHessian(x, y, z), 1e-6);
          for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(H[i]![j]).toBe(H[j]![i]);
        },
      ),
    );
  });
  it('uses a relative step: the second derivative of ln x at x = 1e5 (−1e-10) is right to 1e-6 relative', () => {
    const h = numericalHessian((x) => Math.log(x[0]!), [1e5])[0]![0]!;
    expect(h * 1e10).toBeCloseTo(-1, 6);
  });
  it('gives NaN entries where f is not finite, without throwing', () => {
    const H = numericalHessian((x) => (x[0]! > 0 ? Number.NaN : x[0]! ** 2 + x[1]! ** 2), [0, 0]);
    expect(H[0]![0]).toBeNaN();
    expect(H[1]![1]).toBeCloseTo(2, 6);
  });
});
