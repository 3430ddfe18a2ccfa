import { paretoLogGAt } from '../internal/paretoLogGAt';
import { paretoLogGTable } from '../internal/paretoLogGTable';
import type { ParetoLogGTable } from '../internal/paretoLogGTable';
import { expit } from '../../core/special/expit';
import { validateRfmCustomer } from '../internal/validateRfmCustomer';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { ParetoNbdParams } from './types';

const ODDS = new Float64Array(1);

/** Arrays at least this long are scored through the per-frequency tables. */
export const PARETO_TABLE_MIN_CUSTOMERS = 1024;
/** A frequency needs this many customers with `t_x < T` before a table pays for its ~100 quadratures. */
export const MIN_ROWS_PER_TABLE = 48;
/** Frequencies beyond this are integrated customer by customer. */
export const MAX_TABLE_X = 65_536;
// Use G(t_x) − G(T) while G(T) ≤ 0.99 G(t_x): at most 100-fold amplification of the error of ln G.
const CANCELLATION_LIMIT = Math.log(0.99);

/** P(alive) of every customer of an array, with the columns the scoring functions read besides. */
export interface ParetoAliveColumns {
  /** Frequency `x` of each customer. */
  readonly x: Float64Array;
  /** Age `T` of each customer. */
  readonly T: Float64Array;
  /** P(alive) of each customer: a fresh plain array the caller owns (returned as is, or overwritten). */
  readonly alive: number[];
  /** `ln(c+T)` of each customer, `c = min(α, β)`, when asked for (otherwise empty). */
  readonly logT: Float64Array;
  /** Smallest and largest `T` (0 and 0 for no customers). */
  readonly lowT: number;
  readonly highT: number;
}

/**
 * Pareto/NBD P(alive) of every customer of an array (validated in order, the first invalid one throws as
 * `mapCustomers` would), for the scoring functions.
 *
 * @remarks
 * `P(alive) = 1/(1 + s I(t_x, T) (α+T)^(r+x) (β+T)^s)` (`expit(survive − die)` of
 * `customerLogLikelihoodParts`), `I(t_x, T) = ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ = G(t_x) − G(T)`.
 * One `paretoLogGTable` per frequency with at least 48 customers (a piecewise Chebyshev interpolant of
 * `ln G` and of `e^Q`, `Q(u) = ln G(u) + (r+x) ln(α+u) + s ln(β+u)` smooth and of order 1, built from
 * ~100 quadratures) gives `s I (α+T)^(r+x) (β+T)^s = s e^{Q(T)} expm1(ln G(t_x) − ln G(T))`: two
 * logarithms (one when `t_x = 0`, where `ln G(0)` is kept per frequency), three short polynomial sums and
 * one `expm1` per customer instead of an 8- to 64-node quadrature. Customers whose difference would cancel (`G(T) > 0.99 G(t_x)`), and those of rare or huge
 * frequencies, take the exact path (`customerProbabilityAlive`). The two agree to ~1e-12 relative
 * (test/clv/paretoNbd/paretoNbdTablePath.test.ts). O(n + frequencies · 100 quadratures).
 * @internal
 */
export function probabilityAliveColumns(
  fn: string,
  params: ParetoNbdParams,
  customers: readonly RfmCustomer[],
  withLogT = false,
): ParetoAliveColumns {
  const { r, alpha, s, beta } = params;
  const n = customers.length;
  const xs = new Float64Array(n);
  const txs = new Float64Array(n);
  const Ts = new Float64Array(n);
  let maxX = 0;
  let lowT = n > 0 ? Number.POSITIVE_INFINITY : 0;
  let highT = 0;
  for (let i = 0; i < n; i++) {
    const c = customers[i] as RfmCustomer;
    validateRfmCustomer(fn, 'customers', c, i);
    const x = c.frequency;
    const T = c.T;
    xs[i] = x;
    txs[i] = c.recency;
    Ts[i] = T;
    if (x > maxX && x <= MAX_TABLE_X) maxX = x;
    if (T < lowT) lowT = T;
    if (T > highT) highT = T;
  }
  // Per frequency: customers with t_x < T, smallest t_x and largest T among them.
  const count = new Int32Array(maxX + 1);
  const low = new Float64Array(maxX + 1).fill(Number.POSITIVE_INFINITY);
  const high = new Float64Array(maxX + 1);
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const tx = txs[i] as number;
    const T = Ts[i] as number;
    if (x > MAX_TABLE_X || !(tx < T)) continue;
    count[x] = (count[x] as number) + 1;
    if (tx < (low[x] as number)) low[x] = tx;
    if (T > (high[x] as number)) high[x] = T;
  }
  const c = Math.min(alpha, beta);
  const tables: (ParetoLogGTable | undefined)[] = new Array(maxX + 1);
  // ln G(0) per frequency whose range starts at 0 (every customer with x = 0 has t_x = 0).
  const atZero = new Float64Array(maxX + 1).fill(Number.NaN);
  for (let x = 0; x <= maxX; x++) {
    if ((count[x] as number) >= MIN_ROWS_PER_TABLE) {
      const table = paretoLogGTable(r + x, alpha, s + 1, beta, low[x] as number, high[x] as number, false, true);
      tables[x] = table;
      if (low[x] === 0) atZero[x] = paretoLogGAt(table, Math.log(c), undefined);
    }
  }
  const logS = Math.log(s);
  const alive = new Array<number>(n);
  const logT = new Float64Array(withLogT ? n : 0);
  const odds = ODDS;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const tx = txs[i] as number;
    const T = Ts[i] as number;
    const table = x <= maxX && tx < T ? tables[x] : undefined;
    const yT = withLogT || table !== undefined ? Math.log(c + T) : 0;
    if (withLogT) logT[i] = yT;
    if (!(tx < T)) {
      alive[i] = 1;
      continue;
    }
    let p = Number.NaN;
    if (table !== undefined) {
      const gLow = tx === 0 ? (atZero[x] as number) : paretoLogGAt(table, Math.log(c + tx), undefined);
      const gHigh = paretoLogGAt(table, yT, undefined, odds);
      const gap = gLow - gHigh; // ln G(t_x) − ln G(T)
      if (gap > -CANCELLATION_LIMIT) {
        const expQ = odds[0] as number;
        if (expQ > 0) {
          p = gap < 30 ? 1 / (1 + s * expQ * Math.expm1(gap)) : expit(-(logS + Math.log(expQ) + gap + Math.log1p(-Math.exp(-gap))));
        }
      }
    }
    alive[i] = p === p ? p : customerProbabilityAlive(params, x, tx, T);
  }
  return { x: xs, T: Ts, alive, logT, lowT, highT };
}
