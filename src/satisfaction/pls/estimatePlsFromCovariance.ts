import { solveLinearSystem } from '../../core/linalg/solveLinearSystem';
import type { CompiledPlsModel } from './compilePlsModel';
import { constructMoments } from './constructMoments';
import { finishPlsEstimate } from './finishPlsEstimate';
import { normalizeBlock } from './normalizeBlock';
import type { PlsKernelOutput, PlsKernelSettings } from './plsKernelTypes';
import { regressConstructs } from './regressConstructs';

/**
 * One PLS path-model estimation from the raw indicator covariance matrix `cov` (p × p, any denominator):
 * standardise (if scaled), iterate the outer weights to the stop rule, fix signs, then compute loadings,
 * construct correlations, path coefficients, R² and total effects. Writes into `out`; sets
 * `out.failure` instead of throwing (zero-variance item, singular block or regression, no inner estimate).
 * O(iterations · p²) after the covariance matrix.
 * @internal
 */
export function estimatePlsFromCovariance(
  model: CompiledPlsModel,
  cov: Float64Array,
  settings: PlsKernelSettings,
  out: PlsKernelOutput,
  work: Float64Array,
  E: Float64Array,
): void {
  const { p, J, blockStart, modes, predecessors, successors } = model;
  const { S, w, SW, C, sd } = out;
  out.failure = null;
  out.converged = false;
  out.iterations = 0;
  out.finalChange = Number.NaN;
  for (let h = 0; h < p; h++) {
    const v = cov[h * p + h] as number;
    if (!(v > 0) || !Number.isFinite(v)) {
      out.failure = 'zero-variance indicator';
      return;
    }
    sd[h] = Math.sqrt(v);
  }
  if (settings.scaled) {
    for (let a = 0; a < p; a++) {
      for (let b = 0; b < p; b++) S[a * p + b] = (cov[a * p + b] as number) / ((sd[a] as number) * (sd[b] as number));
    }
  } else {
    S.set(cov);
  }

  w.fill(1);
  for (let j = 0; j < J; j++) {
    if (!normalizeBlock(model, S, w, j)) {
      out.failure = 'singular block';
      return;
    }
  }
  const next = work; // length ≥ p
  let change = Number.POSITIVE_INFINITY;
  let iteration = 0;
  while (iteration < settings.maxIterations) {
    constructMoments(model, S, w, SW, C);
    E.fill(0);
    for (let j = 0; j < J; j++) {
      const preds = predecessors[j] as readonly number[];
      const succs = successors[j] as readonly number[];
      if (settings.scheme === 'path') {
        if (preds.length > 0) {
          if (!regressConstructs(C, J, preds, j, out.coefficients, out.scratch)) {
            out.failure = 'singular inner regression';
            return;
          }
          for (let i = 0; i < preds.length; i++) E[j * J + (preds[i] as number)] = out.coefficients[i] as number;
        }
        for (const k of succs) E[j * J + k] = C[j * J + k] as number;
      } else {
        const centroid = settings.scheme === 'centroid';
        for (let i = 0; i < preds.length + succs.length; i++) {
          const k = (i < preds.length ? preds[i] : succs[i - preds.length]) as number;
          const r = C[j * J + k] as number;
          E[j * J + k] = centroid ? (r > 0 ? 1 : r < 0 ? -1 : 0) : r;
        }
      }
    }
    for (let j = 0; j < J; j++) {
      const start = blockStart[j] as number;
      const end = blockStart[j + 1] as number;
      for (let h = start; h < end; h++) {
        let s = 0;
        for (let k = 0; k < J; k++) {
          const e = E[j * J + k] as number;
          if (e !== 0) s += e * (SW[h * J + k] as number);
        }
        next[h] = s;
      }
      if (modes[j] === 'B' && end - start > 1) {
        const A: number[][] = [];
        const rhs: number[] = [];
        for (let a = start; a < end; a++) {
          const row: number[] = [];
          for (let b = start; b < end; b++) row.push(S[a * p + b] as number);
          A.push(row);
          rhs.push(next[a] as number);
        }
        const solved = solveLinearSystem(A, rhs);
        for (let a = start; a < end; a++) next[a] = solved[a - start] as number;
      }
      if (!normalizeBlock(model, S, next, j)) {
        out.failure = modes[j] === 'B' ? 'singular block' : 'zero inner estimate';
        return;
      }
    }
    iteration++;
    change = 0;
    if (settings.stopCriterion === 'sumAbsoluteChange') {
      for (let h = 0; h < p; h++) change += Math.abs((next[h] as number) - (w[h] as number));
    } else {
      for (let h = 0; h < p; h++) {
        const d = Math.abs(w[h] as number) - Math.abs(next[h] as number);
        change += d * d;
      }
    }
    for (let h = 0; h < p; h++) w[h] = next[h] as number;
    if (!Number.isFinite(change)) {
      out.failure = 'non-finite weights';
      return;
    }
    if (change < settings.tolerance) {
      out.converged = true;
      break;
    }
  }
  out.iterations = iteration;
  out.finalChange = change;

  // Sign of each block: anchor loading positive, else most loadings positive (tie: loading sum).
  constructMoments(model, S, w, SW, C);
  let flipped = false;
  for (let j = 0; j < J; j++) {
    const anchor = settings.anchors[j] as number;
    let flip: boolean;
    if (anchor >= 0) {
      flip = (SW[anchor * J + j] as number) < 0;
    } else {
      let balance = 0;
      let sum = 0;
      for (let h = blockStart[j] as number; h < (blockStart[j + 1] as number); h++) {
        const l = SW[h * J + j] as number;
        balance += l > 0 ? 1 : l < 0 ? -1 : 0;
        sum += l;
      }
      flip = balance < 0 || (balance === 0 && sum < 0);
    }
    if (flip) {
      flipped = true;
      for (let h = blockStart[j] as number; h < (blockStart[j + 1] as number); h++) w[h] = -(w[h] as number);
    }
  }
  if (flipped) constructMoments(model, S, w, SW, C);
  finishPlsEstimate(model, out, settings.consistent);
}

