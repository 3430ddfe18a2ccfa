import type { ModelParams } from '../../types';

/** One optimisation run of `fitModel` from one starting point, in the scaled log-parameters θ. @internal */
export interface FitRun {
  /** The starting point θ₀. */
  readonly start: Float64Array;
  /** Where the run ended. */
  readonly theta: Float64Array;
  /** The objective (mean NLL plus penalty, scaled data) at `theta`. */
  readonly value: number;
  /** Whether the last BFGS stage met its tolerance. */
  readonly converged: boolean;
  /** Iterations of all stages. */
  readonly iterations: number;
  /** Why the last BFGS stage stopped. */
  readonly message: string;
}

/** The mean objective of `fitModel` in θ and its analytic gradient, when the model has one. @internal */
export interface FitObjective {
  /** `F(θ) = −ℓ(params(θ)) / N + λ Σ params²`, `+∞` outside the domain. */
  readonly objective: (theta: ArrayLike<number>) => number;
  /** `∇F(θ)`, or `undefined` when the model has no analytic gradient. */
  readonly gradient: ((theta: ArrayLike<number>) => Float64Array) | undefined;
  /** Calls of `objective` so far. */
  readonly evaluations: () => number;
}

/**
 * The map between a model's parameters and the optimiser's coordinates
 * `θ_j = ln(params_j − lower_j)` on data divided by the time scale `k`. @internal
 */
export interface ParameterMap<P extends ModelParams> {
  /** Parameter names in the model's order. */
  readonly names: readonly (keyof P & string)[];
  /** Number of parameters. */
  readonly dim: number;
  /** `ln k` for the parameters that scale with time (rates), 0 for the others: `θ_data = θ + logK`. */
  readonly logK: Float64Array;
  /** Lower bound of each parameter in the data's time unit (0 when unconstrained). */
  readonly lower: Float64Array;
  /** Lower bound of each parameter on the scaled data (`lower / k` for the rates). */
  readonly lowerScaled: Float64Array;
  /** Parameters at θ: on the scaled data, or in the data's time unit when `shift`. */
  readonly toParams: (theta: ArrayLike<number>, shift: boolean) => P;
  /**
   * θ of parameters on the scaled data, or in the data's time unit when `unshift`. A value at or below
   * its bound is read as the distance from the bound (the point `lower + value`).
   */
  readonly toTheta: (params: P, unshift: boolean) => Float64Array;
  /** Parameter `j` at θ in the data's time unit. */
  readonly dataValue: (theta: ArrayLike<number>, j: number) => number;
}
