import { compressColumns } from '../../internal/compressColumns';
import type { CovariateCoding, CovariateValue } from '../types';
import type { CovariateDesign } from './covariateDesign';
import type { CovariateTable } from './readCovariateTable';
import type { CovariateLayout } from './resolveCovariateLayout';

/** Writes the coded columns of a coding (rows `rowIndex` of the table) into `out`, column by column. */
function codeColumns(table: CovariateTable, coding: CovariateCoding, rowIndex: Int32Array, out: Float64Array[]): void {
  let k = 0;
  for (const spec of coding.columns) {
    const rows = table.rows;
    const column = spec.column;
    if (spec.kind === 'numeric') {
      const target = out[k++] as Float64Array;
      const mean = spec.standardized?.mean ?? 0;
      const sd = spec.standardized?.sd ?? 1;
      for (let i = 0; i < rowIndex.length; i++) target[i] = (((rows[rowIndex[i] as number] as Readonly<Record<string, unknown>>)[column] as number) - mean) / sd;
      continue;
    }
    // raw value → its dummy (−1 for the reference level)
    const dummy = new Map<CovariateValue, number>();
    let d = 0;
    for (const level of spec.levels) {
      const key: CovariateValue = spec.numeric ? Number(level) : level;
      const index = level === spec.reference ? -1 : d++;
      dummy.set(key, index);
      if (!spec.numeric && (level === 'true' || level === 'false')) dummy.set(level === 'true', index);
    }
    for (let i = 0; i < rowIndex.length; i++) {
      const j = dummy.get((rows[rowIndex[i] as number] as Readonly<Record<string, unknown>>)[column] as CovariateValue) as number;
      if (j >= 0) (out[k + j] as Float64Array)[i] = 1;
    }
    k += spec.names.length;
  }
}

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
  purchase: { readonly table: CovariateTable; readonly coding: CovariateCoding; readonly rows: Int32Array },
  lifetime: { readonly table: CovariateTable; readonly coding: CovariateCoding; readonly rows: Int32Array },
  layout: CovariateLayout,
  k: number,
): CovariateDesigns {
  const n = histories.x.length;
  const kp = purchase.coding.names.length;
  const kl = lifetime.coding.names.length;
  const cols: Float64Array[] = [histories.x, histories.tx, histories.T];
  for (let j = 0; j < kp + kl; j++) cols.push(new Float64Array(n));
  codeColumns(purchase.table, purchase.coding, purchase.rows, cols.slice(3, 3 + kp));
  codeColumns(lifetime.table, lifetime.coding, lifetime.rows, cols.slice(3 + kp));
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
