/**
 * The BG/NBD likelihood pass (running products of `α+T` per frequency and of `1 + e` for continuous
 * times; `ln(α+v)` per distinct value for daily data) against the per-customer formula
 * `customerLogLikelihood` (Fader, Hardie & Lee 2005a, eq. 6, in log space), and its gradient against
 * central differences of that reference, over tiny to huge parameters, huge frequencies and weights
 * other than 1.
 */
import { describe, expect, it } from 'vitest';
import { customerLogLikelihood } from '../../../src/clv/bgNbd/customerLogLikelihood';
import { bgNbd } from '../../../src/clv/bgNbd/index';
import type { BgNbdParams } from '../../../src/clv/bgNbd/types';
import type { CompressedData, RfmCustomer } from '../../../src/clv/types';
import { createRandom } from '../../../src/core/random/createRandom';

/** Σ w ℓ customer by customer, with the sum of the magnitudes of the terms of ℓ as its scale. */
function perCustomer(params: BgNbdParams, data: CompressedData): { value: number; scale: number } {
  const x = data.columns.frequency as Float64Array;
  const tx = data.columns.recency as Float64Array;
  const T = data.columns.T as Float64Array;
  let value = 0;
  let scale = 0;
  for (let k = 0; k < data.rows; k++) {
    const w = data.weights[k] as number;
    const xk = x[k] as number;
    value += w * customerLogLikelihood(params, xk, tx[k] as number, T[k] as number);
    scale += w * (1 + (params.r + xk) * (Math.abs(Math.log(params.alpha + (T[k] as number))) + Math.abs(Math.log(params.alpha))));
  }
  return { value, scale };
}

/** Customers with continuous times (all distinct), or whole days (many ties), some weighted. */
function customers(seed: number, n: number, maxX: number, span: number, daily: boolean): RfmCustomer[] {
  const u = createRandom(seed).next;
  const out: RfmCustomer[] = [];
  for (let i = 0; i < n; i++) {
    let T = span * (0.05 + 0.95 * u());
    if (daily) T = Math.max(1, Math.round(T));
    const frequency = u() < 0.4 ? 0 : 1 + Math.floor(u() * u() * maxX);
    let recency = frequency === 0 ? 0 : T * u();
    if (daily) recency = Math.round(recency);
    out.push(i % 5 === 0 ? { frequency, recency, T, weight: 0.5 + 2 * u() } : { frequency, recency, T });
  }
  return out;
}

const cases: { name: string; params: BgNbdParams; data: RfmCustomer[] }[] = [
  { name: 'CDNOW-like, continuous', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, data: customers(1, 3000, 30, 39, false) },
  { name: 'CDNOW-like, daily', params: { r: 0.25, alpha: 30, a: 0.8, b: 2.5 }, data: customers(2, 20000, 30, 365, true) },
  { name: 'tiny parameters', params: { r: 1e-4, alpha: 1e-5, a: 1e-3, b: 1e-4 }, data: customers(3, 2000, 20, 365, false) },
  { name: 'huge parameters', params: { r: 1e4, alpha: 1e6, a: 1e3, b: 1e5 }, data: customers(4, 2000, 20, 365, false) },
  { name: 'huge frequencies', params: { r: 0.5, alpha: 2, a: 0.3, b: 5 }, data: customers(5, 2000, 1_000_000, 1000, false) },
  { name: 'extreme ratios', params: { r: 3, alpha: 1e-8, a: 50, b: 1e-3 }, data: customers(6, 2000, 5000, 10, false) },
];

describe('bgNbd likelihood pass against the per-customer formula', () => {
  for (const { name, params, data } of cases) {
    const compressed = bgNbd.compress(data, 'test');
    it(`gives the same total (${name})`, () => {
      const ref = perCustomer(params, compressed);
      const value = bgNbd.logLikelihood(params, compressed);
      expect(Number.isFinite(value)).toBe(true);
      expect(Math.abs(value - ref.value)).toBeLessThanOrEqual(1e-14 * ref.scale);
      expect(bgNbd.logLikelihoodAndGradient(params, compressed, new Float64Array(4))).toBe(value);
    });

    it(`gives the gradient of that total in log-parameters (${name})`, () => {
      const gradient = bgNbd.logLikelihoodGradient(params, compressed);
      const h = 1e-5;
      (['r', 'alpha', 'a', 'b'] as const).forEach((key, j) => {
        const up = perCustomer({ ...params, [key]: params[key] * Math.exp(h) }, compressed);
        const down = perCustomer({ ...params, [key]: params[key] * Math.exp(-h) }, compressed);
        const numeric = (up.value - down.value) / (2 * h);
        const tolerance = 1e-6 * Math.abs(numeric) + (1e-15 * up.scale) / h;
        expect(Math.abs((gradient[j] as number) - numeric)).toBeLessThanOrEqual(tolerance);
      });
    });
  }
});
