/**
 * Compressed data of a covariate fit: unique `(x, t_x, T, z_purchase, z_lifetime)` rows with weights,
 * the coefficient layout, and the penalty. @internal
 */
export interface CovariateDesign {
  readonly rows: number;
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weights: Float64Array;
  /** Σ weights. */
  readonly total: number;
  /** Coded purchase covariates, row-major `rows × kp`. */
  readonly zp: Float64Array;
  readonly kp: number;
  /** Coded lifetime covariates, row-major `rows × kl`. */
  readonly zl: Float64Array;
  readonly kl: number;
  /** Free-coefficient index of each purchase coefficient. */
  readonly pIndex: Int32Array;
  /** Free-coefficient index of each lifetime coefficient (shared ones equal a purchase index). */
  readonly lIndex: Int32Array;
  /** Number of free coefficients. */
  readonly m: number;
  /** L2 penalty of each free coefficient (the sum over the processes it appears in). */
  readonly l2: Float64Array;
}
