/**
 * The Gamma-Gamma likelihood summed per frequency (running products of `γ + xm`, no logarithm per row)
 * against the row-by-row formula `gammaGammaRowLogLikelihood` (Fader & Hardie 2013, eq. 3), and its
 * gradient against central differences of that reference, over tiny to huge parameters, huge spends
 * and frequencies, and weights other than 1.
 */
import { describe, expect, it } from 'vitest';
import { compressGammaGamma } from '../../../src/clv/gammaGamma/compressGammaGamma';
import { evaluateGammaGammaLikelihood } from '../../../src/clv/gammaGamma/evaluateGammaGammaLikelihood';
import { gammaGammaRowLogLikelihood } from '../../../src/clv/gammaGamma/gammaGammaRowLogLikelihood';
import type { CompressedData, SpendCustomer } from '../../../src/clv/types';
import { createRandom } from '../../../src/core/random/createRandom';

type P = { p: number; q: number; gamma: number };

/**
 * The reference: Σ w ℓ row by row, with the sum of the magnitudes of the terms of each ℓ as its scale
 * (with huge `px` the terms `px ln x`, `(px−1) ln m`, `(px+q) ln(γ+xm)` cancel to a far smaller `ℓ`, so
 * both ways of summing carry rounding of that size).
 */
function rowByRow(params: P, data: CompressedData): { value: number; scale: number } {
  const x = data.columns['frequency'] as Float64Array;
  const m = data.columns['monetaryValue'] as Float64Array;
  let value = 0;
  let scale = 0;
  for (let k = 0; k < data.rows; k++) {
    const w = data.weights[k] as number;
    const xk = x[k] as number;
    const mk = m[k] as number;
    const px = params.p * xk;
    value += w * gammaGammaRowLogLikelihood(params.p, params.q, params.gamma, xk, mk);
    scale +=
      w *
      (Math.abs(px * Math.log(xk)) +
        Math.abs((px - 1) * Math.log(mk)) +
        Math.abs((px + params.q) * Math.log(params.gamma + xk * mk)) +
        Math.abs(params.q * Math.log(params.gamma)) +
        Math.abs(px * Math.log(px + params.q)) +
        1);
  }
  return { value, scale };
}

function dataSet(seed: number, n: number, maxX: number, spendScale: number, weighted: boolean): CompressedData {
  const u = createRandom(seed).next;
  const rows: SpendCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const frequency = 1 + Math.floor(u() * maxX);
    const monetaryValue = spendScale * Math.exp(4 * u() - 2);
    rows.push(weighted && i % 3 === 0 ? { frequency, monetaryValue, weight: 0.25 + 3 * u() } : { frequency, monetaryValue });
  }
  return compressGammaGamma(rows, 'test');
}

const cases: { name: string; params: P; data: CompressedData }[] = [
  { name: 'CDNOW-like', params: { p: 6.25, q: 3.74, gamma: 15.44 }, data: dataSet(1, 5000, 20, 30, false) },
  { name: 'weighted rows', params: { p: 6.25, q: 3.74, gamma: 15.44 }, data: dataSet(2, 3000, 20, 30, true) },
  { name: 'tiny parameters', params: { p: 1e-4, q: 1e-3, gamma: 1e-5 }, data: dataSet(3, 2000, 5, 1, false) },
  { name: 'huge parameters', params: { p: 1e4, q: 1e5, gamma: 1e7 }, data: dataSet(4, 2000, 5, 100, true) },
  { name: 'huge frequencies', params: { p: 0.9, q: 8, gamma: 250 }, data: dataSet(5, 2000, 1_000_000, 50, false) },
  { name: 'huge spends', params: { p: 2, q: 1.5, gamma: 1e3 }, data: dataSet(6, 2000, 50, 1e150, true) },
  { name: 'tiny spends', params: { p: 2, q: 1.5, gamma: 1e-9 }, data: dataSet(7, 2000, 50, 1e-150, false) },
];

describe('evaluateGammaGammaLikelihood', () => {
  for (const { name, params, data } of cases) {
    it(`equals the row-by-row likelihood (${name})`, () => {
      const ref = rowByRow(params, data);
      const value = evaluateGammaGammaLikelihood(params, data, undefined);
      expect(Number.isFinite(value)).toBe(true);
      expect(Math.abs(value - ref.value)).toBeLessThanOrEqual(1e-14 * ref.scale);
      // The same value with the gradient asked.
      expect(evaluateGammaGammaLikelihood(params, data, new Float64Array(3))).toBe(value);
    });

    it(`has the gradient of the row-by-row likelihood in log-parameters (${name})`, () => {
      const gradient = new Float64Array(3);
      evaluateGammaGammaLikelihood(params, data, gradient);
      const keys = ['p', 'q', 'gamma'] as const;
      const h = 1e-5;
      keys.forEach((key, j) => {
        const up = { ...params, [key]: params[key] * Math.exp(h) };
        const down = { ...params, [key]: params[key] * Math.exp(-h) };
        const a = rowByRow(up, data);
        const b = rowByRow(down, data);
        const numeric = (a.value - b.value) / (2 * h);
        // Central differences: truncation O(h²) plus rounding of the sums (scale · 1e-15 / h).
        const tolerance = 1e-6 * Math.abs(numeric) + (1e-15 * a.scale) / h;
        expect(Math.abs((gradient[j] as number) - numeric)).toBeLessThanOrEqual(tolerance);
      });
    });
  }
});
