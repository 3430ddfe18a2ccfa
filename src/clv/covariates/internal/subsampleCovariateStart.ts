import type { CovariateDesign } from './covariateDesign';
import { covariateHessian } from './covariateHessian';
import type { CovariateKernel } from './covariateKernels';
import { covariateObjective } from './covariateObjective';
import { optimizeCovariates } from './optimizeCovariates';

/** Designs of at least this many unique rows are first fitted on a subsample. @internal */
export const SUBSAMPLE_FROM = 20_000;
const SUBSAMPLE_ROWS = 8_000;

/**
 * On large data, a start near the optimum and a good metric for the full fit: the covariate model fitted
 * to every `⌊rows/8000⌋`-th unique row (a deterministic subsample), and the Hessian of the mean objective
 * there (blockwise, `covariateHessian`), which estimates the full data's as well. `undefined` below
 * 20,000 rows. @internal
 */
export function subsampleCovariateStart(
  kernel: CovariateKernel,
  design: CovariateDesign,
  theta0: Float64Array,
  maxIterations: number,
): { readonly theta: Float64Array; readonly hessian: number[][] } | undefined {
  if (design.rows < SUBSAMPLE_FROM) return undefined;
  const stride = Math.floor(design.rows / SUBSAMPLE_ROWS);
  const n = Math.ceil(design.rows / stride);
  const pick = (column: Float64Array, width: number): Float64Array => {
    const out = new Float64Array(n * width);
    for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) out[i * width + j] = column[i * stride * width + j] as number;
    return out;
  };
  const weights = pick(design.weights, 1);
  let total = 0;
  for (const w of weights) total += w;
  const sub: CovariateDesign = {
    ...design,
    rows: n,
    x: pick(design.x, 1),
    tx: pick(design.tx, 1),
    T: pick(design.T, 1),
    weights,
    total,
    zp: pick(design.zp, design.kp),
    zl: pick(design.zl, design.kl),
  };
  const optimum = optimizeCovariates(kernel, sub, covariateObjective(kernel, sub), theta0, maxIterations, 1e-6, undefined);
  const H = covariateHessian(kernel, sub, optimum.theta).map((row) => row.map((v) => v / total));
  return { theta: optimum.theta, hessian: H };
}
