import { expect } from 'vitest';

/**
 * Assert that the sample mean and variance of `draws` lie within `z` standard errors of the truth.
 * The standard error of the sample variance is `σ² √((κ − (n − 3)/(n − 1)) / n)` with `κ` the kurtosis
 * (E(X−μ)⁴/σ⁴).
 */
export function expectMoments(draws: Float64Array, mean: number, variance: number, kurtosis: number, z = 5): void {
  const n = draws.length;
  let m = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const x = draws[i] as number;
    const d = x - m;
    m += d / (i + 1);
    s += d * (x - m);
  }
  const sampleVariance = s / (n - 1);
  const seMean = Math.sqrt(variance / n);
  expect(Math.abs(m - mean)).toBeLessThanOrEqual(z * seMean + 1e-15 * Math.abs(mean));
  const seVariance = variance * Math.sqrt((kurtosis - (n - 3) / (n - 1)) / n);
  expect(Math.abs(sampleVariance - variance)).toBeLessThanOrEqual(z * seVariance + 1e-12 * variance);
}

/** Kolmogorov–Smirnov statistic √n · D of the draws against a continuous CDF. */
export function ksStatistic(draws: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(draws).sort();
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i] as number);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return Math.sqrt(n) * d;
}

/** 0.1 % critical value of √n · D (asymptotic Kolmogorov distribution). */
export const KS_CRITICAL_001 = 1.9495;

/** Fill an array with `n` draws. */
export function draw(n: number, sampler: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sampler();
  return out;
}

/** Standard normal CDF by the composite Simpson rule on [0, |x|] (2000 panels, error < 1e-12): test-only. */
export function standardNormalCdf(x: number): number {
  const a = Math.abs(x);
  const m = 2000;
  const h = a / m;
  let s = 0;
  for (let i = 0; i <= m; i++) {
    const w = i === 0 || i === m ? 1 : i % 2 === 1 ? 4 : 2;
    s += w * Math.exp(-0.5 * (i * h) ** 2);
  }
  const half = (s * h) / 3 / Math.sqrt(2 * Math.PI);
  return x >= 0 ? 0.5 + half : 0.5 - half;
}

/**
 * Pearson chi-square statistic of integer draws against a pmf, pooling cells with expected count < 5 into
 * their neighbours at the ends; returns the statistic and the degrees of freedom.
 */
export function chiSquareDiscrete(draws: Float64Array, pmf: (k: number) => number, maxK: number): { statistic: number; df: number } {
  const n = draws.length;
  const counts = new Array<number>(maxK + 2).fill(0);
  for (const x of draws) counts[Math.min(x, maxK + 1)]! += 1;
  const expected = counts.map((_, k) => (k <= maxK ? n * pmf(k) : 0));
  let tail = n;
  for (let k = 0; k <= maxK; k++) tail -= expected[k]!;
  expected[maxK + 1] = Math.max(tail, 0);
  // Pool into cells of expected count ≥ 5.
  const cellsObserved: number[] = [];
  const cellsExpected: number[] = [];
  let o = 0;
  let e = 0;
  for (let k = 0; k < counts.length; k++) {
    o += counts[k]!;
    e += expected[k]!;
    if (e >= 5) {
      cellsObserved.push(o);
      cellsExpected.push(e);
      o = 0;
      e = 0;
    }
  }
  if (cellsObserved.length > 0) {
    cellsObserved[cellsObserved.length - 1]! += o;
    cellsExpected[cellsExpected.length - 1]! += e;
  }
  let statistic = 0;
  for (let i = 0; i < cellsObserved.length; i++) statistic += (cellsObserved[i]! - cellsExpected[i]!) ** 2 / cellsExpected[i]!;
  return { statistic, df: cellsObserved.length - 1 };
}

/**
 * Upper 0.01 % point of chi-square (slightly conservative): exact for df 1–2, otherwise Wilson–Hilferty plus 1 %,
 * which lies 1–4 % above scipy.stats.chi2.ppf(0.9999, df) for df 3–100 (checked with scipy 1.17).
 */
export function chiSquareCritical9999(df: number): number {
  const exact: Record<number, number> = { 1: 15.137, 2: 18.421 };
  if (exact[df] !== undefined) return exact[df]!;
  const z = 3.719;
  return df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3 * 1.01;
}
