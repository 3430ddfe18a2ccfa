import type { CompiledPlsModel } from './compilePlsModel';
import type { PlsKernelOutput } from './plsKernelTypes';

/** Allocates the output buffers for a model. @internal */
export function createPlsKernelOutput(model: CompiledPlsModel): PlsKernelOutput {
  const { p, J } = model;
  return {
    w: new Float64Array(p),
    sd: new Float64Array(p),
    S: new Float64Array(p * p),
    SW: new Float64Array(p * J),
    C: new Float64Array(J * J),
    loadings: new Float64Array(p),
    B: new Float64Array(J * J),
    T: new Float64Array(J * J),
    r2: new Float64Array(J),
    rho: new Float64Array(J),
    coefficients: new Float64Array(J),
    scratch: new Float64Array(J * J + J),
    iterations: 0,
    converged: false,
    finalChange: Number.NaN,
    failure: null,
  };
}

