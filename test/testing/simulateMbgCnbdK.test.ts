import { describe, expect, it } from 'vitest';
import { mbgCnbdK } from '../../src/clv/mbgCnbdK/index';
import { simulateMbgCnbdK } from '../../src/testing/simulateMbgCnbdK';
import { errorOf } from '../errorOf';

const params = { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 };

describe('simulateMbgCnbdK', () => {
  it('is reproducible from its seed and gives valid MBG/CNBD-k customers', () => {
    const one = simulateMbgCnbdK(3, params, { customers: 500, seed: 4, T: 52, birthWindow: 26 });
    expect(simulateMbgCnbdK(3, params, { customers: 500, seed: 4, T: 52, birthWindow: 26 })).toEqual(one);
    expect(simulateMbgCnbdK(3, params, { customers: 500, seed: 5, T: 52, birthWindow: 26 })).not.toEqual(one);
    for (const c of one) {
      expect(c.recency).toBeLessThanOrEqual(c.T);
      if (c.frequency === 0) expect([c.recency, c.litt]).toEqual([0, 0]);
      else expect(c.litt!).toBeLessThanOrEqual(c.frequency * Math.log(c.recency / c.frequency) + 1e-9);
    }
    // Every record is accepted by the model's own checks (litt included).
    expect(mbgCnbdK(3).logLikelihoodOf(params, one).every(Number.isFinite)).toBe(true);
  });

  it('matches the model: mean repeat purchases by a common age equal E[X(t)] within Monte-Carlo error', () => {
    for (const k of [1, 3]) {
      const n = 20_000;
      const data = simulateMbgCnbdK(k, params, { customers: n, seed: 9, T: 30, birthWindow: 0 });
      const mean = data.reduce((s, c) => s + c.frequency, 0) / n;
      const sd = Math.sqrt(data.reduce((s, c) => s + (c.frequency - mean) ** 2, 0) / (n - 1));
      expect(Math.abs(mean - mbgCnbdK(k).expectedPurchases(params, 30))).toBeLessThan(4 * (sd / Math.sqrt(n)));
    }
  });

  it('refuses a bad k', () => {
    expect(errorOf(() => simulateMbgCnbdK(0, params, { customers: 1, seed: 1, T: 1 })).code).toBe('INVALID_ARGUMENT');
  });
});
