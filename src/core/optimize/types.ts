/**
 * An objective function to minimise: takes a point and returns a number.
 *
 * @remarks
 * The optimisers pass a fresh `Float64Array` on every call, so the function may keep or modify it. A return
 * value of `NaN` or `+∞` marks a point outside the region where the function is defined (a negative
 * variance, an overflowing likelihood); the optimisers treat it as `+∞` and step back.
 */
export type ObjectiveFunction = (x: Float64Array) => number;

/**
 * The outcome of {@link minimizeNelderMead} or {@link minimizeBfgs}: a plain, JSON-serialisable object.
 */
export interface MinimizeResult {
  /** The best point found. */
  readonly x: number[];
  /** The objective at `x`. */
  readonly value: number;
  /** Iterations performed (accepted steps for BFGS, simplex transformations for Nelder–Mead). */
  readonly iterations: number;
  /** Calls to the objective, including those made for finite-difference gradients. */
  readonly evaluations: number;
  /** Whether a convergence test was met (not merely the iteration cap reached or a failed line search). */
  readonly converged: boolean;
  /** Largest absolute component (∞-norm) of the gradient at `x`, analytic or by central differences. */
  readonly gradientNorm: number;
  /** Why the optimiser stopped, in words. */
  readonly message: string;
}

/**
 * The state an optimiser reports after each iteration to its `onIteration` callback: a plain object with
 * fresh arrays, which the callback may keep.
 */
export interface OptimizerIteration {
  /** Iterations completed so far (1 after the first). */
  readonly iteration: number;
  /** The current point (the best vertex for Nelder–Mead). */
  readonly x: Float64Array;
  /** The objective at `x`. */
  readonly value: number;
  /** The gradient at `x` (BFGS), or `null` where none is computed (Nelder–Mead). */
  readonly gradient: Float64Array | null;
}

/**
 * Called after each iteration with the current state. Returning `true` stops the optimiser, which then
 * returns its current point with `converged: false` and the message `'stopped by onIteration'` (how a
 * caller honours an `AbortSignal` or a time budget). An exception thrown by the callback propagates to
 * the optimiser's caller.
 */
export type IterationCallback = (state: OptimizerIteration) => boolean | void;

/** Options of {@link minimizeNelderMead}. */
export interface NelderMeadOptions {
  /**
   * Simplex size for convergence: stop when every vertex is within `stepTolerance · max(1, ‖x_best‖∞)` of
   * the best one in every coordinate (default 1e-8).
   */
  readonly stepTolerance?: number;
  /**
   * Spread of function values for convergence: `f_worst − f_best ≤ functionTolerance · max(1, |f_best|)`
   * (default 1e-10). Both tests must hold.
   */
  readonly functionTolerance?: number;
  /** Maximum number of iterations (default `1000 · n`, at least 1000). */
  readonly maxIterations?: number;
  /**
   * Edge of the initial simplex along each coordinate: a number for all coordinates or one per coordinate
   * (default `0.05 · |x0_i|`, or 0.00025 where `x0_i = 0`).
   */
  readonly initialStep?: number | readonly number[];
  /** Called after each iteration; return `true` to stop (see {@link IterationCallback}). */
  readonly onIteration?: IterationCallback;
}

/** Options of {@link minimizeBfgs}. */
export interface BfgsOptions {
  /**
   * Analytic gradient of the objective. When omitted, central differences ({@link numericalGradient}) are
   * used, costing `2n` evaluations per gradient.
   */
  readonly gradient?: (x: Float64Array) => Float64Array;
  /** Stop (converged) when the gradient's ∞-norm is at most this (default 1e-6). */
  readonly gradientTolerance?: number;
  /**
   * Stop (converged) when an accepted step changes the objective by at most
   * `functionTolerance · (|f_new| + functionTolerance)`, a relative test (default 1e-10).
   */
  readonly functionTolerance?: number;
  /** Maximum number of iterations (default `200 · n`, at least 200). */
  readonly maxIterations?: number;
  /** Relative step of the finite-difference gradient when `gradient` is omitted (default ∛ε ≈ 6.1e-6). */
  readonly gradientStep?: number;
  /** Called after each accepted step; return `true` to stop (see {@link IterationCallback}). */
  readonly onIteration?: IterationCallback;
}
