/**
 * bgBbPredictionIntervals. Reference: a brute-force computation of the same definition (for each draw of
 * `drawParameters` with the same seed, the bgBb functions per customer at the drawn parameters; then the
 * type-7 quantiles of `core/stats/quantile` per customer and of the per-draw totals), which the engine
 * (one evaluation per distinct history, blocks, selection) must reproduce exactly up to rounding.
 * Coverage: 30 simulated panels, the nominal 90 % interval of the total expected purchases holds the
 * truth within a binomial band. Rejections, order independence, errors. The bootstrap: the same
 * brute-force reference over refits on customers resampled by hand (one `createRandom(seed)` pick per
 * customer), and a weighted row standing for its customers exactly as expanded rows do.
 */
import { describe, expect, it } from 'vitest';
import { bgBb } from '../../../src/clv/bgBb/index';
import type { BgBbParams } from '../../../src/clv/bgBb/index';
import { bgBbPredictionIntervals } from '../../../src/clv/bgBbPredictionIntervals';
import { drawParameters } from '../../../src/clv/drawParameters';
import { fitModel } from '../../../src/clv/fitModel';
import { createRandom } from '../../../src/core/random/createRandom';
import { quantile } from '../../../src/core/stats/quantile';
import { simulateBgBb } from '../../../src/testing/simulateBgBb';
import { errorOf } from '../../errorOf';

const truth: BgBbParams = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
const value = { discountRate: 0.1, marginPerPurchase: 20 };

function panel(customers: number, seed: number, opportunities = 6) {
  return simulateBgBb(truth, { customers, opportunities, seed }).map((c, i) => ({ customerId: `d${String(i).padStart(4, '0')}`, frequency: c.frequency, recency: c.recency, n: c.n }));
}

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

describe('bgBbPredictionIntervals', () => {
  const customers = panel(600, 3);
  const fit = fitModel(bgBb, customers);

  it('equals the brute-force quantiles of the per-customer predictions over the same draws', () => {
    const draws = 300;
    const r = bgBbPredictionIntervals(fit, customers, { horizon: 5, value, draws, seed: 9 });
    const p = drawParameters(fit, { draws, seed: 9 });
    const at = (d: number): BgBbParams => ({ alpha: p.columns.alpha[d]!, beta: p.columns.beta[d]!, gamma: p.columns.gamma[d]!, delta: p.columns.delta[d]! });
    const perDraw = Array.from({ length: draws }, (_, d) => ({
      alive: bgBb.probabilityAlive(at(d), customers),
      expected: bgBb.conditionalExpectedPurchases(at(d), customers, 5),
      clv: bgBb.discountedExpectedResidualPurchases(at(d), customers, 0.1).map((v) => 20 * v),
    }));
    const sum = (v: number[]) => v.reduce((s, x) => s + x, 0);
    for (const q of ['alive', 'expected', 'clv'] as const) {
      const key = q === 'alive' ? 'probabilityAlive' : q === 'expected' ? 'expectedPurchases' : 'clv';
      for (const i of [0, 1, 17, 400, 599]) {
        const row = r.rows.find((x) => x.customerId === customers[i]!.customerId)![key]!;
        const values = perDraw.map((d) => d[q][i]!);
        close(row.lower, quantile(values, 0.05));
        close(row.upper, quantile(values, 0.95));
      }
      const totals = perDraw.map((d) => sum(d[q]));
      const total = r.totals[key]!;
      expect(Math.abs(total.lower - quantile(totals, 0.05))).toBeLessThanOrEqual(1e-9 * Math.abs(total.lower));
      expect(Math.abs(total.upper - quantile(totals, 0.95))).toBeLessThanOrEqual(1e-9 * Math.abs(total.upper));
    }
    // Estimates are the model functions at the fitted parameters.
    const alive0 = bgBb.probabilityAlive(fit.params, customers);
    for (const i of [0, 5, 599]) close(r.rows.find((x) => x.customerId === customers[i]!.customerId)!.probabilityAlive!.estimate, alive0[i]!);
    close(r.totals.probabilityAlive!.estimate, sum(alive0));
  });

  it('is keyed by customer id, reproducible, and independent of input order; probabilities stay in [0, 1]', () => {
    const a = bgBbPredictionIntervals(fit, customers, { horizon: 3, draws: 200, seed: 4 });
    const shuffled = [...customers].reverse();
    const b = bgBbPredictionIntervals(fit, shuffled, { horizon: 3, draws: 200, seed: 4 });
    expect(b.rows).toEqual(a.rows);
    expect(a.rows.map((r) => r.customerId)).toEqual([...customers.map((c) => c.customerId)].sort());
    expect(a.settings).toMatchObject({ model: 'bgBb', quantities: ['probabilityAlive', 'expectedPurchases'], horizon: 3, draws: 200, seed: 4, level: 0.9 });
    for (const row of a.rows) {
      expect(row.clv).toBeNull();
      const p = row.probabilityAlive!;
      expect(0 <= p.lower && p.lower <= p.upper && p.upper <= 1).toBe(true);
      expect(row.expectedPurchases!.lower).toBeLessThanOrEqual(row.expectedPurchases!.upper);
    }
    const input = bgBbPredictionIntervals(fit, shuffled, { draws: 50, seed: 4, order: 'input' });
    expect(input.rows.map((r) => r.customerId)).toEqual(shuffled.map((c) => c.customerId));
  });

  it('reports invalid and duplicated customers with the field and reason, and scores the rest; inputs are not mutated', () => {
    const rows = [
      { customerId: 'a', frequency: 2, recency: 1, n: 6 },
      { customerId: 'b', frequency: 1, recency: 3, n: 6 },
      { customerId: 'b', frequency: 0, recency: 0, n: 6 },
      { customerId: 'c', frequency: 3, recency: 5, n: 6 },
      { customerId: ' ', frequency: 0, recency: 0, n: 6 },
    ];
    const copy = structuredClone(rows);
    const r = bgBbPredictionIntervals(fit, rows, { draws: 20, seed: 1 });
    expect(rows).toEqual(copy);
    expect(r.rows.map((x) => x.customerId)).toEqual(['c']);
    expect(r.rejected.map((x) => [x.index, x.field])).toEqual([
      [0, 'recency'],
      [1, 'customerId'],
      [2, 'customerId'],
      [4, 'customerId'],
    ]);
    expect(r.rejected[0]!.reason).toContain('at least frequency');
  });

  it('refuses what it cannot do, naming the argument and the rule', () => {
    expect(errorOf(() => bgBbPredictionIntervals({ ...fit, model: 'bgNbd' } as never, customers)).message).toContain('fit.model');
    expect(errorOf(() => bgBbPredictionIntervals(fit, customers, { quantities: ['expectedPurchases'] })).message).toContain('options.horizon');
    expect(errorOf(() => bgBbPredictionIntervals(fit, customers, { quantities: ['clv'] })).message).toContain('options.value');
    expect(errorOf(() => bgBbPredictionIntervals(fit, customers, { value: { discountRate: 0, marginPerPurchase: 1 } })).message).toContain('options.value.discountRate');
    expect(errorOf(() => bgBbPredictionIntervals(fit, customers, { draws: 1 })).message).toContain('options.draws');
    expect(errorOf(() => bgBbPredictionIntervals(fit, customers, { horizon: 2.5 })).message).toContain('options.horizon');
    expect(errorOf(() => bgBbPredictionIntervals(fit, [])).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => bgBbPredictionIntervals(fit, [{ customerId: 'x', frequency: 7, recency: 7, n: 6 }])).code).toBe('EMPTY_INPUT');
  });

  it('covers the true total expected purchases about 90 % of the time over 30 simulated panels', () => {
    let covered = 0;
    const R = 30;
    for (let s = 0; s < R; s++) {
      const data = panel(800, 100 + s);
      const f = fitModel(bgBb, data);
      const r = bgBbPredictionIntervals(f, data, { horizon: 5, quantities: ['expectedPurchases'], draws: 400, seed: s });
      const total = bgBb.conditionalExpectedPurchases(truth, data, 5).reduce((a, b) => a + b, 0);
      if (r.totals.expectedPurchases!.lower <= total && total <= r.totals.expectedPurchases!.upper) covered++;
    }
    // 0.9 − 3 √(0.09 / 30) = 0.74: at least 22 of 30 (intervals of zero or a tenth of the width fail).
    expect(covered).toBeGreaterThanOrEqual(22);
  });

  describe("method: 'bootstrap'", () => {
    const data = panel(300, 21);
    const f = fitModel(bgBb, data);

    it('equals brute-force refits on the customers resampled by hand, quantile for quantile', () => {
      const draws = 12;
      const r = bgBbPredictionIntervals(f, data, { horizon: 4, method: 'bootstrap', draws, seed: 5 });
      const random = createRandom(5);
      const n = data.length;
      const refits: BgBbParams[] = [];
      for (let b = 0; b < draws; b++) {
        const counts = new Array<number>(n).fill(0);
        for (let k = 0; k < n; k++) counts[Math.floor(random.next() * n)]! += 1;
        const rows = data.flatMap((c, i) => (counts[i]! > 0 ? [{ frequency: c.frequency, recency: c.recency, n: c.n, weight: counts[i]! }] : []));
        refits.push(fitModel(bgBb, rows, { start: f.params }).params);
      }
      for (const i of [0, 7, 150, 299]) {
        const c = data[i]!;
        const row = r.rows.find((x) => x.customerId === c.customerId)!;
        const alive = refits.map((p) => bgBb.probabilityAlive(p, [c])[0]!);
        const expected = refits.map((p) => bgBb.conditionalExpectedPurchases(p, [c], 4)[0]!);
        close(row.probabilityAlive!.lower, quantile(alive, 0.05));
        close(row.probabilityAlive!.upper, quantile(alive, 0.95));
        close(row.expectedPurchases!.lower, quantile(expected, 0.05));
        close(row.expectedPurchases!.upper, quantile(expected, 0.95));
      }
      const totals = refits.map((p) => bgBb.conditionalExpectedPurchases(p, data, 4).reduce((a, b) => a + b, 0));
      expect(Math.abs(r.totals.expectedPurchases!.lower - quantile(totals, 0.05))).toBeLessThanOrEqual(1e-9 * r.totals.expectedPurchases!.lower);
      expect(Math.abs(r.totals.expectedPurchases!.upper - quantile(totals, 0.95))).toBeLessThanOrEqual(1e-9 * r.totals.expectedPurchases!.upper);
      for (const name of ['alpha', 'beta', 'gamma', 'delta'] as const) {
        close(r.parameters[name]!.lower, quantile(refits.map((p) => p[name]), 0.05));
      }
      expect(r.settings).toMatchObject({ method: 'bootstrap', draws, seed: 5, held: [] });
      expect(r.settings.bootstrapNotConverged).toBeGreaterThanOrEqual(0);
      // Reproducible from the seed; another seed gives other refits.
      expect(bgBbPredictionIntervals(f, data, { horizon: 4, method: 'bootstrap', draws, seed: 5 })).toEqual(r);
      expect(bgBbPredictionIntervals(f, data, { horizon: 4, method: 'bootstrap', draws, seed: 6 }).parameters).not.toEqual(r.parameters);
    });

    it('resamples customers, not rows: a row of weight w draws as w expanded rows', () => {
      const groups = new Map<string, { frequency: number; recency: number; n: number; weight: number }>();
      for (const c of data) {
        const key = `${c.frequency},${c.recency},${c.n}`;
        const g = groups.get(key);
        if (g === undefined) groups.set(key, { frequency: c.frequency, recency: c.recency, n: c.n, weight: 1 });
        else g.weight += 1;
      }
      const compressed = [...groups.values()].map((g, i) => ({ customerId: `h${String(i).padStart(2, '0')}`, ...g }));
      const expanded = compressed.flatMap((g) => Array.from({ length: g.weight }, (_, k) => ({ customerId: `${g.customerId}-${String(k).padStart(3, '0')}`, frequency: g.frequency, recency: g.recency, n: g.n })));
      const options = { method: 'bootstrap', draws: 12, seed: 3, order: 'input' } as const;
      const a = bgBbPredictionIntervals(f, compressed, options).parameters;
      const b = bgBbPredictionIntervals(f, expanded, options).parameters;
      for (const name of ['alpha', 'beta', 'gamma', 'delta'] as const) {
        expect(Math.abs(a[name]!.lower - b[name]!.lower)).toBeLessThanOrEqual(1e-6 * b[name]!.lower);
        expect(Math.abs(a[name]!.upper - b[name]!.upper)).toBeLessThanOrEqual(1e-6 * b[name]!.upper);
      }
    });

    it('refuses a weight that is not a whole number of customers, naming the input row', () => {
      const bad = data.slice(0, 20).map((c, i) => (i === 13 ? { ...c, weight: 1.5 } : c));
      const e = errorOf(() => bgBbPredictionIntervals(f, bad, { method: 'bootstrap', draws: 2 }));
      expect(e.message).toContain('customers[13].weight');
      expect(e.message).toContain('whole number of customers');
      expect(errorOf(() => bgBbPredictionIntervals(f, data, { method: 'jackknife' as never })).message).toContain('options.method');
    });
  });
});
