/**
 * The data of a time-varying covariate fit in columns: per customer its history and its covariate
 * periods ("pieces") from coming alive to the calibration end, with the coded covariates of each piece.
 * Times are in periods divided by the fit's time scale. @internal
 */
export interface TimeVaryingDesign {
  /** Customers. */
  readonly n: number;
  /** Repeat purchases `x`. */
  readonly x: Float64Array;
  /** Recency `t_x` (time from the first to the last purchase). */
  readonly tx: Float64Array;
  /** Age `T` (time from the first purchase to the calibration end). */
  readonly T: Float64Array;
  /** Weight of each customer (1 unless compressed). */
  readonly weights: Float64Array;
  /** Σ weights. */
  readonly total: number;
  /** Pieces of customer `i` are `pieceStart[i] … pieceStart[i+1] − 1`. */
  readonly pieceStart: Int32Array;
  /** Start of each piece on the customer's clock (0 for the first piece: coming alive). */
  readonly u: Float64Array;
  /** End of each piece's period on the customer's clock (beyond `T` for the calibration's last period). */
  readonly uEnd: Float64Array;
  /** Length of each piece inside `[0, T]` (0 for a period that starts at `T` or later). */
  readonly len: Float64Array;
  /** Coded purchase covariates of each piece, row-major `pieces × kp`. */
  readonly zp: Float64Array;
  readonly kp: number;
  /** Coded lifetime covariates of each piece, row-major `pieces × kl`. */
  readonly zl: Float64Array;
  readonly kl: number;
  /** Σ over the customer's repeat purchases of the purchase covariates of the period of the purchase, `n × kp`. */
  readonly sp: Float64Array;
  /** Free-coefficient index of each purchase coefficient. */
  readonly pIndex: Int32Array;
  /** Free-coefficient index of each lifetime coefficient. */
  readonly lIndex: Int32Array;
  /** Number of free coefficients. */
  readonly m: number;
  /** L2 penalty of each free coefficient. */
  readonly l2: Float64Array;
}
