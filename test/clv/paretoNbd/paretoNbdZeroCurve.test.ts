/**
 * The Pareto/NBD scores of customers of frequency 0 on long arrays come from one interpolant in
 * `ln(min(α, β) + T)` (`paretoCurveTable`, checked to 1e-13 relative against the per-customer table path
 * when built). Reference: the single-customer path (one quadrature per customer, `paretoLogIntegral`), on
 * a few thousand random customers per case, from ordinary to extreme parameters.
 */
import { describe, expect, it } from 'vitest';
import { paretoCurveTable } from '../../../src/clv/internal/paretoCurveTable';
import { paretoHorizonAt } from '../../../src/clv/internal/paretoHorizonAt';
import { paretoNbd } from '../../../src/clv/paretoNbd/index';
import type { ParetoNbdParams } from '../../../src/clv/paretoNbd/types';
import type { RfmCustomer } from '../../../src/clv/types';
import { createRandom } from '../../../src/core/random/createRandom';

/** `n` customers, `zeroShare` of them of frequency 0, continuous times over `span` (some with `T = 0`). */
function customers(seed: number, n: number, zeroShare: number, span: number): RfmCustomer[] {
  const u = createRandom(seed).next;
  const out: RfmCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const T = i % 500 === 0 ? 0 : span * (0.01 + 0.99 * u());
    const frequency = T === 0 || u() < zeroShare ? 0 : 1 + Math.floor(u() * 20);
    out.push({ frequency, recency: frequency === 0 ? 0 : T * u() ** 0.5, T });
  }
  return out;
}

const cases: { name: string; params: ParetoNbdParams; span: number }[] = [
  { name: 'CDNOW weekly', params: { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, span: 39 },
  { name: 'daily', params: { r: 0.55, alpha: 10, s: 0.6, beta: 12 }, span: 365 },
  { name: 's = 1', params: { r: 2, alpha: 3, s: 1, beta: 3 }, span: 52 },
  { name: 'α ≫ β', params: { r: 0.8, alpha: 500, s: 2, beta: 0.05 }, span: 52 },
  { name: 'large r', params: { r: 40, alpha: 2, s: 0.3, beta: 8 }, span: 100 },
];

describe('paretoNbd scores of frequency-0 customers on long arrays', () => {
  for (const { name, params, span } of cases) {
    it(`equal the single-customer formula to 1e-11 relative (${name})`, () => {
      const data = customers(31, 3000, 0.6, span);
      const alive = paretoNbd.probabilityAlive(params, data);
      const expected = paretoNbd.conditionalExpectedPurchases(params, data, 52);
      let zeros = 0;
      data.forEach((c, i) => {
        const a = paretoNbd.probabilityAlive(params, c);
        const e = paretoNbd.conditionalExpectedPurchases(params, c, 52);
        const tolerance = c.frequency === 0 ? 1e-11 : 1e-10;
        expect(Math.abs((alive[i] as number) - a)).toBeLessThanOrEqual(tolerance * a + 1e-300);
        expect(Math.abs((expected[i] as number) - e)).toBeLessThanOrEqual(tolerance * e + 1e-300);
        if (c.frequency === 0 && c.T > 0) zeros++;
      });
      expect(zeros).toBeGreaterThan(1000);
    });
  }
});

describe('paretoCurveTable', () => {
  it('interpolates a smooth function of T to 1e-13 relative between and at its checks', () => {
    const f = (T: number) => Math.exp(-0.3 * Math.log1p(T / 5)) / (2 + T);
    const table = paretoCurveTable(2, 0.5, 300, f, 1e-13);
    expect(table).toBeDefined();
    const u = createRandom(5).next;
    for (let k = 0; k < 2000; k++) {
      const T = k === 0 ? 0.5 : k === 1 ? 300 : 0.5 + 299.5 * u();
      const exact = f(T);
      expect(Math.abs(paretoHorizonAt(table!, Math.log(2 + T)) - exact)).toBeLessThanOrEqual(1e-13 * exact);
    }
  });

  it('refuses a function it cannot follow to the tolerance (a kink), so that the caller evaluates it directly', () => {
    expect(paretoCurveTable(1, 0, 50, (T) => Math.abs(T - 17.3) + 1, 1e-13)).toBeUndefined();
    expect(paretoCurveTable(1, 0, 50, (T) => (T > 20 ? Number.NaN : 1), 1e-13)).toBeUndefined();
  });
});
