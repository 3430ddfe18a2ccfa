import type { CompiledPlsModel } from './compilePlsModel';

/** Scales block j of w to unit score variance; false when the variance is not positive. @internal */
export function normalizeBlock(model: CompiledPlsModel, S: Float64Array, w: Float64Array, j: number): boolean {
  const { p, blockStart } = model;
  const start = blockStart[j] as number;
  const end = blockStart[j + 1] as number;
  let v = 0;
  for (let a = start; a < end; a++) {
    let s = 0;
    for (let b = start; b < end; b++) s += (S[a * p + b] as number) * (w[b] as number);
    v += (w[a] as number) * s;
  }
  if (!(v > 0) || !Number.isFinite(v)) return false;
  const f = 1 / Math.sqrt(v);
  for (let a = start; a < end; a++) w[a] = (w[a] as number) * f;
  return true;
}

