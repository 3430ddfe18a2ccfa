import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { createRandom } from '../core/random/createRandom';
import { sampleBeta } from '../core/random/sampleBeta';
import { sampleExponential } from '../core/random/sampleExponential';
import { sampleGamma } from '../core/random/sampleGamma';
import { assertInteger } from '../core/validate/assertInteger';
import type { BgNbdParams } from '../clv/bgNbd/types';
import type { GammaGammaParams } from '../clv/gammaGamma/types';
import { validateGammaGammaParams } from '../clv/gammaGamma/validateGammaGammaParams';
import { validatePositiveParams } from '../clv/internal/validatePositiveParams';
import type { MbgNbdParams } from '../clv/mbgNbd/types';
import type { ParetoNbdParams } from '../clv/paretoNbd/types';
import { daysFromCivil } from '../time/daysFromCivil';
import { formatEpochDay } from '../time/formatEpochDay';

/** The purchase process of {@link simulateTransactionLog}: a model name and its parameters. */
export type SimulatedPurchaseProcess =
  | { readonly model: 'bgNbd'; readonly params: BgNbdParams }
  | { readonly model: 'mbgNbd'; readonly params: MbgNbdParams }
  | { readonly model: 'paretoNbd'; readonly params: ParetoNbdParams };

/** Options of {@link simulateTransactionLog}. */
export interface TransactionLogSimulationOptions {
  /** Number of customers, an integer 1 to 10,000,000. */
  readonly customers: number;
  /** Seed of the random stream (same seed, same log on every platform). */
  readonly seed: number;
  /** First day of the acquisition window, `'yyyy-mm-dd'`. */
  readonly startDate: string;
  /** Length of the acquisition window in days, an integer ≥ 1: first purchases are uniform on its days. */
  readonly acquisitionDays: number;
  /** Last day of the log, `'yyyy-mm-dd'` (inclusive), on or after the end of the acquisition window. */
  readonly endDate: string;
  /** Purchase model and parameters; their rates (`alpha`, `beta`) are per `timeUnit`. */
  readonly purchases: SimulatedPurchaseProcess;
  /** Time unit of the purchase model's rates: `'day'` or `'week'` (7 days). */
  readonly timeUnit: 'day' | 'week';
  /** Gamma-Gamma spend parameters in the currency (default the CDNOW fit `{ p: 6.25, q: 3.74, gamma: 15.44 }`). */
  readonly spend?: GammaGammaParams;
}

/** One row of a simulated transaction log. */
export interface SimulatedTransaction {
  /** Customer id, `'C'` and a zero-padded number (`'C0001'`). */
  readonly customerId: string;
  /** Calendar date of the purchase, `'yyyy-mm-dd'`. */
  readonly date: string;
  /** Amount in currency units with two decimals (exact cents), ≥ 0. */
  readonly amount: number;
}

/** The true latent traits of one simulated customer (for checking estimates). */
export interface SimulatedCustomerTruth {
  /** Customer id, as in the transactions. */
  readonly customerId: string;
  /** Date of the first purchase. */
  readonly firstPurchaseDate: string;
  /** True purchase rate `λ` while active, per `timeUnit`. */
  readonly purchaseRate: number;
  /** True mean transaction value `p/ν` in currency units. */
  readonly meanSpend: number;
  /** Whether the customer is still active at the end of the log. */
  readonly activeAtEnd: boolean;
}

/** Result of {@link simulateTransactionLog}. */
export interface SimulatedTransactionLog {
  /** The log, by customer then date (same-day purchases are separate rows, as in real logs). */
  readonly transactions: SimulatedTransaction[];
  /** Each customer's true traits, in id order. */
  readonly customers: SimulatedCustomerTruth[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(fn: string, argument: string, value: unknown): number {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  if (m !== null) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const epoch = daysFromCivil(year, month, day);
    if (month >= 1 && month <= 12 && day >= 1 && formatEpochDay(epoch) === value) return epoch;
  }
  throw new InvalidArgumentError(fn, argument, 'must be a calendar date yyyy-mm-dd', value);
}

/**
 * Simulates a realistic transaction log (customer, ISO date, amount) from a purchase model and the
 * Gamma-Gamma spend model: seeded and reproducible, for tests and examples of the whole pipeline.
 *
 * @remarks
 * Per customer, in this order of random draws: the first-purchase day, uniform on the acquisition window;
 * `ν ~ Gamma(q, gamma)`; the purchase model's latent traits (`λ ~ Gamma(r, alpha)` and, for BG/NBD and
 * MBG/NBD, `p ~ Beta(a, b)`; for Pareto/NBD `μ ~ Gamma(s, beta)` and a lifetime `Exp(μ)`); the
 * first-purchase amount; then repeat purchases at exponential gaps of rate `λ` until the end of the log
 * or death (MBG/NBD tosses the dropout coin once more right after the first purchase; BG/NBD and
 * MBG/NBD after every repeat purchase). Each amount is `Gamma(p, ν)` rounded to cents. Times are
 * continuous in `timeUnit` from the start of the first-purchase day; a purchase falls on the day
 * `floor(time in days)` after it. O(customers + transactions).
 *
 * @param options - customers, seed, acquisition window, end date, purchase model and its time unit, spend
 * @returns `{ transactions, customers }`
 * @throws `INVALID_ARGUMENT` when an option or a parameter is invalid (named in the message).
 * @example
 * ```ts
 * const log = simulateTransactionLog({
 *   customers: 100, seed: 1, startDate: '1997-01-01', acquisitionDays: 84, endDate: '1998-06-30',
 *   purchases: { model: 'bgNbd', params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } }, timeUnit: 'week',
 * });
 * log.transactions[0]; // { customerId: 'C001', date: '1997-03-01', amount: 6.17 }
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: using iso-value curves for customer
 * base analysis. Journal of Marketing Research 42(4), 415–430. https://doi.org/10.1509/jmkr.2005.42.4.415
 */
export function simulateTransactionLog(options: TransactionLogSimulationOptions): SimulatedTransactionLog {
  const fn = 'simulateTransactionLog';
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  }
  assertInteger(fn, 'options.customers', options.customers, 1, 10_000_000);
  if (typeof options.seed !== 'number' || !Number.isFinite(options.seed)) {
    throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', options.seed);
  }
  const start = parseDay(fn, 'options.startDate', options.startDate);
  const end = parseDay(fn, 'options.endDate', options.endDate);
  assertInteger(fn, 'options.acquisitionDays', options.acquisitionDays, 1);
  if (end < start + options.acquisitionDays - 1) {
    throw new InvalidArgumentError(fn, 'options.endDate', 'must not fall before the end of the acquisition window', options.endDate);
  }
  const unitDays = options.timeUnit === 'day' ? 1 : options.timeUnit === 'week' ? 7 : Number.NaN;
  if (Number.isNaN(unitDays)) {
    throw new InvalidArgumentError(fn, 'options.timeUnit', "must be 'day' or 'week'", options.timeUnit);
  }
  const process = options.purchases;
  if (process === null || typeof process !== 'object') {
    throw new InvalidArgumentError(fn, 'options.purchases', 'must be an object { model, params }', process);
  }
  const names =
    process.model === 'paretoNbd' ? ['r', 'alpha', 's', 'beta'] : process.model === 'bgNbd' || process.model === 'mbgNbd' ? ['r', 'alpha', 'a', 'b'] : null;
  if (names === null) {
    throw new InvalidArgumentError(fn, 'options.purchases.model', "must be 'bgNbd', 'mbgNbd' or 'paretoNbd'", (process as { model: unknown }).model);
  }
  validatePositiveParams(fn, process.params, names);
  const spend = options.spend ?? { p: 6.25, q: 3.74, gamma: 15.44 };
  validateGammaGammaParams(spend, fn);

  const random = createRandom(options.seed);
  const width = String(options.customers).length;
  const transactions: SimulatedTransaction[] = [];
  const customers: SimulatedCustomerTruth[] = [];
  const dates = new Map<number, string>();
  const dateOf = (day: number): string => {
    let s = dates.get(day);
    if (s === undefined) {
      s = formatEpochDay(day);
      dates.set(day, s);
    }
    return s;
  };
  const amount = (nu: number): number => Math.round(sampleGamma(random, spend.p, nu) * 100) / 100;

  for (let i = 0; i < options.customers; i++) {
    const customerId = `C${String(i + 1).padStart(width, '0')}`;
    const birth = start + Math.floor(random.next() * options.acquisitionDays);
    const nu = sampleGamma(random, spend.q, spend.gamma);
    // Observation length in model units: from the start of the birth day to the end of the last day.
    const horizon = (end + 1 - birth) / unitDays;
    const { r, alpha } = process.params;
    const lambda = sampleGamma(random, r, alpha);
    let dropout = 0;
    let lifetime = Number.POSITIVE_INFINITY;
    if (process.model === 'paretoNbd') {
      const mu = sampleGamma(random, process.params.s, process.params.beta);
      lifetime = sampleExponential(random, mu);
    } else {
      dropout = sampleBeta(random, process.params.a, process.params.b);
    }
    transactions.push({ customerId, date: dateOf(birth), amount: amount(nu) });
    let alive = true;
    if (process.model === 'mbgNbd' && random.next() < dropout) alive = false;
    let t = 0;
    while (alive) {
      t += sampleExponential(random, lambda);
      if (!(t < horizon)) break;
      if (t > lifetime) {
        alive = false;
        break;
      }
      transactions.push({ customerId, date: dateOf(birth + Math.floor(t * unitDays)), amount: amount(nu) });
      if (process.model !== 'paretoNbd' && random.next() < dropout) alive = false;
    }
    if (alive && lifetime < horizon) alive = false;
    customers.push({ customerId, firstPurchaseDate: dateOf(birth), purchaseRate: lambda, meanSpend: spend.p / nu, activeAtEnd: alive });
  }
  return { transactions, customers };
}
