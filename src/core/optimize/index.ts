export type {
  ObjectiveFunction,
  MinimizeResult,
  NelderMeadOptions,
  BfgsOptions,
  IterationCallback,
  OptimizerIteration,
} from './types';
export { minimizeNelderMead } from './minimizeNelderMead';
export { minimizeBfgs } from './minimizeBfgs';
export { numericalGradient } from './numericalGradient';
export { numericalHessian } from './numericalHessian';
