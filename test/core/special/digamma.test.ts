// Reference values: test/fixtures/special/{digamma,trigamma}.json, written by scripts/fixtures/special.py
// (mpmath 1.3, 50 digits): x log-uniform on [1e-300, 1e10], plus the positive zero of ψ
// (1.4616321449683623...) and its neighbours at ±2^-40 relative.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digamma } from '../../../src/core/special/digamma';
import { logGamma } from '../../../src/core/special/logGamma';
import { trigamma } from '../../../src/core/special/trigamma';
import { loadSpecialFixture, scaledError } from './fixture';

describe('digamma', () => {
  it('matches mpmath within 1e-13 relative, including at its zero', () => {
    const fixture = loadSpecialFixture('digamma');
    let worst = 0;
    for (const [x, expected] of fixture.cases) {
      const error = scaledError(digamma(x as number), expected as number, 1e-300);
      worst = Math.max(worst, error);
      expect(error, `x = ${x}`).toBeLessThanOrEqual(1e-13);
    }
    expect(worst).toBeLessThan(2e-15); // measured 2.3e-16
  });

  it('gives −γ at 1 and satisfies ψ(x + 1) = ψ(x) + 1/x', () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 16);
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (x) => {
        const lhs = digamma(x + 1);
        return Math.abs(lhs - digamma(x) - 1 / x) <= 1e-13 * Math.max(1, Math.abs(lhs), 1 / x);
      }),
    );
  });

  it('is the derivative of logGamma (central difference)', () => {
    for (const x of [0.3, 1.7, 4.2, 33, 1200]) {
      const h = 1e-5 * x;
      const numeric = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
      expect(Math.abs(numeric - digamma(x))).toBeLessThan(1e-7 * Math.max(1, Math.abs(digamma(x))));
    }
  });

  it('handles the edges', () => {
    expect(digamma(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(digamma(-1)).toBeNaN();
    expect(digamma(Number.NaN)).toBeNaN();
    expect(digamma(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('trigamma', () => {
  it('matches mpmath within 1e-13 relative', () => {
    const fixture = loadSpecialFixture('trigamma');
    for (const [x, expected] of fixture.cases) {
      // null: ψ′(x) ≈ 1/x² beyond the double range (x below 1e-154), where trigamma returns ∞.
      if (expected === null) expect(trigamma(x as number)).toBe(Number.POSITIVE_INFINITY);
      else expect(scaledError(trigamma(x as number), expected, 1e-300), `x = ${x}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('gives π²/6 at 1, π²/2 at ½, and is the derivative of digamma', () => {
    expect(trigamma(1)).toBeCloseTo((Math.PI * Math.PI) / 6, 15);
    expect(trigamma(0.5)).toBeCloseTo((Math.PI * Math.PI) / 2, 14);
    for (const x of [0.3, 1.7, 4.2, 33, 1200]) {
      const h = 1e-5 * x;
      const numeric = (digamma(x + h) - digamma(x - h)) / (2 * h);
      expect(Math.abs(numeric / trigamma(x) - 1)).toBeLessThan(1e-7);
    }
  });

  it('handles the edges', () => {
    expect(trigamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(trigamma(-0.5)).toBeNaN();
    expect(trigamma(Number.POSITIVE_INFINITY)).toBe(0);
  });
});
