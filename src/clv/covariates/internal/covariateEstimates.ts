import { normalQuantile } from '../../../core/special/normalQuantile';
import type { CovariateCoding, CovariateCoefficient } from '../types';
import type { CovariateKernel } from './covariateKernels';
import type { CovariateLayout } from './resolveCovariateLayout';

type Base = Record<string, number>;
type BaseSe = Record<string, number | null>;
type BaseCi = Record<string, readonly [number, number] | null>;

/** What a covariate fit reports of its estimates. @internal */
export interface CovariateEstimates {
  readonly params: Base;
  readonly standardErrors: BaseSe;
  readonly confidenceIntervals: BaseCi;
  readonly coefficients: { readonly purchase: Record<string, CovariateCoefficient>; readonly lifetime: Record<string, CovariateCoefficient> };
  readonly rawScale: { readonly params: Base; readonly standardErrors: BaseSe; readonly confidenceIntervals: BaseCi } | null;
}

/** `cᵀ Σ c`, or `null` without a covariance. */
function quadratic(cov: readonly (readonly number[])[] | null, c: Float64Array): number | null {
  if (cov === null) return null;
  let s = 0;
  for (let a = 0; a < c.length; a++) {
    const ca = c[a] as number;
    if (ca === 0) continue;
    for (let b = 0; b < c.length; b++) s += ca * ((cov[a] as number[])[b] as number) * (c[b] as number);
  }
  return s >= 0 ? s : null;
}

/** Base parameters (log-scale linear forms `c·θ + shift`) with delta-method SEs and log-scale intervals. */
function baseReport(kernel: CovariateKernel, forms: readonly Float64Array[], theta: Float64Array, shift: readonly number[], cov: number[][] | null, z: number) {
  const params: Base = {};
  const standardErrors: BaseSe = {};
  const confidenceIntervals: BaseCi = {};
  kernel.names.forEach((name, k) => {
    const c = forms[k] as Float64Array;
    let log = shift[k] as number;
    for (let a = 0; a < c.length; a++) log += (c[a] as number) * (theta[a] as number);
    const value = Math.exp(log);
    const v = quadratic(cov, c);
    params[name] = value;
    standardErrors[name] = v === null ? null : value * Math.sqrt(v);
    confidenceIntervals[name] = v === null ? null : [Math.exp(log - z * Math.sqrt(v)), Math.exp(log + z * Math.sqrt(v))];
  });
  return { params, standardErrors, confidenceIntervals };
}

/**
 * Turns the optimum `θ` (log base parameters on data divided by `k`, then the free coefficients) and its
 * covariance into the reported estimates: base parameters in the data's unit with delta-method standard
 * errors and intervals `exp(ln p ± z·SE)`; each coefficient with `± z·SE`, on the raw scale too (÷ sd)
 * when standardised; and, with standardised columns, the base parameters at raw covariates 0:
 * `ln p_raw = ln p − sign Σ γ_c mean_c / sd_c`, linear in θ, so its variance is `cᵀ Cov c`. @internal
 */
export function covariateEstimates(
  kernel: CovariateKernel,
  theta: Float64Array,
  cov: number[][] | null,
  k: number,
  layout: CovariateLayout,
  codings: { readonly purchase: CovariateCoding; readonly lifetime: CovariateCoding },
  confidenceLevel: number,
): CovariateEstimates {
  const dim = theta.length;
  const z = normalQuantile(0.5 + confidenceLevel / 2);
  const shift = kernel.names.map((_, j) => (kernel.rates.includes(j) ? Math.log(k) : kernel.inverseRates?.includes(j) === true ? -Math.log(k) : 0));
  const np = kernel.names.length;
  const unit = kernel.names.map((_, j) => {
    const c = new Float64Array(dim);
    c[j] = 1;
    return c;
  });
  const base = baseReport(kernel, unit, theta, shift, cov, z);
  const rawForms = unit.map((c) => Float64Array.from(c));
  let anyStandardized = false;
  const coefficients = { purchase: {} as Record<string, CovariateCoefficient>, lifetime: {} as Record<string, CovariateCoefficient> };
  for (const process of ['purchase', 'lifetime'] as const) {
    const coding = codings[process];
    const index = process === 'purchase' ? layout.pIndex : layout.lIndex;
    const targets = process === 'purchase' ? kernel.purchaseTargets : kernel.lifetimeTargets;
    const sign = process === 'purchase' ? kernel.purchaseSign : kernel.lifetimeSign;
    let j = 0;
    for (const column of coding.columns) {
      for (const name of column.names) {
        const q = np + (index[j++] as number);
        const estimate = theta[q] as number;
        const v = cov === null ? null : ((cov[q] as number[])[q] as number);
        const se = v === null || !(v >= 0) ? null : Math.sqrt(v);
        const sd = column.kind === 'numeric' && column.standardized !== null ? column.standardized.sd : null;
        if (column.kind === 'numeric' && column.standardized !== null) {
          anyStandardized = true;
          for (const t of targets) rawForms[t]![q] = (rawForms[t]![q] as number) - (sign * column.standardized.mean) / column.standardized.sd;
        }
        coefficients[process][name] = {
          estimate,
          standardError: se,
          confidenceInterval: se === null ? null : [estimate - z * se, estimate + z * se],
          constrained: layout.constrained.includes(name),
          l2: layout.l2Of[process][name] as number,
          raw: sd === null ? null : { estimate: estimate / sd, standardError: se === null ? null : se / sd, confidenceInterval: se === null ? null : [(estimate - z * se) / sd, (estimate + z * se) / sd] },
        };
      }
    }
  }
  return { ...base, coefficients, rawScale: anyStandardized ? baseReport(kernel, rawForms, theta, shift, cov, z) : null };
}
