import { createRandom } from '../../../core/random/createRandom';
import { fitModel } from '../../fitModel';
import type { FitConstraints } from '../../fitModel';
import { gammaGamma } from '../../gammaGamma/index';
import type { GammaGammaParams } from '../../gammaGamma/types';
import type { FittableModel, ModelParams, RfmCustomer } from '../../types';

/** The settings of a fit that a refit repeats. @internal */
export interface RefitSettings {
  readonly params: ModelParams;
  readonly constraints?: FitConstraints<ModelParams>;
  readonly penalty?: number;
}

/** Parameters refitted on bootstrap samples of the customers. @internal */
export interface BootstrapDraws {
  readonly purchase: ModelParams[];
  readonly spend: GammaGammaParams[] | null;
  /** Refits (purchase or spend) that did not converge (kept: the percentile bootstrap uses every one). */
  readonly notConverged: number;
}

/**
 * The nonparametric bootstrap (Efron & Tibshirani 1993, ch. 6): `draws` samples of `n` customers drawn
 * with replacement by one seeded stream (`createRandom(seed)`, `⌊n · next()⌋` per pick), each refitted by
 * `fitModel` from the original estimate (and the spend model on the sample's repeat buyers, when given);
 * the same settings (bounds, penalty) as the original fits. Repeated picks become weights. @internal
 */
export function bootstrapDraws(
  model: FittableModel<ModelParams, readonly RfmCustomer[]>,
  customers: readonly (RfmCustomer & { readonly monetaryValue?: number; readonly litt?: number })[],
  purchase: RefitSettings,
  spend: RefitSettings | null,
  draws: number,
  seed: number,
): BootstrapDraws {
  const n = customers.length;
  const random = createRandom(seed);
  const counts = new Int32Array(n);
  const out: ModelParams[] = [];
  const spendOut: GammaGammaParams[] | null = spend === null ? null : [];
  let notConverged = 0;
  for (let b = 0; b < draws; b++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random.next() * n);
      counts[k] = (counts[k] as number) + 1;
    }
    const rows: (RfmCustomer & { litt?: number })[] = [];
    const spendRows: { frequency: number; monetaryValue: number; weight: number }[] = [];
    for (let i = 0; i < n; i++) {
      const count = counts[i] as number;
      if (count === 0) continue;
      const c = customers[i] as RfmCustomer & { readonly monetaryValue?: number; readonly litt?: number };
      const weight = count * (c.weight ?? 1);
      // MBG/CNBD-k (k > 1) needs each customer's log inter-purchase times; no other model reads them.
      rows.push(c.litt === undefined ? { frequency: c.frequency, recency: c.recency, T: c.T, weight } : { frequency: c.frequency, recency: c.recency, T: c.T, weight, litt: c.litt });
      if (spend !== null && c.frequency > 0) spendRows.push({ frequency: c.frequency, monetaryValue: c.monetaryValue as number, weight });
    }
    const fit = fitModel(model, rows, refitOptions(purchase));
    if (!fit.converged) notConverged++;
    out.push(fit.params);
    if (spend !== null && spendOut !== null) {
      const spendFit = fitModel(gammaGamma, spendRows, refitOptions(spend) as never);
      if (!spendFit.converged) notConverged++;
      spendOut.push(spendFit.params);
    }
  }
  return { purchase: out, spend: spendOut, notConverged };
}

/** Start, bounds and penalty of a refit. */
function refitOptions(settings: RefitSettings): { start: ModelParams; constraints?: FitConstraints<ModelParams>; penalty?: number } {
  return {
    start: settings.params,
    ...(settings.constraints === undefined ? {} : { constraints: settings.constraints }),
    ...(settings.penalty === undefined ? {} : { penalty: settings.penalty }),
  };
}
