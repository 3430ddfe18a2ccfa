import type { PlsScheme, PlsStopCriterion } from './types';

/** Settings of one PLS estimation on a covariance matrix. @internal */
export interface PlsKernelSettings {
  readonly scheme: PlsScheme;
  /** Apply the consistent-PLS (PLSc) correction after convergence. */
  readonly consistent: boolean;
  readonly scaled: boolean;
  readonly stopCriterion: PlsStopCriterion;
  readonly tolerance: number;
  readonly maxIterations: number;
  /** Per construct: index (global) of the anchor indicator, or −1 for the majority rule. */
  readonly anchors: Int32Array;
}

/**
 * What one estimation produces, in flat typed arrays (buffers reused across bootstrap resamples).
 * Layouts: `SW[h·J + k] = cov(x_h, Y_k)`, `C[j·J + k] = cor(Y_j, Y_k)`, `B[from·J + to]` path coefficients,
 * `T[from·J + to]` total effects.
 * @internal
 */
export interface PlsKernelOutput {
  /** Outer weights on the analysed indicators (unit-variance scores). */
  readonly w: Float64Array;
  /** Standard deviation of each raw indicator (the chosen denominator). */
  readonly sd: Float64Array;
  /** Analysed covariance (correlation when scaled), p × p. */
  readonly S: Float64Array;
  readonly SW: Float64Array;
  readonly C: Float64Array;
  /** Loadings, p. */
  readonly loadings: Float64Array;
  readonly B: Float64Array;
  readonly T: Float64Array;
  /** R² per construct (0 for exogenous ones). */
  readonly r2: Float64Array;
  /** ρ_A of each block used by the PLSc correction (1 when not corrected). */
  readonly rho: Float64Array;
  /** Work space of the inner regressions: coefficients (J) and a factor (J² + J). */
  readonly coefficients: Float64Array;
  readonly scratch: Float64Array;
  iterations: number;
  converged: boolean;
  finalChange: number;
  /** Why the estimation failed, or `null`. */
  failure: string | null;
}

