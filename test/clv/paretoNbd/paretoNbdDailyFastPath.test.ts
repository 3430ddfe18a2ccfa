/**
 * The Pareto/NBD likelihood on daily data (few distinct `(x, t_x)`, `(x, T)` pairs): `I = G(t_x) − G(T)`
 * from chained per-pair quadratures, one logarithm per row from per-pair scaled exponentials, and the
 * gradient from per-pair sums. Reference: the exact per-row path. A data set of one row has two pairs for
 * one row, which `paretoPairIndex` declines, so `logLikelihood` and `logLikelihoodGradient` of each row
 * alone integrate that row directly; their weighted sums are the reference value and gradient.
 */
import { describe, expect, it } from 'vitest';
import { paretoPairIndex } from '../../../src/clv/internal/paretoPairIndex';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import type { CompressedData, RfmCustomer } from '../../../src/clv/types';
import { simulateParetoNbd } from '../../../src/testing/simulateParetoNbd';
import { roundToWholeDays } from '../shared/roundToWholeDays';

/** One data set per row, each with that row's weight. */
function singleRows(data: CompressedData): CompressedData[] {
  return Array.from({ length: data.rows }, (_, i) => ({
    columns: {
      frequency: Float64Array.of(data.columns.frequency![i]!),
      recency: Float64Array.of(data.columns.recency![i]!),
      T: Float64Array.of(data.columns.T![i]!),
    },
    weights: Float64Array.of(data.weights[i]!),
    rows: 1,
    total: data.weights[i]!,
  }));
}

/** Reference value and gradient by the exact per-row path, with the sums of magnitudes as scales. */
function exactPerRow(p: { r: number; alpha: number; s: number; beta: number }, rows: readonly CompressedData[]) {
  let value = 0;
  let valueScale = 0;
  const gradient = [0, 0, 0, 0];
  const gradientScale = [0, 0, 0, 0];
  for (const row of rows) {
    const v = paretoNbd.logLikelihood(p, row);
    value += v;
    valueScale += Math.abs(v);
    const g = paretoNbd.logLikelihoodGradient(p, row);
    for (let j = 0; j < 4; j++) {
      gradient[j]! += g[j]!;
      gradientScale[j]! += Math.abs(g[j]!);
    }
  }
  return { value, valueScale, gradient, gradientScale };
}

// 40,000 customers observed daily over 120 days (~12,000 rows, ~2,500 pairs), plus rows that push the fast path to its exits:
// - T = 3650 (ten years) makes M = max T large, so that G(T) > 0.99 G(t_x) for rows with t_x = T − 1
//   (cancellation: those rows are integrated directly);
// - x = 2000 at t_x = 1 sets a large scale m_x for that frequency, against which the row with
//   t_x = 300, T = 365 underflows (S < 1e-290: the exact per-row path);
// - x = 5000 and 3000, rows with t_x = T, and x = 0;
// - a pair (x, M) at x = 400 (G = 0 there) and, at x = 2, pairs spread from 40 to 3640 days (a chain of
//   G over a range far wider than a double's, summed against a running scale);
// and weights that are not counts (2.5, 0.25) besides the counts of compression.
const base = roundToWholeDays(simulateParetoNbd({ r: 0.55, alpha: 10, s: 0.6, beta: 12 }, { customers: 40000, seed: 21, T: 120, birthWindow: 119 }));
const stress: RfmCustomer[] = [
  { frequency: 1, recency: 3000, T: 3650 },
  ...[30, 120, 250, 364].flatMap((T) => [1, 3, 12].map((x) => ({ frequency: x, recency: T - 1, T }))),
  { frequency: 2000, recency: 1, T: 365 },
  { frequency: 2000, recency: 300, T: 365 },
  { frequency: 5000, recency: 100, T: 365 },
  { frequency: 5000, recency: 364, T: 365 },
  { frequency: 3000, recency: 200, T: 200 },
  { frequency: 7, recency: 50, T: 50 },
  { frequency: 0, recency: 0, T: 3650 },
  { frequency: 400, recency: 3600, T: 3650 },
  ...Array.from({ length: 90 }, (_, i) => ({ frequency: 2, recency: 40 * (i + 1), T: 40 * (i + 1) + 20 })),
];
const compressed = paretoNbd.compress([...base, ...stress], 'test');
const weights = Float64Array.from(compressed.weights, (w, i) => (i % 7 === 3 ? w * 2.5 : i % 11 === 5 ? w * 0.25 : w));
const data: CompressedData = { ...compressed, weights, total: weights.reduce((sum, w) => sum + w, 0) };
const rows = singleRows(data);
const customers = Array.from({ length: data.rows }, (_, i) => ({
  frequency: data.columns.frequency![i]!,
  recency: data.columns.recency![i]!,
  T: data.columns.T![i]!,
}));
const stressRows = customers.flatMap((c, i) =>
  stress.some((t) => t.frequency === c.frequency && t.recency === c.recency && t.T === c.T) ? [i] : [],
);

// gradientTolerance: relative to the sum of the rows' gradient magnitudes. At two extreme points the pair
// decomposition's own derivative integrals (chained, not per row) differ from the per-row ones by more than
// 1e-10: the implementation before the single-log rows differed from the same reference by −2.5e-8 (all
// parameters 1e4) and 6.4e-10 (r = α = 1e-3, s = β = 1e3), as this one does.
const params = [
  { r: 0.55, alpha: 10, s: 0.6, beta: 12, gradientTolerance: 1e-10 },
  { r: 2, alpha: 30, s: 3, beta: 5, gradientTolerance: 1e-10 },
  { r: 0.2, alpha: 500, s: 0.3, beta: 2, gradientTolerance: 1e-10 },
  { r: 1e-4, alpha: 1e-4, s: 1e-4, beta: 1e-4, gradientTolerance: 1e-10 },
  { r: 1e4, alpha: 1e4, s: 1e4, beta: 1e4, gradientTolerance: 1e-7 },
  { r: 1e-4, alpha: 1e4, s: 1e4, beta: 1e-4, gradientTolerance: 1e-10 },
  { r: 1e4, alpha: 1e-4, s: 1e-4, beta: 1e4, gradientTolerance: 1e-10 },
  { r: 1e-3, alpha: 1e-3, s: 1e3, beta: 1e3, gradientTolerance: 1e-8 },
  { r: 3, alpha: 0.05, s: 0.02, beta: 400, gradientTolerance: 1e-10 },
];

describe('paretoNbd likelihood on daily data against the exact per-row path', () => {
  it('uses the pair decomposition on these data', () => {
    expect(paretoPairIndex(data)).not.toBeNull();
    expect(paretoPairIndex(rows[0]!)).toBeNull();
  });

  it.each(params)('value agrees to 1e-10, gradient to its tolerance, both finite at %o', ({ gradientTolerance, ...p }) => {
    const value = paretoNbd.logLikelihood(p, data);
    const gradient = paretoNbd.logLikelihoodGradient(p, data);
    const reference = exactPerRow(p, rows);
    expect(Number.isFinite(value)).toBe(true);
    expect(Math.abs(value - reference.value)).toBeLessThan(1e-10 * reference.valueScale);
    for (let j = 0; j < 4; j++) {
      expect(Number.isFinite(gradient[j]!)).toBe(true);
      expect(Math.abs(gradient[j]! - reference.gradient[j]!)).toBeLessThan(gradientTolerance * reference.gradientScale[j]!);
    }
    // The same total from the public per-customer log-likelihood.
    const perCustomer = paretoNbd.logLikelihoodOf(p, customers).reduce((sum, v, i) => sum + v * data.weights[i]!, 0);
    expect(Math.abs(value - perCustomer)).toBeLessThan(1e-10 * reference.valueScale);
  });

  it.each(params.slice(0, 3).concat(params[8]!))('the analytic gradient matches central differences at %o', ({ gradientTolerance: _, ...p }) => {
    const gradient = paretoNbd.logLikelihoodGradient(p, data);
    const { gradientScale } = exactPerRow(p, rows);
    (['r', 'alpha', 's', 'beta'] as const).forEach((name, j) => {
      const h = 1e-5;
      const numeric =
        (paretoNbd.logLikelihood({ ...p, [name]: p[name] * Math.exp(h) }, data) -
          paretoNbd.logLikelihood({ ...p, [name]: p[name] * Math.exp(-h) }, data)) /
        (2 * h);
      expect(Math.abs(gradient[j]! - numeric)).toBeLessThan(1e-7 * gradientScale[j]!);
    });
  });

  // A few wrong rows are invisible in a total of 12,000 rows; the likelihood is linear in the weights, so
  // an extra weight of 1e8 on one row and a difference of totals isolate that row's value and gradient as
  // the fast path computes them (to ~1e-15), to compare with the row alone.
  it.each(params)('each stress row agrees with the row alone at %o', ({ gradientTolerance: _, ...p }) => {
    const HEAVY = 1e8;
    const base = paretoNbd.logLikelihood(p, data);
    const baseGradient = paretoNbd.logLikelihoodGradient(p, data);
    expect(stressRows.length).toBe(stress.length);
    for (const i of stressRows) {
      const heavyWeights = Float64Array.from(data.weights);
      heavyWeights[i] = heavyWeights[i]! + HEAVY;
      const heavy: CompressedData = { ...data, weights: heavyWeights, total: data.total + HEAVY };
      const alone: CompressedData = { ...rows[i]!, weights: Float64Array.of(1), total: 1 };
      const value = (paretoNbd.logLikelihood(p, heavy) - base) / HEAVY;
      const reference = paretoNbd.logLikelihood(p, alone);
      expect(Math.abs(value - reference)).toBeLessThan(1e-10 * Math.max(1, Math.abs(reference)));
      const gradient = paretoNbd.logLikelihoodGradient(p, heavy);
      const referenceGradient = paretoNbd.logLikelihoodGradient(p, alone);
      for (let j = 0; j < 4; j++) {
        const g = (gradient[j]! - baseGradient[j]!) / HEAVY;
        expect(Math.abs(g - referenceGradient[j]!)).toBeLessThan(1e-9 * Math.max(1, Math.abs(referenceGradient[j]!)));
      }
    }
  });
});
