/**
 * The Pareto/NBD table path: `I(t_x, T) = G(t_x) − G(T)` from a piecewise Chebyshev interpolant of
 * `ln G` per frequency (`paretoLogGTable`), used by `probabilityAlive` and `conditionalExpectedPurchases`
 * on arrays of 1,024 customers or more. Reference: the exact path (one quadrature per customer,
 * `paretoLogIntegral`; the single-customer calls), over tiny to huge parameters and frequencies.
 */
import { describe, expect, it } from 'vitest';
import { paretoLogGAt } from '../../../src/clv/internal/paretoLogGAt';
import { paretoLogGTable } from '../../../src/clv/internal/paretoLogGTable';
import { paretoLogIntegral } from '../../../src/clv/internal/paretoLogIntegral';
import { evaluateLikelihoodByTables } from '../../../src/clv/paretoNbd/evaluateLikelihoodByTables';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import type { ParetoNbdParams } from '../../../src/clv/paretoNbd/types';
import type { CompressedData, RfmCustomer } from '../../../src/clv/types';
import { createRandom } from '../../../src/core/random/createRandom';
import { isClienteleError } from '../../../src/core/errors/isClienteleError';

/** (k, α, σ, β, largest u) of the likelihood's integral, from ordinary to extreme. */
const integrals: readonly (readonly [number, number, number, number, number])[] = [
  [0.55, 10, 1.6, 12, 365],
  [300.55, 10, 1.6, 12, 365],
  [5.55, 10.58, 1.61, 11.67, 39],
  [1e-4, 1e-4, 1 + 1e-4, 1e4, 1000],
  [1e4, 1e4, 1e4, 1e-4, 1000],
  [0.3, 100, 1.2, 0.01, 365],
  [50, 0.01, 3, 0.02, 365],
  [0.01, 5, 1.01, 5, 365],
  [2000.5, 3, 1.5, 3e3, 52],
];

describe('paretoLogGTable', () => {
  for (const [k, alpha, sigma, beta, top] of integrals) {
    it(`gives ln I and its derivatives as the quadrature does (k=${k}, α=${alpha}, σ=${sigma}, β=${beta})`, () => {
      const table = paretoLogGTable(k, alpha, sigma, beta, 0, top, true);
      const c = Math.min(alpha, beta);
      const u = createRandom(Math.round(k * 1000 + alpha)).next;
      const low = new Float64Array(4);
      const high = new Float64Array(4);
      const exact = new Float64Array(4);
      let compared = 0;
      for (let i = 0; i < 400; i++) {
        const T = top * u();
        const tx = T * u() ** 0.3;
        const gLow = paretoLogGAt(table, Math.log(c + tx), low);
        const gHigh = paretoLogGAt(table, Math.log(c + T), high);
        if (gHigh - gLow > Math.log(0.99)) continue; // the callers integrate these directly
        compared++;
        const q = Math.exp(gHigh - gLow);
        const logI = gLow + Math.log1p(-q);
        const ref = paretoLogIntegral(k, alpha, sigma, beta, tx, T, exact);
        // ln I to 1e-11 of its size (at least 10): ln G is of size (k+σ) ln(c+u), rounding included.
        expect(Math.abs(logI - ref)).toBeLessThanOrEqual(1e-11 * Math.max(10, Math.abs(ref)));
        for (let j = 0; j < 4; j++) {
          const d = ((low[j] as number) - q * (high[j] as number)) / (1 - q);
          expect(Math.abs(d - (exact[j] as number))).toBeLessThanOrEqual(1e-10 * Math.abs(exact[j] as number) + 1e-300);
        }
      }
      expect(compared).toBeGreaterThan(100);
    });
  }
});

/** Customers with continuous times over `span`, frequencies up to `maxX` (half of them 0). */
function customers(seed: number, n: number, maxX: number, span: number): RfmCustomer[] {
  const u = createRandom(seed).next;
  const out: RfmCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const T = span * (0.02 + 0.98 * u());
    const frequency = u() < 0.5 ? 0 : 1 + Math.floor(u() * maxX);
    const recency = frequency === 0 ? 0 : i % 50 === 0 ? T : T * u() ** 0.5;
    out.push({ frequency, recency, T });
  }
  return out;
}

const scorings: { name: string; params: ParetoNbdParams; data: RfmCustomer[] }[] = [
  { name: 'CDNOW weekly', params: { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, data: customers(1, 6000, 40, 39) },
  { name: 'daily', params: { r: 0.55, alpha: 10, s: 0.6, beta: 12 }, data: customers(2, 6000, 300, 365) },
  { name: 'tiny parameters', params: { r: 1e-3, alpha: 1e-3, s: 1e-3, beta: 1e-2 }, data: customers(3, 4000, 5, 365) },
  { name: 'huge parameters', params: { r: 50, alpha: 1e4, s: 30, beta: 1e5 }, data: customers(4, 4000, 5, 365) },
  { name: 'huge frequencies', params: { r: 2, alpha: 0.5, s: 0.4, beta: 3 }, data: customers(5, 4000, 5000, 100) },
  { name: 'α ≫ β', params: { r: 0.8, alpha: 500, s: 2, beta: 0.05 }, data: customers(6, 4000, 60, 52) },
];

describe('paretoNbd scoring of large arrays', () => {
  for (const { name, params, data } of scorings) {
    it(`gives P(alive) and E[Y(t)] of the single-customer path to 1e-10 relative (${name})`, () => {
      const alive = paretoNbd.probabilityAlive(params, data);
      const expected = paretoNbd.conditionalExpectedPurchases(params, data, 52);
      expect(alive).toHaveLength(data.length);
      let someBetween = 0;
      data.forEach((c, i) => {
        const a = paretoNbd.probabilityAlive(params, c);
        const e = paretoNbd.conditionalExpectedPurchases(params, c, 52);
        expect(Math.abs((alive[i] as number) - a)).toBeLessThanOrEqual(1e-10 * a + 1e-300);
        expect(Math.abs((expected[i] as number) - e)).toBeLessThanOrEqual(1e-10 * e + 1e-300);
        if (a > 1e-6 && a < 1 - 1e-6) someBetween++;
      });
      expect(someBetween).toBeGreaterThan(data.length / 10);
    });
  }

  it('gives 0 purchases over a horizon of 0 and throws for the first invalid customer by index', () => {
    const params = scorings[0]!.params;
    const data = customers(7, 2000, 10, 39);
    expect(paretoNbd.conditionalExpectedPurchases(params, data, 0).every((v) => v === 0)).toBe(true);
    const bad = data.slice();
    bad[1500] = { frequency: 2, recency: 50, T: 39 };
    let caught: unknown;
    try {
      paretoNbd.probabilityAlive(params, bad);
    } catch (e) {
      caught = e;
    }
    expect(isClienteleError(caught) && caught.message).toMatch(/customers\[1500\]\.recency/);
  });
});

/** Rows `a … b−1` of compressed data as data of their own. */
function slice(data: CompressedData, a: number, b: number): CompressedData {
  const columns: Record<string, Float64Array> = {};
  for (const key of Object.keys(data.columns)) columns[key] = (data.columns[key] as Float64Array).slice(a, b);
  const weights = data.weights.slice(a, b);
  return { columns, weights, rows: b - a, total: weights.reduce((x, y) => x + y, 0) };
}

/** The row-by-row reference: slices of 500 rows (too few for tables or pairs of continuous times). */
function exactTotal(params: ParetoNbdParams, data: CompressedData) {
  let value = 0;
  let scale = 0;
  const gradient = new Float64Array(4);
  const gradientScale = new Float64Array(4);
  for (let a = 0; a < data.rows; a += 500) {
    const part = slice(data, a, Math.min(data.rows, a + 500));
    const g = new Float64Array(4);
    const v = paretoNbd.logLikelihoodAndGradient(params, part, g);
    value += v;
    scale += Math.abs(v);
    for (let j = 0; j < 4; j++) {
      gradient[j] = (gradient[j] as number) + (g[j] as number);
      gradientScale[j] = (gradientScale[j] as number) + Math.abs(g[j] as number);
    }
  }
  return { value, scale, gradient, gradientScale };
}

describe('paretoNbd likelihood by tables (continuous times)', () => {
  for (const { name, params, data } of scorings) {
    it(`gives the row-by-row total and gradient (${name})`, () => {
      const weighted = data.map((c, i) => (i % 7 === 0 ? { ...c, weight: 0.5 + (i % 5) } : c));
      const compressed = paretoNbd.compress(weighted, 'test');
      const ref = exactTotal(params, compressed);
      const gradient = new Float64Array(4);
      const value = evaluateLikelihoodByTables(params, compressed, gradient);
      expect(Math.abs(value - ref.value)).toBeLessThanOrEqual(1e-12 * ref.scale);
      expect(evaluateLikelihoodByTables(params, compressed, undefined)).toBeCloseTo(value, 8);
      for (let j = 0; j < 4; j++) {
        expect(Math.abs((gradient[j] as number) - (ref.gradient[j] as number))).toBeLessThanOrEqual(1e-10 * (ref.gradientScale[j] as number));
      }
    });
  }

  it('is what logLikelihood uses for 20,000 rows or more', () => {
    const { params } = scorings[1]!;
    const compressed = paretoNbd.compress(customers(8, 25_000, 100, 365), 'test');
    expect(paretoNbd.logLikelihood(params, compressed)).toBe(evaluateLikelihoodByTables(params, compressed, undefined));
    const ref = exactTotal(params, compressed);
    expect(Math.abs(paretoNbd.logLikelihood(params, compressed) - ref.value)).toBeLessThanOrEqual(1e-12 * ref.scale);
  });
});
