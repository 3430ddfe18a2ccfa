/**
 * adaptiveLogIntegral: globally adaptive Gauss–Kronrod 7/15 in log space. Closed forms: ∫ of polynomials
 * (the 15-point Kronrod rule is exact to degree 22), of exponentials of any size, of a spike far narrower
 * than the range, and the derivative ∂ ln I/∂θ of ∫_0^1 e^{−θx} dx = (1 − e^{−θ})/θ.
 */
import { describe, expect, it } from 'vitest';
import { adaptiveLogIntegral } from '../../../src/clv/internal/adaptiveLogIntegral';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('adaptiveLogIntegral', () => {
  it('integrates polynomials up to degree 22 exactly on one interval', () => {
    for (const k of [0, 1, 7, 22]) {
      const value = Math.exp(adaptiveLogIntegral((x) => k * Math.log(x), [0, 1], 2, undefined, 0));
      expect(rel(value, 1 / (k + 1))).toBeLessThan(1e-14);
    }
  });

  it('neither underflows nor overflows: ∫_0^1 e^{±5000 − x} dx', () => {
    const exact = Math.log(-Math.expm1(-1));
    expect(Math.abs(adaptiveLogIntegral((x) => -5000 - x, [0, 1], 2, undefined, 0) - (-5000 + exact))).toBeLessThan(1e-12);
    expect(Math.abs(adaptiveLogIntegral((x) => 5000 - x, [0, 1], 2, undefined, 0) - (5000 + exact))).toBeLessThan(1e-12);
  });

  it('finds a decay a thousand times shorter than the range, from one starting interval', () => {
    // ∫_0^10 e^{−1000x} dx = (1 − e^{−10000})/1000
    expect(Math.abs(adaptiveLogIntegral((x) => -1000 * x, [0, 10], 2, undefined, 0) + Math.log(1000))).toBeLessThan(1e-9);
  });

  it('returns −∞ for an empty range and the sum over break points otherwise', () => {
    expect(adaptiveLogIntegral((x) => x, [1, 1], 2, undefined, 0)).toBe(Number.NEGATIVE_INFINITY);
    const value = Math.exp(adaptiveLogIntegral((x) => Math.log(Math.abs(x - 0.3) + 1e-300), [0, 0.3, 1], 3, undefined, 0));
    expect(rel(value, 0.3 ** 2 / 2 + 0.7 ** 2 / 2)).toBeLessThan(1e-13);
  });

  it('gives ∂ ln I/∂θ as the integrand-weighted mean of ∂ ln f/∂θ', () => {
    for (const theta of [0.1, 3, 40]) {
      const g = new Float64Array(1);
      const value = adaptiveLogIntegral(
        (x, gradient) => {
          if (gradient !== undefined) gradient[0] = -x;
          return -theta * x;
        },
        [0, 1],
        2,
        g,
        1,
      );
      expect(rel(Math.exp(value), -Math.expm1(-theta) / theta)).toBeLessThan(1e-12);
      expect(rel(g[0]!, Math.exp(-theta) / -Math.expm1(-theta) - 1 / theta)).toBeLessThan(1e-10);
    }
  });
});
