/**
 * simulateBgBb: reproducible by seed; holdout purchases and survival by history agree with the BG/BB closed
 * forms (conditionalExpectedPurchases, probabilityAlive) within Monte-Carlo error (4 standard errors).
 */
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../src/clv/bgBb/index';
import { simulateBgBb } from '../../src/testing/simulateBgBb';

describe('simulateBgBb', () => {
  const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
  it('is reproducible by seed', () => {
    const a = simulateBgBb(params, { customers: 50, opportunities: 6, seed: 9 });
    expect(simulateBgBb(params, { customers: 50, opportunities: 6, seed: 9 })).toEqual(a);
    expect(simulateBgBb(params, { customers: 50, opportunities: 6, seed: 10 })).not.toEqual(a);
  });

  it('holdout purchases and survival agree with the closed-form conditional predictions', () => {
    const data = simulateBgBb(params, { customers: 60_000, opportunities: 6, holdoutOpportunities: 5, seed: 4 });
    const groups = new Map<string, { x: number; tx: number; count: number; future: number; future2: number; alive: number }>();
    for (const c of data) {
      const key = `${c.frequency},${c.recency}`;
      const g = groups.get(key) ?? { x: c.frequency, tx: c.recency, count: 0, future: 0, future2: 0, alive: 0 };
      g.count++;
      g.future += c.holdoutFrequency;
      g.future2 += c.holdoutFrequency ** 2;
      g.alive += c.aliveAtNext ? 1 : 0;
      groups.set(key, g);
    }
    let checked = 0;
    for (const g of groups.values()) {
      if (g.count < 500) continue;
      checked++;
      const customer = { frequency: g.x, recency: g.tx, n: 6 };
      const mean = g.future / g.count;
      const sd = Math.sqrt(Math.max(g.future2 / g.count - mean * mean, 1e-6) / g.count);
      expect(Math.abs(mean - bgBb.conditionalExpectedPurchases(params, customer, 5))).toBeLessThan(4 * sd);
      const p = bgBb.probabilityAlive(params, customer);
      expect(Math.abs(g.alive / g.count - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / g.count) + 1e-9);
    }
    expect(checked).toBeGreaterThan(5);
  });
});
