import type { CompiledPlsModel } from './compilePlsModel';

/** SW = S·W (W block-diagonal: cov of items with scores) and C = Wᵀ S W (construct covariances). @internal */
export function constructMoments(model: CompiledPlsModel, S: Float64Array, w: Float64Array, SW: Float64Array, C: Float64Array): void {
  const { p, J, blockStart } = model;
  for (let h = 0; h < p; h++) {
    const row = h * p;
    for (let k = 0; k < J; k++) {
      let s = 0;
      for (let i = blockStart[k] as number, end = blockStart[k + 1] as number; i < end; i++) {
        s += (S[row + i] as number) * (w[i] as number);
      }
      SW[h * J + k] = s;
    }
  }
  for (let j = 0; j < J; j++) {
    for (let k = 0; k < J; k++) {
      let s = 0;
      for (let h = blockStart[j] as number, end = blockStart[j + 1] as number; h < end; h++) {
        s += (w[h] as number) * (SW[h * J + k] as number);
      }
      C[j * J + k] = s;
    }
  }
}

