// Reference values: test/fixtures/special/regularizedIncompleteBeta.json, written by
// scripts/fixtures/special.py (mpmath 1.3, 50 digits, DLMF 8.17.8 summed with positive terms):
// 200 random cases (a, b log-uniform on [1e-2, 1e3], x uniform) and a grid including a = b = 1e4.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from '../../../src/core/special/regularizedIncompleteBeta';
import { loadSpecialFixture } from './fixture';

/** 1e-13 relative (widened by |ln v| ulp for far tails), or 1e-15 absolute (a complement by subtraction). */
const within = (actual: number, expected: number) =>
  (expected === 0 && actual === 0) ||
  Math.abs(actual - expected) <= (1e-13 + 2.3e-16 * Math.abs(Math.log(expected))) * expected + 1e-15;

describe('regularizedIncompleteBeta', () => {
  it('matches mpmath', () => {
    const fixture = loadSpecialFixture('regularizedIncompleteBeta');
    for (const [x, a, b, expected] of fixture.cases) {
      if (expected === null) continue;
      const actual = regularizedIncompleteBeta(x as number, a as number, b as number);
      expect(within(actual, expected), `I_${x}(${a}, ${b}) = ${actual}, expected ${expected}`).toBe(true);
    }
  });

  it('gives the closed forms', () => {
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 15);
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 15);
    // I_x(a, 1) = x^a
    expect(regularizedIncompleteBeta(0.2, 7.5, 1) / Math.pow(0.2, 7.5)).toBeCloseTo(1, 14);
  });

  it('satisfies I_x(a, b) = 1 − I_{1−x}(b, a) and is monotone in x', () => {
    fc.assert(
      fc.property(
        // Dyadic x, so that 1 − x is exact and the identity is tested, not the rounding of 1 − x.
        fc.integer({ min: 0, max: 4096 }).map((k) => k / 4096),
        fc.double({ min: 1e-2, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-2, max: 1e3, noNaN: true }),
        (x, a, b) => {
          const value = regularizedIncompleteBeta(x, a, b);
          const mirrored = 1 - regularizedIncompleteBeta(1 - x, b, a);
          const later = regularizedIncompleteBeta(Math.min(1, x + 1 / 4096), a, b);
          return Math.abs(value - mirrored) <= 1e-13 && later >= value - 1e-15 && value >= 0 && value <= 1;
        },
      ),
    );
  });

  it('returns NaN outside the domain and the limits at 0 and 1', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(-0.1, 2, 3)).toBeNaN();
    expect(regularizedIncompleteBeta(1.1, 2, 3)).toBeNaN();
    expect(regularizedIncompleteBeta(0.5, 0, 3)).toBeNaN();
    expect(regularizedIncompleteBeta(0.5, 2, Number.NaN)).toBeNaN();
  });
});
