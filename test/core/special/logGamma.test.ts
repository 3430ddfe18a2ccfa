// Reference values: test/fixtures/special/logGamma.json, written by scripts/fixtures/special.py
// (mpmath 1.3 at 50 significant digits, exact binary64 inputs): 362 points, log-uniform on
// [1e-300, 1e10] plus 1 ± 10^-k and 2 ± 10^-k (k = 1..15), half-integers and 5e-324.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/core/special/logGamma';
import { loadSpecialFixture, scaledError } from './fixture';

describe('logGamma', () => {
  const fixture = loadSpecialFixture('logGamma');

  it('matches mpmath within 1e-13 relative everywhere, including 1 ± 1e-15 and 2 ± 1e-15', () => {
    expect(fixture.cases.length).toBeGreaterThan(300);
    let worst = 0;
    for (const [x, expected] of fixture.cases) {
      const error = scaledError(logGamma(x as number), expected as number, 1e-300);
      worst = Math.max(worst, error);
      expect(error, `x = ${x}`).toBeLessThanOrEqual(1e-13);
    }
    // Measured 3.4e-16; keep a guard well below the contract so a regression is visible.
    expect(worst).toBeLessThan(2e-15);
  });

  it('is exactly 0 at 1 and 2 and equals ln √π at ½', () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 15);
  });

  it('matches ln((n − 1)!) at the integers', () => {
    let factorial = 1;
    for (let n = 1; n <= 25; n++) {
      expect(scaledError(logGamma(n + 1), Math.log(factorial * n))).toBeLessThan(2e-16 * 4);
      factorial *= n;
    }
  });

  it('satisfies lnΓ(x + 1) = lnΓ(x) + ln x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e8, noNaN: true }), (x) => {
        const lhs = logGamma(x + 1);
        const rhs = logGamma(x) + Math.log(x);
        return Math.abs(lhs - rhs) <= 1e-13 * Math.max(1, Math.abs(lhs), Math.abs(logGamma(x)), Math.abs(Math.log(x)));
      }),
    );
  });

  it('satisfies the reflection-free duplication formula lnΓ(2x) = (2x − 1) ln 2 − ½ ln π + lnΓ(x) + lnΓ(x + ½)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (x) => {
        const lhs = logGamma(2 * x);
        const rhs = (2 * x - 1) * Math.LN2 - 0.5 * Math.log(Math.PI) + logGamma(x) + logGamma(x + 0.5);
        return Math.abs(lhs - rhs) <= 1e-13 * Math.max(1, Math.abs(lhs), 2 * x);
      }),
    );
  });

  it('returns NaN for negative or NaN input and +∞ at the pole 0 and at +∞', () => {
    expect(logGamma(-1)).toBeNaN();
    expect(logGamma(-0.5)).toBeNaN();
    expect(logGamma(Number.NaN)).toBeNaN();
    expect(logGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(logGamma(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
