// Tests of the log-space helpers logSumExp, logAddExp, logSubExp, log1pExp, log1mExp, expit and logit.
// Reference values are exact identities (ln 0.75, ln 3, ...) or closed forms evaluated in double precision;
// mpmath 1.3 gives log1mExp(-1e-20) = -46.051701859880913680 and log1pExp(-1e-20)... = 1e-20.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expit } from '../../../src/core/special/expit';
import { log1mExp } from '../../../src/core/special/log1mExp';
import { log1pExp } from '../../../src/core/special/log1pExp';
import { logAddExp } from '../../../src/core/special/logAddExp';
import { logit } from '../../../src/core/special/logit';
import { logSubExp } from '../../../src/core/special/logSubExp';
import { logSumExp } from '../../../src/core/special/logSumExp';

const close = (actual: number, expected: number, tolerance: number) =>
  Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));

describe('logSumExp', () => {
  it('does not overflow and handles the special cases', () => {
    expect(logSumExp([1000, 1000, 1000])).toBeCloseTo(1000 + Math.log(3), 12);
    expect(logSumExp([])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([1, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
    expect(logSumExp([1, Number.NaN])).toBeNaN();
    expect(logSumExp(new Float64Array([Math.log(0.2), Math.log(0.3)]))).toBeCloseTo(Math.log(0.5), 15);
    expect(logSumExp([-800])).toBe(-800);
  });

  it('matches the naive sum where the naive sum does not overflow', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -300, max: 300, noNaN: true }), { minLength: 1, maxLength: 30 }), (values) => {
        const naive = Math.log(values.reduce((s, v) => s + Math.exp(v), 0));
        return close(logSumExp(values), naive, 1e-13);
      }),
    );
  });

  it('is invariant under a common shift and does not mutate its input', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 20 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), (values, c) => {
        const copy = values.slice();
        const shifted = logSumExp(values.map((v) => v + c));
        return close(shifted, logSumExp(values) + c, 1e-12) && copy.every((v, i) => Object.is(v, values[i]));
      }),
    );
  });

  it('keeps a tiny addend that the naive form would lose', () => {
    // ln(1 + e^-40) = e^-40 − ... ; the naive log(exp(0) + exp(-40)) rounds to 0.
    expect(logSumExp([0, -40])).toBeCloseTo(Math.exp(-40), 30);
    expect(logSumExp([0, -40]) / Math.exp(-40)).toBeCloseTo(1, 14);
  });
});

describe('logAddExp and logSubExp', () => {
  it('give the closed forms', () => {
    expect(logAddExp(Math.log(0.25), Math.log(0.5))).toBeCloseTo(Math.log(0.75), 15);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
    expect(logAddExp(Number.NEGATIVE_INFINITY, 3)).toBe(3);
    expect(logAddExp(Number.POSITIVE_INFINITY, 3)).toBe(Number.POSITIVE_INFINITY);
    expect(logAddExp(Number.NaN, 3)).toBeNaN();
    expect(logSubExp(Math.log(0.75), Math.log(0.25))).toBeCloseTo(Math.log(0.5), 15);
    expect(logSubExp(1000, 999)).toBeCloseTo(999 + Math.log(Math.E - 1), 12);
    expect(logSubExp(2, 2)).toBe(Number.NEGATIVE_INFINITY);
    expect(logSubExp(2, Number.NEGATIVE_INFINITY)).toBe(2);
    expect(logSubExp(1, 2)).toBeNaN();
    expect(logSubExp(Number.NaN, 2)).toBeNaN();
  });

  it('logSubExp inverts logAddExp', () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }), (a, b) => {
        const sum = logAddExp(a, b);
        const back = logSubExp(sum, b);
        // Recovering the smaller term from a much larger sum is ill conditioned; test where it is not.
        return a < b - 30 || close(back, a, 1e-12);
      }),
    );
  });
});

describe('log1pExp and log1mExp', () => {
  it('are accurate at both ends', () => {
    expect(log1pExp(0)).toBe(Math.LN2);
    expect(log1pExp(800)).toBe(800);
    expect(log1pExp(-800)).toBe(0);
    expect(log1pExp(-50)).toBe(Math.exp(-50));
    expect(log1pExp(25)).toBeCloseTo(25 + Math.exp(-25), 14);
    // mpmath: log(1 - exp(-1e-20)) = -46.051701859880913680
    expect(log1mExp(-1e-20)).toBeCloseTo(-46.05170185988091, 13);
    expect(log1mExp(-50)).toBe(-Math.exp(-50));
    expect(log1mExp(Math.log(0.25))).toBeCloseTo(Math.log(0.75), 15);
    expect(log1mExp(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(log1mExp(Number.NEGATIVE_INFINITY)).toBe(-0);
    expect(log1mExp(1e-9)).toBeNaN();
    expect(log1mExp(Number.NaN)).toBeNaN();
  });

  it('log1pExp(x) − log1pExp(−x) = x, and log1mExp matches the naive form where it is well conditioned', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => close(log1pExp(x) - log1pExp(-x), x, 1e-14)),
    );
    fc.assert(fc.property(fc.double({ min: -30, max: -0.1, noNaN: true }), (x) => close(log1mExp(x), Math.log(1 - Math.exp(x)), 1e-13)));
  });
});

describe('expit and logit', () => {
  it('give the closed forms and the limits', () => {
    expect(expit(0)).toBe(0.5);
    expect(expit(Math.log(3))).toBeCloseTo(0.75, 15);
    expect(expit(-800)).toBe(0);
    expect(expit(800)).toBe(1);
    expect(expit(-745)).toBeGreaterThan(0);
    expect(expit(Number.NaN)).toBeNaN();
    expect(logit(0.75)).toBeCloseTo(Math.log(3), 15);
    expect(logit(0.5)).toBe(0);
    expect(logit(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(logit(1)).toBe(Number.POSITIVE_INFINITY);
    expect(logit(-0.1)).toBeNaN();
    expect(logit(1.1)).toBeNaN();
    expect(logit(Number.NaN)).toBeNaN();
  });

  it('expit(logit(p)) = p and logit(expit(x)) = x', () => {
    // exp(y) carries a relative error of about |y| ulp, so the round trip is good to (2 + |logit p|) ulp.
    fc.assert(fc.property(fc.double({ min: 1e-300, max: 1, noNaN: true }), (p) => Math.abs(expit(logit(p)) - p) <= 2.3e-16 * (2 + Math.abs(logit(p))) * p));
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => Math.abs(logit(expit(x)) - x) <= 1e-15 * Math.max(1, Math.abs(x)) * Math.exp(Math.max(0, x))));
  });

  it('expit is the derivative-free complement: expit(x) + expit(−x) = 1', () => {
    fc.assert(fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => Math.abs(expit(x) + expit(-x) - 1) <= 2.3e-16));
  });
});
