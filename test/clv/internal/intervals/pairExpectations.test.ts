/**
 * pairExpectationsInto (the per-draw E[Y(t) | alive, x, T] of every (x, T) pair, through frequency curves,
 * Chebyshev pieces in ln(1 + T/α) with negligible trailing terms dropped, and the fused two-series
 * Clenshaw sum) must agree with the model's own functions, E[Y(t) | x, t_x = T, T] / P(alive | x, T, T), to
 * 1e-8 relative (the tolerance its pieces are checked to) for the horizon and for the weighted sum of all
 * horizons, for BG/NBD, MBG/NBD and Pareto/NBD, on daily data with many T per frequency (pieces) and few
 * (direct), and at written positions only (offset and stride).
 */
import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../../../src/clv/bgNbd/index';
import { pairExpectationsInto, pairTable } from '../../../../src/clv/internal/intervals/pairExpectations';
import { mbgNbd } from '../../../../src/clv/mbgNbd/index';
import { paretoNbd } from '../../../../src/clv/paretoNbd/index';
import type { ModelParams, RfmCustomer } from '../../../../src/clv/types';

/** Pairs (x, T): frequencies 0..8 at every day of a year (pieces), 9..40 at a few days (direct). */
function pairs(): { x: number[]; T: number[] } {
  const x: number[] = [];
  const T: number[] = [];
  for (let f = 0; f <= 8; f++) for (let day = 1 + f; day <= 365; day++) x.push(f), T.push(day);
  for (let f = 9; f <= 40; f++) for (const day of [40, 90, 200 + f, 365]) x.push(f), T.push(day);
  return { x, T };
}

const horizons = Float64Array.from([28, 56, 84, 112, 140, 168, 196, 224, 252, 280, 308, 336, 364, 182]);
const weights = Float64Array.from([0.99, 0.98, 0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.91, 0.9, 0.89, 0.88, 0.87, 0]);
const AT = 13;

type Model = { probabilityAlive: (p: never, c: readonly RfmCustomer[]) => number[]; conditionalExpectedPurchases: (p: never, c: readonly RfmCustomer[], t: number) => number[] };

const cases: { name: 'bgNbd' | 'mbgNbd' | 'paretoNbd'; model: Model; params: ModelParams }[] = [
  { name: 'bgNbd', model: bgNbd as unknown as Model, params: { r: 0.243, alpha: 30.9, a: 0.793, b: 2.426 } },
  { name: 'mbgNbd', model: mbgNbd as unknown as Model, params: { r: 0.525, alpha: 43.8, a: 0.891, b: 1.614 } },
  { name: 'paretoNbd', model: paretoNbd as unknown as Model, params: { r: 0.553, alpha: 74.0, s: 0.606, beta: 84.6 } },
];

describe('pairExpectationsInto', () => {
  for (const c of cases) {
    it(`${c.name}: E[Y | alive] at the horizon and the weighted sum agree with the model functions to 1e-8`, () => {
      const { x, T } = pairs();
      const table = pairTable(Float64Array.from(x), Float64Array.from(T));
      const stride = 3;
      const offset = 1;
      const gE = new Float64Array(table.count * stride).fill(-1);
      const gD = new Float64Array(table.count * stride).fill(-1);
      pairExpectationsInto(c.name, c.params, table, { horizons, at: AT, weights, gE, gD, offset, stride });
      const reps = x.map((f, k) => ({ frequency: f, recency: f > 0 ? (T[k] as number) : 0, T: T[k] as number }));
      const alive = c.model.probabilityAlive(c.params as never, reps);
      const perHorizon = Array.from(horizons, (t) => c.model.conditionalExpectedPurchases(c.params as never, reps, t));
      let worst = 0;
      for (let k = 0; k < table.count; k++) {
        const a = alive[k] as number;
        const e = (perHorizon[AT]?.[k] as number) / a;
        let d = 0;
        for (let h = 0; h < horizons.length; h++) d += (weights[h] as number) * ((perHorizon[h]?.[k] as number) / a);
        worst = Math.max(worst, Math.abs((gE[k * stride + offset] as number) - e) / e, Math.abs((gD[k * stride + offset] as number) - d) / d);
        expect(gE[k * stride]).toBe(-1);
        expect(gD[k * stride + 2]).toBe(-1);
      }
      expect(worst).toBeLessThanOrEqual(1e-8);
    });
  }
});
