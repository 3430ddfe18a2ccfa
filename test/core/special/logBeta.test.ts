// Reference values: test/fixtures/special/logBeta.json, written by scripts/fixtures/special.py
// (mpmath 1.3, 50 digits): a log-uniform on [1e-4, 1e4], b log-uniform on [1e-4, 1e10], plus small a with
// b ∈ {1e6, 1e8, 1e10}.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logBeta } from '../../../src/core/special/logBeta';
import { logGamma } from '../../../src/core/special/logGamma';
import { loadSpecialFixture, scaledError } from './fixture';

describe('logBeta', () => {
  it('matches mpmath within 1e-13 relative', () => {
    const fixture = loadSpecialFixture('logBeta');
    for (const [a, b, expected] of fixture.cases) {
      expect(scaledError(logBeta(a as number, b as number), expected as number, 1e-3), `a=${a} b=${b}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('gives the closed forms B(2, 3) = 1/12 and B(½, ½) = π', () => {
    expect(scaledError(logBeta(2, 3), -Math.log(12))).toBeLessThan(1e-15);
    expect(scaledError(logBeta(0.5, 0.5), Math.log(Math.PI))).toBeLessThan(1e-15);
  });

  it('is symmetric and satisfies B(a, b) = B(a + 1, b) + B(a, b + 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (a, b) => {
        const v = logBeta(a, b);
        const sum = Math.log(Math.exp(logBeta(a + 1, b) - v) + Math.exp(logBeta(a, b + 1) - v));
        // Each log-beta carries about |v| ulp of absolute error, so the identity holds to that.
        return logBeta(b, a) === v && Math.abs(sum) <= 1e-14 + 1e-15 * Math.abs(v);
      }),
    );
  });

  it('equals lnΓ(a) + lnΓ(b) − lnΓ(a + b) where that is well conditioned', () => {
    expect(scaledError(logBeta(3.5, 7.25), logGamma(3.5) + logGamma(7.25) - logGamma(10.75))).toBeLessThan(1e-14);
  });

  it('returns NaN for non-positive shapes and −∞ for an infinite one', () => {
    expect(logBeta(0, 1)).toBeNaN();
    expect(logBeta(1, -2)).toBeNaN();
    expect(logBeta(Number.NaN, 1)).toBeNaN();
    expect(logBeta(1, Number.POSITIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });
});
