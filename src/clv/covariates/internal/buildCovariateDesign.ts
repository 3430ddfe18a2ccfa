import { compressColumns } from '../../internal/compressColumns';
import type { CovariateCoding, CovariateValue } from '../types';
import { applyCoding } from './applyCoding';
import type { CovariateDesign } from './covariateDesign';
import type { CovariateLayout } from './resolveCovariateLayout';

/** A covariate design on the data's time scale and divided by `k`, and the rows before compression. @internal */
export interface CovariateDesigns {
  readonly scaled: CovariateDesign;
  readonly unscaled: CovariateDesign;
}

/**
 * Codes every accepted customer's covariates, compresses identical `(x, t_x, T, z)` rows into weights
 * (`compressColumns`), and divides the time columns by `k` for the optimiser. @internal
 */
export function buildCovariateDesign(
  histories: { readonly x: Float64Array; readonly tx: Float64Array; readonly T: Float64Array; readonly w: Float64Array | undefined },
  purchase: { readonly coding: CovariateCoding; readonly values: readonly (readonly CovariateValue[])[] },
  lifetime: { readonly coding: CovariateCoding; readonly values: readonly (readonly CovariateValue[])[] },
  layout: CovariateLayout,
  k: number,
): CovariateDesigns {
  const n = histories.x.length;
  const kp = purchase.coding.names.length;
  const kl = lifetime.coding.names.length;
  const cols: Float64Array[] = [histories.x, histories.tx, histories.T];
  for (let j = 0; j < kp + kl; j++) cols.push(new Float64Array(n));
  const row = new Float64Array(Math.max(kp, kl));
  for (let i = 0; i < n; i++) {
    applyCoding(purchase.coding, purchase.values[i] as readonly CovariateValue[], row, 0);
    for (let j = 0; j < kp; j++) (cols[3 + j] as Float64Array)[i] = row[j] as number;
    applyCoding(lifetime.coding, lifetime.values[i] as readonly CovariateValue[], row, 0);
    for (let j = 0; j < kl; j++) (cols[3 + kp + j] as Float64Array)[i] = row[j] as number;
  }
  const names = cols.map((_, j) => `c${j}`);
  const compressed = compressColumns(names, cols, histories.w);
  const rows = compressed.rows;
  const col = (j: number): Float64Array => compressed.columns[`c${j}`] as Float64Array;
  const zp = new Float64Array(rows * kp);
  const zl = new Float64Array(rows * kl);
  for (let j = 0; j < kp; j++) {
    const c = col(3 + j);
    for (let i = 0; i < rows; i++) zp[i * kp + j] = c[i] as number;
  }
  for (let j = 0; j < kl; j++) {
    const c = col(3 + kp + j);
    for (let i = 0; i < rows; i++) zl[i * kl + j] = c[i] as number;
  }
  const unscaled: CovariateDesign = {
    rows,
    x: col(0),
    tx: col(1),
    T: col(2),
    weights: compressed.weights,
    total: compressed.total,
    zp,
    kp,
    zl,
    kl,
    pIndex: layout.pIndex,
    lIndex: layout.lIndex,
    m: layout.names.length,
    l2: layout.l2,
  };
  const tx = unscaled.tx.map((v) => v / k);
  const T = unscaled.T.map((v) => v / k);
  return { unscaled, scaled: { ...unscaled, tx, T } };
}
