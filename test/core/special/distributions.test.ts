// Reference values: test/fixtures/special/{normalCdf,normalQuantile,studentTCdf,studentTQuantile}.json,
// written by scripts/fixtures/special.py (mpmath 1.3, 50 digits: ncdf, √2·erfinv(2p − 1), the t CDF from
// betainc, the t quantile by 400 bisection steps on it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/core/special/normalCdf';
import { normalQuantile } from '../../../src/core/special/normalQuantile';
import { studentTCdf } from '../../../src/core/special/studentTCdf';
import { studentTQuantile } from '../../../src/core/special/studentTQuantile';
import { loadSpecialFixture, scaledError } from './fixture';

describe('normalCdf and normalQuantile', () => {
  it('normalCdf matches mpmath within 1e-14 relative down to the subnormal range', () => {
    for (const [x, expected] of loadSpecialFixture('normalCdf').cases) {
      if (expected === null) continue;
      const actual = normalCdf(x as number);
      if (expected < 1e-300) expect(Math.abs(actual - expected), `x=${x}`).toBeLessThan(1e-320);
      else expect(scaledError(actual, expected, 1e-300), `x=${x}`).toBeLessThanOrEqual(1e-14);
    }
  });

  it('normalQuantile matches mpmath within 1e-14 relative', () => {
    for (const [p, expected] of loadSpecialFixture('normalQuantile').cases) {
      expect(scaledError(normalQuantile(p as number), expected as number, 1e-300), `p=${p}`).toBeLessThanOrEqual(1e-14);
    }
  });

  it('are inverse to each other and symmetric', () => {
    // Above 0, Φ(x) is rounded to a multiple of 2^-53, which moves the quantile by up to 1.1e-16 / φ(x).
    const density = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    fc.assert(
      fc.property(fc.double({ min: -37, max: 7, noNaN: true }), (x) =>
        Math.abs(normalQuantile(normalCdf(x)) - x) <= 1e-13 * Math.max(1, Math.abs(x)) + (x > 0 ? 1.2e-16 / density(x) : 0),
      ),
    );
    fc.assert(fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => Math.abs(normalCdf(x) + normalCdf(-x) - 1) <= 2.3e-16));
  });

  it('handle the edges', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });
});

describe('studentTCdf and studentTQuantile', () => {
  it('studentTCdf matches mpmath within 1e-12 for df ≤ 1e4 (2e-9 at df = 1e7, see remarks)', () => {
    for (const [t, df, expected] of loadSpecialFixture('studentTCdf').cases) {
      if (expected === null || expected < 1e-300) continue;
      const limit = (df as number) > 1e5 ? 2e-9 : 1e-12;
      expect(scaledError(studentTCdf(t as number, df as number), expected, 1e-300), `t=${t} df=${df}`).toBeLessThanOrEqual(limit);
    }
  });

  it('studentTQuantile matches mpmath within 1e-13 relative (absolute 1e-20 at p = ½)', () => {
    for (const [p, df, expected] of loadSpecialFixture('studentTQuantile').cases) {
      // At p = ½ the bisection reference is 0 to 1e-24; the exact answer is 0.
      if (p === 0.5) {
        expect(studentTQuantile(p, df as number)).toBe(0);
        continue;
      }
      expect(scaledError(studentTQuantile(p as number, df as number), expected as number, 1e-20), `p=${p} df=${df}`).toBeLessThanOrEqual(1e-13);
    }
  });

  it('reduces to Cauchy at df = 1 and to the normal at df = ∞', () => {
    expect(studentTCdf(-1, 1)).toBeCloseTo(0.25, 15);
    expect(studentTCdf(1.5, Number.POSITIVE_INFINITY)).toBe(normalCdf(1.5));
    expect(studentTQuantile(0.75, 1)).toBeCloseTo(1, 15);
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBe(normalQuantile(0.975));
    // df = 2: F(t) = ½ + t / (2√(2 + t²))
    expect(studentTCdf(3, 2)).toBeCloseTo(0.5 + 3 / (2 * Math.sqrt(11)), 15);
  });

  it('are inverse to each other', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-10, max: 1 - 1e-10, noNaN: true }), fc.double({ min: 0.3, max: 500, noNaN: true }), (p, df) => {
        const t = studentTQuantile(p, df);
        return Math.abs(studentTCdf(t, df) - p) <= 1e-13 * Math.min(p, 1 - p) + 1e-16;
      }),
    );
  });

  it('handle the edges', () => {
    expect(studentTCdf(0, 3)).toBe(0.5);
    expect(studentTCdf(Number.POSITIVE_INFINITY, 3)).toBe(1);
    expect(studentTCdf(1, 0)).toBeNaN();
    expect(studentTCdf(Number.NaN, 3)).toBeNaN();
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0, 3)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1.2, 3)).toBeNaN();
    expect(studentTQuantile(0.3, -1)).toBeNaN();
  });
});
