// Reference values: test/fixtures/satisfaction/reference.json, written by scripts/fixtures/satisfaction.py
// (numpy.cov alpha, scipy.stats.f.ppf for the Feldt 1965 interval, alpha recomputed without each item,
// numpy.corrcoef item-rest correlations) on seeded 60 × 5 answers stored in the fixture.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../src/satisfaction/cronbachAlpha';
import reference from '../fixtures/satisfaction/reference.json';

const ref = reference.cronbach;

describe('cronbachAlpha', () => {
  it('matches the numpy/scipy reference (alpha, standardised, Feldt, if-deleted, item-rest)', () => {
    const r = cronbachAlpha(ref.items);
    expect(r.alpha).toBeCloseTo(ref.alpha, 12);
    expect(r.standardizedAlpha).toBeCloseTo(ref.standardizedAlpha, 12);
    expect(r.interval.lower).toBeCloseTo(ref.lower95, 11);
    expect(r.interval.upper).toBeCloseTo(ref.upper95, 11);
    const r90 = cronbachAlpha(ref.items, { confidenceLevel: 0.9 });
    expect(r90.interval.lower).toBeCloseTo(ref.lower90, 11);
    expect(r90.interval.upper).toBeCloseTo(ref.upper90, 11);
    r.alphaIfItemDeleted.forEach((a, j) => expect(a).toBeCloseTo(ref.alphaIfItemDeleted[j] as number, 12));
    r.itemRestCorrelations.forEach((c, j) => expect(c).toBeCloseTo(ref.itemRestCorrelations[j] as number, 12));
    expect(r.k).toBe(5);
    expect(r.n).toBe(60);
  });

  it('hand case: three items, five respondents', () => {
    // Item variances 2.5, 2.3, 1.5; total variance 17.3: alpha = 1.5 · (1 − 6.3/17.3) = 0.953757...
    const r = cronbachAlpha([
      [1, 2, 3, 4, 5],
      [2, 2, 3, 5, 5],
      [1, 3, 3, 4, 4],
    ]);
    expect(r.alpha).toBeCloseTo(1.5 * (1 - 6.3 / 17.3), 14);
    expect(r.itemVariances).toEqual([2.5, expect.closeTo(2.3, 14), 1.5]);
    expect(r.alphaIfItemDeleted[0]).toBeCloseTo(2 * (1 - 3.8 / 6.8), 13);
  });

  it('two items: alpha-if-deleted is null; weights of ones change nothing', () => {
    const items = [
      [1, 2, 4, 5, 3],
      [2, 2, 5, 4, 3],
    ];
    const r = cronbachAlpha(items);
    expect(r.alphaIfItemDeleted).toEqual([null, null]);
    const w = cronbachAlpha(items, { weights: [1, 1, 1, 1, 1] });
    expect(w.alpha).toBeCloseTo(r.alpha, 13);
    expect(w.interval.lower).toBeCloseTo(r.interval.lower, 11);
  });

  it('properties: invariant to respondent order and to a common affine rescaling; interval brackets alpha', () => {
    const arb = fc.array(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 3, maxLength: 3 }), { minLength: 4, maxLength: 30 });
    fc.assert(
      fc.property(arb, (rows) => {
        const items = [0, 1, 2].map((j) => rows.map((r) => r[j] as number));
        const totals = rows.map((r) => r.reduce((a, b) => a + b, 0));
        const varTotal = totals.reduce((s, t) => s + (t - totals.reduce((a, b) => a + b, 0) / totals.length) ** 2, 0);
        if (varTotal === 0) return;
        const r = cronbachAlpha(items);
        const reversed = cronbachAlpha(items.map((c) => [...c].reverse()));
        expect(reversed.alpha).toBeCloseTo(r.alpha, 10);
        const scaled = cronbachAlpha(items.map((c) => c.map((v) => 10 * v - 3)));
        expect(scaled.alpha).toBeCloseTo(r.alpha, 10);
        expect(r.interval.lower).toBeLessThanOrEqual(r.alpha + 1e-12);
        expect(r.interval.upper).toBeGreaterThanOrEqual(r.alpha - 1e-12);
        expect(r.alpha).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { numRuns: 100 },
    );
  });

  it('integer weights equal replicated respondents for alpha', () => {
    const items = [
      [1, 2, 4, 5, 3],
      [2, 2, 5, 4, 3],
      [1, 3, 4, 5, 2],
    ];
    const weighted = cronbachAlpha(items, { weights: [3, 1, 1, 2, 1] });
    const replicated = cronbachAlpha(items.map((c) => [c[0], c[0], c[0], c[1], c[2], c[3], c[3], c[4]] as number[]));
    expect(weighted.alpha).toBeCloseTo(replicated.alpha, 13);
    expect(weighted.alphaIfItemDeleted[1]).toBeCloseTo(replicated.alphaIfItemDeleted[1] as number, 13);
    expect(weighted.effectiveSampleSize).toBeCloseTo(64 / 16, 13);
  });

  it('errors', () => {
    expect(() => cronbachAlpha([[1, 2, 3]])).toThrow(/at least 2 items/);
    expect(() => cronbachAlpha([[1, 2], [1, Number.NaN]])).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`cronbachAlpha\`: \`items[1][1]\` must be a finite number, got NaN]`);
    expect(() => cronbachAlpha([[1, 1], [2, 2]])).toThrow(/zero variance/);
  });
});
