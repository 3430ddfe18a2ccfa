import { clenshawPair } from './clenshawPair';
import { clenshawSum } from './clenshawSum';
import { PARETO_TABLE_POINTS } from './paretoLogGTable';
import type { ParetoLogGTable } from './paretoLogGTable';

const M = PARETO_TABLE_POINTS;
/** Where the value and the odds of one point are summed together (written and read within a call). */
const PAIR = new Float64Array(2);

/** Clenshaw's sum of one piece of a table's series. */
function clenshaw(coefficients: Float64Array, base: number, z: number): number {
  return clenshawSum(coefficients, base, M, z);
}

/**
 * `ln G` at `y = ln(c+u)` from a `paretoLogGTable`, and, when `out` is given (and the table has them),
 * `∂ln G/∂(k, α, σ, β)` written into `out[0..3]`; when `odds` is given (and the table has it),
 * `exp(ln G + k ln(α+u) + (σ−1) ln(β+u))` written into `odds[0]`. `y` must lie in the table's range (up to rounding).
 * One to six sums of `PARETO_TABLE_POINTS` terms (Clenshaw; `ln G` and the odds in one loop when only they
 * are asked for, by `clenshawPair`); no allocation.
 * @internal
 */
export function paretoLogGAt(table: ParetoLogGTable, y: number, out: Float64Array | undefined, odds?: Float64Array): number {
  let t = (y - table.y0) * table.scale;
  let p = Math.floor(t);
  if (p < 0) p = 0;
  else if (p >= table.pieces) p = table.pieces - 1;
  t = 2 * (t - p) - 1;
  const base = p * M;
  if (odds !== undefined && out === undefined) {
    clenshawPair(table.value, table.odds, base, M, t, PAIR);
    odds[0] = PAIR[1] as number;
    return PAIR[0] as number;
  }
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
