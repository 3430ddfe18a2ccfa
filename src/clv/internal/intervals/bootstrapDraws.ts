import { createRandom } from '../../../core/random/createRandom';
import { fitModel } from '../../fitModel';
import type { FitConstraints } from '../../fitModel';
import { gammaGamma } from '../../gammaGamma/index';
import type { GammaGammaParams } from '../../gammaGamma/types';
import type { FittableModel, ModelParams, RfmCustomer } from '../../types';
import { resampleCustomers } from './resampleCustomers';

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

/** A customer as the bootstrap reads it: a history with an optional weight and, for spend, its mean spend. @internal */
export interface BootstrapCustomer {
  readonly frequency: number;
  readonly weight?: number;
  readonly monetaryValue?: number;
}

/** A continuous-time customer as a refit row: `(x, t_x, T)`, and `litt` when given (MBG/CNBD-k, k > 1, needs it). */
function rfmRow(customer: BootstrapCustomer, weight: number): object {
  const c = customer as RfmCustomer & { readonly litt?: number };
  return c.litt === undefined ? { frequency: c.frequency, recency: c.recency, T: c.T, weight } : { frequency: c.frequency, recency: c.recency, T: c.T, weight, litt: c.litt };
}

/**
 * The nonparametric bootstrap (Efron & Tibshirani 1993, ch. 6): `draws` samples of the customers drawn
 * with replacement by one seeded stream (`createRandom(seed)`, see `resampleCustomers`: a row of weight w
 * is w customers), each refitted by `fitModel` from the original estimate (and the spend model on the
 * sample's repeat buyers, when given) with the same settings (bounds, penalty) as the original fits.
 * `row` builds a refit row from a customer and its count in the sample (default: `(x, t_x, T)`);
 * `inputIndex` maps the rows to the caller's input indices for messages.
 * @internal
 */
export function bootstrapDraws<C extends BootstrapCustomer>(
  fn: string,
  model: FittableModel<ModelParams, readonly never[]>,
  customers: readonly C[],
  purchase: RefitSettings,
  spend: RefitSettings | null,
  draws: number,
  seed: number,
  row: (customer: C, weight: number) => object = rfmRow,
  inputIndex?: Int32Array,
): BootstrapDraws {
  const n = customers.length;
  const resample = resampleCustomers(fn, 'customers', customers, createRandom(seed), inputIndex);
  const counts = new Int32Array(n);
  const out: ModelParams[] = [];
  const spendOut: GammaGammaParams[] | null = spend === null ? null : [];
  let notConverged = 0;
  for (let b = 0; b < draws; b++) {
    resample.sample(counts);
    const rows: object[] = [];
    const spendRows: { frequency: number; monetaryValue: number; weight: number }[] = [];
    for (let i = 0; i < n; i++) {
      const weight = counts[i] as number;
      if (weight === 0) continue;
      const c = customers[i] as C;
      rows.push(row(c, weight));
      if (spend !== null && c.frequency > 0) spendRows.push({ frequency: c.frequency, monetaryValue: c.monetaryValue as number, weight });
    }
    const fit = fitModel(model, rows as never, refitOptions(purchase) as never);
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

/** What a refit repeats of a fit: its estimate (the start), bounds and penalty. @internal */
export function refitSettings(fit: unknown): RefitSettings {
  const r = fit as { params: ModelParams; constraints?: RefitSettings['constraints']; penalty?: number };
  return { params: r.params, ...(r.constraints === undefined ? {} : { constraints: r.constraints }), ...(typeof r.penalty === 'number' ? { penalty: r.penalty } : {}) };
}

/** Start, bounds and penalty of a refit. */
function refitOptions(settings: RefitSettings): { start: ModelParams; constraints?: FitConstraints<ModelParams>; penalty?: number } {
  return {
    start: settings.params,
    ...(settings.constraints === undefined ? {} : { constraints: settings.constraints }),
    ...(settings.penalty === undefined ? {} : { penalty: settings.penalty }),
  };
}
