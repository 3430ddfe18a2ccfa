// Issue 12, item 1: predictions finite and right over the promised range (frequencies 0..10,000, t_x 0..T,
// T 1e-3..1e4, parameters 1e-4..1e4, horizons 0..1e4).
// Reference values: test/fixtures/clv/btyd_extremes_reference.json, written by
// scripts/fixtures/btyd_extremes_reference.py with mpmath at 50 digits (the reproducers R1-R6, R17 of the
// issue and a seeded random sample of the range). The full grid is swept by scripts/extremes-grid.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import { mbgNbd } from '../../../src/clv/mbgNbd/index';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import type { RfmCustomer } from '../../../src/clv/types';

type Row = [string, string, number, number, number, number, number, number, number, number, number];
const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/clv/btyd_extremes_reference.json', import.meta.url)), 'utf8'),
) as { provenance: string; cases: Row[] };

/** Relative tolerance against the 50-digit values (absolute for probabilities). */
const TOLERANCE = 1e-9;
/** Allowed fall of a prediction that must not fall as the horizon grows: rounding only. */
const ROUNDING = 1e-12;

const models = { bgNbd, mbgNbd, paretoNbd } as const;

function predict(row: Row): number {
  const [model, quantity, p1, p2, p3, p4, frequency, recency, T, t] = row;
  const customer: RfmCustomer = { frequency, recency, T };
  if (model === 'paretoNbd') {
    const params = { r: p1, alpha: p2, s: p3, beta: p4 };
    if (quantity === 'conditionalExpectedPurchases') return paretoNbd.conditionalExpectedPurchases(params, customer, t);
    if (quantity === 'discountedExpectedResidualTransactions') return paretoNbd.discountedExpectedResidualTransactions(params, customer, t);
    return paretoNbd.probabilityNoPurchase(params, customer, t);
  }
  const m = models[model as 'bgNbd' | 'mbgNbd'];
  const params = { r: p1, alpha: p2, a: p3, b: p4 };
  return quantity === 'expectedPurchases' ? m.expectedPurchases(params, t) : m.conditionalExpectedPurchases(params, customer, t);
}

describe('BTYD predictions at the edges of the range agree with mpmath (50 digits)', () => {
  it(`within ${TOLERANCE} (relative; absolute for probabilities) at all ${fixture.cases.length} reference points`, () => {
    expect(fixture.cases.length).toBeGreaterThan(250);
    for (const row of fixture.cases) {
      const expected = row[10];
      const actual = predict(row);
      const error = row[1] === 'probabilityNoPurchase' ? Math.abs(actual - expected) : Math.abs(actual - expected) / Math.abs(expected);
      expect(expected === 0 ? actual === 0 : error <= TOLERANCE, `${row.slice(0, 10).join(', ')}: ${actual}, mpmath ${expected}`).toBe(true);
    }
  });

  it('R1-R3: expected purchases of a new customer (were 94 % low, 1e15 too high, negative)', () => {
    const r1 = [1, 10, 52].map((t) => bgNbd.expectedPurchases({ r: 1, alpha: 1, a: 100, b: 1e-4 }, t));
    expect(Math.abs((r1[2] as number) / 0.98113304762813240516 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(mbgNbd.expectedPurchases({ r: 1e4, alpha: 1e-4, a: 1e-4, b: 1 }, 1e-6) / 99.957567607517 - 1)).toBeLessThan(1e-11);
    expect(Math.abs(bgNbd.expectedPurchases({ r: 1e10, alpha: 4.414, a: 0.793, b: 2.426 }, 39) / 1731.3614066546315 - 1)).toBeLessThan(1e-11);
  });

  it('R5: conditional expected purchases rise with the horizon (they fell from 111.08 to 105.93)', () => {
    const c = { frequency: 1000, recency: 1, T: 1 };
    const p = { r: 1e-4, alpha: 1e-4, a: 100, b: 1e4 };
    const [h1, h52] = [1, 52].map((t) => bgNbd.conditionalExpectedPurchases(p, c, t)) as [number, number];
    expect(h52).toBeGreaterThan(h1);
    expect(Math.abs(h52 / 111.1010101 - 1)).toBeLessThan(1e-9);
    // The curve and the weighted sum share the kernel.
    const curve = bgNbd.conditionalExpectedPurchasesCurve(p, [c], [1, 52]);
    expect(Math.abs((curve[1]?.[0] as number) / h52 - 1)).toBeLessThan(1e-12);
  });

  it('R6: Pareto/NBD DERT is consistent with its own expected purchases when s/beta is large', () => {
    const p = { r: 1, alpha: 1e-4, s: 1e4, beta: 0.01 };
    const c = { frequency: 1e4, recency: 1, T: 1 };
    expect(Math.abs(paretoNbd.discountedExpectedResidualTransactions(p, c, 1) / 1.00999898 - 1)).toBeLessThan(1e-8);
  });
});

/** A seeded uniform generator (mulberry32), so the sampled grid is the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('on a sampled grid of the range', () => {
  const random = generator(12);
  const logUniform = (lo: number, hi: number) => Math.exp(Math.log(lo) + random() * (Math.log(hi) - Math.log(lo)));
  const horizons = [0, 1e-3, 0.5, 1, 52, 1000, 1e4];
  const cases = Array.from({ length: 60 }, () => {
    const p = [0, 0, 0, 0].map(() => logUniform(1e-4, 1e4)) as [number, number, number, number];
    const frequency = [0, 1, 3, 40, 700, 10_000][Math.floor(random() * 6)] as number;
    const T = logUniform(1e-3, 1e4);
    const recency = frequency === 0 ? 0 : T * [0, 0.5, 1][Math.floor(random() * 3)]!;
    return { p, customer: { frequency, recency, T } };
  });

  it('expected purchases are finite, non-negative and rise with the horizon; probabilities lie in [0, 1]', () => {
    for (const { p, customer } of cases) {
      const [r, alpha, a, b] = p;
      const checks: [string, (t: number) => number, boolean][] = [
        ['bgNbd.conditionalExpectedPurchases', (t) => bgNbd.conditionalExpectedPurchases({ r, alpha, a, b }, customer, t), true],
        ['mbgNbd.conditionalExpectedPurchases', (t) => mbgNbd.conditionalExpectedPurchases({ r, alpha, a, b }, customer, t), true],
        ['bgNbd.expectedPurchases', (t) => bgNbd.expectedPurchases({ r, alpha, a, b }, t), true],
        ['mbgNbd.expectedPurchases', (t) => mbgNbd.expectedPurchases({ r, alpha, a, b }, t), true],
        ['paretoNbd.conditionalExpectedPurchases', (t) => paretoNbd.conditionalExpectedPurchases({ r, alpha, s: a, beta: b }, customer, t), true],
        ['paretoNbd.expectedPurchases', (t) => paretoNbd.expectedPurchases({ r, alpha, s: a, beta: b }, t), true],
        ['bgNbd.probabilityNoPurchase', (t) => bgNbd.probabilityNoPurchase({ r, alpha, a, b }, customer, t), false],
        ['paretoNbd.probabilityNoPurchase', (t) => paretoNbd.probabilityNoPurchase({ r, alpha, s: a, beta: b }, customer, t), false],
      ];
      for (const [name, f, rising] of checks) {
        let previous = rising ? 0 : 1;
        for (const t of horizons) {
          const v = f(t);
          const where = `${name} ${JSON.stringify(p)} ${JSON.stringify(customer)} t=${t}: ${v} after ${previous}`;
          expect(Number.isFinite(v) && v >= 0, where).toBe(true);
          if (rising) expect(v >= previous * (1 - ROUNDING), where).toBe(true);
          else expect(v <= 1 && v <= previous + ROUNDING, where).toBe(true);
          previous = v;
        }
      }
      for (const alive of [
        bgNbd.probabilityAlive({ r, alpha, a, b }, customer),
        mbgNbd.probabilityAlive({ r, alpha, a, b }, customer),
        paretoNbd.probabilityAlive({ r, alpha, s: a, beta: b }, customer),
      ]) {
        expect(alive >= 0 && alive <= 1, `${JSON.stringify(p)} ${JSON.stringify(customer)}: ${alive}`).toBe(true);
      }
    }
  });
});
