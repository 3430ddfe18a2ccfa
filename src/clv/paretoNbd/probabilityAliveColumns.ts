import { expit } from '../../core/special/expit';
import { PARETO_GAP_LIMIT, PARETO_MAX_TABLE_X, PARETO_MIN_ROWS_PER_TABLE, addParetoFrequencyRow, emptyParetoFrequencyRanges, type ParetoFrequencyRanges } from '../internal/paretoFrequencyRanges';
import { paretoCurveTable } from '../internal/paretoCurveTable';
import { paretoFrequencyTables } from '../internal/paretoFrequencyTables';
import { paretoHorizonAt } from '../internal/paretoHorizonAt';
import { paretoHorizonFactor } from '../internal/paretoHorizonFactor';
import { paretoHorizonTable, type ParetoHorizonTable } from '../internal/paretoHorizonTable';
import { paretoLogGAt } from '../internal/paretoLogGAt';
import type { ParetoLogGTable } from '../internal/paretoLogGTable';
import { validateRfmCustomer } from '../internal/validateRfmCustomer';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { ParetoNbdParams } from './types';

const ODDS = new Float64Array(1);
const SCORE = new Float64Array(1);
/** Largest relative error of the zero-frequency curve, checked when built, for it to be used. */
const ZERO_CURVE_TOLERANCE = 1e-13;

/** Arrays at least this long are scored through the per-frequency tables. */
export const PARETO_TABLE_MIN_CUSTOMERS = 1024;
/** A frequency needs this many customers with `t_x < T` before a table pays for its ~100 quadratures. */
export const MIN_ROWS_PER_TABLE = PARETO_MIN_ROWS_PER_TABLE;
/** Frequencies beyond this are integrated customer by customer. */
export const MAX_TABLE_X = PARETO_MAX_TABLE_X;

/**
 * Validates the customers in order (the first invalid one throws, as `mapCustomers` would) and gathers
 * what the tables need: the per-frequency ranges and the smallest and largest `T`. The customers are read
 * again by the scoring pass rather than copied into columns: a second sequential read of the objects costs
 * less than writing and faulting in three fresh columns of a million numbers.
 */
function surveyCustomers(fn: string, customers: readonly RfmCustomer[]) {
  const n = customers.length;
  const ranges = emptyParetoFrequencyRanges();
  let lowT = n > 0 ? Number.POSITIVE_INFINITY : 0;
  let highT = 0;
  let lowZero = Number.POSITIVE_INFINITY; // range of T > 0 of the customers of frequency 0
  let highZero = 0;
  for (let i = 0; i < n; i++) {
    const c = customers[i] as RfmCustomer;
    validateRfmCustomer(fn, 'customers', c, i);
    const T = c.T;
    addParetoFrequencyRow(ranges, c.frequency, c.recency, T);
    if (T < lowT) lowT = T;
    if (T > highT) highT = T;
    if (c.frequency === 0 && T > 0) {
      if (T < lowZero) lowZero = T;
      if (T > highZero) highZero = T;
    }
  }
  return { ranges, lowT, highT, lowZero, highZero };
}

/**
 * Pareto/NBD P(alive) of every customer of an array (validated in order, the first invalid one throws as
 * `mapCustomers` would), or, given a horizon `t > 0`, the conditional expectation `E[Y(t)]` made from it in
 * the same pass: what `probabilityAlive` and `conditionalExpectedPurchases` return for long arrays.
 *
 * @remarks
 * `P(alive) = 1/(1 + s I(t_x, T) (α+T)^(r+x) (β+T)^s)` (`expit(survive − die)` of
 * `customerLogLikelihoodParts`), `I(t_x, T) = ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ = G(t_x) − G(T)`.
 * One `paretoLogGTable` per frequency with at least 48 customers (a piecewise Chebyshev interpolant of
 * `ln G` and of `e^Q`, `Q(u) = ln G(u) + (r+x) ln(α+u) + s ln(β+u)` smooth and of order 1, built from
 * ~100 quadratures; `paretoFrequencyTables`, shared with the likelihood) gives
 * `s I (α+T)^(r+x) (β+T)^s = s e^{Q(T)} expm1(ln G(t_x) − ln G(T))`: two logarithms (one when `t_x = 0`,
 * where `ln G(0)` is kept per frequency), short polynomial sums (`ln G` and `e^Q` at `T` in one) and one
 * `expm1` per customer instead of an 8- to 64-node quadrature. Customers whose difference would cancel
 * (`G(T) > 0.99 G(t_x)`), and those of rare or huge frequencies, take the exact path
 * (`customerProbabilityAlive`). The two agree to ~1e-12 relative (test/clv/paretoNbd/paretoNbdTablePath.test.ts).
 *
 * With `t`, `E[Y(t)] = P(alive) (r+x)/(α+T) h(T)`, the horizon factor `h` from one `paretoHorizonTable` in
 * `y = ln(c+T)` (the logarithm P(alive) already took; `paretoHorizonFactor` when the table is refused).
 * O(n + frequencies · 100 quadratures); no allocation per customer.
 * @internal
 */
export function probabilityAliveColumns(fn: string, params: ParetoNbdParams, customers: readonly RfmCustomer[], t?: number): number[] {
  const n = customers.length;
  const { ranges, lowT, highT, lowZero, highZero } = surveyCustomers(fn, customers);
  const out = new Array<number>(n);
  if (t !== undefined && !(t > 0)) return out.fill(0); // E[Y(0)] = 0
  const scorer = makeScorer(params, ranges, lowT, highT, t);
  const zero = zeroFrequencyCurve(scorer, lowZero, highZero);
  const c = scorer.c;
  for (let i = 0; i < n; i++) {
    const customer = customers[i] as RfmCustomer;
    const x = customer.frequency;
    const T = customer.T;
    // x = 0 means t_x = 0: with T > 0 the customer lies on the zero-frequency curve.
    if (x === 0 && zero !== undefined && T > 0) out[i] = paretoHorizonAt(zero, Math.log(c + T));
    else {
      scoreCustomer(scorer, x, customer.recency, T);
      out[i] = SCORE[0] as number;
    }
  }
  return out;
}

/** What scoring one customer needs, set up once per call. */
interface Scorer {
  readonly params: ParetoNbdParams;
  readonly tables: (ParetoLogGTable | undefined)[];
  readonly atZero: Float64Array;
  readonly maxX: number;
  /** `c = min(α, β)`, `ln s`, `s − 1`. */
  readonly c: number;
  readonly logS: number;
  readonly epsilon: number;
  /** The horizon `t > 0` of `E[Y(t)]`, or undefined for P(alive); its table when one was built. */
  readonly t: number | undefined;
  readonly horizon: ParetoHorizonTable | undefined;
}

function makeScorer(params: ParetoNbdParams, ranges: ParetoFrequencyRanges, lowT: number, highT: number, t: number | undefined): Scorer {
  const { r, alpha, s, beta } = params;
  const { tables, atZero } = paretoFrequencyTables(r, alpha, s, beta, ranges, false, true);
  const epsilon = s - 1;
  const horizon = t !== undefined ? paretoHorizonTable(alpha, beta, epsilon, t, lowT, highT) : undefined;
  return { params, tables, atZero, maxX: ranges.maxX, c: Math.min(alpha, beta), logS: Math.log(s), epsilon, t, horizon };
}

/**
 * P(alive) of one customer (or with a horizon its `E[Y(t)]`), written into `SCORE[0]` (a number returned
 * from a call that is not inlined would be boxed: one allocation per customer): from the frequency's table
 * when it has one and the difference `ln G(t_x) − ln G(T)` does not cancel, else by quadrature
 * (`customerProbabilityAlive`).
 */
function scoreCustomer(scorer: Scorer, x: number, tx: number, T: number): void {
  const { params, c, t, horizon } = scorer;
  const { r, alpha, s, beta } = params;
  const table = x <= scorer.maxX && tx < T ? scorer.tables[x] : undefined;
  const yT = horizon !== undefined || table !== undefined ? Math.log(c + T) : 0;
  let p = Number.NaN;
  if (!(tx < T)) p = 1;
  else if (table !== undefined) {
    const odds = ODDS;
    const gLow = tx === 0 ? (scorer.atZero[x] as number) : paretoLogGAt(table, Math.log(c + tx), undefined);
    const gHigh = paretoLogGAt(table, yT, undefined, odds);
    const gap = gLow - gHigh; // ln G(t_x) − ln G(T)
    if (gap > PARETO_GAP_LIMIT) {
      const expQ = odds[0] as number;
      if (expQ > 0) {
        p = gap < 30 ? 1 / (1 + s * expQ * Math.expm1(gap)) : expit(-(scorer.logS + Math.log(expQ) + gap + Math.log1p(-Math.exp(-gap))));
      }
    }
  }
  if (p !== p) p = customerProbabilityAlive(params, x, tx, T);
  if (t !== undefined && p !== 0) {
    const h = horizon !== undefined ? paretoHorizonAt(horizon, yT) : paretoHorizonFactor(beta, scorer.epsilon, t, T);
    p = p * ((r + x) / (alpha + T)) * h;
  }
  SCORE[0] = p;
}

/**
 * The scores of the customers of frequency 0 (all with `t_x = 0`, so that their score is a function of `T`
 * alone) as one interpolant in `ln(c+T)` over their range of `T`, checked to 1e-13 relative against
 * `scoreCustomer` when built (`paretoCurveTable`): one logarithm and one short sum per such customer (often
 * most of them) instead of three sums, an `expm1` and the horizon. `undefined` when there are too few of
 * them, the frequency has no table, or the check fails: then each is scored by `scoreCustomer`.
 */
function zeroFrequencyCurve(scorer: Scorer, lowZero: number, highZero: number): ParetoHorizonTable | undefined {
  if (scorer.tables[0] === undefined || !(lowZero <= highZero)) return undefined;
  return paretoCurveTable(
    scorer.c,
    lowZero,
    highZero,
    (T) => {
      scoreCustomer(scorer, 0, 0, T);
      return SCORE[0] as number;
    },
    ZERO_CURVE_TOLERANCE,
  );
}
