/**
 * clientele: customer analytics for TypeScript.
 *
 * The root entry re-exports the pure areas (core numerics and errors, and the model areas); the
 * record schemas, exact money, time handling and datasets have their own subpaths so that importing
 * a model never loads zod, decimal.js or date-fns.
 *
 * @packageDocumentation
 */
export {
  ClienteleError,
  CLIENTELE_ERROR_BRAND,
  InvalidArgumentError,
  EmptyInputError,
  NotConvergedError,
  UnitMismatchError,
  UndefinedResultError,
  isClienteleError,
} from './core/errors/index';
export type { ClienteleErrorCode, ClienteleErrorDetails } from './core/errors/index';

// core: seeded random numbers and samplers
export {
  createRandom,
  sampleUniform,
  sampleNormal,
  sampleExponential,
  sampleGamma,
  sampleBeta,
  samplePoisson,
  sampleGeometric,
  sampleCategorical,
  sampleBinomial,
  shuffle,
} from './core/random/index';
export type { Random } from './core/random/index';

// core: optimisation
export { minimizeNelderMead, minimizeBfgs, numericalGradient, numericalHessian } from './core/optimize/index';
export type { ObjectiveFunction, MinimizeResult, NelderMeadOptions, BfgsOptions } from './core/optimize/index';

// core: linear algebra
export {
  choleskyDecomposition,
  invertMatrix,
  solveLinearSystem,
  multiplyMatrices,
  transposeMatrix,
} from './core/linalg/index';

// core: statistics
export {
  neumaierSum,
  mean,
  variance,
  weightedMean,
  weightedVariance,
  quantile,
  median,
  correlation,
} from './core/stats/index';
export type { VarianceOptions, WeightedVarianceOptions, QuantileType, QuantileOptions } from './core/stats/index';

// core: special functions and quadrature
export {
  logGamma,
  logBeta,
  logGammaRatio,
  digamma,
  trigamma,
  logSumExp,
  logAddExp,
  logSubExp,
  log1pExp,
  log1mExp,
  expit,
  logit,
  hyp2f1,
  regularizedGammaP,
  regularizedGammaQ,
  logUpperIncompleteGamma,
  regularizedIncompleteBeta,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
  chiSquareCdf,
} from './core/special/index';
export { gaussLegendre, integrate } from './core/integrate/index';
