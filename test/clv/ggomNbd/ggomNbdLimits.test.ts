/**
 * Gamma-Gompertz/NBD limits and identities (Bemmaor & Glady 2012):
 * - b → 0 with beta = b·β_P: the lifetime survival (β/(β+e^{bt}−1))^s tends to Pareto/NBD's (β_P/(β_P+t))^s,
 *   so every quantity tends to Pareto/NBD's (Schmittlein, Morrison & Colombo 1987), with an error O(b);
 * - beta = 1: S(t) = e^{−sbt}, an exponential lifetime with the one rate μ = s·b for everyone, so
 *   E[X(t)] = (r/α)(1 − e^{−μt})/μ in closed form;
 * - E[X(t)] = (r/α)[S(t)·t + ∫_0^t τ f(τ) dτ] (the form of Bemmaor & Glady's Matlab code, used by
 *   CLVTools), checked by plain Gauss–Legendre quadrature;
 * - P(alive) = 1 when recency = T, and DERT equals ∫ e^{−δu} dE[Y(u)] summed from the conditional expectation.
 */
import { describe, expect, it } from 'vitest';
import { ggomNbd } from '../../../src/clv/ggomNbd/index';
import { errorOf } from '../../hardening/errorOf';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import { integrate } from '../../../src/core/integrate/integrate';

const pareto = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
const customers = [
  { frequency: 0, recency: 0, T: 38.86 },
  { frequency: 2, recency: 30.43, T: 38.86 },
  { frequency: 50, recency: 5, T: 70 },
];

function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
}

describe('ggomNbd → Pareto/NBD as b → 0 with beta/b fixed', () => {
  const at = (b: number) => ({ r: pareto.r, alpha: pareto.alpha, b, s: pareto.s, beta: pareto.beta * b });

  it('log-likelihood, P(alive), E[Y(39)], DERT and E[X(t)] converge linearly in b', () => {
    const measures: ((p: ReturnType<typeof at>) => number)[] = [
      (p) => ggomNbd.logLikelihoodOf(p, customers[1]!) - paretoNbd.logLikelihoodOf(pareto, customers[1]!),
      (p) => ggomNbd.logLikelihoodOf(p, customers[2]!) - paretoNbd.logLikelihoodOf(pareto, customers[2]!),
      (p) => ggomNbd.probabilityAlive(p, customers[0]!) - paretoNbd.probabilityAlive(pareto, customers[0]!),
      (p) => ggomNbd.conditionalExpectedPurchases(p, customers[1]!, 39) - paretoNbd.conditionalExpectedPurchases(pareto, customers[1]!, 39),
      (p) =>
        ggomNbd.discountedExpectedResidualTransactions(p, customers[1]!, 0.01) -
        paretoNbd.discountedExpectedResidualTransactions(pareto, customers[1]!, 0.01),
      (p) => ggomNbd.expectedPurchases(p, 52) - paretoNbd.expectedPurchases(pareto, 52),
    ];
    for (const measure of measures) {
      const e1 = Math.abs(measure(at(1e-5)));
      const e2 = Math.abs(measure(at(1e-7)));
      expect(e2).toBeLessThan(1e-5);
      // O(b): a hundredfold smaller b gives a (nearly) hundredfold smaller difference.
      expect(e2 / e1).toBeGreaterThan(0.005);
      expect(e2 / e1).toBeLessThan(0.02);
    }
  });
});

describe('ggomNbd identities', () => {
  const regimes = [
    { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 },
    { r: 1.2, alpha: 5, b: 0.05, s: 1.5, beta: 3 },
    { r: 0.6, alpha: 4, b: 0.08, s: 0.7, beta: 0.5 },
  ];

  it('beta = 1 gives an exponential lifetime with rate s·b: E[X(t)] = (r/α)(1 − e^{−sbt})/(sb)', () => {
    for (const p of [
      { r: 0.5, alpha: 4, b: 0.1, s: 0.6, beta: 1 },
      { r: 2, alpha: 1, b: 3, s: 2, beta: 1 },
    ]) {
      const mu = p.s * p.b;
      for (const t of [0.5, 10, 100]) {
        expect(relativeError(ggomNbd.expectedPurchases(p, t), ((p.r / p.alpha) * -Math.expm1(-mu * t)) / mu)).toBeLessThan(1e-12);
      }
    }
  });

  it('E[X(t)] equals (r/α)[S(t) t + ∫_0^t τ f(τ) dτ] by plain Gauss–Legendre', () => {
    for (const p of regimes) {
      for (const t of [1, 39, 78]) {
        const density = (tau: number) =>
          p.b * p.s * Math.pow(p.beta, p.s) * Math.exp(p.b * tau) * Math.pow(p.beta + Math.expm1(p.b * tau), -(p.s + 1));
        const survival = Math.pow(p.beta / (p.beta + Math.expm1(p.b * t)), p.s);
        // The density has a scale beta/b near 0 (0.13 weeks for the first regime): split the range there.
        const edge = Math.min(t, (20 * p.beta) / p.b);
        const moment = integrate((tau) => tau * density(tau), 0, edge, 400) + (edge < t ? integrate((tau) => tau * density(tau), edge, t, 400) : 0);
        expect(relativeError(ggomNbd.expectedPurchases(p, t), (p.r / p.alpha) * (survival * t + moment))).toBeLessThan(1e-9);
      }
    }
  });

  it('P(alive) = 1 when recency = T, and conditional expectations are 0 at t = 0', () => {
    for (const p of regimes) {
      expect(ggomNbd.probabilityAlive(p, { frequency: 3, recency: 20, T: 20 })).toBe(1);
      expect(ggomNbd.conditionalExpectedPurchases(p, customers[1]!, 0)).toBe(0);
      expect(ggomNbd.expectedPurchases(p, 0)).toBe(0);
    }
  });

  it('DERT equals the continuously discounted increments of E[Y(t)]', () => {
    for (const p of regimes) {
      const delta = 0.05;
      const c = customers[1]!;
      // ∫_0^∞ e^{−δu} dE[Y(u)] = δ ∫_0^∞ e^{−δu} E[Y(u)] du, the integral on [0, 1000] (e^{−50} beyond).
      const value = delta * integrate((u) => Math.exp(-delta * u) * ggomNbd.conditionalExpectedPurchases(p, c, u), 0, 1000, 200);
      expect(relativeError(ggomNbd.discountedExpectedResidualTransactions(p, c, delta), value)).toBeLessThan(1e-8);
    }
  });
});

describe('ggomNbd: frequencies past 2^53 − 1', () => {
  // Issue 12: logLikelihoodOf gave NaN at a frequency of 1e308 (x ln x overflows); a count past 2^53 is
  // not exact in float64, so every member refuses it, naming itself and the field.
  const params = { r: 0.55, alpha: 10.6, b: 0.05, s: 0.6, beta: 0.5 };
  it.each(['logLikelihoodOf', 'probabilityAlive', 'conditionalExpectedPurchases'])('%s refuses 2^53 and 1e308 and stays finite at 2^53 − 1', (member) => {
    const call = (frequency: number): unknown =>
      (ggomNbd as unknown as Record<string, (...a: unknown[]) => unknown>)[member]!(params, { frequency, recency: 30, T: 39 }, 10);
    for (const frequency of [2 ** 53, 1e308]) {
      const e = errorOf(() => call(frequency));
      expect([e.code, e.fn, e.argument, e.value]).toEqual(['INVALID_ARGUMENT', `ggomNbd.${member}`, 'customer.frequency', frequency]);
      expect(e.message).toContain('must be at most 2^53 − 1');
    }
    expect(Number.isFinite(call(2 ** 53 - 1))).toBe(true);
  });
});
