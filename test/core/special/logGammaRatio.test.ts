// Reference values: test/fixtures/special/logGammaRatio.json, written by scripts/fixtures/special.py
// (mpmath 1.3, 50 digits): x log-uniform on [1e-3, 1e10] × a ∈ {1e-8, 1e-3, 0.5, 1, 2.5, 10, 100, 1e4, −x/2}.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../src/core/special/logGamma';
import { logGammaRatio } from '../../../src/core/special/logGammaRatio';
import { loadSpecialFixture, scaledError } from './fixture';

describe('logGammaRatio', () => {
  it('matches mpmath within 1e-13 relative (absolute below 1e-3)', () => {
    const fixture = loadSpecialFixture('logGammaRatio');
    expect(fixture.cases.length).toBeGreaterThan(500);
    for (const [x, a, expected] of fixture.cases) {
      expect(scaledError(logGammaRatio(x as number, a as number), expected as number, 1e-3), `x=${x} a=${a}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('keeps the digits the naive difference loses at x = 1e10', () => {
    // mpmath: loggamma(1e10 + 0.5) − loggamma(1e10) = 11.512925464957728...
    expect(scaledError(logGammaRatio(1e10, 0.5), 11.512925464957728)).toBeLessThan(1e-15);
    const naive = logGamma(1e10 + 0.5) - logGamma(1e10);
    expect(Math.abs(naive - 11.512925464957728)).toBeGreaterThan(1e-6);
  });

  it('agrees with the plain difference of log-gammas for moderate arguments', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }), (x, a) => {
        const direct = logGamma(x + a) - logGamma(x);
        return Math.abs(logGammaRatio(x, a) - direct) <= 1e-13 * Math.max(1, Math.abs(logGamma(x + a)), Math.abs(logGamma(x)));
      }),
    );
  });

  it('is antisymmetric: ratio(x, a) = −ratio(x + a, −a)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (x, a) => {
        const forward = logGammaRatio(x, a);
        return Math.abs(forward + logGammaRatio(x + a, -a)) <= 1e-12 * Math.max(1, Math.abs(forward));
      }),
    );
  });

  it('returns 0 for a = 0 and NaN outside the domain', () => {
    expect(logGammaRatio(5, 0)).toBe(0);
    expect(logGammaRatio(0, 1)).toBeNaN();
    expect(logGammaRatio(1, -1)).toBeNaN();
    expect(logGammaRatio(Number.POSITIVE_INFINITY, 1)).toBeNaN();
    expect(logGammaRatio(1, Number.NaN)).toBeNaN();
  });
});
