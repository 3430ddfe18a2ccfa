import { residualLifetimeIntegral } from '../../ggomNbd/residualLifetimeIntegral';
import type { GgomNbdParams } from '../../ggomNbd/types';
import type { PairSlots, PairTable } from './pairExpectations';

/**
 * `pairExpectationsInto` for the Gamma-Gompertz/NBD model: for every pair `k` of `table`, into `slots`,
 * `gE[k·stride + offset] = E[Y(horizons[at]) | alive, x, T]` and, with weights,
 * `gD[k·stride + offset] = Σ_h weights[h] E[Y(horizons[h]) | alive, x, T]`, where
 * `E[Y(t) | alive, x, T] = (r + x)/(α + T) · ∫_0^t S(T+u)/S(T) du` (Bemmaor & Glady 2012): the purchase
 * rate's posterior mean while active times the expected active time in the next `t`, the integral the
 * one of `ggomNbd.conditionalExpectedPurchases` (`residualLifetimeIntegral`). The integral depends on `T`
 * and the horizon only, so it is computed once per distinct `T` and horizon, not per pair. @internal
 */
export function ggomPairExpectationsInto(params: GgomNbdParams, table: PairTable, slots: PairSlots): void {
  const { horizons, at, weights, gE, gD, offset, stride } = slots;
  const m = horizons.length;
  const integrals = new Map<number, Float64Array>();
  const { r, alpha } = params;
  for (let g = 0; g < table.frequencies.length; g++) {
    const x = table.frequencies[g] as number;
    for (let i = table.start[g] as number; i < (table.start[g + 1] as number); i++) {
      const k = table.order[i] as number;
      const T = table.T[k] as number;
      let life = integrals.get(T);
      if (life === undefined) {
        life = new Float64Array(m);
        for (let h = 0; h < m; h++) {
          const t = horizons[h] as number;
          life[h] = t === 0 ? 0 : residualLifetimeIntegral(params, T, t, 0);
        }
        integrals.set(T, life);
      }
      const rate = (r + x) / (alpha + T);
      gE[k * stride + offset] = rate * (life[at] as number);
      if (gD === null || weights === null) continue;
      let sum = 0;
      for (let h = 0; h < m; h++) sum += (weights[h] as number) * (life[h] as number);
      gD[k * stride + offset] = rate * sum;
    }
  }
}
