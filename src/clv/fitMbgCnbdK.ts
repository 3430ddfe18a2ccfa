import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { isClienteleError } from '../core/errors/isClienteleError';
import { restateError } from '../core/errors/restateError';
import { fitModel } from './fitModel';
import type { FitOptions, FitResult } from './fitModel';
import { isSummarizedData } from './internal/modelClock';
import { mbgCnbdK } from './mbgCnbdK/index';
import type { MbgCnbdKParams, TimingCustomer } from './mbgCnbdK/index';
import { MAX_REGULARITY } from './mbgCnbdK/validateRegularity';
import { validateTimingCustomer } from './mbgCnbdK/validateTimingCustomer';
import type { SummarizedData } from './types';

/** Options of {@link fitMbgCnbdK}: the `fitModel` options applied to every `k`, plus the range of `k`. */
export interface FitMbgCnbdKOptions extends FitOptions<MbgCnbdKParams> {
  /** Largest regularity tried, an integer from 1 to 100. Default 12 (as BTYDplus). */
  readonly kMax?: number;
  /**
   * Stop the search once the log-likelihood has fallen at two consecutive `k` (BTYDplus's rule: it is
   * unimodal in `k` in practice). Default `true`; `false` fits every `k` up to `kMax`.
   */
  readonly stopEarly?: boolean;
}

/** One regularity tried by {@link fitMbgCnbdK}. */
export interface MbgCnbdKCandidate {
  /** The regularity. */
  readonly k: number;
  /** Maximum-likelihood `{ r, alpha, a, b }` for this `k`. */
  readonly params: MbgCnbdKParams;
  /** Log-likelihood at `params` (comparable across `k`: it includes the `(k−1)·litt` timing term). */
  readonly logLikelihood: number;
  /** Whether the fit for this `k` converged (see `FitResult.converged`). */
  readonly converged: boolean;
  /** Akaike information criterion of this fit (`k` itself is not counted: every candidate has four free parameters). */
  readonly aic: number;
}

/** The result of {@link fitMbgCnbdK}: a plain JSON-serialisable object. */
export interface FitMbgCnbdKResult {
  /** `'mbgCnbdK'`. */
  readonly model: 'mbgCnbdK';
  /** The chosen regularity: the highest log-likelihood among the converged fits (among all when none converged). */
  readonly k: number;
  /** The estimates `{ r, alpha, a, b }` at the chosen `k`, in the data's time unit. */
  readonly params: MbgCnbdKParams;
  /** The full `fitModel` result at the chosen `k` (standard errors, intervals, diagnostics, time unit). */
  readonly fit: FitResult<MbgCnbdKParams>;
  /** Every `k` fitted, ascending, with its log-likelihood. */
  readonly candidates: MbgCnbdKCandidate[];
  /** The largest `k` that could have been tried (`options.kMax`). */
  readonly kMax: number;
  /** Whether the search stopped before `kMax` because the log-likelihood fell twice in a row. */
  readonly stoppedEarly: boolean;
}

/**
 * Fits the MBG/CNBD-k model for `k = 1, 2, …, kMax` and chooses the regularity `k` by likelihood.
 *
 * @remarks
 * `k` is an integer, so it is not optimised with the continuous parameters: for each `k`,
 * `fitModel(mbgCnbdK(k), data, options)` maximises the likelihood over `(r, alpha, a, b)`, and the `k`
 * with the highest maximised log-likelihood wins (Platzer & Reutterer 2016; BTYDplus's
 * `mbgcnbd.EstimateParameters` grid search). Every candidate has four free parameters, so ranking by AIC
 * or BIC gives the same `k`. The log-likelihoods are comparable across `k` because they include the
 * timing term `(k−1)·Σ litt − Σ x·ln((k−1)!)`: every customer needs `litt` in the unit of `recency`
 * (`withTimingRegularity` of `clientele/time`). With `stopEarly` (default) the search ends once the
 * log-likelihood has fallen at two consecutive `k`. Cost: one fit per `k` tried, each O(unique rows · k)
 * per likelihood evaluation.
 *
 * Predict with the chosen `k`: `result.fit` records it (`result.fit.k`), so `scoreCustomers(result.fit, …)`,
 * `customerLifetimeValue(customers, { purchaseFit: result.fit, … })`, `expectationMatrix` and
 * `probabilityAliveHistory` take it alone (the fit's time unit is checked), as do `serializeFit`/`parseFit`;
 * or call the members of `mbgCnbdK(result.k)`.
 *
 * @param data - Customers `{ frequency, recency, T, litt }` (optional `weight`), or a summary
 *   `{ customers, options }` whose customers carry `litt`.
 * @param options - `kMax` (default 12), `stopEarly` (default `true`) and the `fitModel` options, applied to
 *   every `k`.
 * @returns The chosen `k`, its estimates and full fit, and every candidate's log-likelihood.
 * @throws InvalidArgumentError when `kMax` is not an integer from 1 to 100, or (for `kMax > 1`) a customer
 *   lacks a valid `litt`; and for the reasons of `fitModel` (said as this function's).
 * @throws EmptyInputError when the data have no row.
 * @throws NotConvergedError with `strict: true` when the fit at some `k` did not converge.
 * @example
 * ```ts
 * // 2,000 customers simulated with Erlang-2 inter-purchase times (clientele/testing):
 * const data = simulateMbgCnbdK(2, { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 }, { customers: 2000, seed: 1, T: 52, birthWindow: 26 });
 * const result = fitMbgCnbdK(data, { kMax: 4, timeUnit: 'week' });
 * result.k; // 2
 * result.candidates.map((c) => [c.k, Math.round(c.logLikelihood)]);
 * // [[1, -19673], [2, -18938], [3, -19271], [4, -20009]]
 * // From a transaction log: fitMbgCnbdK(withTimingRegularity(summarizeTransactions(log, o), summarizeTimingRegularity(log, o)))
 * ```
 * @see Platzer, M. & Reutterer, T. (2016). Ticking away the moments: Timing regularity helps to better predict
 * customer activity. Marketing Science 35(5), 779–799. doi:10.1287/mksc.2015.0963
 */
export function fitMbgCnbdK(
  data: readonly TimingCustomer[] | SummarizedData<TimingCustomer>,
  options: FitMbgCnbdKOptions = {},
): FitMbgCnbdKResult {
  const fn = 'fitMbgCnbdK';
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object of options (e.g. { kMax: 6 }), or omitted', options);
  }
  const { kMax = 12, stopEarly = true, ...fitOptions } = options;
  if (typeof kMax !== 'number' || !Number.isInteger(kMax) || kMax < 1 || kMax > MAX_REGULARITY) {
    throw new InvalidArgumentError(fn, 'options.kMax', `must be an integer from 1 to ${MAX_REGULARITY}`, kMax);
  }
  if (typeof stopEarly !== 'boolean') throw new InvalidArgumentError(fn, 'options.stopEarly', 'must be a boolean', stopEarly);
  if (kMax > 1) checkTiming(fn, data);

  const candidates: MbgCnbdKCandidate[] = [];
  const fits: FitResult<MbgCnbdKParams>[] = [];
  let stoppedEarly = false;
  for (let k = 1; k <= kMax; k++) {
    const fit = fitAsThisFunction(fn, () => fitModel(mbgCnbdK(k), data, fitOptions));
    fits.push(fit);
    candidates.push({ k, params: fit.params, logLikelihood: fit.logLikelihood, converged: fit.converged, aic: fit.aic });
    const n = candidates.length;
    if (stopEarly && n >= 3 && k < kMax) {
      const [l0, l1, l2] = [candidates[n - 3], candidates[n - 2], candidates[n - 1]].map((c) => (c as MbgCnbdKCandidate).logLikelihood) as [number, number, number];
      if (l2 < l1 && l1 < l0) {
        stoppedEarly = true;
        break;
      }
    }
  }
  const anyConverged = candidates.some((c) => c.converged);
  let best = -1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as MbgCnbdKCandidate;
    if (anyConverged && !c.converged) continue;
    if (best < 0 || c.logLikelihood > (candidates[best] as MbgCnbdKCandidate).logLikelihood) best = i;
  }
  const chosen = candidates[best] as MbgCnbdKCandidate;
  return { model: 'mbgCnbdK', k: chosen.k, params: chosen.params, fit: fits[best] as FitResult<MbgCnbdKParams>, candidates, kMax, stoppedEarly };
}

/** Checks up front that every customer has a valid `litt` (as needed for `k > 1`), naming this function. */
function checkTiming(fn: string, data: unknown): void {
  const summarized = isSummarizedData(data);
  const list = summarized ? (data as SummarizedData<TimingCustomer>).customers : data;
  if (!Array.isArray(list)) return; // fitModel reports it
  const argument = summarized ? 'data.customers' : 'data';
  for (let i = 0; i < list.length; i++) validateTimingCustomer(fn, argument, list[i] as TimingCustomer, 2, i);
}

/** Runs one `fitModel` and says its errors as `fitMbgCnbdK`'s (same code, argument, rule and value). */
function fitAsThisFunction<T>(fn: string, fit: () => T): T {
  try {
    return fit();
  } catch (e) {
    if (!isClienteleError(e)) throw e;
    throw restateError(e, fn);
  }
}
