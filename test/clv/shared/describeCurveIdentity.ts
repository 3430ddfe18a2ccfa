// Shared test of `conditionalExpectedPurchasesCurve` for the BG/NBD and MBG/NBD models.
// Identity: the curve is `conditionalExpectedPurchases` at each horizon (same series, shared coefficients).
import { describe, expect, it } from 'vitest';
import type { RfmCustomer } from '../../../src/clv/types';

type Params = { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number };

interface CurveModel {
  conditionalExpectedPurchases(params: Params, customers: RfmCustomer, t: number): number;
  conditionalExpectedPurchases(params: Params, customers: readonly RfmCustomer[], t: number): number[];
  conditionalExpectedPurchasesCurve(params: Params, customers: readonly RfmCustomer[], horizons: readonly number[]): number[][];
}

/** Declares the curve-identity tests for `model`, named `name` in the test report. */
export function describeCurveIdentity(name: string, model: CurveModel): void {
  describe(`${name}.conditionalExpectedPurchasesCurve`, () => {
    it('equals conditionalExpectedPurchases at every horizon, for all kinds of histories', () => {
      const params = { r: 0.25, alpha: 30, a: 0.8, b: 2.5 };
      const customers = [
        { frequency: 0, recency: 0, T: 0 },
        { frequency: 0, recency: 0, T: 3 },
        { frequency: 2, recency: 30.43, T: 38.86 },
        { frequency: 1, recency: 1, T: 1 },
        { frequency: 7, recency: 200, T: 365 },
        { frequency: 1000, recency: 10, T: 100 },
        { frequency: 40, recency: 364, T: 365 },
      ];
      const horizons = [0, 1, 28, 364, 2000, 1e5];
      const curve = model.conditionalExpectedPurchasesCurve(params, customers, horizons);
      expect(curve).toHaveLength(horizons.length);
      horizons.forEach((t, h) => {
        const direct = model.conditionalExpectedPurchases(params, customers, t);
        customers.forEach((_, i) => {
          const got = curve[h]![i]!;
          const want = direct[i]!;
          expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(want)));
        });
      });
      for (const a of [1, 1.0005, 0.2]) {
        const p = { ...params, a, b: 0.3 };
        const c = model.conditionalExpectedPurchasesCurve(p, customers, [5, 50]);
        expect(c[1]![4]).toBeCloseTo(model.conditionalExpectedPurchases(p, customers[4]!, 50), 12);
      }
    });

    it('names an invalid customer or horizon', () => {
      const params = { r: 0.25, alpha: 30, a: 0.8, b: 2.5 };
      expect(() => model.conditionalExpectedPurchasesCurve(params, [{ frequency: 1, recency: 5, T: 4 }], [1])).toThrow(
        /customers\[0\]\.recency/,
      );
      expect(() => model.conditionalExpectedPurchasesCurve(params, [], [1, -1])).toThrow(/horizons\[1\]/);
    });
  });
}
