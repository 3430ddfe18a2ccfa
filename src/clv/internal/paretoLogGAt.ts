import { clenshawSum } from './clenshawSum';
import { PARETO_TABLE_POINTS } from './paretoLogGTable';
import type { ParetoLogGTable } from './paretoLogGTable';

const M = PARETO_TABLE_POINTS;

/** Clenshaw's sum of one piece of a table's series. */
function clenshaw(coefficients: Float64Array, base: number, z: number): number {
  return clenshawSum(coefficients, base, M, z);
}

/**
 * Clenshaw's sums of two series at the same point in one loop (the two recurrences interleaved: the same
 * operations as two `clenshawSum` calls, so the same results): the first is returned, the second written
 * into `second[0]`.
 */
function clenshawPair(first: Float64Array, other: Float64Array, base: number, z: number, second: Float64Array): number {
  const z2 = 2 * z;
  let b1 = 0;
  let b2 = 0;
  let d1 = 0;
  let d2 = 0;
  for (let j = base + M - 1; j > base; j--) {
    const b0 = z2 * b1 - b2 + (first[j] as number);
    b2 = b1;
    b1 = b0;
    const d0 = z2 * d1 - d2 + (other[j] as number);
    d2 = d1;
    d1 = d0;
  }
  second[0] = z * d1 - d2 + (other[base] as number);
  return z * b1 - b2 + (first[base] as number);
}

/**
 * `ln G` at `y = ln(c+u)` from a `paretoLogGTable`, and, when `out` is given (and the table has them),
 * `∂ln G/∂(k, α, σ, β)` written into `out[0..3]`; when `odds` is given (and the table has it),
 * `exp(ln G + k ln(α+u) + (σ−1) ln(β+u))` written into `odds[0]`. `y` must lie in the table's range (up to rounding).
 * One to six sums of `PARETO_TABLE_POINTS` terms (Clenshaw; `ln G` and the odds in one loop when only they
 * are asked for); no allocation.
 * @internal
 */
export function paretoLogGAt(table: ParetoLogGTable, y: number, out: Float64Array | undefined, odds?: Float64Array): number {
  let t = (y - table.y0) * table.scale;
  let p = Math.floor(t);
  if (p < 0) p = 0;
  else if (p >= table.pieces) p = table.pieces - 1;
  t = 2 * (t - p) - 1;
  const base = p * M;
  if (odds !== undefined && out === undefined) return clenshawPair(table.value, table.odds, base, t, odds);
  if (odds !== undefined) odds[0] = clenshaw(table.odds, base, t);
  if (out !== undefined) {
    const n = table.pieces * M;
    const g = table.gradient;
    out[0] = clenshaw(g, base, t);
    out[1] = clenshaw(g, n + base, t);
    out[2] = clenshaw(g, 2 * n + base, t);
    out[3] = clenshaw(g, 3 * n + base, t);
  }
  return clenshaw(table.value, base, t);
}
